"""One escaping helper per output format, used by every view.

Text from a document (a service's name, a finding, an owner, a source's address) is data, never
markup. Each format has one helper that makes such text inert:

- :func:`plain` for text reports and the terminal: control characters (ANSI escapes, carriage
  returns, C1 controls, line and paragraph separators, bidirectional overrides) are shown as
  visible escapes (``\\x1b``), and line breaks become spaces so text cannot start a new line.
- :func:`terminal` for a whole text already built: the same escapes, keeping its line breaks.
- :func:`md` for Markdown: :func:`plain`, then HTML and Markdown punctuation escaped, so text
  cannot open raw HTML, a link, emphasis, a table cell, or (at the start of a line) a heading,
  list item or quote.
- :func:`md_link` for a source's address in Markdown: a link only for ``http`` and ``https``
  addresses, plain text otherwise.
- :func:`html` for HTML: :func:`plain` (keeping line breaks), then every character HTML gives a
  meaning to as an entity.
- :func:`json_text` for JSON printed to a terminal: the characters JSON allows raw in strings
  but a terminal acts on (DEL, C1 controls, separators, bidirectional overrides) as ``\\uXXXX``.
- :func:`spreadsheet` for a cell of a workbook: :func:`terminal` (line breaks kept, every other
  control character shown as an escape), and whether the text must be stored as text with a
  quote prefix because a spreadsheet would read it as a formula (:func:`formula_like`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = [
    "formula_like",
    "html",
    "json_text",
    "md",
    "md_code",
    "md_link",
    "plain",
    "safe_url",
    "spreadsheet",
    "terminal",
]

# C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional embedding,
# override and isolate controls ("Trojan source"): characters that move the cursor, recolour the
# terminal or reorder what is shown instead of being shown.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_CONTROL_BUT_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f{_CONTROLS[3:]}]")  # all but "\n"
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# Punctuation Markdown (CommonMark, GitHub's tables and autolinks) gives a meaning to anywhere
# in a line: escapes, code, emphasis, links, table cells, strikethrough, e-mail autolinks, and a
# colon that could end a scheme ("mailto:").
_MD_PUNCT = re.compile(r"([\\`*_\[\]|~@]|:(?=\S))")
# What makes a line a heading, list item, quote, thematic break or setext underline.
# (A number then "." or ")" is an ordered list item only when a space or the end follows.)
_MD_START = re.compile(r"^(\d{1,9}(?=[.)](?:\s|$))|)((?<=\d)[.)]|>|[-+*#=](?=[-+*#=\s]|$))")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: object) -> str:
    """Text on one line with every control character shown as a visible escape.

    >>> plain("Evil\\x1b[31m YOS\\nnext line")
    'Evil\\\\x1b[31m YOS next line'
    """
    return _CONTROL.sub(_visible, _BREAKS.sub(" ", str(text)))


def terminal(text: str) -> str:
    """A whole text (a report, a message) with its line breaks kept and every other control
    character shown as a visible escape."""
    return _CONTROL_BUT_NEWLINE.sub(_visible, text)


def md(text: object) -> str:
    """Text inert in Markdown: on one line, with raw HTML, links, emphasis, code, table cells
    and line-start markers (headings, list items, quotes) escaped.

    >>> md("x | <b>y</b> [z](javascript:1)")
    'x \\\\| &lt;b&gt;y&lt;/b&gt; \\\\[z\\\\](javascript\\\\:1)'
    """
    out = plain(text).strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_START.sub(r"\1\\\2", _MD_PUNCT.sub(r"\\\1", out))


def md_code(text: object) -> str:
    """Text as a Markdown code span (shown as it is, never as markup), or as :func:`md` text
    when it holds a backtick.

    >>> md_code("hmip-youth-2021")
    '`hmip-youth-2021`'
    """
    shown = plain(text).strip()
    return md(shown) if "`" in shown or not shown else f"`{shown}`"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute ``http`` or ``https`` address with a host and no
    control character or space; ``None`` otherwise."""
    if not url or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def md_link(title: object, url: str | None) -> str:
    """A Markdown link to ``url`` when it is http(s) (see :func:`safe_url`); otherwise the
    title, with the address after it as plain text."""
    shown = md(title)
    safe = safe_url(url)
    if safe is not None:
        target = safe.replace("<", "%3C").replace(">", "%3E")
        return f"[{shown}](<{target}>)"
    return shown + (f" ({md(url)})" if url else "")


def html(text: object) -> str:
    """Text inert in HTML: control characters shown as escapes (line breaks kept), then ``&``,
    ``<``, ``>`` and both quotes as entities."""
    from html import escape  # on first use: the html package loads its table of entities

    return escape(terminal(str(text)), quote=True)


def json_text(text: str) -> str:
    """JSON text with the characters a terminal acts on, which JSON allows raw inside strings
    (DEL, C1 controls, separators, bidirectional controls), written as ``\\uXXXX`` escapes.

    The result is the same JSON value: these characters only occur inside strings.
    """
    return _CONTROL_BUT_NEWLINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# What makes a spreadsheet read a cell as a formula: "=", "+", "-" or "@" first (here also after
# leading spaces). Sources: MITRE CWE-1236 "Improper Neutralization of Formula Elements in a CSV
# File" (risky characters =, +, -, @; prepend a single apostrophe), and OWASP ASVS requirement
# 1.2.10 (for CSV and spreadsheet formats such as XLSX: =, +, -, @, tab and null escaped with a
# single quote when first in a field; tab and null never reach a cell here, as
# :func:`spreadsheet` shows control characters as escapes).
_FORMULA_START = re.compile(r"^\s*[=+\-@]")


def formula_like(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula (it starts with ``=``, ``+``,
    ``-`` or ``@``, after any spaces): such text must be stored as text, never as a formula.

    >>> formula_like("=HYPERLINK(1)"), formula_like("- a list item"), formula_like("1a")
    (True, True, False)
    """
    return _FORMULA_START.match(text) is not None


def spreadsheet(text: object) -> tuple[str, bool]:
    """Text for a spreadsheet cell, and whether it must be stored as text with a quote prefix.

    The text keeps its line breaks (a cell can hold several lines); every other control
    character is shown as a visible escape (``\\x1b``), since the file format cannot hold most
    of them and a terminal or editor acts on them. The flag is :func:`formula_like`: the
    writer stores such text as a string with Excel's quote prefix, so that neither opening
    the file nor editing the cell turns it into a formula.

    >>> spreadsheet("=1+1\\x1b[31m")
    ('=1+1\\\\x1b[31m', True)
    """
    shown = terminal(str(text))
    return shown, formula_like(shown)
