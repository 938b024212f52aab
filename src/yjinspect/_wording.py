"""Small helpers that put words into messages and reports."""

from __future__ import annotations

from collections.abc import Iterable

from ._escape import plain

__all__ = ["MAX_LISTED", "listing", "quote"]

MAX_LISTED = 10
"""Messages name at most this many items of a list (known ids, codes), then count the rest."""


def listing(items: Iterable[object], limit: int = MAX_LISTED) -> str:
    """Items joined by commas, at most ``limit`` of them, then how many more there are; a
    message stays short however long the list it speaks of.

    >>> listing(["a", "b"])
    'a, b'
    >>> listing(range(25))
    '0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 15 more'
    """
    shown: list[str] = []
    rest = 0
    for item in items:
        if len(shown) < limit:
            shown.append(str(item))
        else:
            rest += 1
    return ", ".join(shown) + (f" and {rest} more" if rest else "")


def quote(text: str | None, limit: int = 80) -> str:
    """``text`` in single quotes on one line, cut to ``limit`` characters with ``...``.

    ``None`` (wording not known) gives ``"(wording not known)"``.

    >>> quote("Form a  single\\nboard")
    "'Form a single board'"
    >>> quote(None)
    '(wording not known)'
    """
    if text is None:
        return "(wording not known)"
    text = " ".join(plain(text).split())
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return f"'{text}'"
