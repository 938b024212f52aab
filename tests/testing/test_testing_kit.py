import subprocess
import sys
import textwrap

import attrs
import pytest
from hypothesis import given, settings

import yjinspect as yj
from yjinspect.testing import (
    assert_inspections_equal,
    assert_plan_covers,
    differences,
    factories,
)
from yjinspect.testing import strategies as yst

BLOCKER = "raise ImportError('{name} is not installed here')\n"


def _blocked(tmp_path, *names):
    folder = tmp_path / "blocked"
    for name in names:
        pkg = folder / name
        pkg.mkdir(parents=True)
        (pkg / "__init__.py").write_text(BLOCKER.format(name=name))
    return str(folder)


def test_fresh_suite_gets_fixtures_and_from_type(pytester):
    pytester.makepyfile(
        test_downstream=textwrap.dedent("""
            from hypothesis import given, settings, strategies as st
            import yjinspect as yj

            def test_bromley(yj_bromley):
                assert len(yj_bromley) == 4

            def test_framework(yj_framework):
                assert yj_framework.code == "hmip-youth-2021"

            def test_inspection(yj_inspection):
                assert yj.validate(yj_inspection) == ()
                assert yj_inspection.published_overall == "good"

            def test_pair(yj_inspection_pair):
                before, after = yj_inspection_pair
                assert before.service == after.service
                assert before.when < after.when

            def test_factory(yj_make_inspection):
                assert yj_make_inspection(rating="outstanding").published_score == 36

            def test_plan(yj_plan, yj_inspection_with_concerns):
                report = yj.coverage(yj_plan, yj_inspection_with_concerns)
                assert report.complete_coverage
                assert len(report.items) == 6

            def test_make_plan(yj_make_plan, yj_inspection):
                assert yj_make_plan(yj_inspection, coverage="none").actions[0].covers == ()

            @settings(max_examples=5)
            @given(st.from_type(yj.Inspection), st.from_type(yj.Corpus))
            def test_from_type(yj_framework, inspection, corpus):
                assert isinstance(inspection, yj.Inspection)
                assert yj.validate(inspection) == ()
                assert isinstance(corpus, yj.Corpus)

            @settings(max_examples=5)
            @given(st.from_type(yj.ImprovementPlan))
            def test_plan_from_type(plan):
                assert isinstance(plan, yj.ImprovementPlan)
                assert yj.validate(plan) == ()
        """)
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=9)
    result.stdout.fnmatch_lines(["yjinspect: *"])


