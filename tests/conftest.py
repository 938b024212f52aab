"""Shared fixtures. The test tree mirrors the package: ``tests/model`` for ``yjinspect.model``,
``tests/io`` for ``yjinspect.io`` and the documents, ``tests/analysis``, ``tests/views`` and so on;
tests of the package as a whole (docs, import weight, layers) sit at the top."""

from __future__ import annotations

from collections.abc import Callable

import cattrs
import pytest

from yjinspect.io import _converter


@pytest.fixture(params=["fast", "detailed"])
def converter_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test once through each converter path.

    ``"fast"``: documents are structured as in normal use, by the fast converter first and by the
    detailed one only to name the problems of a document that fails. ``"detailed"``: every
    document goes through the detailed converter (cattrs' ``detailed_validation``) from the start,
    so a test that passes both ways shows that the two paths agree.
    """
    if request.param == "detailed":
        detailed: Callable[[bool], cattrs.Converter] = _converter.converter_for
        monkeypatch.setattr(_converter, "converter_for", lambda _detailed: detailed(True))
    return str(request.param)
