"""The GSS codes of the shipped table of authorities (``places/data/authorities.csv``), for
telling whether a code is in the table without building the table's objects (which validating
a service needs, and which :mod:`yjinspect.model.places` builds for everything else)."""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = ["is_known"]


@functools.cache
def _known() -> frozenset[str]:
    text = resources.files("yjinspect").joinpath("places", "data", "authorities.csv")
    codes: set[str] = set()
    for row in csv.DictReader(text.read_text("utf-8").splitlines()):
        codes.add(row["gss_code"])
        codes.update(part for part in row["former_gss_codes"].split(";") if part)
    return frozenset(codes)


def is_known(code: str) -> bool:
    """True when :func:`yjinspect.places.by_code` finds an authority for ``code`` (a current or
    former GSS code in the table)."""
    return code.strip().upper() in _known()
