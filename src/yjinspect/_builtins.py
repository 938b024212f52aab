"""A summary of the built-in frameworks and crosswalks, for listing them without reading them.

Each catalogue's ``data`` folder holds, beside its TOML files, ``index.json``: for every
built-in document its code and the few fields a listing shows (:data:`FIELDS`). It is made from
the TOML files by :func:`build_index` (``python tools/build_catalogue_index.py``), and a test
makes it again and compares, so it cannot drift from them. ``yjinspect frameworks`` reads it
instead of parsing every framework and crosswalk and building their objects.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from typing import Any

__all__ = ["FIELDS", "INDEX", "build_index", "summaries"]

INDEX = "index.json"
"""The name of the summary file in a catalogue's ``data`` folder."""

FIELDS: dict[str, tuple[str, ...]] = {
    "frameworks": ("title",),
    "crosswalks": ("title", "from_framework", "to_framework"),
}
"""The fields summarised, by catalogue (the subpackage holding its ``data`` folder)."""


def _data(catalogue: str) -> Any:
    return resources.files(__package__).joinpath(catalogue, "data")


def _toml_documents(catalogue: str) -> list[tuple[str, dict[str, Any]]]:
    """A catalogue's built-in TOML files, by name, each with its data."""
    import tomllib

    return [
        (entry.name, tomllib.loads(entry.read_text(encoding="utf-8")))
        for entry in sorted(_data(catalogue).iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    ]


def build_index(catalogue: str) -> dict[str, dict[str, str]]:
    """The summary of a catalogue's built-in documents, read from its TOML files: code -> the
    fields of :data:`FIELDS` (a field a document does not give is left out)."""
    return {
        data["code"]: {f: data[f] for f in FIELDS[catalogue] if f in data}
        for _name, data in _toml_documents(catalogue)
    }


def build_copies(catalogue: str) -> dict[str, str]:
    """The JSON copies of a catalogue's built-in TOML files, which the catalogue reads instead
    of them (JSON is read many times faster): the copy's file name (``NAME.json`` for
    ``NAME.toml``, in the folder :data:`yjinspect.io.catalogue.COPIES` of ``data``) -> its
    text, the same data as the TOML file."""
    return {
        name.removesuffix(".toml") + ".json": json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        for name, data in _toml_documents(catalogue)
    }


def summaries(catalogue: str) -> dict[str, dict[str, str]]:
    """Code -> the fields of :data:`FIELDS` of every known document of a catalogue
    (``"frameworks"``, ``"crosswalks"``), in code order.

    Until the catalogue's module is imported no document can have been registered or
    unregistered, so the known documents are the built-ins and their summary is read from the
    shipped index; afterwards it is taken from the catalogue's objects.
    """
    module = sys.modules.get(f"{__package__}.{catalogue}._catalogue")
    if module is None:
        index: dict[str, dict[str, str]] = json.loads(
            _data(catalogue).joinpath(INDEX).read_text(encoding="utf-8")
        )
        return dict(sorted(index.items()))
    return {
        item.code: {f: getattr(item, f) for f in FIELDS[catalogue]}
        for item in module._catalogue.items()
    }
