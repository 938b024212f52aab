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


def markdown_docstring(text: str) -> str:
    """The docstring text with ``Example:`` headings, Sphinx roles and version notes
    translated."""
    text = _VERSION.sub(_version_text, text)
    return _ROLE.sub(_role_text, _EXAMPLE.sub(r"\g<indent>Examples:", text))


class DocstringMarkdown(griffe.Extension):
    """Translate each object's docstring as it is loaded, before it is parsed."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each object as it is loaded."""
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
