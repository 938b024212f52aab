"""Small helpers that put words into messages and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._escape import plain
from ..errors import MAX_LISTED, listing

if TYPE_CHECKING:
    import pendulum

__all__ = ["MAX_LISTED", "count", "every", "listing", "quote"]


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes.

    >>> count(1, "finding"), count(3, "finding"), count(0, "inspection")
    ('1 finding', '3 findings', '0 inspections')
    """
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def every(duration: pendulum.Duration) -> str:
    """How often, in words: "every month", "every 2 weeks".

    >>> import pendulum
    >>> every(pendulum.duration(months=1)), every(pendulum.duration(weeks=2))
    ('every month', 'every 2 weeks')
    """
    words = duration.in_words()
    number, _, unit = words.partition(" ")
    if number == "1" and unit and " " not in unit:
        return f"every {unit}"
    return f"every {words}"


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
