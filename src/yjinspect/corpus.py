"""A corpus: many inspections held in one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from .inspection import Inspection

__all__ = ["Corpus"]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Corpus:
    """Many inspections, of one service or of many, kept together.

    Attributes:
        inspections: the inspections; ids must be unique across the corpus.
        title: a human description of the collection.
        notes: anything a reader should know about where the collection came from.
    """

    inspections: tuple[Inspection, ...] = attrs.field(default=(), converter=_tuple)
    title: str | None = None
    notes: str | None = None

    def __repr__(self) -> str:
        return f"Corpus(title={self.title!r}, inspections={len(self.inspections)})"

    def _repr_html_(self) -> str:
        from .report import corpus_html

        return corpus_html(self.inspections, title=self.title)

    def __iter__(self) -> Iterator[Inspection]:
        return iter(self.inspections)

    def __len__(self) -> int:
        return len(self.inspections)

    def get(self, inspection_id: str) -> Inspection:
        """The inspection with this id.

        Raises:
            KeyError: no inspection has that id.
        """
        for insp in self.inspections:
            if insp.id == inspection_id:
                return insp
        raise KeyError(inspection_id)
