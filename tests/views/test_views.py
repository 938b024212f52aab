import io
import struct

import pandas as pd
import pendulum
import pytest

import yjinspect as yj
from yjinspect import report
from yjinspect.analysis import cohort
from yjinspect.frames import COLUMNS, to_frame
from yjinspect.testing import factories


def test_inspection_frame_is_tidy_with_ordered_ratings():
    frame = to_frame(yj.examples.bromley().get("bromley-2015-fji"))
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 6
    assert frame["rating"].cat.ordered
    assert list(frame["rating"].cat.categories) == [
        "Poor",
        "Unsatisfactory",
        "Satisfactory",
        "Good",
        "Very good",
    ]
    ordered = frame.sort_values("rating", kind="stable")["area"].tolist()
    assert ordered[:4] == [
        "reducing-reoffending",
        "protecting-the-public",
        "governance-and-partnership",
        "interventions",
    ]
    assert ordered[-1] == "sentence-served"
    assert frame["rating"].min() == "Poor"


def test_corpus_frame_mixes_scales_and_keeps_unknowns():
    frame = to_frame(yj.examples.bromley())
    assert len(frame) == 3 + 6 + 6 + 1
    assert frame["rating"].dtype != "category"  # three scales: plain text, position compares
    unknown = frame[frame["status"] == "not-known"]
    assert unknown["area"].tolist() == ["interventions"]
    assert unknown["rating"].isna().all()
    assert pd.isna(unknown["score"].iloc[0])
    firsts = frame.drop_duplicates("inspection").set_index("inspection")
    dates = firsts["date"]
    assert dates.dropna().to_dict() == {
        "bromley-2012-cci": pd.Timestamp(2012, 3, 1),
        "bromley-2015-fji": pd.Timestamp(2015, 2, 19),
        "bromley-2025-standards": pd.Timestamp(2025, 1, 1),
    }
    assert firsts["date_precision"].dropna().to_dict() == {
        "bromley-2012-cci": "month",
        "bromley-2015-fji": "day",
        "bromley-2025-standards": "month",
    }
    assert pd.isna(dates["bromley-2016-fji-reinspection"])
    assert frame["year"].dtype == "Int64"


def test_to_frame_of_a_list_and_refusal():
    items = [factories.make_inspection(), factories.make_inspection(id="other")]
    frame = to_frame(items)
    assert frame["inspection"].nunique() == 2
    assert len(frame) == 2 * 13
    with pytest.raises(TypeError, match="no DataFrame form for a int"):
        to_frame(3)


def test_short_reprs():
    b = yj.examples.bromley()
    assert repr(b) == (
        "Corpus(title='Bromley Youth Offending Service: HMIP inspections 2012-2025', inspections=4)"
    )
    assert repr(b.get("bromley-2012-cci")) == (
        "Inspection(id='bromley-2012-cci', service='Bromley Youth Offending Service', "
        "framework='hmip-cci-2009', judgements=3, findings=0, recommendations=0)"
    )
    assert repr(yj.frameworks.get("hmip-fji-2012")) == (
        "Framework(code='hmip-fji-2012', scale='hmip-fji', areas=7, versions=3)"
    )


def test_html_views_colour_ratings():
    fji = yj.examples.bromley().get("bromley-2015-fji")
    html = fji._repr_html_()
    assert html.count("background:#d55e00") == 4  # four Poor judgements in red
    assert "Unsatisfactory" in html
    assert "<script" not in html
    fw_html = yj.frameworks.get("hmip-youth-2021")._repr_html_()
    assert "4.1 Resettlement policy and provision" in fw_html
    assert fw_html.count(">scored<") == 12
    corpus_html = yj.examples.bromley()._repr_html_()
    assert corpus_html.count("<tr>") == 5


def test_html_escapes_text():
    insp = factories.make_inspection(service=factories.make_service(name="<b>A & B</b>"))
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in insp._repr_html_()


def test_markdown_report_follows_the_committee_summary():
    md = report.inspection_markdown(yj.examples.bromley().get("bromley-2015-fji"))
    assert md.startswith("# Bromley Youth Offending Service: HMIP Full Joint Inspection")
    assert "| Protecting children and young people | Unsatisfactory |" in md
    assert "### Ensuring the sentence is served\n\nJudged: **Satisfactory**." in md
    assert md.count("- **F") == 7
    assert "- **R1** Create a single, strengthened YOT Management Board" in md
    md25 = report.inspection_markdown(yj.examples.bromley().get("bromley-2025-standards"))
    assert "Published overall rating: **Outstanding** (score 33/36)." in md25
    assert md25.count("(wording not recorded)") == 3


