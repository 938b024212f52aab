"""What an importer returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from ..errors import Problem, Severity
from ..model import Inspection

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ImportResult"]


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _inspections(value: Iterable[Inspection]) -> tuple[Inspection, ...]:
    return tuple(value)


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


def _rows(value: Mapping[int, str | None]) -> dict[int, str | None]:
    return dict(value)


def _unassigned(value: Mapping[str, Mapping[str, str]]) -> dict[str, Mapping[str, str]]:
    return dict(value)


def _uncertain(value: Mapping[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    return dict(value)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class ImportResult:
    """What an importer read.

    Attributes:
        inspections: the inspections read, partial where the source is.
        problems: everything not read or inconsistent; ERROR problems are rows left out,
            WARNING problems are rows read with something missing or in doubt.
        rows: every data row's number to the id of the inspection made from it, or ``None``
            when the row was left out (its problems say why).
        unassigned: inspection id to the values the importer kept but could not assign to an
            area (column name to value), such as a rating under a column name two standards share.
        uncertain: the number of every row left out because its record does not decide which
            framework it is of, to the codes of the frameworks it could be of (its problem names
            them too). Such a row is never filed under one of them by default.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       ``uncertain``.
    """

    inspections: tuple[Inspection, ...] = attrs.field(default=(), converter=_inspections)
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
    rows: Mapping[int, str | None] = attrs.field(factory=dict, converter=_rows, hash=False)
    unassigned: Mapping[str, Mapping[str, str]] = attrs.field(
        factory=dict, converter=_unassigned, hash=False
    )
    uncertain: Mapping[int, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_uncertain, hash=False
    )

    @property
    def skipped(self) -> tuple[int, ...]:
        """The numbers of the rows left out."""
        return tuple(n for n, ident in self.rows.items() if ident is None)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems of severity ERROR (rows left out, a file that cannot be read)."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems of severity WARNING."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    def problems_for(self, row: int) -> tuple[Problem, ...]:
        """The problems of one data row (by its number)."""
        prefix = f"row {row} ("
        return tuple(p for p in self.problems if p.path.startswith(prefix))

    def __repr__(self) -> str:
        # Short: a notebook shows the repr, and the full field values run to many thousands
        # of characters for a national file.
        return (
            f"ImportResult(inspections={len(self.inspections)}, rows={len(self.rows)}, "
            f"skipped={len(self.skipped)}, errors={len(self.errors)}, "
            f"warnings={len(self.warnings)})"
        )

    def to_frame(self, table: str = "inspections") -> pd.DataFrame:
        """One table as a pandas DataFrame: see :func:`yjinspect.frames.import_frame`."""
        from ..views._frames import import_frame

        return import_frame(self, table)

    def __str__(self) -> str:
        return (
            f"{len(self.rows)} row(s): {len(self.inspections)} inspection(s) read, "
            f"{len(self.skipped)} row(s) left out; {len(self.errors)} error(s), "
            f"{len(self.warnings)} warning(s)"
        )
