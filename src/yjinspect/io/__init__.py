"""Documents as data: the one converter and its hooks, parsing with limits, document kinds and
migrations, TOML and JSON, JSON Schema and atomic files. No domain rules live here: the checks
across objects are in :mod:`yjinspect.validation`, and :mod:`yjinspect.documents` puts the two
together for users.
"""

from typing import TYPE_CHECKING, Any

from ._converter import converter_for, structure, unstructure
from ._document import document_data, document_json, read_document
from ._files import create_temporary, format_for, write_atomic
from ._json import dumps as json_dumps
from ._limits import MAX_DOCUMENT_BYTES, read_limited, read_stream
from ._parse import MAX_DEPTH, MAX_DOCUMENT_CHARS, checked_text
from ._schema import document_schema
from ._toml import dumps as toml_dumps
from .catalogue import Catalogue
from .document_kinds import (
    SCHEMA_VERSION,
    DocumentKind,
    Format,
    all_kinds,
    kind_for,
    kind_of,
    kinds,
    register_kind,
    register_migration,
)

if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter
    """The one converter (cattrs, preconfigured for JSON, with pendulum hooks and strict types).

    Detailed validation is off on this fast path; a document that fails is structured again
    with a detailed converter so that every problem gets its path.
    """

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_DOCUMENT_CHARS",
    "SCHEMA_VERSION",
    "Catalogue",
    "DocumentKind",
    "Format",
    "all_kinds",
    "checked_text",
    "converter",
    "create_temporary",
    "document_data",
    "document_json",
    "document_schema",
    "format_for",
    "json_dumps",
    "kind_for",
    "kind_of",
    "kinds",
    "read_document",
    "read_limited",
    "read_stream",
    "register_kind",
    "register_migration",
    "structure",
    "toml_dumps",
    "unstructure",
    "write_atomic",
]


def __getattr__(name: str) -> Any:
    if name == "converter":  # built on first use
        return converter_for(False)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
