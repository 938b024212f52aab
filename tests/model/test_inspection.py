import attrs
import pendulum
import pytest

import yjinspect as yj
from yjinspect import Inspection, InspectionKind, Judgement, JudgementStatus, Service

SERVICE = Service(name="Example YJS", local_authority="Example Council")


def make(**kw):
    base = {
        "id": "x",
        "service": SERVICE,
        "framework": "hmip-youth-2021",
        "inspection_kind": InspectionKind.STANDARDS,
    }
    base.update(kw)
    return Inspection(**base)


def test_judgement_status_defaults():
    assert Judgement(area="2.1", rating="good").status is JudgementStatus.RATED
    assert Judgement(area="2.1").status is JudgementStatus.NOT_KNOWN
    assert Judgement(area="4.1", status=JudgementStatus.NOT_RATED).rating is None


def test_judgement_status_and_rating_must_agree():
    with pytest.raises(ValueError, match="'rated' but has no rating"):
        Judgement(area="2.1", status=JudgementStatus.RATED)
    with pytest.raises(ValueError, match="not-known"):
        Judgement(area="2.1", rating="good", status=JudgementStatus.NOT_KNOWN)


def test_percentages_are_bounded():
    with pytest.raises(ValueError, match="between 0 and 100"):
        Judgement(area="safeguarding", rating="minimum", percentage=101)
    with pytest.raises(ValueError, match="between 0 and 100"):
        Judgement(area="2.1", rating="good", key_questions={"desistance": -1})


def test_objects_are_frozen_values_with_tuples():
    insp = make(judgements=[Judgement(area="2.1", rating="good")])
    assert isinstance(insp.judgements, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        insp.id = "y"  # type: ignore[misc]
    assert hash(insp) == hash(make(judgements=[Judgement(area="2.1", rating="good")]))


def test_fieldwork_interval_and_start():
    start, end = pendulum.Date(2024, 9, 2), pendulum.Date(2024, 9, 13)
    insp = make(fieldwork=pendulum.interval(start, end))
    assert insp.started == start
    assert str(insp.when) == "2024-09-02"
    with pytest.raises(ValueError, match="ends 2024-09-02 before it starts 2024-09-13"):
        make(fieldwork=pendulum.interval(end, start))
    with pytest.raises(ValueError, match="differs from the start"):
        make(fieldwork=pendulum.interval(start, end), fieldwork_start=end)
    assert make(fieldwork_start=start).started == start


def test_when_falls_back_to_publication():
    insp = make(published=yj.PartialDate(2025, 1))
    assert insp.when == yj.PartialDate(2025, 1)
    assert make().when is None


def test_ratings_and_level_of():
    insp = make(
        judgements=[
            Judgement(area="2.1", rating="Requires Improvement"),
            Judgement(area="4.1", status=JudgementStatus.NOT_RATED),
        ]
    )
    assert insp.ratings() == {"2.1": "Requires Improvement"}
    assert yj.level_of(insp, "2.1").code == "requires-improvement"
    assert yj.level_of(insp, "4.1") is None
    assert yj.level_of(insp, "1.1") is None
    assert insp.judgement("3.1") is None


def test_derived_overall_needs_all_scored_standards():
    scored = [a.code for a in yj.frameworks.get("hmip-youth-2021").scored_areas]
    full = [Judgement(area=c, rating="good") for c in scored]
    assert yj.derived_overall(make(judgements=full)).score == 24
    assert yj.derived_overall(make(judgements=full[:-1])) is None
    assert yj.derived_overall(make(framework="hmip-fji-2012")) is None


def test_empty_ids_rejected():
    with pytest.raises(ValueError, match="id must not be empty"):
        make(id="")


def test_str_is_short():
    assert str(make(published=yj.PartialDate(2025))) == (
        "x: Example YJS (hmip-youth-2021, standards, 2025)"
    )


def test_mapping_fields_are_read_only():
    kq = {"desistance": 84.0, "child-safety": 71.0, "public-safety": 90.0}
    j = Judgement(area="2.1", rating="good", key_questions=kq)
    with pytest.raises(TypeError):
        j.key_questions["desistance"] = 5.0  # type: ignore[index]
    kq["desistance"] = 1.0  # the caller's dict is copied, not shared
    assert j.key_questions["desistance"] == 84.0
    svc = Service(name="Example YJS", local_authority="Example Council", codes={"d2i": "ex"})
    with pytest.raises(TypeError):
        svc.codes["d2i"] = "changed"  # type: ignore[index]
    assert svc.codes == {"d2i": "ex"}
    assert dict(j.key_questions) == {
        "desistance": 84.0,
        "child-safety": 71.0,
        "public-safety": 90.0,
    }
    assert attrs.evolve(j) == j
    assert attrs.evolve(svc, codes={"d2i": "ex"}) == svc


def test_cached_example_cannot_be_changed_through_a_mapping():
    insp = yj.examples.bromley().get("bromley-2015-fji")
    with pytest.raises(TypeError):
        insp.service.codes["x"] = "5"  # type: ignore[index]
    for j in insp.judgements:
        with pytest.raises(TypeError):
            j.key_questions["x"] = 5  # type: ignore[index]
    again = yj.examples.bromley().get("bromley-2015-fji")
    assert "x" not in again.service.codes
    assert all("x" not in j.key_questions for j in again.judgements)


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_read_only_mappings_round_trip(fmt):
    import copy
    import pickle

    kq = {"desistance": 84.0, "child-safety": 71.0, "public-safety": 90.0}
    insp = make(
        service=Service(name="Example YJS", local_authority="Example Council", codes={"d2i": "ex"}),
        judgements=(Judgement(area="2.1", rating="good", key_questions=kq),),
    )
    body = yj.documents.unstructure(insp)
    assert type(body["service"]["codes"]) is dict
    assert type(body["judgements"][0]["key_questions"]) is dict
    assert body["judgements"][0]["key_questions"] == kq
    again = yj.loads(yj.dumps(insp, fmt), fmt)
    assert again == insp
    assert again.judgements[0].key_questions == kq
    with pytest.raises(TypeError):
        again.judgements[0].key_questions["desistance"] = 1.0
    assert pickle.loads(pickle.dumps(insp)) == insp
    assert copy.deepcopy(insp) == insp
    assert repr(insp.service.codes) == "{'d2i': 'ex'}"
