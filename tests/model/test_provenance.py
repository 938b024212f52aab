"""Sources with publisher, date, quote, confidence and the fields they support; disagreements
between sources; framework candidates: they round-trip, and the model and validate check them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect.errors import Severity
from yjinspect.model import Confidence, Disagreement, Source


def inspection(framework: str, kind: yj.InspectionKind, **fields) -> yj.Inspection:
    service = yj.Service(name="S", local_authority="S")
    return yj.Inspection(
        id="x", service=service, framework=framework, inspection_kind=kind, **fields
    )


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
_sources = st.builds(
    Source,
    title=_text,
    url=st.none() | _text,
    publisher=st.none() | _text,
    date=st.none()
    | st.sampled_from([yj.PartialDate.parse(t) for t in ("2012", "2016-05", "2024-03-18")]),
    quote=st.none() | _text,
    confidence=st.none() | st.sampled_from(list(Confidence)),
    supports=st.lists(_text, max_size=3).map(tuple),
)
_disagreements = st.builds(
    Disagreement, field=_text, value=st.text(max_size=10), source=_sources, note=st.none() | _text
)


@given(
    sources=st.lists(_sources, max_size=3),
    disagreements=st.lists(_disagreements, max_size=3),
    candidates=st.sampled_from([(), ("hmip-youth-2018", "hmip-youth-2021")]),
    fmt=st.sampled_from(["json", "toml"]),
)
def test_sources_disagreements_and_candidates_round_trip(sources, disagreements, candidates, fmt):
    insp = inspection(
        "hmip-youth-2021",
        yj.InspectionKind.STANDARDS,
        sources=sources,
        disagreements=disagreements,
        framework_candidates=candidates,
    )
    back = yj.loads(yj.dumps(insp, fmt), fmt)
    assert back == insp
    assert all(type(s.date) is yj.PartialDate for s in back.sources if s.date is not None)


def test_a_framework_outside_its_candidates_is_refused_with_its_path():
    doc = {
        "kind": "inspection",
        "schema_version": 1,
        "id": "x",
        "service": {"name": "S", "local_authority": "S"},
        "framework": "hmip-fji-2012",
        "inspection_kind": "standards",
        "framework_candidates": ["hmip-youth-2018", "hmip-youth-2021"],
    }
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(json.dumps(doc))
    assert "framework_candidates" in str(info.value)


def test_an_unknown_candidate_is_an_error_of_validate():
    insp = inspection(
        "hmip-youth-2021",
        yj.InspectionKind.STANDARDS,
        framework_candidates=("hmip-youth-2021", "hmip-youth-2099"),
    )
    problems = yj.validate(insp)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert [p.path for p in errors] == ["$.framework_candidates[1]"]
    assert any("uncertain" in p.message for p in problems)