def test_standalone_html_report():
    page = report.inspection_html(yj.examples.bromley().get("bromley-2015-fji"), standalone=True)
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_history_heatmap_renders():
    from yjinspect.plot import history_heatmap

    fig = history_heatmap(yj.examples.bromley())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "hmip-cci-2009: Safeguarding"
    assert len(ax.get_yticklabels()) == 3 + 6 + 1
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("Poor") == 4
    assert "not known" in texts
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=50)
    width, height = _png_size(buf.getvalue())
    assert width > 200
    assert height > 100
    assert len(buf.getvalue()) > 5000


# -- comparisons, coverage, cohorts and plans -----------------------------------------------------
SERIES = yj.examples.bromley()
FJI_2015 = SERIES.get("bromley-2015-fji")
FJI_2016 = SERIES.get("bromley-2016-fji-reinspection")
FEB_2016 = pendulum.Date(2016, 2, 1)
RED = "background:#d55e00"


def d2i_cohort():
    return cohort(yj.importers.read_d2i_csv(yj.importers.D2I_CSV).inspections)


def test_comparison_frame_orders_levels_on_one_scale():
    frame = to_frame(yj.compare(FJI_2015, FJI_2016))
    assert frame["before"].cat.ordered
    assert list(frame["before"].cat.categories) == [
        "poor",
        "unsatisfactory",
        "satisfactory",
        "good",
        "very-good",
    ]
    assert frame.sort_values("after", kind="stable")["area"].tolist()[:2] == [
        "reducing-reoffending",
        "protecting-the-public",
    ]
    assert frame["after"].max() == "good"
    assert pd.isna(frame.loc[5, "after"])
    across = to_frame(yj.compare(FJI_2015, SERIES.get("bromley-2025-standards")))
    assert across["before"].dtype != "category"  # two scales: codes as text
    assert across["approximate"].all()


def test_to_frame_passes_a_table_on_and_refuses_one_for_inspections():
    plan = yj.examples.bromley_plan()
    assert to_frame(plan, "themes").equals(plan.to_frame("themes"))
    assert to_frame(plan).equals(plan.to_frame())
    assert len(to_frame(SERIES)) == sum(len(i.judgements) for i in SERIES.inspections)
    with pytest.raises(TypeError, match=r"inspections have one table.*table='themes'"):
        to_frame(FJI_2015, "themes")
    with pytest.raises(TypeError, match=r"inspections have one table"):
        to_frame(SERIES, "actions")
    with pytest.raises(TypeError, match="takes 1 positional argument"):
        to_frame(yj.compare(FJI_2015, FJI_2016), "areas")  # a comparison has one table
    with pytest.raises(TypeError, match="no DataFrame form for a int"):
        to_frame(3)


def test_coverage_frame_areas_follow_the_scale():
    cov = yj.coverage(yj.examples.bromley_plan(), FJI_2015, as_of=FEB_2016)
    areas = to_frame(cov, "areas")
    assert areas["rating"].cat.ordered
    assert areas["rating"].cat.categories[0] == "Poor"
    assert areas.sort_values("rating", ascending=False, kind="stable")["area"].iloc[0] == (
        "sentence-served"
    )
    items = to_frame(cov)
    assert list(items.columns) == [
        "kind",
        "id",
        "text",
        "areas",
        "covered",
        "actions",
        "agreement",
    ]
    assert items["kind"].value_counts().to_dict() == {
        "area": 5,
        "finding": 4,
        "recommendation": 1,
    }


def test_cohort_distribution_frame():
    from yjinspect.frames import DISTRIBUTION_COLUMNS

    co = d2i_cohort()
    frame = to_frame(co)
    assert list(frame.columns) == list(DISTRIBUTION_COLUMNS)
    assert frame["rating"].cat.ordered  # 2018 and 2021 standards share one scale
    assert list(frame["rating"].cat.categories) == [
        "Inadequate",
        "Requires improvement",
        "Good",
        "Outstanding",
    ]
    assert frame["count"].sum() == sum(r.count for r in co.distribution.rows)
    rated = frame[frame["status"] == "rated"]
    assert rated["rating"].notna().all()
    assert frame[frame["status"] != "rated"]["rating"].isna().all()
    staff = frame[(frame["framework"] == "hmip-youth-2021") & (frame["area"] == "1.2")]
    assert staff["area_title"].unique().tolist() == ["Staff"]
    by_level = staff.groupby("rating", observed=True)["count"].sum().to_dict()
    assert by_level == {
        lv: co.distribution.count("hmip-youth-2021", "1.2", code)
        for lv, code in (
            ("Inadequate", "inadequate"),
            ("Good", "good"),
            ("Outstanding", "outstanding"),
        )
        if co.distribution.count("hmip-youth-2021", "1.2", code)
    }
    assert to_frame(co, "league")["rank"].iloc[0] == 1
    mixed = to_frame(cohort(SERIES))
    assert mixed["rating"].dtype != "category"  # three scales
    with pytest.raises(ValueError, match="unknown table"):
        co.to_frame("nope")


