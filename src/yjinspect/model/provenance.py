"""Where a fact comes from, and how sure the record is of it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import attrs

from . import _coerce
from .dates import PartialDate

__all__ = ["Confidence", "Disagreement", "Source"]


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


_coerce.passes(_strs, tuple)


class Confidence(StrEnum):
    """How a fact is known.

    ``PUBLISHED``: stated by the inspectorate or in a council or inspectorate document.
    ``REPORTED``: reported (press, council minutes), but the rule itself was not seen.
    ``INFERRED``: read from data; consistent with the record, never stated.

    .. versionadded:: 0.1.0
    """

    PUBLISHED = "published"
    REPORTED = "reported"
    INFERRED = "inferred"


@attrs.frozen(slots=True, kw_only=True)
class Source:
    """A document a fact was taken from.

    Attributes:
        title: a human description ("HMIP press release, March 2012").
        url: where it can be read, if known.
        note: anything a reader should know (a text cut short, a date not confirmed).
        publisher: who published it ("HMIP", "BBC News", a council), if recorded.
        date: when it was published, to the precision known, if recorded.
        quote: the words of the source that state the facts it supports.
        confidence: how the facts it supports are known (:class:`Confidence`): ``published``
            when the inspectorate or a council states them, ``reported`` when a third party
            reports them, ``inferred`` when they are read from it; ``None`` when not recorded.
        supports: the fields of the record this source states, as paths into the record
            (``"published_overall"``, ``"published"``, ``"judgements.safeguarding"``,
            ``"judgements.safeguarding.percentage"``, ``"recommendations"``); empty when not
            recorded.

    Example:
        >>> Source(title="Bromley committee report ED15104, July 2015").title
        'Bromley committee report ED15104, July 2015'

    .. versionadded:: 0.1.0
    """

    title: str = attrs.field(validator=attrs.validators.min_len(1))
    url: str | None = None
    note: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    quote: str | None = None
    confidence: Confidence | None = None
    supports: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def __str__(self) -> str:
        return self.title + (f" <{self.url}>" if self.url else "")


@attrs.frozen(slots=True, kw_only=True)
class Disagreement:
    """A value another source gives for a field of a record, where it differs from the value the
    record holds (or where the record holds neither of two values that sources give).

    The record keeps the value it follows in the field itself; each disagreement keeps one
    other value, the source that gives it, and why the record follows what it does.

    Attributes:
        field: the path of the field in the record (``"published_overall"``, ``"published"``,
            ``"judgements.safeguarding.percentage"``), as in :attr:`Source.supports`.
        value: the other value, as that source gives it.
        source: the :class:`Source` that gives it.
        note: which value the record follows, and why.

    Example:
        >>> d = Disagreement(
        ...     field="published_overall",
        ...     value="Requires improvement",
        ...     source=Source(title="data-to-insight CSV, row 65"),
        ...     note="The record follows HMIP's press release ('Good').",
        ... )
        >>> d.field, d.value
        ('published_overall', 'Requires improvement')

    .. versionadded:: 0.1.0
    """

    field: str = attrs.field(validator=attrs.validators.min_len(1))
    value: str
    source: Source
    note: str | None = None

    def __str__(self) -> str:
        why = f" ({self.note})" if self.note else ""
        return f"{self.field}: {self.value!r} according to {self.source}{why}"
