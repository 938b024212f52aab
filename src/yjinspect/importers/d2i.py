"""The data-to-insight (D2I) CSV of HMIP youth justice inspection ratings.

data-to-insight publishes a scrape of HMIP youth inspection reports (MIT licence; a copy, with
its licence, ships as :data:`D2I_CSV`): one row per inspection with ``la_name, la_ref, score_%,
overall_rating, publication_date (dd/mm/yy), report_url`` and then one column per standard
*name* (``staff``, ``assessment``, ``joint_working``...). Its known faults, and what the importer
does about each:

- **Standards of domains 2 and 3 share names** (``assessment``, ``planning``,
  ``implementation_and_delivery``) and overwrite each other in the scrape. A column whose name
  matches more than one standard of the row's framework is **not assigned**: its values are kept
  in :attr:`ImportResult.unassigned` and the inspection's notes, and one problem per column
  says so. A name matching exactly one standard (``reviewing`` is only 2.4) is assigned.
  Column names are matched against each standard's title and ``aliases`` in the framework file.
- **"Requires improvement" is often missed**: a blank cell is "not known" (a judgement with
  status ``not-known``), never absent and never a guess.
- ``score_%`` times the framework's maximum (36) is the published score. A value that is not
  a whole number of 36ths (beyond the CSV's two-decimal rounding) is reported and the score
  kept as not known.
- **Overall labels that are not on the scale** (footnote text) are reported and kept as not
  known; a published overall that disagrees with the band of the published score is reported
  (both are kept as published); so is a score outside the range the row's own ratings allow.

**Which framework a row is.** Which standards apply follows the fieldwork date, and the CSV has
only the publication date, which follows fieldwork. The importer takes fieldwork to have begun
no more than ``max_lag`` (six months by default) before publication. The candidate frameworks
are those (of ``frameworks``, by default the 2018 and 2021 HMIP youth standards) whose period of
use (``valid_from`` to ``valid_to`` in the framework file) meets that window. One candidate: the
row is of that framework. Several: a filled column that only some candidates have decides
(``joint_working`` is a 2018 standard, ``resettlement_policy_and_provision`` a 2021 one), and the
inspection's notes say so. If the date allows none, or the row's columns do not decide, the row
is left out with a problem saying why.

**Problems.** Each names the row and the service: ``row 7 (Ceredigion) [score_%]``. Rows are
numbered as a spreadsheet shows them: the header is row 1, the first inspection row 2. Problems
about a column as a whole have the path ``header [column]``. A row left out is an ERROR problem;
anything read with a doubt is a WARNING. A bad row never raises: the importer keeps going.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path
from typing import Any, Final

import pendulum

from ..errors import InvalidDocument, Problem
from ..frameworks import get as get_framework
from ..io import _limits
from ..model import FIELDWORK_BEFORE_PUBLICATION
from ._d2i_rows import COLUMN_FORMS, FIXED_COLUMNS, REQUIRED_COLUMNS, _Reader, _warn
from .result import ImportResult

__all__ = [
    "D2I_CSV",
    "D2I_FRAMEWORKS",
    "FIXED_COLUMNS",
    "parse_d2i_bytes",
    "parse_d2i_csv",
    "read_d2i_csv",
]

D2I_CSV: Final = Path(__file__).parent / "data" / "d2i-hmi-youth-justice-ratings.csv"
"""The shipped copy of the data-to-insight CSV (83 inspections published 2021-2025; MIT
licence, see ``D2I-LICENSE.txt`` beside it)."""

D2I_FRAMEWORKS: Final = ("hmip-youth-2018", "hmip-youth-2021", "hmip-youth-2025")
"""The frameworks a D2I row may be of, by default."""


def parse_d2i_csv(
    text: str,
    *,
    frameworks: Iterable[str] = D2I_FRAMEWORKS,
    max_lag: pendulum.Duration | None = None,
    source: str | None = None,
) -> ImportResult:
    """Read D2I CSV text (see the module notes for the rules). Pure: no I/O.

    Args:
        text: the CSV text.
        frameworks: the codes of the frameworks a row may be of.
        max_lag: the longest time from the start of fieldwork to publication assumed when
            telling a row's framework from its publication date (default six months).
        source: a name for the text, for error messages.

    Raises:
        InvalidDocument: the header lacks a column the format needs (a file-level fault; a bad
            row never raises).
        UnknownFramework: a code in ``frameworks`` is not known.

    .. versionadded:: 0.1.0
    """
    lag = max_lag if max_lag is not None else FIELDWORK_BEFORE_PUBLICATION
    fws = [get_framework(code) for code in frameworks]
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InvalidDocument(
            [Problem(path="header", message="the file is empty")], source=source
        ) from None
    form_problems: list[Problem] = []
    for name, earlier in COLUMN_FORMS.items():
        for old in earlier:
            if name not in header and old in header:
                header[header.index(old)] = name
                form_problems.append(
                    _warn(
                        f"header [{old}]",
                        f"an earlier name of {name}; read as {name}",
                    )
                )
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InvalidDocument(
            [
                Problem(
                    path="header",
                    message=f"expected the D2I columns {', '.join(REQUIRED_COLUMNS)};"
                    f" missing: {', '.join(missing)}",
                )
            ],
            source=source,
        )
    if "publication_date" not in header:
        form_problems.append(
            _warn(
                "header [publication_date]",
                "the file has no publication_date column (an earlier form of it): each row's "
                "publication year is read from its report URL where the URL ends with one, "
                "and is otherwise not known",
            )
        )
    state = _Reader(header, fws, lag)
    state.problems[:0] = form_problems
    for n, values in _rows(reader, state.problems, state.rows):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            state.problems.append(
                _warn(
                    f"row {n} ({values[0].strip() if values else 'no name'})",
                    f"expected {len(header)} cells, found {len(values)}; missing cells are read "
                    "as blank and extra cells ignored",
                )
            )
        cells = dict(zip(header, values, strict=False))
        try:
            state.row(n, cells)
        except Exception as exc:  # a bad row never stops the import
            state.rows[n] = None
            state.problems.append(
                Problem(
                    path=f"row {n} ({cells.get('la_name', '').strip() or 'no name'})",
                    message=f"could not be read ({type(exc).__name__}: {exc}); the row is left out",
                )
            )
    return state.finish()


def _rows(
    reader: Any, problems: list[Problem], left_out: dict[int, str | None]
) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header, numbered as a spreadsheet shows them; a row the CSV reader
    refuses (a cell longer than its limit of 131,072 characters) is left out with a problem,
    and counted among the rows left out (``left_out[n] = None``)."""
    n = 1
    while True:
        n += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            left_out[n] = None
            problems.append(
                Problem(
                    path=f"row {n}",
                    message=f"the row cannot be read as CSV ({_csv_words(exc)}); "
                    "the row is left out",
                )
            )
            continue
        yield n, values