def test_views_share_the_rating_colours():
    from yjinspect.views._html import level_colour

    fji = yj.frameworks.get("hmip-fji-2012")
    comparison = yj.compare(FJI_2015, FJI_2016)._repr_html_()
    assert comparison.count(RED) == 4  # four Poor areas before
    assert f"background:{level_colour(fji.scale.level('good'))}" in comparison
    assert ">improved</td>" in comparison
    cov = yj.coverage(yj.examples.bromley_plan(), FJI_2015)._repr_html_()
    assert cov.count(RED) == 4
    assert f"background:{level_colour(fji.scale.level('unsatisfactory'))}" in cov
    assert FJI_2015._repr_html_().count(RED) == 4


def test_plan_has_a_notebook_view():
    plan = yj.examples.bromley_plan()
    html = plan._repr_html_()
    assert html.startswith("<div><h3>Bromley Youth Offending Service Post Inspection")
    assert html.count("<tr>") == 1 + len(plan.actions) + 1 + len(plan.milestones)
    assert "(illustrative)" in html
    assert "YOS Management Board" in html
    assert "<script" not in html


def test_comparison_reports():
    c = yj.compare(FJI_2015, FJI_2016)
    md = report.comparison_markdown(c)
    assert md.splitlines()[0] == (
        "# Bromley Youth Offending Service: what changed between two inspections"
    )
    assert "5 improved, 0 declined, 0 unchanged, 1 not known." in md
    assert "| Reducing reoffending | Poor | Satisfactory | Improved (+2 steps) |" in md
    assert "| Interventions to reduce reoffending | Poor | not known | Not known |" in md
    assert "- **Interventions to reduce reoffending**: interventions not known in " in md
    page = report.comparison_html(c, standalone=True)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count(RED) == 4
    assert report.comparison_html(c).startswith("<div>")


def test_coverage_reports_as_of_a_day():
    plan = yj.examples.bromley_plan()
    cov = yj.coverage(plan, FJI_2015, as_of=FEB_2016)
    md = report.coverage_markdown(cov, plan=plan)
    assert md.splitlines()[0] == (
        "# Bromley Youth Offending Service Post Inspection Improvement Plan (bromley-2015-plan)"
    )
    assert "Position as of 2016-02-01." in md
    assert "| Governance and partnership | Poor | 3 of 3 (100%) | 1a |" in md
    assert md.count("| overdue, no recent update |") == 6
    assert md.count("\n- ") == len(cov.problems)
    undated = report.coverage_markdown(yj.coverage(plan, FJI_2015))
    assert undated.startswith("# Improvement plan bromley-2015-plan")
    assert "No date given: the state of each action is not assessed." in undated
    assert undated.rstrip().endswith("## Problems\n\nNone found.")
    page = report.coverage_html(cov, plan=plan, standalone=True)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count(">overdue, no recent update<") == 6
    assert page.count(RED) == 4 + 6  # Poor areas and overdue actions


def _render(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=50)
    return buf.getvalue()


def test_cohort_distribution_renders():
    from yjinspect.plot import cohort_distribution

    co = d2i_cohort()
    fig = cohort_distribution(co, framework="hmip-youth-2021")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "1.1 Governance and leadership"
    assert labels[-1] == "4.1 Resettlement policy and provision"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [
        "Inadequate",
        "Requires improvement",
        "Good",
        "Outstanding",
        "not known",
        "not rated",
    ]
    # each bar adds up to the number of 2021-standards inspections
    totals = {}
    for patch in ax.patches:
        y = round(patch.get_y() + patch.get_height() / 2)
        totals[y] = totals.get(y, 0) + patch.get_width()
    n = sum(r.inspections for r in co.counts.rows if r.framework == "hmip-youth-2021")
    assert set(totals.values()) == {n}
    data = _render(fig)
    width, height = _png_size(data)
    assert width > 300
    assert height > 200
    assert len(data) > 5000
    with pytest.raises(ValueError, match="several frameworks"):
        cohort_distribution(co)


