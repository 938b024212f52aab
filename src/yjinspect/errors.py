"""Errors raised by yjinspect, and the :class:`Problem` record that reports use.

Every error derives from :class:`YjinspectError`, and also from the built-in exception a caller
would naturally catch (``ValueError`` for bad values, ``LookupError`` for unknown names), so
``except ValueError`` keeps working in code that does not know about yjinspect.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import attrs

__all__ = [
    "IncompleteRatings",
    "InvalidDocument",
    "NoCrosswalk",
    "Problem",
    "RuleNotDefined",
    "Severity",
    "UnknownArea",
    "UnknownFramework",
    "UnknownRating",
    "YjinspectError",
]

MAX_LISTED = 10
"""Messages name at most this many items of a list (known ids, codes), then count the rest."""


def listing(items: Iterable[object], limit: int = MAX_LISTED) -> str:
    """Items joined by commas, at most ``limit`` of them, then how many more there are; a
    message stays short however long the list it speaks of.

    >>> listing(["a", "b"])
    'a, b'
    >>> listing(range(25))
    '0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 15 more'
    """
    shown: list[str] = []
    rest = 0
    for item in items:
        if len(shown) < limit:
            shown.append(str(item))
        else:
            rest += 1
    return ", ".join(shown) + (f" and {rest} more" if rest else "")


class Severity(StrEnum):
    """How serious a :class:`Problem` is.

    ``ERROR`` problems make a document invalid (``load`` refuses it); ``WARNING`` problems are
    disagreements in the record, such as a published overall rating that differs from the one
    derived from the standards: worth reporting, never a reason to lose the data.

    .. versionadded:: 0.1.0
    """

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(slots=True, kw_only=True)
class Problem:
    """One thing wrong with a document or object.

    Attributes:
        path: where the problem is, as a JSON path from the document root
            (``$.judgements[2].rating``).
        message: what was expected and what was found.
        severity: :attr:`Severity.ERROR` or :attr:`Severity.WARNING`.

    Example:
        >>> str(Problem(path="$.id", message="expected a string, found 3"))
        '$.id: expected a string, found 3'

    .. versionadded:: 0.1.0
    """

    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        return f"{prefix}{self.path}: {self.message}"


class YjinspectError(Exception):
    """Base class of every error yjinspect raises on purpose.

    .. versionadded:: 0.1.0
    """


class InvalidDocument(YjinspectError, ValueError):
    """A document (JSON, TOML, a framework file, a CSV row set) could not be read as valid data.

    Attributes:
        problems: every problem found, each naming the path inside the document.
        source: the file name or other description of where the text came from, if known.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        where = f"{source}: " if source else ""
        count = len(self.problems)
        head = f"{where}invalid document ({count} problem{'s' if count != 1 else ''})"
        lines = [head, *(f"  {p}" for p in self.problems[:20])]
        if count > 20:
            lines.append(f"  ... and {count - 20} more")
        super().__init__("\n".join(lines))


class UnknownFramework(YjinspectError, LookupError):
    """No framework with the given code is known.

    Attributes:
        code: the code that was asked for.
        known: the codes that are known.

    .. versionadded:: 0.1.0
    """

    def __init__(self, code: str, known: Iterable[str]) -> None:
        self.code = code
        self.known = tuple(sorted(known))
        super().__init__(f"unknown framework {code!r}; known frameworks: {listing(self.known)}")

    def __str__(self) -> str:  # LookupError would otherwise quote the message
        return str(self.args[0])


class UnknownArea(YjinspectError, LookupError):
    """A framework has no area with the given code.

    Attributes:
        code: the area code that was asked for.
        framework: the framework's code.
        known: the codes of the framework's areas.

    .. versionadded:: 0.1.0
    """

    def __init__(self, code: str, framework: str, known: Iterable[str]) -> None:
        self.code = code
        self.framework = framework
        self.known = tuple(known)
        super().__init__(
            f"framework {framework!r} has no area {code!r}; its areas are: {listing(self.known)}"
        )

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownRating(YjinspectError, ValueError):
    """A text names no level of a rating scale.

    Attributes:
        text: the text that was looked up.
        scale: the scale's code.
        valid: the labels of the scale's levels, worst first.

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: object, scale: str, valid: Iterable[str]) -> None:
        self.text = text
        self.scale = scale
        self.valid = tuple(valid)
        super().__init__(
            f"{text!r} is not a level of scale {scale!r}; expected one of: {listing(self.valid)}"
        )


class RuleNotDefined(YjinspectError, LookupError):
    """The framework has no rule for what was asked.

    For example, an overall rating for a framework that never published one.

    .. versionadded:: 0.1.0
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class IncompleteRatings(YjinspectError, ValueError):
    """An overall rating was asked for, but some scored areas have no rating.

    Attributes:
        missing: the codes of the scored areas with no rating.

    .. versionadded:: 0.1.0
    """

    def __init__(self, missing: Iterable[str], framework: str) -> None:
        self.missing = tuple(missing)
        super().__init__(
            f"framework {framework!r}: no rating for scored area(s) {listing(self.missing)}"
        )


class NoCrosswalk(YjinspectError, LookupError):
    """No known crosswalk, or chain of crosswalks, leads from one framework to another.

    Attributes:
        from_framework: the framework asked from.
        to_framework: the framework asked to.

    .. versionadded:: 0.1.0
    """

    def __init__(self, from_framework: str, to_framework: str, known: tuple[str, ...]) -> None:
        self.from_framework = from_framework
        self.to_framework = to_framework
        super().__init__(
            f"no crosswalk leads from {from_framework!r} to {to_framework!r}; known crosswalks: "
            f"{', '.join(known) or 'none'}"
        )

    def __str__(self) -> str:
        return str(self.args[0])


class FieldValueError(ValueError):
    """A value rejected by a model object's own checks, naming the field at fault.

    The document loader uses :attr:`field` to point the problem's path at the field.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)
