import json

import attrs
import pytest

import yjinspect as yj
from yjinspect import (
    Finding,
    FindingKind,
    Inspection,
    InspectionKind,
    Judgement,
    Recommendation,
    Service,
    Severity,
)

SERVICE = Service(name="Example YJS", local_authority="Example Council", authorities=["E09000006"])
SCORED = [a.code for a in yj.frameworks.get("hmip-youth-2021").scored_areas]


def make(**kw):
    base = {
        "id": "x",
        "service": SERVICE,
        "framework": "hmip-youth-2021",
        "inspection_kind": InspectionKind.STANDARDS,
    }
    base.update(kw)
    return Inspection(**base)


def paths(problems):
    return [(p.path, p.severity.value) for p in problems]


def test_clean_inspection_has_no_problems():
    insp = make(
        judgements=[Judgement(area=c, rating="good") for c in SCORED],
        published_overall="Good",
        published_score=24,
    )
    assert yj.validate(insp) == ()


def test_unknown_framework():
    problems = yj.validate(make(framework="nope"))
    assert paths(problems) == [("$.framework", "error")]
    assert "hmip-youth-2021" in problems[0].message


def test_judgement_problems():
    insp = make(
        judgements=[
            Judgement(area="2.1", rating="good"),
            Judgement(area="9.9", rating="good"),
            Judgement(area="2", rating="good"),
            Judgement(area="2.2", rating="Excellent"),
            Judgement(area="2.1", rating="good"),
            Judgement(area="2.3", rating="good", key_questions={"reoffending": 70}),
        ]
    )
    assert paths(yj.validate(insp)) == [
        ("$.judgements[1].area", "error"),
        ("$.judgements[2].area", "error"),
        ("$.judgements[3].rating", "error"),
        ("$.judgements[4].area", "error"),
        ("$.judgements[5].key_questions['reoffending']", "error"),
    ]


def test_override_needs_a_reason():
    kq = {"desistance": 90, "child-safety": 60, "public-safety": 85}
    bad = make(judgements=[Judgement(area="2.1", rating="good", key_questions=kq)])
    [problem] = yj.validate(bad)
    assert problem.path == "$.judgements[0].rating"
    assert "'Requires improvement'" in problem.message
    good = make(
        judgements=[
            Judgement(
                area="2.1", rating="good", key_questions=kq, override_reason="Inspectors' judgement"
            )
        ]
    )
    assert yj.validate(good) == ()
    needless = make(
        judgements=[
            Judgement(
                area="2.1", rating="requires-improvement", key_questions=kq, override_reason="why"
            )
        ]
    )
    assert paths(yj.validate(needless)) == [("$.judgements[0].override_reason", "warning")]


def test_version_limits_areas():
    insp = make(
        framework="hmip-fji-2012",
        framework_version="five-area",
        judgements=[Judgement(area="interventions", rating="poor")],
    )
    assert paths(yj.validate(insp)) == [("$.judgements[0].area", "error")]
    assert paths(yj.validate(make(framework="hmip-fji-2012", framework_version="six"))) == [
        ("$.framework_version", "error")
    ]


def test_duplicate_and_dangling_ids():
    insp = make(
        findings=[Finding(id="F1", kind=FindingKind.STRENGTH, text="a", areas=["2.1", "7.7"])],
        recommendations=[
            Recommendation(id="F1", areas=["1.1"]),
            Recommendation(id="R2", areas=["nope"]),
        ],
    )
    assert paths(yj.validate(insp)) == [
        ("$.recommendations[0].id", "error"),
        ("$.findings[0].areas[1]", "error"),
        ("$.recommendations[1].areas[0]", "error"),
    ]


def test_published_overall_disagreements_are_warnings():
    judgements = [Judgement(area=c, rating="good") for c in SCORED]  # 24: Good
    insp = make(judgements=judgements, published_overall="Outstanding", published_score=33)
    problems = yj.validate(insp)
    # 33 bands to Outstanding, so only the derived values disagree
    assert paths(problems) == [
        ("$.published_overall", "warning"),
        ("$.published_score", "warning"),
    ]
    assert all(p.severity is Severity.WARNING for p in problems)
    assert "derived from the standards (Good (score 24/36))" in problems[0].message
    assert "derived from the standards (24/36)" in problems[1].message
    # a warning never stops a load
    assert yj.loads(yj.dumps(insp)) == insp


def test_score_band_disagreement_without_standards():
    insp = make(published_overall="Good", published_score=33)
    assert paths(yj.validate(insp)) == [("$.published_overall", "warning")]
    assert "band of the published score 33/36 ('Outstanding')" in yj.validate(insp)[0].message


def test_impossible_published_values():
    assert paths(yj.validate(make(published_score=40))) == [("$.published_score", "error")]
    assert paths(yj.validate(make(published_overall="Great"))) == [("$.published_overall", "error")]
    fji = make(framework="hmip-fji-2012", published_score=3, published_overall="good")
    assert paths(yj.validate(fji)) == [
        ("$.published_score", "error"),
        ("$.published_overall", "warning"),
    ]


