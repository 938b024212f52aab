import io
import struct

import pandas as pd
import pytest

import yjinspect as yj
from yjinspect import report
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
    dates = frame.drop_duplicates("inspection").set_index("inspection")["date"]
    assert dates.dropna().to_dict() == {
        "bromley-2012-cci": "2012-03",
        "bromley-2015-fji": "2015-02-19",
        "bromley-2025-standards": "2025-01",
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
    assert html.count("background:#c0392b") == 4  # four Poor judgements in red
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
