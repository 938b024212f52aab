import pendulum

import yjinspect as yj
from yjinspect import JudgementStatus


def _levels(insp):
    return {
        j.area: (yj.level_of(insp, j.area).code if j.rating else j.status.value)
        for j in insp.judgements
    }


def test_series_order_and_frameworks():
    series = yj.examples.bromley()
    assert [(i.id, i.framework, i.inspection_kind.value) for i in series] == [
        ("bromley-2012-cci", "hmip-cci-2009", "core-case"),
        ("bromley-2015-fji", "hmip-fji-2012", "full-joint"),
        ("bromley-2016-fji-reinspection", "hmip-fji-2012", "reinspection"),
        ("bromley-2025-standards", "hmip-youth-2021", "standards"),
    ]
    assert yj.validate(series) == ()


def test_2012_core_case_inspection():
    cci = yj.examples.bromley().get("bromley-2012-cci")
    assert {j.area: (j.percentage, j.rating) for j in cci.judgements} == {
        "safeguarding": (81.0, "minimum"),
        "risk-of-harm": (75.0, "minimum"),
        "likelihood-of-reoffending": (82.0, "minimum"),
    }
    assert str(cci.published) == "2012-03"
    assert cci.published.as_date() is None  # the day is not known


def test_2015_fji_matches_the_seed():
    fji = yj.examples.bromley().get("bromley-2015-fji")
    levels = _levels(fji)
    assert sorted(levels.values()).count("poor") == 4
    assert list(levels.values()).count("unsatisfactory") == 1
    assert list(levels.values()).count("satisfactory") == 1
    assert levels == {
        "reducing-reoffending": "poor",
        "protecting-the-public": "poor",
        "protecting-children": "unsatisfactory",
        "sentence-served": "satisfactory",
        "governance-and-partnership": "poor",
        "interventions": "poor",
    }
    assert fji.framework_version == "interventions"
    assert fji.fieldwork_start == pendulum.Date(2015, 2, 19)
    assert fji.fieldwork is None  # the last day is not recorded
    assert isinstance(fji.started, pendulum.Date)
    assert fji.partner_inspectorates == ("Ofsted", "CQC", "Police")
    assert all(j.summary for j in fji.judgements)
    assert fji.judgement("protecting-the-public").summary.startswith(
        "Overall work to protect the public"
    )
    kinds = [(f.id, f.kind.value, f.areas) for f in fji.findings]
    assert kinds[0] == ("F1", "strength", ("reducing-reoffending",))
    assert len([k for k in kinds if k[1] == "area-for-improvement"]) == 4
    assert fji.recommendations[0].areas == ("governance-and-partnership",)
    assert fji.recommendations[0].addressee is None  # not stated in the seed


def test_reinspection_has_interventions_not_known():
    re = yj.examples.bromley().get("bromley-2016-fji-reinspection")
    assert _levels(re) == {
        "reducing-reoffending": "satisfactory",
        "protecting-the-public": "satisfactory",
        "protecting-children": "satisfactory",
        "sentence-served": "good",
        "governance-and-partnership": "satisfactory",
        "interventions": "not-known",
    }
    assert re.judgement("interventions").status is JudgementStatus.NOT_KNOWN
    assert re.published is None
    assert re.started is None
    assert re.when is None


def test_2025_published_score_bands_to_outstanding():
    insp = yj.examples.bromley().get("bromley-2025-standards")
    fw = yj.frameworks.get(insp.framework)
    assert insp.published_score == 33
    assert fw.band(insp.published_score).label == "Outstanding"
    assert fw.scale.level(insp.published_overall).label == "Outstanding"
    assert yj.level_of(insp, "4.1").label == "Outstanding"
    assert yj.derived_overall(insp) is None  # the standards' ratings are not recorded
    assert [r.addressee for r in insp.recommendations] == [
        "management-board",
        "management-board",
        "service-manager",
    ]
    assert all(r.text is None for r in insp.recommendations)
    assert [j.area for j in insp.judgements] == ["4.1"]


def test_series_is_cached_and_frozen():
    assert yj.examples.bromley() is yj.examples.bromley()
