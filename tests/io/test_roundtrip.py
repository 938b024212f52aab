import datetime as dt

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import documents
from yjinspect.testing import strategies as yst

FORMATS = ("json", "toml")
relaxed = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _dates_in(obj):
    if isinstance(obj, yj.Inspection):
        if obj.fieldwork is not None:
            yield obj.fieldwork.start
            yield obj.fieldwork.end
        if obj.fieldwork_start is not None:
            yield obj.fieldwork_start


@relaxed
@given(yst.inspections(), st.sampled_from(FORMATS))
def test_inspection_round_trip(insp, fmt):
    text = yj.dumps(insp, fmt)
    back = yj.loads(text, fmt)
    assert back == insp
    assert yj.dumps(back, fmt) == text
    for d in _dates_in(back):
        assert type(d) is pendulum.Date
    if back.fieldwork is not None:
        assert isinstance(back.fieldwork, pendulum.Interval)


@relaxed
@given(yst.inspections(complete=True, framework="hmip-youth-2021"))
def test_generated_inspections_are_valid_and_complete(insp):
    assert yj.validate(insp) == ()
    derived = yj.derived_overall(insp)
    assert derived is not None
    assert 0 <= derived.score <= 36


@relaxed
@given(yst.corpora(max_size=4), st.sampled_from(FORMATS))
def test_corpus_round_trip(corpus, fmt):
    assert yj.loads(yj.dumps(corpus, fmt), fmt) == corpus


@relaxed
@given(yst.frameworks(builtin=False), st.sampled_from(FORMATS))
def test_generated_framework_round_trip(fw, fmt):
    assert yj.validate(fw) == ()
    assert yj.loads(yj.dumps(fw, fmt), fmt) == fw


@pytest.mark.parametrize("code", yj.frameworks.builtin_codes())
@pytest.mark.parametrize("fmt", FORMATS)
def test_builtin_framework_round_trip(code, fmt):
    fw = yj.frameworks.get(code)
    assert yj.loads(yj.dumps(fw, fmt), fmt, kind="framework") == fw


@pytest.mark.parametrize("fmt", FORMATS)
def test_bromley_round_trip(fmt, tmp_path):
    series = yj.examples.bromley()
    path = tmp_path / f"bromley.{fmt}"
    yj.dump(series, path)
    assert yj.load(path) == series
    assert path.read_text(encoding="utf-8") == yj.dumps(series, fmt)


@given(
    st.builds(
        pendulum.duration,
        years=st.integers(0, 3),
        months=st.integers(0, 11),
        weeks=st.integers(0, 3),
        days=st.integers(0, 6),
        hours=st.integers(0, 23),
        minutes=st.integers(0, 59),
        seconds=st.integers(0, 59),
    )
)
def test_duration_hooks_round_trip(duration):
    text = documents.converter.unstructure(duration, pendulum.Duration)
    assert text.startswith("P")
    back = documents.converter.structure(text, pendulum.Duration)
    assert type(back) is pendulum.Duration
    assert back == duration
    assert (back.years, back.months) == (duration.years, duration.months)


@given(
    st.datetimes(
        min_value=dt.datetime(2000, 1, 1),
        max_value=dt.datetime(2035, 1, 1),
        timezones=st.just(dt.UTC),
    )
)
def test_datetime_hooks_round_trip(value):
    moment = pendulum.instance(value)
    back = documents.converter.structure(
        documents.converter.unstructure(moment, pendulum.DateTime), pendulum.DateTime
    )
    assert type(back) is pendulum.DateTime
    assert back == moment


def test_dates_come_back_as_pendulum_not_datetime():
    insp = yj.examples.bromley().get("bromley-2015-fji")
    back = yj.loads(yj.dumps(insp, "toml"), "toml")
    assert type(back.fieldwork_start) is pendulum.Date
    assert type(back.published) is yj.PartialDate


def test_toml_native_dates_are_accepted():
    text = yj.dumps(yj.examples.bromley().get("bromley-2015-fji"), "toml")
    native = text.replace('fieldwork_start = "2015-02-19"', "fieldwork_start = 2015-02-19")
    assert native != text
    back = yj.loads(native, "toml")
    assert type(back.fieldwork_start) is pendulum.Date
    assert back == yj.examples.bromley().get("bromley-2015-fji")


def test_labels_are_kept_as_written():
    insp = yj.Inspection(
        id="x",
        service=yj.Service(name="S", local_authority="L"),
        framework="hmip-youth-2021",
        inspection_kind=yj.InspectionKind.STANDARDS,
        judgements=[yj.Judgement(area="2.1", rating="Requires Improvement")],
    )
    assert yj.loads(yj.dumps(insp)).judgements[0].rating == "Requires Improvement"
