"""Small HTML pieces shared by the notebook views and the HTML reports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from ..model import Level

# Colours as inspection reports use them: red for the worst level, through amber, to green.
_RAMP = ("#c0392b", "#e67e22", "#f4d03f", "#82c45a", "#2e8b57")
_UNKNOWN = "#d0d0d0"
WORST_COLOUR = _RAMP[0]
"""The colour of the worst level of every scale; text on it is drawn white."""


def level_colour(level: Level | None) -> str:
    """The background colour of a level by its position: red (worst) through amber to green."""
    if level is None:
        return _UNKNOWN
    return _RAMP[round(level.position * (len(_RAMP) - 1))]


def rating_cell(level: Level | None, text: str | None = None) -> str:
    """A table cell showing a rating on its colour."""
    label = text if text is not None else (level.label if level else "not known")
    fg = "#ffffff" if level is not None and level.position <= 0.0 else "#000000"
    return (
        f'<td style="background:{level_colour(level)};color:{fg};padding:2px 6px">'
        f"{escape(label)}</td>"
    )


def table(head: list[str], rows: list[str], caption: str | None = None) -> str:
    """A compact table; ``rows`` are already-rendered ``<tr>`` contents."""
    cap = f"<caption style='text-align:left'>{escape(caption)}</caption>" if caption else ""
    th = "".join(f"<th style='text-align:left;padding:2px 6px'>{escape(h)}</th>" for h in head)
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return (
        f"<table style='border-collapse:collapse'>{cap}<thead><tr>{th}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def data_table(
    columns: Sequence[str], rows: Iterable[Iterable[object]], caption: str | None = None
) -> str:
    """A table of plain values, one row per item (``None`` shows as an empty cell)."""
    body = ["".join(cell("" if v is None else v) for v in row) for row in rows]
    return table(list(columns), body, caption)


def cell(text: object) -> str:
    """A plain table cell."""
    return f"<td style='padding:2px 6px'>{escape(str(text))}</td>"


RAG_COLOURS = {"red": _RAMP[0], "amber": _RAMP[1], "green": _RAMP[4]}
"""Red / amber / green progress ratings on the colours of the rating ramp's ends and middle."""


def colour_cell(text: str, colour: str) -> str:
    """A table cell with text on a colour (white text on the worst colour, black otherwise)."""
    fg = "#ffffff" if colour == WORST_COLOUR else "#000000"
    return f'<td style="background:{colour};color:{fg};padding:2px 6px">{escape(text)}</td>'


def page(title: str, body: str) -> str:
    """A whole HTML page around a fragment: UTF-8, a title, a plain readable style."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
        "td,th{border-bottom:1px solid #ddd;vertical-align:top}"
        "caption{font-weight:bold;margin:0.5em 0}</style>"
        f"</head><body>{body}</body></html>\n"
    )
