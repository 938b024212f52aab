"""Plots anyone can read: the rating colours survive red-green colour blindness, every rating
is also told by text or hatching, every plot draws on given axes, and nothing is cut off."""

import io
import itertools

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import yjinspect as yj
from yjinspect.analysis import cohort
from yjinspect.importers import D2I_CSV, read_d2i_csv
from yjinspect.plot import cohort_distribution, coverage_bars, history_heatmap, league_table
from yjinspect.views._html import RAG_COLOURS, ink, level_colour

matplotlib.use("Agg")

# Deuteranopia (severity 1.0) in linear RGB, from Machado, Oliveira & Fernandes (2009), "A
# physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6),
# as tabulated by colour-science (CVD_MATRICES_MACHADO2010).
DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)


def linear(hex_colour):
    c = np.array([int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear):
    """CIELAB (D65) of linear sRGB."""
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ np.clip(rgb_linear, 0, 1) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_apart(a, b, simulate=True):
    """CIE76 colour difference of two colours, as a deuteranope sees them."""
    la, lb = linear(a), linear(b)
    if simulate:
        la, lb = DEUTERANOPIA @ la, DEUTERANOPIA @ lb
    return float(np.linalg.norm(lab(la) - lab(lb)))


FOUR = yj.frameworks.get("hmip-youth-2021").scale


def test_inadequate_and_outstanding_stay_apart_for_a_deuteranope():
    worst, best = level_colour(FOUR.levels[0]), level_colour(FOUR.levels[-1])
    # The colours used before (red #c0392b, green #2e8b57) both come out olive, of one
    # lightness (L* 49 and 50), about 27 apart; the two ends now differ by more than 100.
    before = seen_apart("#c0392b", "#2e8b57")
    assert before < 30
    assert seen_apart(worst, best) > 3 * before
    # Neighbouring levels stay apart too, and from "not known" grey.
    colours = [level_colour(lv) for lv in FOUR.levels] + [level_colour(None)]
    for a, b in itertools.pairwise(colours):
        assert seen_apart(a, b) > 10, (a, b)
    assert seen_apart(RAG_COLOURS["red"], RAG_COLOURS["green"]) > 20


def test_text_on_each_colour_is_readable():
    assert ink(level_colour(FOUR.levels[-1])) == "#ffffff"  # white on dark blue
    assert ink(level_colour(FOUR.levels[2])) == "#000000"  # black on sky blue


SERIES = yj.examples.bromley()
COVERAGE = yj.coverage(yj.examples.bromley_plan(), SERIES)
NATIONAL = cohort(read_d2i_csv(D2I_CSV).inspections)
PLOTS = {
    "history_heatmap": lambda **kw: history_heatmap(SERIES, **kw),
    "cohort_distribution": lambda **kw: cohort_distribution(
        NATIONAL, framework="hmip-youth-2021", **kw
    ),
    "coverage_bars": lambda **kw: coverage_bars(COVERAGE, **kw),
    "league_table": lambda **kw: league_table(NATIONAL, top=12, **kw),
}


@pytest.mark.parametrize("name", list(PLOTS))
def test_every_plot_draws_on_given_axes(name):
    fig = Figure(figsize=(12, 8))
    left, right = fig.subplots(1, 2)
    returned = PLOTS[name](ax=right)
    assert returned is fig
    assert right.has_data() or right.patches or right.texts
    assert not left.has_data()


@pytest.mark.parametrize("name", list(PLOTS))
def test_nothing_is_cut_off_when_saved(name):
    fig = PLOTS[name]()
    canvas = FigureCanvasAgg(fig)
    fig.savefig(io.BytesIO(), format="png")  # lays the figure out
    renderer = canvas.get_renderer()
    inside = fig.bbox.padded(1)
    for ax in fig.axes:
        lo, hi = sorted(ax.get_xlim())
        shown = [
            label
            for tick, label in zip(ax.get_xticks(), ax.get_xticklabels(), strict=True)
            if lo <= tick <= hi
        ]
        texts = [ax.title, fig._suptitle, *ax.get_yticklabels(), *shown, ax.xaxis.label]
        for artist in [t for t in texts if t is not None]:
            if artist.get_text() and artist.get_visible():
                box = artist.get_window_extent(renderer)
                assert inside.contains(box.x0, box.y0), (name, artist.get_text())
                assert inside.contains(box.x1, box.y1), (name, artist.get_text())
        legend = ax.get_legend()
        if legend is not None:
            box = legend.get_window_extent(renderer)
            assert inside.contains(box.x0, box.y0), name
            assert inside.contains(box.x1, box.y1), name


def test_ratings_are_told_without_colour():
    fig = cohort_distribution(NATIONAL, framework="hmip-youth-2021")
    hatches = {p.get_hatch() for p in fig.axes[0].patches}
    assert {"xxx", "ooo"} <= hatches  # Inadequate and Outstanding differ in hatching
    heat = history_heatmap(SERIES)
    texts = {t.get_text() for t in heat.axes[0].texts}
    assert {"Poor", "Good", "not known"} <= texts


def test_league_table_ranks_with_words():
    fig = league_table(NATIONAL, top=5)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 5
    first = NATIONAL.league.rows[0]
    assert labels[0].startswith(f"1. {first.service}: {first.score}/{first.max_score} ")
    assert league_table(SERIES).axes[0].get_title() == "League table by overall score"


def _luminance(hex_colour):
    return float(np.array([0.2126, 0.7152, 0.0722]) @ linear(hex_colour))


def test_count_labels_take_their_colour_from_the_bar_they_are_on():
    from matplotlib.colors import to_hex

    from yjinspect.views._plot import _count_label_style

    fig = cohort_distribution(NATIONAL, framework="hmip-youth-2021")
    labels = [t for t in fig.axes[0].texts if t.get_text()]
    on = {}  # bar colour -> colours of the counts drawn on it
    for t in labels:
        box = t.get_bbox_patch()
        assert box is not None, t.get_text()  # a box of the bar's colour hides the hatching
        on.setdefault(to_hex(box.get_facecolor()), set()).add(to_hex(t.get_color()))
    fills = [level_colour(lv) for lv in FOUR.levels]
    darkest = min(fills, key=_luminance)
    lightest = max(fills, key=_luminance)
    assert darkest == "#0072b2"  # Outstanding, dark blue
    assert lightest == "#e69f00"  # Requires improvement, orange
    assert _count_label_style(darkest)["color"] == "#ffffff"
    assert _count_label_style(lightest)["color"] == "#000000"
    assert _count_label_style("#f0f0f0")["color"] == "#000000"  # "not rated"
    # the national cohort's Outstanding counts are drawn white, and every count on the colour
    # the style gives for its bar
    assert on[darkest] == {"#ffffff"}
    for fill, inks in on.items():
        assert inks == {_count_label_style(fill)["color"]}, fill


def test_the_not_rated_swatch_has_a_visible_edge():
    from matplotlib.colors import to_hex

    fig = cohort_distribution(NATIONAL, framework="hmip-youth-2021")
    legend = fig.axes[0].get_legend()
    names = [t.get_text() for t in legend.get_texts()]
    swatches = dict(zip(names, legend.get_patches(), strict=True))
    pale = swatches["not rated"]
    assert _luminance(to_hex(pale.get_facecolor())) > 0.8  # near white ...
    edge = to_hex(pale.get_edgecolor())
    assert _luminance(edge) < 0.15  # ... edged in dark grey
    assert pale.get_linewidth() > 0


def test_league_table_axis_says_what_the_share_is_and_names_unscored_services():
    fig = league_table(NATIONAL, top=5)
    first, *rest = fig.axes[0].get_xlabel().split("\n")
    assert first == "overall score, as a share of the maximum possible score"
    assert NATIONAL.league.unscored == ("ceredigionyjs-2024-11-12",)
    assert rest == ["score not known: Ceredigion (2024-11-12)"]  # not its id
