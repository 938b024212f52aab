"""What a field check amounts to in JSON Schema, stated beside the check.

A validator of a model field carries the JSON Schema keywords that say what it checks
(:func:`says`), or the reason no keyword can (:func:`beyond_schema`);
:func:`yjinspect.io.document_schema` reads them, so the schema follows the check it mirrors
and a test refuses a validator that carries neither. Keywords that apply to one JSON type
(``minLength``, ``minimum``) leave values of other types alone, so one statement holds for a
field that may also be ``null``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from ..errors import FieldValueError

__all__ = [
    "CLASS_RULES",
    "PERCENT_RANGE",
    "SCHEMA_KEYWORDS",
    "SCHEMA_LEFT_OUT",
    "beyond_schema",
    "nonempty",
    "percent_keywords",
    "says",
]

SCHEMA_KEYWORDS: Final = "json_schema"
"""The attribute of a check that holds its JSON Schema keywords."""
SCHEMA_LEFT_OUT: Final = "json_schema_left_out"
"""The attribute of a check that holds why JSON Schema cannot state it."""

CLASS_RULES: Final = "_json_schema_rules"
"""The class attribute that holds JSON Schema subschemas (``if``/``then``, ``not``) stating what
a class's ``__attrs_post_init__`` checks across its own fields; the schema of the class is
``allOf`` them."""

_F = TypeVar("_F", bound=Callable[..., Any])


def says(**keywords: Any) -> Callable[[_F], _F]:
    """Decorator: the JSON Schema keywords that state what a field check checks."""

    def mark(check: _F) -> _F:
        setattr(check, SCHEMA_KEYWORDS, dict(keywords))
        return check

    return mark


def beyond_schema(reason: str) -> Callable[[_F], _F]:
    """Decorator: a field check JSON Schema cannot state, and why."""

    def mark(check: _F) -> _F:
        setattr(check, SCHEMA_LEFT_OUT, reason)
        return check

    return mark


PERCENT_RANGE: Final = (0, 100)
"""The lowest and highest percentage (of cases, of a headline score)."""


def percent_keywords() -> dict[str, Any]:
    """``minimum`` and ``maximum`` of a percentage, as JSON Schema keywords."""
    low, high = PERCENT_RANGE
    return {"minimum": low, "maximum": high}


@says(minLength=1)
def nonempty(_inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    """attrs validator: the text is not empty.

    Raises:
        FieldValueError: it is.
    """
    if not value:
        raise FieldValueError(attribute.name, f"{attribute.name} must not be empty")