def test_suite_without_hypothesis_still_gets_fixtures(pytester, tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", _blocked(tmp_path, "hypothesis"))
    pytester.makepyfile(
        test_plain=textwrap.dedent("""
            import sys

            def test_fixtures(yj_inspection, yj_bromley, yj_plan):
                assert yj_inspection.framework == "hmip-youth-2021"
                assert yj_plan.inspection == "example-2024"
                assert "hypothesis" not in sys.modules or sys.modules["hypothesis"] is None

            def test_hypothesis_really_missing():
                try:
                    import hypothesis  # noqa: F401
                except ImportError as exc:
                    assert "not installed here" in str(exc)
                else:
                    raise AssertionError("hypothesis imported")
        """)
    )
    result = pytester.runpytest_subprocess("-p", "no:hypothesispytest", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_documented_downstream_example_passes(pytester):
    from pathlib import Path

    example = (
        Path(__file__).resolve().parents[2] / "examples" / "testing" / "test_with_yjinspect.py"
    )
    pytester.makepyfile(test_with_yjinspect=example.read_text(encoding="utf-8"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_plugin_import_is_light():
    code = (
        "import sys, yjinspect.testing.plugin, yjinspect.testing;"
        "print(sorted(m for m in ('hypothesis', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def test_factories_work_without_pytest_or_hypothesis(tmp_path):
    code = (
        "from yjinspect.testing import factories; import yjinspect as yj;"
        "i = factories.make_inspection(ratings={'2.1': 'inadequate'});"
        "print(i.published_overall, i.published_score, yj.validate(i))"
    )
    env = {"PYTHONPATH": _blocked(tmp_path, "pytest", "hypothesis"), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "good 22 ()"


def test_make_inspection_variants():
    insp = factories.make_inspection(ratings={"2.1": "inadequate", "3.2": "requires-improvement"})
    assert yj.validate(insp) == ()
    assert (insp.published_overall, insp.published_score) == ("good", 21)
    assert [(f.id, f.kind.value, f.areas) for f in insp.findings] == [
        ("F1", "area-for-improvement", ("2.1",)),
        ("F2", "area-for-improvement", ("3.2",)),
        ("F3", "strength", ("1.1",)),
    ]
    assert [r.areas for r in insp.recommendations] == [("2.1",), ("3.2",)]
    fji = factories.make_inspection(framework="hmip-fji-2012")
    assert fji.framework_version == "court-work"
    assert fji.published_overall is None  # the FJI had no overall rating
    assert yj.validate(fji) == ()
    with pytest.raises(ValueError, match=r"not rated areas of 'hmip-youth-2021': 9\.9"):
        factories.make_inspection(ratings={"9.9": "good"})


def test_make_inspection_pair_improves_domain_two():
    before, after = factories.make_inspection_pair()
    assert [j.area for j in before.judgements if j.rating == "requires-improvement"] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
    ]
    assert {j.rating for j in after.judgements} == {"good"}
    assert after.when.year - before.when.year == 3


def test_assert_inspections_equal_lists_every_difference():
    a = factories.make_inspection()
    b = attrs.evolve(
        a,
        judgements=(*a.judgements[:-1], yj.Judgement(area="4.1", rating="inadequate")),
        findings=a.findings[1:],
        notes="changed",
    )
    with pytest.raises(AssertionError) as info:
        assert_inspections_equal(a, b)
    assert str(info.value).splitlines() == [
        "inspections 'example-2024' and 'example-2024' differ:",
        "  $.judgements[area='4.1'].rating: 'good' != 'inadequate'",
        "  $.findings[id='F1']: only in the first",
        "  $.notes: None != 'changed'",
    ]
    assert_inspections_equal(a, a)
    with pytest.raises(TypeError):
        assert_inspections_equal(a, "x")  # type: ignore[arg-type]


def test_differences_notice_reordering():
    a = factories.make_inspection()
    b = attrs.evolve(a, judgements=tuple(reversed(a.judgements)))
    assert differences(a, b) == ["$.judgements: same items in a different order"]


def test_make_plan_coverage_modes():
    insp = factories.make_inspection(ratings={"2.1": "inadequate", "3.2": "requires-improvement"})
    full = factories.make_plan(insp)
    assert yj.validate(full) == ()
    assert [a.covers for a in full.actions] == [
        ("R1",),
        ("R2",),
        ("F1",),
        ("F2",),
        ("2.1",),
        ("3.2",),
    ]
    assert yj.coverage(full, insp).complete_coverage
    assert yj.loads(yj.dumps(full, "toml"), "toml") == full
    partial = yj.coverage(factories.make_plan(insp, coverage="partial"), insp)
    assert [i.id for i in partial.uncovered] == ["F1", "F2"]
    none = yj.coverage(factories.make_plan(insp, coverage="none"), insp)
    assert len(none.uncovered) == len(none.items) == 6


def test_assert_plan_covers_lists_what_is_missing():
    insp = factories.make_inspection(ratings={"2.1": "inadequate"})
    assert_plan_covers(factories.make_plan(insp), insp)
    plan = factories.make_plan(insp, coverage="partial")
    plan = attrs.evolve(
        plan, actions=(*plan.actions, attrs.evolve(plan.actions[0], id="9z", covers=("R7",)))
    )
    with pytest.raises(AssertionError) as info:
        assert_plan_covers(plan, insp)
    lines = str(info.value).splitlines()
    assert lines[0] == (
        "plan 'example-2024-plan' does not answer all of inspection "
        "'example-2024' (2 of 3 items answered):"
    )
    assert lines[1] == "  not answered: finding F1 'Work in assessment was not done well enough.'"
    assert lines[2].startswith("  resolves to nothing: ")
    assert "R7" in lines[2]


@settings(max_examples=40, deadline=None)
@given(yst.histories(min_size=2, max_size=5))
def test_histories_are_one_service_in_order(history):
    assert len({i.service for i in history}) == 1
    starts = [i.started for i in history]
    assert None not in starts
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    for insp in history:
        assert yj.validate(insp) == ()


@settings(max_examples=15, deadline=None)
@given(yst.national_corpora(min_services=2))
def test_national_corpora_are_valid_and_round_trip(corpus):
    assert yj.validate(corpus) == ()
    assert len({i.service.name for i in corpus}) >= 2
    assert yj.loads(yj.dumps(corpus)) == corpus


@settings(max_examples=25, deadline=None)
@given(yst.inspections_and_plans(coverage="full"))
def test_full_coverage_plans_pass_assert_plan_covers(pair):
    inspection, plan = pair
    assert yj.validate(plan) == ()
    assert_plan_covers(plan, inspection)
