"""Committee papers: an inspection, a comparison of two, or an improvement plan's coverage of its
inspection, written the way a council committee report is (public face: :mod:`yjinspect.report`).

A paper is built once as sections of paragraphs, tables and lists, then written as Markdown or
as a whole HTML page by one renderer per format; every piece of document text goes through that
format's escaping helper (:mod:`yjinspect._escape`).

The model is the London Borough of Bromley's report to its Care Services Policy Development and
Scrutiny Committee of 22 July 2015 (ED15104): the meeting's details, the reason for the report,
a summary of the inspection's outcomes area by area, the improvement plan and its themes, and the
background documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal

import attrs

from .. import frameworks
from .._escape import html as escape
from .._escape import md, md_link, safe_url
from ..analysis import compare, coverage, improvement
from ..errors import NoCrosswalk, UnknownFramework
from ..frameworks import derived_overall
from ..model import ActionStatus, Agreement, FindingKind, Level
from ._committee import (
    _change_words,
    _comparison_intro,
    _counts,
    _describe,
    _plan_lines,
    _side,
    _state,
    state_colour,
)
from ._coverage import coverage_scale, level_of_label
from ._html import (
    RAG_COLOURS,
    area_label,
    ink,
    level_colour,
    page,
    table,
)
from ._report import _judgement_rows

if TYPE_CHECKING:
    import pendulum

    from ..analysis.coverage_report import Coverage
    from ..model import Framework, ImprovementPlan, Inspection, Milestone, Source

__all__ = ["PAPER_FORMATS", "PaperFormat", "comparison_paper", "coverage_paper", "inspection_paper"]

PaperFormat = Literal["markdown", "html"]
"""The formats a committee paper is written in."""

PAPER_FORMATS: tuple[PaperFormat, ...] = ("markdown", "html")
"""Every :data:`PaperFormat`, in the order the command line lists them."""


# -- the paper as parts ----------------------------------------------------------------------
@attrs.frozen
class _Cell:
    """A table cell: text, shown on a rating's colour (``rated``) or on a given colour."""

    text: str
    level: Level | None = None
    rated: bool = False
    colour: str | None = None


@attrs.frozen
class _Table:
    head: tuple[str, ...]
    rows: tuple[tuple[_Cell, ...], ...]
    caption: str | None = None


@attrs.frozen
class _Para:
    text: str
    strong: bool = False


@attrs.frozen
class _Item:
    """A list item: text, a link to ``url`` when it is http(s), then plain text after it."""

    text: str
    url: str | None = None
    after: str = ""


@attrs.frozen
class _List:
    items: tuple[_Item, ...]


_Block = _Para | _Table | _List


@attrs.frozen
class _Section:
    title: str
    blocks: tuple[_Block, ...]


@attrs.frozen
class _Paper:
    title: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[_Section, ...]