def _csv_words(exc: csv.Error) -> str:
    text = str(exc)
    if "field limit" in text:
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    return text


def read_d2i_csv(
    path: str | PathLike[str],
    *,
    frameworks: Iterable[str] = D2I_FRAMEWORKS,
    max_lag: pendulum.Duration | None = None,
) -> ImportResult:
    """Read a data-to-insight CSV of HMIP youth inspection ratings.

    Each row becomes a partial :class:`~yjinspect.Inspection` of the framework its publication
    date implies; blanks are "not known"; standards whose column name two standards share are
    not assigned. Every fault found is a :class:`~yjinspect.Problem` naming the row and the
    service; a bad row never raises. See the module notes for the rules.

    Args:
        path: the CSV file (UTF-8, with or without a byte-order mark).
        frameworks: the codes of the frameworks a row may be of.
        max_lag: the longest time from the start of fieldwork to publication assumed (default
            six months).

    Returns:
        An :class:`ImportResult`.

    Raises:
        OSError: the file cannot be read.
        InvalidDocument: the file is not UTF-8 text, or the header lacks a column the format
            needs.

    Example:
        >>> import yjinspect as yj
        >>> result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
        >>> bromley = next(i for i in result.inspections if i.service.name == "Bromley")
        >>> bromley.framework, bromley.published_overall, bromley.published_score
        ('hmip-youth-2021', 'outstanding', 33)

    .. versionadded:: 0.1.0
    """
    raw = _limits.read_limited(Path(path), _limits.MAX_DOCUMENT_BYTES)
    return parse_d2i_bytes(raw, frameworks=frameworks, max_lag=max_lag, source=str(path))


def parse_d2i_bytes(
    raw: bytes,
    *,
    frameworks: Iterable[str] = D2I_FRAMEWORKS,
    max_lag: pendulum.Duration | None = None,
    source: str | None = None,
) -> ImportResult:
    """Like :func:`parse_d2i_csv`, from the file's bytes (UTF-8, with or without a BOM).

    Raises:
        InvalidDocument: the bytes are not UTF-8, or the header lacks a column the format needs.

    .. versionadded:: 0.1.0
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidDocument(
            [
                Problem(
                    path=f"row {line}",
                    message=f"expected UTF-8 text, found the byte "
                    f"{raw[exc.start]:#04x} at offset {exc.start}",
                )
            ],
            source=source,
        ) from None
    return parse_d2i_csv(text, frameworks=frameworks, max_lag=max_lag, source=source)
