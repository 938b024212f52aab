"""Griffe extension for the documentation build: read the docstrings' reST habits as Markdown.

The project's docstrings are Google style, written to read well in ``help()`` and to be
rendered by Sphinx-minded tools too. Two habits need translating for mkdocstrings:

- ``Example:`` introduces doctests, as the Google style guide and Napoleon allow, but Griffe's
  Google parser knows only ``Examples:`` and would render the doctest as Markdown (``>>>``
  becomes a nested quotation). A line that is exactly ``Example:`` is read as ``Examples:``;
  ``Example: a title`` is left alone.
- Sphinx roles (``:class:`~yjinspect.scales.Level```, ``:func:`validate```) would show as
  literal text. Each becomes an inline code span of the text Sphinx would show: the last
  component for ``~`` targets, the title for ``title <target>``.
- Sphinx's ``.. versionadded:: 0.1.0`` and ``.. versionchanged:: 0.2.0 what changed`` would show
  as literal text. Each becomes an italic line: "*Added in version 0.1.0.*".
- reST simple tables (``====  ====`` borders, as in :mod:`yjinspect.frames`' column table) would
  show as a block of text. Each becomes a Markdown table; a row whose first column is blank
  continues the row above, as in reST.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(?:attr|class|const|data|exc|func|meth|mod|obj):`(?P<body>[^`]+)`")
_VERSION = re.compile(
    r"^(?P<indent>[ \t]*)\.\. version(?P<what>added|changed)::[ \t]*(?P<version>[^\s]+)"
    r"[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
_BORDER = re.compile(r"^[ \t]*=+(?:[ \t]+=+)+[ \t]*$")
_TITLED = re.compile(r"^(?P<title>.+?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)


def _role_text(match: re.Match[str]) -> str:
    body = " ".join(match.group("body").split())
    titled = _TITLED.match(body)
    if titled:
        text = titled.group("title")
    else:
        target = body.lstrip("!")
        text = target[1:].rsplit(".", 1)[-1] if target.startswith("~") else target
    return f"`{text}`"


def _version_text(match: re.Match[str]) -> str:
    what = "Added" if match.group("what") == "added" else "Changed"
    rest = match.group("rest").strip()
    return f"{match.group('indent')}*{what} in version {match.group('version')}.*" + (
        f" {rest}" if rest else ""
    )


def _columns(border: str) -> list[tuple[int, int | None]]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
    # the last column runs to the end of the line, as reST allows
    return [(start, end) for start, end in spans[:-1]] + [(spans[-1][0], None)]


def _cells(line: str, columns: list[tuple[int, int | None]]) -> list[str]:
    return [line[start:end].strip() for start, end in columns]


def _markdown_table(lines: list[str]) -> list[str]:
    """A reST simple table (border, header, border, rows, border) as Markdown table lines."""
    columns = _columns(lines[0])
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    rows: list[list[str]] = []
    for line in lines[1:]:
        if _BORDER.match(line) or not line.strip():
            continue
        cells = _cells(line, columns)
        if rows and not cells[0]:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    header, body = rows[0], rows[1:]

    def row(cells: list[str]) -> str:
        return indent + "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [row(header), indent + "|" + "---|" * len(header), *map(row, body)]


def markdown_tables(text: str) -> str:
    """The text with each reST simple table written as a Markdown table."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BORDER.match(lines[i]) and i + 2 < len(lines) and _BORDER.match(lines[i + 2]):
            end = next((j for j in range(i + 3, len(lines)) if _BORDER.match(lines[j])), None)
            if end is not None:
                out += _markdown_table(lines[i : end + 1])
                i = end + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def markdown_docstring(text: str) -> str:
    """The docstring text with ``Example:`` headings, Sphinx roles, version notes and simple
    tables translated."""
    text = markdown_tables(_VERSION.sub(_version_text, text))
    return _ROLE.sub(_role_text, _EXAMPLE.sub(r"\g<indent>Examples:", text))


class DocstringMarkdown(griffe.Extension):
    """Translate each object's docstring as it is loaded, before it is parsed."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each object as it is loaded."""
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)

    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        """List an enumeration's values under its docstring: members without a docstring of
        their own are otherwise left out of the reference."""
        bases = {str(base).rsplit(".", 1)[-1] for base in cls.bases}
        if not bases & {"Enum", "StrEnum", "IntEnum"}:
            return
        values = [
            f"- `{name}` = `{member.value}`"
            for name, member in cls.members.items()
            if member.is_attribute and not name.startswith("_") and member.value is not None
        ]
        if not values:
            return
        listing = "Values:\n\n" + "\n".join(values)
        if cls.docstring is None:
            cls.docstring = griffe.Docstring(listing, parent=cls)
        else:
            cls.docstring.value = cls.docstring.value.rstrip() + "\n\n" + listing
