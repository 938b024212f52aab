"""A corpus: many inspections, and the improvement plans that answer them, in one document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from . import _coerce, plan
from .inspection import Inspection

__all__ = ["Corpus"]


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _inspections(value: Iterable[Inspection]) -> tuple[Inspection, ...]:
    return tuple(value)


_coerce.passes(_inspections, tuple)


def _plans(
    value: Iterable[plan.ImprovementPlan],
) -> tuple[plan.ImprovementPlan, ...]:
    return tuple(value)


_coerce.passes(_plans, tuple)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Corpus:
    """Many inspections, of one service or of many, kept together with the plans answering them.

    Attributes:
        inspections: the inspections; ids must be unique across the corpus.
        plans: the improvement plans that answer inspections of the corpus; plan ids must be
            unique, and each plan's ``inspection`` must be the id of an inspection in the corpus
            (:func:`yjinspect.validate` checks both, and each plan's references).
        title: a human description of the collection.
        notes: anything a reader should know about where the collection came from.

    .. versionadded:: 0.1.0
    """

    inspections: tuple[Inspection, ...] = attrs.field(default=(), converter=_inspections)
    plans: tuple[plan.ImprovementPlan, ...] = attrs.field(default=(), converter=_plans)
    title: str | None = None
    notes: str | None = None

    def __repr__(self) -> str:
        plans = f", plans={len(self.plans)}" if self.plans else ""
        return f"Corpus(title={self.title!r}, inspections={len(self.inspections)}{plans})"

    def _repr_html_(self) -> str:
        from ..views import corpus_html

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

    def plans_for(self, inspection_id: str) -> tuple[plan.ImprovementPlan, ...]:
        """The plans in the corpus that answer the inspection with this id (maybe none)."""
        return tuple(p for p in self.plans if p.inspection == inspection_id)
