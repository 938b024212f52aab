"""One check for ids that must be unique in a document."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import Problem


def duplicate_ids(
    items: Iterable[tuple[str, str]], what: str, *, field: str = "id", note: str = ""
) -> list[Problem]:
    """A problem at ``<path>.<field>`` for every id already seen, naming where it was first.

    Args:
        items: (path of the object, its id), in document order.
        what: how the message names the id ("inspection id", "action").
        field: the field that holds the id.
        note: added to each message.
    """
    out: list[Problem] = []
    first: dict[str, str] = {}
    for path, ident in items:
        if ident in first:
            out.append(
                Problem(
                    path=f"{path}.{field}",
                    message=f"duplicate {what} {ident!r} (first at {first[ident]}){note}",
                )
            )
        else:
            first[ident] = path
    return out
