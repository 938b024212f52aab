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
