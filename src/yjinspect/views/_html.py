"""Small HTML pieces shared by the notebook views and the HTML reports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._escape import html as escape
from ..model import Level

# Rating colours from worst to best, from the Okabe-Ito palette (Okabe & Ito, "Color Universal
# Design", 2008), chosen to stay apart for readers with red-green colour blindness:
# vermillion, orange, yellow, sky blue, blue. Inspection reports use red for the worst level;
# the best is blue, not green, so that the two ends differ in a deuteranopia simulation (the
# tests check this with the Machado et al. 2009 matrix). Every view also prints the rating as
# text (or hatches it, in plots), so colour is never the only sign.
_RAMP = ("#d55e00", "#e69f00", "#f0e442", "#56b4e9", "#0072b2")
_UNKNOWN = "#d0d0d0"
WORST_COLOUR = _RAMP[0]


def area_label(code: str, title: str) -> str:
    """An area by code and title ("2.2 Assessment"), or by title alone when the code only
    spells the title ("reducing-reoffending"): titles repeat across a framework (court and
    out-of-court "Assessment"), codes do not."""
    slug = "".join(c if c.isalnum() else "-" for c in title.casefold()).strip("-")
    return title if slug == code.casefold() else f"{code} {title}"


def ink(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (``#rrggbb``), by WCAG contrast."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05
    return "#ffffff" if 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 else "#000000"


"""The colour of the worst level of every scale; text on it is drawn white."""


def level_colour(level: Level | None) -> str:
    """The background colour of a level by its position: red (worst) through amber to green."""
    if level is None:
        return _UNKNOWN
    return _RAMP[round(level.position * (len(_RAMP) - 1))]


def rating_cell(level: Level | None, text: str | None = None) -> str:
    """A table cell showing a rating on its colour."""
    label = text if text is not None else (level.label if level else "not known")
    fg = ink(level_colour(level))
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


RAG_COLOURS = {"red": _RAMP[0], "amber": _RAMP[1], "green": "#009e73"}
"""Red / amber / green progress ratings: Okabe-Ito vermillion, orange and bluish green (the
RAG word is always printed too)."""


def colour_cell(text: str, colour: str) -> str:
    """A table cell with text on a colour (white text on the worst colour, black otherwise)."""
    fg = ink(colour)
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
