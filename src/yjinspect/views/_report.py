"""Reports as plain text, Markdown and HTML (public face: :mod:`yjinspect.report`)."""

from __future__ import annotations

from collections.abc import Iterable

from .. import frameworks
from .._escape import html as escape
from .._escape import md, md_link, plain
from ..analysis import compare, improvement, same_inspection, same_service
from ..crosswalks import NoCrosswalk
from ..frameworks import derived_overall, derived_rating
from ..model import Framework, Inspection, JudgementStatus, Level
from ._committee import (
    comparison_html,
    comparison_markdown,
    coverage_html,
    coverage_markdown,
)
from ._html import cell, ink, level_colour, page, rating_cell, table
from ._outline import (
    _depths,
    framework_markdown,
    framework_text,
    plan_html,
    plan_markdown,
    plan_text,
)

__all__ = [
    "comparison_html",
    "comparison_markdown",
    "corpus_html",
    "coverage_html",
    "coverage_markdown",
    "framework_html",
    "framework_markdown",
    "framework_text",
    "history_text",
    "inspection_html",
    "inspection_markdown",
    "inspection_text",
    "plan_html",
    "plan_markdown",
    "plan_text",
]


def inspection_text(insp: Inspection) -> str:
    """A readable account of one inspection: framework, dates, ratings and what is unknown.

    .. versionadded:: 0.1.0
    """
    fw = frameworks.get(insp.framework)
    lines: list[str] = []
    when = []
    if insp.started is not None:
        when.append(
            f"fieldwork from {insp.started}"
            + (f" to {insp.fieldwork.end}" if insp.fieldwork is not None else "")
        )
    if insp.published is not None:
        when.append(f"published {insp.published}")
    head = f"{insp.service.name}: {fw.title}"
    if insp.framework_version:
        head += f" [{fw.version(insp.framework_version).title}]"
    lines.append(head)
    lines.append(
        f"  {insp.inspection_kind.value.replace('-', ' ')}; "
        + ("; ".join(when) if when else "date not recorded")
        + f"; led by {insp.lead_inspectorate}"
        + (f" with {', '.join(insp.partner_inspectorates)}" if insp.partner_inspectorates else "")
    )
    recorded = {j.area: j for j in insp.judgements}
    areas = fw.rated_areas(insp.framework_version)
    width = max((len(str(a)) for a in areas if a.code in recorded), default=0)
    shown = 0
    for area in areas:
        j = recorded.get(area.code)
        if j is None:
            continue
        shown += 1
        derived_level = derived_rating(insp, j.area) if j.key_questions else None
        if j.status is JudgementStatus.RATED and j.rating is not None:
            value = fw.scale.level(j.rating).label
        elif derived_level is not None:
            value = f"{derived_level.label} (derived)"
        else:
            value = "not known" if j.status is JudgementStatus.NOT_KNOWN else "not rated"
        extra = f" ({j.percentage:g}%)" if j.percentage is not None else ""
        apart = "" if area.scored or fw.overall_rule is None else "  [not scored]"
        lines.append(f"  {area!s:<{width}}  {value}{extra}{apart}")
    unrecorded = len(areas) - shown
    if unrecorded:
        lines.append(f"  ({unrecorded} rated area(s) not recorded)")
    if insp.published_overall is not None or insp.published_score is not None:
        label = (
            fw.scale.level(insp.published_overall).label
            if insp.published_overall is not None
            else "not recorded"
        )
        score = (
            f", score {insp.published_score}/{fw.max_score}"
            if insp.published_score is not None
            else ""
        )
        lines.append(f"  Published overall: {label}{score}")
    if insp.rating_counts:
        lines.append("  Rating counts: " + "; ".join(str(c) for c in insp.rating_counts))
    derived = derived_overall(insp)
    if derived is not None:
        lines.append(f"  Derived overall: {derived}")
    if insp.findings:
        kinds = [f.kind.value for f in insp.findings]
        lines.append(
            f"  Findings: {kinds.count('strength')} strength(s), "
            f"{kinds.count('area-for-improvement')} area(s) for improvement"
        )
    if insp.recommendations:
        lines.append(f"  Recommendations: {len(insp.recommendations)}")
    return "\n".join(plain(line) for line in lines)


