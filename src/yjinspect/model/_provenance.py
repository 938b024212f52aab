"""Where a fact comes from, and how sure the record is of it."""

from __future__ import annotations

from enum import StrEnum

import attrs

__all__ = ["Confidence", "Source"]


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

    Example:
        >>> Source(title="Bromley committee report ED15104, July 2015").title
        'Bromley committee report ED15104, July 2015'

    .. versionadded:: 0.1.0
    """

    title: str = attrs.field(validator=attrs.validators.min_len(1))
    url: str | None = None
    note: str | None = None

    def __str__(self) -> str:
        return self.title + (f" <{self.url}>" if self.url else "")