def test_corpus_duplicate_ids_and_nested_paths():
    corpus = yj.Corpus(inspections=[make(), make(framework="nope")])
    assert paths(yj.validate(corpus)) == [
        ("$.inspections[1].id", "error"),
        ("$.inspections[1].framework", "error"),
    ]


def test_validate_refuses_other_objects():
    with pytest.raises(TypeError, match="cannot validate a dict"):
        yj.validate({})


def test_a_fieldwork_start_known_to_the_year_decides_the_period_before_publication():
    import yjinspect as yj

    base = {
        "id": "x",
        "service": yj.Service(name="S", local_authority="L", authorities=("E09000006",)),
        "framework": "hmip-youth-2018",
        "inspection_kind": "standards",
        "judgements": [yj.Judgement(area="1.1", rating="good")],
        "published": "2021",
    }
    # fieldwork begun in 2020 is in the 2018 standards' period, whatever the publication says
    assert yj.validate(yj.Inspection(**base, fieldwork_start="2020")) == ()
    # and it is the fieldwork start, not the publication, that a period warning names
    (problem,) = yj.validate(yj.Inspection(**base, fieldwork_start="2015"))
    assert problem.path == "$.fieldwork_start"
    assert problem.message.startswith("fieldwork starting 2015 lies outside the period")


# -- errors_of: what loading refuses for, without making the warnings -------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from yjinspect.model import PartialDate  # noqa: E402
from yjinspect.testing import strategies as yst  # noqa: E402
from yjinspect.validation import errors_of, errors_only  # noqa: E402


def _broken(insp: Inspection, breaks: list[str]) -> Inspection:
    """An inspection with some errors and warnings: each break is one kind of each."""
    changes: dict[str, object] = {}
    judgements = list(insp.judgements)
    if "unknown-area" in breaks:
        judgements.append(Judgement(area="no-such-area", rating="good"))
    if "bad-rating" in breaks and judgements:
        judgements[0] = Judgement(area=judgements[0].area, rating="splendid")
    if "override" in breaks and judgements:
        first = judgements[-1]
        judgements[-1] = Judgement(
            area=first.area,
            rating=first.rating,
            status=first.status,
            key_questions=first.key_questions,
            override_reason="the board asked for it",
        )
    changes["judgements"] = tuple(judgements)
    if "out-of-period" in breaks:
        changes["fieldwork"] = None
        changes["fieldwork_start"] = PartialDate(1999)
    if "no-authorities" in breaks:
        changes["service"] = Service(name="Somewhere YJS", local_authority="Somewhere")
    if "candidates" in breaks:
        changes["framework_candidates"] = (insp.framework, "hmip-no-such-framework")
    if "repeated-id" in breaks and insp.findings:
        changes["findings"] = (*insp.findings, insp.findings[0])
    return attrs.evolve(insp, **changes)


_BREAKS = st.lists(
    st.sampled_from(
        [
            "unknown-area",
            "bad-rating",
            "override",
            "out-of-period",
            "no-authorities",
            "candidates",
            "repeated-id",
        ]
    ),
    unique=True,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yst.inspections(), _BREAKS)
def test_errors_of_an_inspection_are_validates_errors(insp, breaks):
    broken = _broken(insp, breaks)
    assert errors_of(broken) == errors_only(yj.validate(broken))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yst.corpora(max_size=3, plans=True), _BREAKS)
def test_errors_of_a_corpus_are_validates_errors(corpus, breaks):
    broken = attrs.evolve(corpus, inspections=tuple(_broken(i, breaks) for i in corpus.inspections))
    assert errors_of(broken) == errors_only(yj.validate(broken))


def test_errors_of_leaves_out_warnings_and_keeps_errors():
    insp = _broken(
        make(judgements=[Judgement(area=SCORED[0], rating="good")]),
        ["unknown-area", "out-of-period", "no-authorities"],
    )
    every = yj.validate(insp)
    assert {p.severity for p in every} == {Severity.ERROR, Severity.WARNING}
    assert [p.path for p in errors_of(insp)] == ["$.judgements[1].area"]
    with pytest.raises(TypeError):
        errors_of(object())


def test_a_rating_off_the_scale_beside_rating_counts_is_a_problem_not_a_crash():
    # hmip-youth-2025 has no overall score: the counts are checked against the ratings
    data = {
        "kind": "inspection",
        "schema_version": 2,
        "id": "somewhere-2025",
        "service": {"name": "Somewhere YJS", "local_authority": "Somewhere",
                    "authorities": ["E06000001"]},
        "framework": "hmip-youth-2025",
        "inspection_kind": "standards",
        "judgements": [{"area": "children", "rating": "splendid"}],
        "rating_counts": [{"ratings": ["inadequate"], "count": 1, "total": 2}],
    }  # fmt: skip
    with pytest.raises(yj.InvalidDocument) as caught:
        yj.loads(json.dumps(data))
    assert [p.path for p in caught.value.problems] == ["$.judgements[0].rating"]
    assert "found 'splendid'" in caught.value.problems[0].message
