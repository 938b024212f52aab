"""Readers for other people's formats.

Importers never raise for a bad row: they return an :class:`ImportResult` holding the
inspections they could read and a :class:`~yjinspect.Problem` for everything they could not
read or found inconsistent.

Example:
    >>> import yjinspect as yj
    >>> result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
    >>> len(result.rows), len(result.inspections) + len(result.skipped) == len(result.rows)
    (83, True)
"""

from .d2i import D2I_CSV, parse_d2i_csv, read_d2i_csv
from .result import ImportResult

__all__ = ["D2I_CSV", "ImportResult", "parse_d2i_csv", "read_d2i_csv"]
