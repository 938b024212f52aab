"""Small helpers that put words into messages and reports."""

from __future__ import annotations

__all__ = ["quote"]


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
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 3].rstrip() + "..."
    return f"'{text}'"