def test_coverage_bars_render():
    from yjinspect.plot import coverage_bars

    draft = yj.ImprovementPlan(
        id="draft",
        inspection="bromley-2015-fji",
        title="First draft",
        actions=(yj.Action(id="1a", text="Form a single board", covers=("R1", "F6")),),
    )
    cov = yj.coverage(draft, FJI_2015)
    fig = coverage_bars(cov)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:3] == [
        "Reducing reoffending (Poor)",
        "Protecting the public (Poor)",
        "protecting-children Protecting children and young people (Unsatisfactory)",
    ]  # the code where it is more than the title spelt out
    assert len(labels) == len([a for a in cov.areas if a.total])
    widths = [p.get_width() for p in ax.patches]
    answered, missing = widths[: len(labels)], widths[len(labels) :]
    assert answered == [a.count for a in cov.areas if a.total]
    assert missing == [a.total - a.count for a in cov.areas if a.total]
    assert fig._suptitle.get_text() == "draft: coverage of bromley-2015-fji"
    data = _render(fig)
    width, height = _png_size(data)
    assert (width, height) > (200, 100)
    assert len(data) > 3000


def test_effectiveness_and_cohort_views():
    eff = yj.effectiveness(yj.examples.bromley_plan(), FJI_2015, FJI_2016)._repr_html_()
    assert eff.count(RED) == 4  # Poor before, in four areas
    assert ">improved</td>" in eff
    co = d2i_cohort()
    html = co._repr_html_()
    assert html.startswith(f"<div><p><b>cohort of {co.counts.total} inspection(s)</b></p>")
    assert html.count("<table ") == 2
    assert "<td style='padding:2px 6px'>Carmarthenshire</td>" in html


def test_history_compares_only_within_one_service():
    from yjinspect.testing import factories

    a = factories.make_inspection(id="a")
    b = factories.make_inspection(
        id="b",
        service=factories.make_service(name="Other YJS", local_authority="Other Council"),
        start=pendulum.Date(2025, 9, 1),
    )
    c = factories.make_inspection(id="c", start=pendulum.Date(2026, 9, 7))
    text = report.history_text([a, b, c])
    assert "Since the previous" not in text.split("b: ")[0]
    since = [line.strip() for line in text.splitlines() if "Since the previous" in line]
    assert since == []  # each neighbour is of another service
    backwards = report.history_text([c, a])
    assert "Since the previous inspection: not comparable (the two are not in date order)" in (
        backwards
    )
    forwards = report.history_text([a, c])
    assert "Since the previous inspection: 0 improved, 0 declined, 13 unchanged" in forwards


def test_validate_inspection_keyword_takes_an_inspection():
    plan = yj.examples.bromley_plan()
    with pytest.raises(TypeError, match="takes an Inspection, not a Corpus"):
        yj.validate(plan, inspection=yj.examples.bromley())
    with pytest.raises(TypeError, match="improvement plans only"):
        yj.validate(yj.crosswalks.get("hmip-youth-2018--hmip-youth-2021"), inspection=plan)


def test_reports_a_board_can_use():
    from yjinspect import report

    fji = yj.examples.bromley().get("bromley-2015-fji")
    html = report.inspection_html(fji)
    for f in fji.findings:
        assert f"<b>{f.id}</b>" in html
    assert "<h4>Recommendations</h4>" in html
    assert "finding(s)" not in html
    corpus = report.corpus_html(yj.examples.bromley().inspections)
    assert "reducing-reoffending" not in corpus or "Reducing reoffending: Poor" in corpus
    assert "Reducing reoffending: Poor" in corpus  # ratings shown, by area and label
    assert "(derived)" in corpus or "not known" in corpus
    plan = yj.examples.bromley_plan()
    md = report.plan_markdown(plan)
    assert "_(illustrative)_" in md
    assert "Reviewed: every month" in md
    cov = yj.coverage(plan, yj.examples.bromley())
    cov_md = report.coverage_markdown(cov, plan=plan)
    assert "_(illustrative)_" in cov_md
    assert "every 1 month" not in cov_md
    standards = yj.coverage(
        yj.ImprovementPlan(id="p", inspection="bromley-2025-standards", title="P"),
        yj.examples.bromley(),
    )
    assert "| 4.1 Resettlement policy and provision | Outstanding |" in report.coverage_markdown(
        standards
    )  # standards by code and title: court and out-of-court "Assessment" differ