def history_text(inspections: Iterable[Inspection], *, title: str | None = None) -> str:
    """A readable account of inspections in the order given (oldest first). An inspection of
    the same service as the one before it is followed by how it compares with that one: area by
    area where both use one framework or a crosswalk links them (marked approximate), otherwise
    why it cannot be compared.

    .. versionadded:: 0.1.0
    """
    items = list(inspections)
    if title is None and items:
        title = f"Inspection history: {items[0].service.local_authority}"
    title = plain(title or "Inspection history")
    out = [title, "=" * len(title), ""]
    for i, insp in enumerate(items):
        out.append(inspection_text(insp))
        since = _since(items[i - 1], insp) if i else None
        if since is not None:
            out.append(f"  Since the previous inspection: {since}")
        if since is not None and "not in date order" not in since:
            out.append(f"  {_improved(items[i - 1], insp)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _improved(earlier: Inspection, later: Inspection) -> str:
    """The "did it improve?" line: at the level the two records support."""
    return str(improvement(earlier, later))


def _since(earlier: Inspection, later: Inspection) -> str | None:
    """How ``later`` compares with ``earlier``; ``None`` when they are of different services."""
    one = same_inspection(earlier, later)
    if one is not None:
        result = compare(earlier, later)
        if not result.differences:
            return f"another record of the same inspection ({one}); the records agree"
        return f"another record of the same inspection ({one}); the records disagree: " + "; ".join(
            result.differences
        )
    if not same_service(earlier.service, later.service):
        return None
    if (
        earlier.when is not None
        and later.when is not None
        and (later.when.latest() < earlier.when.earliest())
    ):
        return "not comparable (the two are not in date order)"
    try:
        result = compare(earlier, later)
    except NoCrosswalk:
        return (
            "no area-by-area comparison "
            f"(no crosswalk from {earlier.framework} to {later.framework})"
        )
    counts = [
        (len(result.improved), "improved"),
        (len(result.declined), "declined"),
        (len(result.unchanged), "unchanged"),
        (len(result.unknown), "not known on one side"),
    ]
    counts += [
        (n, what)
        for n, what in (
            (len(result.newly_rated), "newly rated"),
            (len(result.no_longer_rated), "no longer rated"),
        )
        if n
    ]
    text = ", ".join(f"{n} {what}" for n, what in counts)
    return text + (" (approximate, through a crosswalk)" if result.approximate else "")


def _judgement_rows(
    insp: Inspection, *, unrecorded: bool = False
) -> list[tuple[str, str, str, Level | None]]:
    """(area, judgement in words, the inspectorate's words, level) for each rated area the
    record holds; with ``unrecorded``, also each rated area it does not hold, as not known."""
    fw = frameworks.get(insp.framework)
    recorded = {j.area: j for j in insp.judgements}
    rows: list[tuple[str, str, str, Level | None]] = []
    for area in fw.rated_areas(insp.framework_version):
        j = recorded.get(area.code)
        if j is None:
            if unrecorded:
                rows.append((str(area), "not known (not in the record)", "", None))
            continue
        level = fw.scale.level(j.rating) if j.rating is not None else None
        derived = derived_rating(insp, j.area) if level is None and j.key_questions else None
        if level is not None:
            text = level.label
        elif derived is not None:
            level, text = derived, f"{derived.label} (derived from its key questions)"
        else:
            text = "not known" if j.status is JudgementStatus.NOT_KNOWN else "not rated"
        if j.percentage is not None:
            text += f" ({j.percentage:g}%)"
        rows.append((str(area), text, j.summary or "", level))
    return rows


def inspection_markdown(insp: Inspection) -> str:
    """A committee-style Markdown summary of an inspection: one section per rated area with
    the judgement and the inspectorate's words, then findings and recommendations.

    .. versionadded:: 0.1.0
    """
    fw = frameworks.get(insp.framework)
    out = [f"# {md(insp.service.name)}: {md(fw.title)}", ""]
    out.append(md(inspection_text(insp).splitlines()[1].strip()))
    out.append("")
    out.append("## Summary of inspection outcomes")
    out.append("")
    out.append("| Area | Judgement |")
    out.append("|---|---|")
    for area, text, _summary, _level in _judgement_rows(insp):
        out.append(f"| {md(area)} | {md(text)} |")
    out.append("")
    for area, text, summary, _level in _judgement_rows(insp):
        if summary:
            out += [f"### {md(area)}", "", f"Judged: **{md(text)}**. {md(summary)}", ""]
    derived = derived_overall(insp)
    if insp.published_overall is not None:
        score = (
            f" (score {insp.published_score}/{fw.max_score})"
            if insp.published_score is not None
            else ""
        )
        out += [
            f"Published overall rating: **{md(fw.scale.level(insp.published_overall).label)}**"
            f"{score}.",
            "",
        ]
    if derived is not None:
        out += [f"Overall rating derived from the standards: {md(derived)}.", ""]
    for kind, title in (
        ("strength", "Strengths"),
        ("area-for-improvement", "Areas for improvement"),
    ):
        items = [f for f in insp.findings if f.kind.value == kind]
        if items:
            out += [f"## {title}", ""] + [f"- **{md(f.id)}** {md(f.text)}" for f in items] + [""]
    if insp.recommendations:
        out += ["## Recommendations", ""]
        for r in insp.recommendations:
            to = f" _(to the {md(r.addressee.replace('-', ' '))})_" if r.addressee else ""
            out.append(f"- **{md(r.id)}** {md(r.text or '(wording not recorded)')}{to}")
        out.append("")
    if insp.notes:
        out += [f"_Note: {md(insp.notes)}_", ""]
    if insp.sources:
        out += ["Sources: " + "; ".join(md_link(s.title, s.url) for s in insp.sources), ""]
    return "\n".join(out).rstrip() + "\n"


def inspection_html(insp: Inspection, *, standalone: bool = False) -> str:
    """An HTML summary of an inspection with rating colours (a fragment, or a whole page
    with ``standalone=True``).

    .. versionadded:: 0.1.0
    """
    fw = frameworks.get(insp.framework)
    rows = [
        cell(area) + rating_cell(level, text) + cell(summary)
        for area, text, summary, level in _judgement_rows(insp)
    ]
    parts = [
        f"<h3>{escape(insp.service.name)}: {escape(fw.title)}</h3>",
        f"<p>{escape(inspection_text(insp).splitlines()[1].strip())}</p>",
        table(["Area", "Judgement", "Inspectorate's words"], rows),
    ]
    if insp.published_overall is not None:
        level = fw.scale.level(insp.published_overall)
        score = (
            f" (score {insp.published_score}/{fw.max_score})"
            if insp.published_score is not None
            else ""
        )
        parts.append(f"<p>Published overall: <b>{escape(level.label)}</b>{escape(score)}</p>")
    derived = derived_overall(insp)
    if derived is not None:
        parts.append(f"<p>Overall rating derived from the standards: {escape(str(derived))}</p>")
    for kind, heading in (
        ("strength", "Strengths"),
        ("area-for-improvement", "Areas for improvement"),
    ):
        items = [f for f in insp.findings if f.kind.value == kind]
        if items:
            parts.append(f"<h4>{heading}</h4><ul>")
            parts += [f"<li><b>{escape(f.id)}</b> {escape(f.text)}</li>" for f in items]
            parts.append("</ul>")
    if insp.recommendations:
        parts.append("<h4>Recommendations</h4><ul>")
        for r in insp.recommendations:
            to = f" <i>(to the {escape(r.addressee.replace('-', ' '))})</i>" if r.addressee else ""
            text = escape(r.text) if r.text else "(wording not recorded)"
            parts.append(f"<li><b>{escape(r.id)}</b> {text}{to}</li>")
        parts.append("</ul>")
    if insp.notes:
        parts.append(f"<p><i>Note: {escape(insp.notes)}</i></p>")
    if insp.sources:
        parts.append("<p>Sources: " + "; ".join(escape(str(x)) for x in insp.sources) + "</p>")
    body = "\n".join(parts)
    if not standalone:
        return f"<div>{body}</div>"
    return page(insp.id, body)


def corpus_html(inspections: Iterable[Inspection], *, title: str | None = None) -> str:
    """An HTML table of many inspections: one row each, with the overall rating (published,
    else derived and marked so) and every area's rating on its colour, by code and label.

    .. versionadded:: 0.1.0
    """
    rows = []
    for insp in inspections:
        fw = frameworks.get(insp.framework)
        if insp.published_overall is not None:
            overall = rating_cell(fw.scale.level(insp.published_overall))
        else:
            derived = derived_overall(insp)
            overall = (
                rating_cell(derived.rating, f"{derived.rating.label} (derived)")
                if derived is not None
                else cell("not known")
            )
        chips = []
        for area, text, _summary, level in _judgement_rows(insp):
            colour = level_colour(level)
            chips.append(
                f'<span style="background:{colour};color:{ink(colour)};padding:0 4px;'
                f'margin:1px;display:inline-block">{escape(area)}: {escape(text)}</span>'
            )
        rows.append(
            cell(insp.id)
            + cell(insp.service.name)
            + cell(insp.framework)
            + cell(insp.when or "")
            + overall
            + f"<td style='padding:2px 6px'>{''.join(chips)}</td>"
        )
    head = ["Inspection", "Service", "Framework", "Date", "Overall", "Ratings"]
    return f"<div>{table(head, rows, caption=title)}</div>"


def framework_html(fw: Framework) -> str:
    """An HTML table of a framework's areas, their scoring and their confidence.

    .. versionadded:: 0.1.0
    """
    rows = []
    depths = _depths(fw)
    for a in fw.areas:
        indent = "&nbsp;" * 4 * depths[a.code]
        rows.append(
            f"<td style='padding:2px 6px'>{indent}{escape(str(a))}</td>"
            + cell(a.kind.value)
            + cell("scored" if a.scored else ("rated" if a.rated else ""))
            + cell(a.confidence.value)
        )
    head = f"<h3>{escape(fw.code)}: {escape(fw.title)}</h3><p>Scale: {escape(str(fw.scale))}</p>"
    return f"<div>{head}{table(['Area', 'Kind', 'Rating', 'Confidence'], rows)}</div>"