# -- writing a paper -------------------------------------------------------------------------
def _markdown(paper: _Paper) -> str:
    out = [f"# {md(paper.title)}", ""]
    out += [f"- **{md(key)}**: {md(value)}" for key, value in paper.details]
    out.append("")
    for n, section in enumerate(paper.sections, 1):
        out += [f"## {n}. {md(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, _Para):
                text = md(block.text)
                out += [f"**{text}**" if block.strong else text, ""]
            elif isinstance(block, _List):
                out += [f"- {md_link(i.text, i.url)}{md(i.after)}" for i in block.items]
                out.append("")
            else:
                if block.caption:
                    out += [f"**{md(block.caption)}**", ""]
                out.append("| " + " | ".join(md(h) for h in block.head) + " |")
                out.append("|" + "---|" * len(block.head))
                out += [
                    "| " + " | ".join(md(c.text) or "-" for c in row) + " |" for row in block.rows
                ]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


# An ISO date (to the day, month or year-month), kept on one line in HTML so that a narrow
# column does not break it at a hyphen ("2015-" above "12-31").
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


def _html_text(text: str) -> str:
    """Text as HTML: escaped, its dates unbroken."""
    return _ISO_DATE.sub(
        lambda m: f"<span style='white-space:nowrap'>{m.group(0)}</span>", escape(text)
    )


def _html_cell(c: _Cell) -> str:
    colour = level_colour(c.level) if c.rated else c.colour
    style = f"background:{colour};color:{ink(colour)};" if colour is not None else ""
    return f'<td style="{style}padding:2px 6px">{_html_text(c.text)}</td>'


def _html_item(i: _Item) -> str:
    url = safe_url(i.url)
    shown = _html_text(i.text)
    if url is not None:
        shown = f"<a href='{escape(url)}'>{shown}</a>"
    elif i.url:
        shown += f" ({escape(i.url)})"
    return f"<li>{shown}{_html_text(i.after)}</li>"


def _html(paper: _Paper) -> str:
    parts = [f"<h1>{escape(paper.title)}</h1>", "<ul>"]
    parts += [f"<li><b>{escape(k)}</b>: {_html_text(v)}</li>" for k, v in paper.details]
    parts.append("</ul>")
    for n, section in enumerate(paper.sections, 1):
        parts.append(f"<h2>{n}. {escape(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, _Para):
                text = _html_text(block.text)
                parts.append(f"<p><b>{text}</b></p>" if block.strong else f"<p>{text}</p>")
            elif isinstance(block, _List):
                parts.append("<ul>" + "".join(_html_item(i) for i in block.items) + "</ul>")
            else:
                rows = ["".join(_html_cell(c) for c in row) for row in block.rows]
                parts.append(table(list(block.head), rows, caption=block.caption))
    return page(paper.title, "\n".join(parts))


def _check_format(fmt: str) -> None:
    if fmt not in PAPER_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of: {', '.join(PAPER_FORMATS)}")


def _write(paper: _Paper, fmt: str) -> str:
    _check_format(fmt)
    return _markdown(paper) if fmt == "markdown" else _html(paper)


# -- words -----------------------------------------------------------------------------------
_NOT_KNOWN = "not known"


def _n(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def _framework(code: str) -> Framework | None:
    try:
        return frameworks.get(code)
    except UnknownFramework:
        return None


def _framework_name(insp: Inspection) -> str:
    fw = _framework(insp.framework)
    return f"{insp.framework}: {fw.title}" if fw is not None else insp.framework


def area_name(fw: Framework | None, code: str, title: str | None = None) -> str:
    """An area as the framework names it: by code and title where the code is a number
    ("2.1 Assessment", so that court and out-of-court "Assessment" differ), else by title; an
    area the framework does not have by its code (and the title given)."""
    if fw is not None and fw.has_area(code):
        return str(fw.area(code))
    return area_label(code, title) if title else code


def _areas(insp: Inspection, codes: Sequence[str]) -> str:
    """The areas an item concerns, by name; "not known" when the record ties it to none."""
    if not codes:
        return _NOT_KNOWN
    fw = _framework(insp.framework)
    return "; ".join(area_name(fw, c) for c in codes)


def _meeting(committee: str | None, meeting_date: pendulum.Date | None) -> list[tuple[str, str]]:
    rows = []
    if committee:
        rows.append(("Committee", committee))
    if meeting_date is not None:
        rows.append(("Date of meeting", str(meeting_date)))
    return rows


def _details(
    insp: Inspection, committee: str | None, meeting_date: pendulum.Date | None
) -> list[tuple[str, str]]:
    rows = _meeting(committee, meeting_date)
    fieldwork = _NOT_KNOWN
    if insp.fieldwork is not None:
        fieldwork = f"{insp.fieldwork.start} to {insp.fieldwork.end}"
    elif insp.fieldwork_began is not None:
        fieldwork = f"from {insp.fieldwork_began} (last day {_NOT_KNOWN})"
    inspectorates = insp.lead_inspectorate
    if insp.partner_inspectorates:
        inspectorates += " with " + ", ".join(insp.partner_inspectorates)
    rows += [
        ("Service", f"{insp.service.name} ({insp.service.local_authority})"),
        ("Inspection", f"{insp.id} ({insp.inspection_kind.value.replace('-', ' ')})"),
        ("Framework", _framework_name(insp)),
        ("Fieldwork", fieldwork),
        ("Published", str(insp.published) if insp.published is not None else _NOT_KNOWN),
        ("Inspectorates", inspectorates),
    ]
    return rows


def _year(insp: Inspection) -> str:
    return f", {insp.when.year}" if insp.when is not None else ""


# -- sections an inspection gives ------------------------------------------------------------
def _rating_rows(insp: Inspection) -> list[tuple[str, str, str, Level | None]]:
    if _framework(insp.framework) is None:
        return [(j.area, j.rating or _NOT_KNOWN, j.summary or "", None) for j in insp.judgements]
    return _judgement_rows(insp, unrecorded=True)


def _tally(rows: Sequence[tuple[str, str, str, Level | None]], insp: Inspection) -> str:
    """ "Of 6 rated areas: 4 Poor, 1 Unsatisfactory, 1 Satisfactory." with the unknowns."""
    if not rows:
        return "The framework rates no area."
    fw = _framework(insp.framework)
    levels = [level for *_, level in rows if level is not None]
    order = fw.scale.levels if fw is not None else ()
    parts = [
        f"{sum(1 for x in levels if x == lv)} {lv.label}"
        for lv in order
        if any(x == lv for x in levels)
    ]
    unrated = sum(1 for _a, text, _s, lv in rows if lv is None and text.startswith("not rated"))
    unknown = sum(1 for _a, text, _s, lv in rows if lv is None and text.startswith(_NOT_KNOWN))
    if unrated:
        parts.append(f"{unrated} not rated")
    if unknown:
        parts.append(f"{unknown} not known")
    return f"Of {_n(len(rows), 'rated area')}: " + ", ".join(parts) + "."


def _overall_lines(insp: Inspection) -> list[str]:
    fw = _framework(insp.framework)
    lines = []
    if insp.published_overall is not None:
        label = fw.scale.level(insp.published_overall).label if fw else insp.published_overall
        score = (
            f" (score {insp.published_score}/{fw.max_score})"
            if insp.published_score is not None and fw is not None
            else ""
        )
        lines.append(f"Published overall rating: {label}{score}.")
    elif insp.published_score is not None and fw is not None:
        lines.append(
            f"Published score {insp.published_score}/{fw.max_score}; the overall rating is "
            "not recorded."
        )
    derived = derived_overall(insp) if fw is not None else None
    if derived is not None:
        lines.append(f"Overall rating derived from the standards: {derived}.")
    if not lines:
        lines.append("No overall rating is recorded.")
    lines += [f"Rating counts: {c}." for c in insp.rating_counts]
    return lines


def _findings_line(insp: Inspection) -> str:
    strengths = sum(1 for f in insp.findings if f.kind is FindingKind.STRENGTH)
    aims = len(insp.findings) - strengths
    recs = len(insp.recommendations)
    return (
        f"The record holds {_n(strengths, 'strength')}, "
        f"{_n(aims, 'area for improvement', 'areas for improvement')} and "
        f"{_n(recs, 'recommendation')}."
    )


def _ratings_table(insp: Inspection, caption: str | None = None) -> _Table:
    rows = tuple(
        (_Cell(area), _Cell(text, level, rated=True), _Cell(summary or ""))
        for area, text, summary, level in _rating_rows(insp)
    )
    return _Table(("Area", "Rating", "Inspectorate's words"), rows, caption)


def _findings_section(insp: Inspection) -> _Section | None:
    if not insp.findings:
        return None
    words = {
        FindingKind.STRENGTH: "strength",
        FindingKind.AREA_FOR_IMPROVEMENT: "area for improvement",
    }
    rows = tuple(
        (
            _Cell(f.id),
            _Cell(words.get(f.kind, f.kind.value.replace("-", " "))),
            _Cell(f.text),
            _Cell(_areas(insp, f.areas)),
        )
        for f in sorted(insp.findings, key=lambda f: f.kind is not FindingKind.STRENGTH)
    )
    return _Section("Findings", (_Table(("Id", "Kind", "Finding", "Areas"), rows),))


_AGREEMENT_WORDS = {
    Agreement.AGREED: "agreed",
    Agreement.PARTLY_AGREED: "partly agreed",
    Agreement.NOT_AGREED: "not agreed",
}


def _recommendations_section(
    insp: Inspection, plan: ImprovementPlan | None = None, title: str = "Recommendations"
) -> _Section | None:
    if not insp.recommendations:
        return None
    head = ["Id", "Recommendation", "Addressed to", "Areas"]
    if plan is not None:
        head.append("The plan's response")
    rows = []
    for r in insp.recommendations:
        text = r.text or f"{_NOT_KNOWN} (the wording is not recorded)"
        if r.text_cut_short:
            text += " [cut short in the source]"
        if r.notes:
            text += f" (note: {r.notes})"
        row = [
            _Cell(r.id),
            _Cell(text),
            _Cell(r.addressee.replace("-", " ") if r.addressee else _NOT_KNOWN),
            _Cell(_areas(insp, r.areas)),
        ]
        if plan is not None:
            response = plan.response(r.id)
            answer = "no response recorded"
            if response is not None:
                answer = _AGREEMENT_WORDS[response.agreement]
                if response.reason:
                    answer += f": {response.reason}"
            row.append(_Cell(answer))
        rows.append(tuple(row))
    return _Section(title, (_Table(tuple(head), tuple(rows)),))


def _source_item(s: Source) -> _Item:
    after = []
    if s.publisher:
        after.append(s.publisher)
    if s.date is not None:
        after.append(str(s.date))
    if s.confidence is not None:
        after.append(s.confidence.value)
    tail = f" ({', '.join(after)})" if after else ""
    if s.note:
        tail += f": {s.note}"
    return _Item(s.title, s.url, tail)


def _sources_section(
    records: Iterable[tuple[str, str | None, Sequence[Source]]],
) -> _Section:
    """Background documents: each record's sources, then each record's notes."""
    blocks: list[_Block] = []
    for name, notes, sources in records:
        items = tuple(_source_item(s) for s in sources)
        blocks.append(_Para(f"{name}:" if items else f"{name}: no source is recorded."))
        if items:
            blocks.append(_List(items))
        if notes:
            blocks.append(_Para(f"Note on the record: {notes}"))
    return _Section("Sources and background documents", tuple(blocks))


def _about(insp_ids: Sequence[str], derived: bool, extra: Sequence[str] = ()) -> _Section:
    from .._version import package_version

    lines = [
        f"Written by yjinspect {package_version()} from the record of "
        + " and ".join(insp_ids)
        + ". Nothing is filled in: where the record does not say, this paper says "
        "'not known'.",
    ]
    if derived:
        lines.append(
            "A rating marked (derived) is worked out from the key questions' percentages by "
            "the framework's published rule; it was not published as such."
        )
    lines += extra
    return _Section("About this paper", tuple(_Para(line) for line in lines))


def _any_derived(*inspections: Inspection) -> bool:
    return any(
        "(derived" in text for insp in inspections for _a, text, _s, _l in _rating_rows(insp)
    ) or any(derived_overall(i) is not None for i in inspections if _framework(i.framework))


def _outcome_sections(insp: Inspection, plan: ImprovementPlan | None = None) -> list[_Section]:
    """Ratings, findings and recommendations."""
    sections = [
        _Section(
            "Ratings",
            (
                *(_Para(line) for line in _overall_lines(insp)),
                _ratings_table(insp),
            ),
        )
    ]
    sections += [
        s for s in (_findings_section(insp), _recommendations_section(insp, plan)) if s is not None
    ]
    return sections


# -- an inspection ---------------------------------------------------------------------------
def _inspection_paper(
    insp: Inspection,
    committee: str | None,
    meeting_date: pendulum.Date | None,
    plan_part: Callable[[], list[_Section]] | None = None,
    plan: ImprovementPlan | None = None,
    verdict: str | None = None,
) -> _Paper:
    fw = _framework(insp.framework)
    name = fw.title if fw is not None else insp.framework
    title = f"{insp.service.name}: findings of the {name}{_year(insp)}"
    reason = (
        f"This report gives the findings of the {name} of {insp.service.name}, as the record "
        "holds them: the ratings, the findings and the recommendations"
    )
    if plan is not None:
        title += ", and the improvement plan"
        reason += f", and how far the improvement plan '{plan.title}' answers them"
    overall = _overall_lines(insp)
    summary: list[_Block] = [
        *(_Para(line) for line in overall[:1] if not line.startswith("No overall")),
        _Para(_tally(_rating_rows(insp), insp)),
        _Para(_findings_line(insp)),
    ]
    if verdict is not None:
        summary.append(_Para(f"The improvement plan: {verdict}.", strong=True))
    sections = [
        _Section("Reason for report", (_Para(reason + "."),)),
        _Section("Summary", tuple(summary)),
        *_outcome_sections(insp, plan),
    ]
    if plan_part is not None:
        sections += plan_part()
    records: list[tuple[str, str | None, Sequence[Source]]] = [
        (f"Inspection {insp.id}", insp.notes, insp.sources)
    ]
    if plan is not None:
        records.append((f"Improvement plan {plan.id}", plan.notes, plan.sources))
    sections.append(_sources_section(records))
    ids = [insp.id] + ([plan.id] if plan is not None else [])
    sections.append(_about(ids, _any_derived(insp)))
    return _Paper(title, tuple(_details(insp, committee, meeting_date)), tuple(sections))


def inspection_paper(
    inspection: Inspection,
    *,
    format: PaperFormat = "markdown",
    committee: str | None = None,
    meeting_date: pendulum.Date | None = None,
) -> str:
    """A committee paper on one inspection: the meeting's and the inspection's details, the
    reason for the report, a summary (overall rating, the ratings counted by level, how many
    findings and recommendations), every rated area with its rating and the inspectorate's
    words, the findings and recommendations with the areas they concern (by code and title),
    the sources and a note on how the paper was made. What the record does not hold is
    written "not known".

    Args:
        inspection: the inspection.
        format: ``"markdown"`` or ``"html"`` (a whole page, ratings on their colours and in
            words).
        committee: the committee the paper goes to, printed at the top when given.
        meeting_date: the date of the meeting, printed at the top when given.

    Returns:
        The paper as Markdown or HTML text.

    Raises:
        ValueError: an unknown ``format``.

    Example:
        >>> import yjinspect as yj
        >>> from yjinspect import report
        >>> paper = report.inspection_paper(yj.examples.bromley().get("bromley-2015-fji"))
        >>> paper.splitlines()[0].removeprefix("# Bromley Youth Offending Service: ")
        'findings of the HMIP Full Joint Inspection (youth offending), 2015'

    .. versionadded:: 0.1.0
    """
    return _write(_inspection_paper(inspection, committee, meeting_date), format)


# -- a comparison ----------------------------------------------------------------------------
def comparison_paper(
    earlier: Inspection,
    later: Inspection,
    *,
    format: PaperFormat = "markdown",
    crosswalk: str | None = None,
    allow_different_services: bool = False,
    committee: str | None = None,
    meeting_date: pendulum.Date | None = None,
) -> str:
    """A committee paper on what changed between two inspections: the reason for the report,
    a summary (the counts of areas improved, declined and unchanged, the overall rating, the
    answer to "did it improve?"), each area before and after, what is not known and why, the
    later inspection's recommendations, and the sources of both.

    Where no crosswalk leads from one framework to the other there is no area-by-area
    comparison: the paper says so, answers "did it improve?" at the level the two records
    support (see :func:`yjinspect.analysis.improvement`), and gives each inspection's ratings.

    Args:
        earlier: the earlier inspection.
        later: the later inspection.
        format: ``"markdown"`` or ``"html"`` (a whole page).
        crosswalk: the crosswalk code to use across frameworks (found when not given).
        allow_different_services: compare inspections of two services (benchmarking).
        committee: the committee the paper goes to, printed at the top when given.
        meeting_date: the date of the meeting, printed at the top when given.

    Returns:
        The paper as Markdown or HTML text.

    Raises:
        ValueError: an unknown ``format``; and as :func:`yjinspect.compare` raises:
            :class:`~yjinspect.analysis.DifferentServices`,
            :class:`~yjinspect.analysis.ReversedInspections` (both ValueErrors).

    .. versionadded:: 0.1.0
    """
    _check_format(format)
    sections: list[_Section] = []
    try:
        c = compare(
            earlier,
            later,
            crosswalk=crosswalk,
            allow_different_services=allow_different_services,
        )
    except NoCrosswalk as exc:
        answer = improvement(earlier, later)
        reason = f"From {_describe(earlier)} to {_describe(later)}."
        sections += [
            _Section(
                "Reason for report",
                (
                    _Para("This report sets out what changed between two inspections."),
                    _Para(reason),
                ),
            ),
            _Section(
                "Summary",
                (
                    _Para(f"There is no area-by-area comparison: {exc}."),
                    _Para(str(answer), strong=True),
                ),
            ),
            _Section(
                "Ratings",
                (
                    _ratings_table(earlier, f"{earlier.id} ({_framework_name(earlier)})"),
                    _ratings_table(later, f"{later.id} ({_framework_name(later)})"),
                ),
            ),
        ]
        different = earlier.service.name != later.service.name
    else:
        intro = _comparison_intro(c)
        summary: list[_Block] = [_Para(f"{_counts(c)}.")]
        if c.overall is not None:
            summary.append(_Para(f"Overall rating: {str(c.overall).removeprefix('overall: ')}."))
        summary.append(_Para(str(c.improvement), strong=True))
        rows = tuple(
            (
                _Cell(
                    area_label(ch.area, ch.title)
                    if c.crosswalk is not None
                    else area_name(_framework(later.framework), ch.area, ch.title)
                ),
                _Cell(
                    _side(ch.before, ch.before_status.value) + _pct(ch.before_percentage),
                    ch.before,
                    rated=True,
                ),
                _Cell(
                    _side(ch.after, ch.after_status.value) + _pct(ch.after_percentage),
                    ch.after,
                    rated=True,
                ),
                _Cell(_change_words(ch)),
            )
            for ch in c.changes
        )
        sections += [
            _Section(
                "Reason for report",
                (
                    _Para("This report sets out what changed between two inspections."),
                    *(_Para(line) for line in intro),
                ),
            ),
            _Section("Summary", tuple(summary)),
            _Section(
                "Ratings area by area", (_Table(("Area", "Before", "After", "Change"), rows),)
            ),
        ]
        notes = [ch for ch in c.changes if ch.note and ch.change.value in ("unknown", "not-rated")]
        if notes:
            sections.append(
                _Section(
                    "What is not known",
                    (_List(tuple(_Item(f"{ch.title}: {ch.note}.") for ch in notes)),),
                )
            )
        different = c.different_services
    recs = _recommendations_section(
        later, title=f"Recommendations of the later inspection ({later.id})"
    )
    if recs is not None:
        sections.append(recs)
    sections.append(
        _sources_section(
            [
                (f"Inspection {earlier.id}", earlier.notes, earlier.sources),
                (f"Inspection {later.id}", later.notes, later.sources),
            ]
        )
    )
    sections.append(_about([earlier.id, later.id], _any_derived(earlier, later)))
    if different:
        title = f"{earlier.service.name} and {later.service.name}: two inspections compared"
    else:
        title = f"{later.service.name}: what changed between two inspections"
    details = [("Earlier inspection", _describe(earlier)), ("Later inspection", _describe(later))]
    head = _meeting(committee, meeting_date)
    return _write(_Paper(title, (*head, *details), tuple(sections)), format)


def _pct(percentage: float | None) -> str:
    return f" ({percentage:g}%)" if percentage is not None else ""


# -- a plan's coverage -----------------------------------------------------------------------
_STATUS_WORDS = {
    ActionStatus.NOT_STARTED: "not started",
    ActionStatus.IN_PROGRESS: "in progress",
    ActionStatus.COMPLETE: "complete",
    ActionStatus.DROPPED: "dropped",
    ActionStatus.NOT_KNOWN: "not known",
}


def status_words(status: ActionStatus) -> str:
    """An action's status in words ("in progress", "not known")."""
    return _STATUS_WORDS[status]


def _milestone_due(m: Milestone) -> str:
    if m.window is not None:
        return f"between {m.window.start} and {m.window.end}"
    return str(m.due) if m.due is not None else _NOT_KNOWN


def _plan_sections(cov: Coverage, plan: ImprovementPlan) -> list[_Section]:
    scale = coverage_scale(cov)
    fw = _framework(cov.framework) if cov.framework is not None else None
    blocks: list[_Block] = [_Para(line) for line in _plan_lines(cov, plan)]
    # The verdict is in bold once, in the summary; here it is the plan's own line.
    blocks.append(_Para(f"{cov.verdict()}."))
    rows: tuple[tuple[_Cell, ...], ...]
    if cov.areas:
        rows = tuple(
            (
                _Cell(area_name(fw, a.area, a.title)),
                _Cell(
                    a.rating or ("not rated" if a.rating_known else _NOT_KNOWN),
                    level_of_label(scale, a.rating),
                    rated=True,
                ),
                _Cell(
                    f"{a.count} of {a.total}" + (f" ({a.share:.0%})" if a.share is not None else "")
                ),
                _Cell(", ".join(a.actions) or "none"),
            )
            for a in cov.areas
        )
        blocks.append(
            _Table(
                ("Area", "Rating", "Items answered", "Actions"), rows, "Coverage by judgement area"
            )
        )
    if cov.themes:
        rows = tuple(
            (
                _Cell(t.title),
                _Cell(
                    f"{t.count} of {t.total}" + (f" ({t.share:.0%})" if t.share is not None else "")
                ),
                _Cell(", ".join(t.actions) or "none"),
            )
            for t in cov.themes
        )
        blocks.append(_Table(("Theme", "Items answered", "Actions"), rows, "Coverage by theme"))
    sections = [_Section("The improvement plan", tuple(blocks))]
    if cov.actions:
        themes = {t.id: t.title for t in plan.themes}
        rows = tuple(
            (
                _Cell(f"{a.id} {a.text}" + (" (illustrative)" if a.illustrative else "")),
                _Cell(themes.get(a.theme, a.theme) if a.theme else "none"),
                _Cell(a.owner or _NOT_KNOWN),
                _Cell(str(a.due) if a.due is not None else _NOT_KNOWN),
                _Cell(status_words(a.status)),
                _Cell(str(a.last_update) if a.last_update is not None else "none recorded"),
                _Cell(
                    a.rag.value if a.rag else "none",
                    colour=RAG_COLOURS[a.rag.value] if a.rag else None,
                ),
                _Cell(_state(a), colour=state_colour(a)),
            )
            for a in cov.actions
        )
        caption = "Actions" + (f" as of {cov.as_of}" if cov.as_of is not None else "")
        blocks2: list[_Block] = [
            _Table(
                ("Action", "Theme", "Owner", "Due", "Status", "Last update", "RAG", "State"),
                rows,
                caption,
            )
        ]
        if any(a.illustrative for a in cov.actions):
            blocks2.append(
                _Para(
                    "(illustrative): an action written as an illustration, not taken from the "
                    "record of the plan; its owner, due date and status are illustrative too."
                )
            )
        sections.append(_Section("Actions", tuple(blocks2)))
    if plan.milestones:
        rows = tuple(
            (
                _Cell(m.title),
                _Cell(_milestone_due(m)),
                _Cell(m.status.value.replace("-", " ") + (f" ({m.done})" if m.done else "")),
                _Cell(m.notes or ""),
            )
            for m in plan.milestones
        )
        sections.append(
            _Section("Milestones", (_Table(("Milestone", "Due", "Status", "Notes"), rows),))
        )
    problems = cov.problems
    sections.append(
        _Section(
            "What the plan leaves open",
            (_List(tuple(_Item(p.message) for p in problems)),)
            if problems
            else (_Para("Nothing: every item is answered and nothing is late."),),
        )
    )
    return sections


def coverage_paper(
    plan: ImprovementPlan,
    inspection: Inspection,
    *,
    as_of: pendulum.Date | None = None,
    format: PaperFormat = "markdown",
    committee: str | None = None,
    meeting_date: pendulum.Date | None = None,
) -> str:
    """A committee paper on an inspection and the improvement plan that answers it: the
    inspection's paper (see :func:`inspection_paper`) with each recommendation's response from
    the plan, then the plan (its board, the verdict, coverage by judgement area and by
    theme), its actions (illustrative ones marked) and how they stand on ``as_of``, its
    milestones, and every gap it leaves (:attr:`yjinspect.analysis.Coverage.problems`).

    Args:
        plan: the improvement plan.
        inspection: the inspection it answers.
        as_of: the day to take the actions' state on (overdue, due soon, stale); ``None`` for
            no dated view.
        format: ``"markdown"`` or ``"html"`` (a whole page).
        committee: the committee the paper goes to, printed at the top when given.
        meeting_date: the date of the meeting, printed at the top when given.

    Returns:
        The paper as Markdown or HTML text.

    Raises:
        ValueError: an unknown ``format``, or the plan answers another inspection.

    .. versionadded:: 0.1.0
    """
    _check_format(format)
    cov = coverage(plan, inspection, as_of=as_of)
    paper = _inspection_paper(
        inspection,
        committee,
        meeting_date,
        plan_part=lambda: _plan_sections(cov, plan),
        plan=plan,
        verdict=cov.verdict(),
    )
    if as_of is not None:
        paper = attrs.evolve(paper, details=(*paper.details, ("Position as of", str(as_of))))
    return _write(paper, format)
