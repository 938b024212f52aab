"""What the command line prints: documents for people, and plain data for ``--json``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import views
from .._escape import html as escape
from .._escape import md, plain
from ..errors import Problem
from ..model import Corpus, Crosswalk, Framework, ImprovementPlan, Inspection
from ..views._html import cell, page, table
from ._format import JSON_FORMAT_VERSION

if TYPE_CHECKING:
    from ..analysis.comparison import Comparison
    from ..analysis.coverage_report import Coverage
    from ..analysis.improvement_report import Improvement, ImprovementSide
    from ..importers import ImportResult
    from ..model import Level


def versioned(command: str, data: dict[str, Any]) -> dict[str, Any]:
    """``--json`` output: the command's data under ``format_version`` and ``command``."""
    return {"format_version": JSON_FORMAT_VERSION, "command": command, **data}


def _code(level: Level | None) -> str | None:
    return level.code if level is not None else None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def problem_data(p: Problem, file: str | None = None) -> dict[str, Any]:
    """A problem as plain data (with the file it is about, when given)."""
    data: dict[str, Any] = {"path": p.path, "message": p.message, "severity": p.severity.value}
    if file is not None:
        data = {"file": file, **data}
    return data


def comparison_data(c: Comparison) -> dict[str, Any]:
    """A comparison as plain data: levels by code, statuses and changes by value."""
    overall = None
    if c.overall is not None:
        o = c.overall
        overall = {
            "before": _code(o.before),
            "after": _code(o.after),
            "before_score": o.before_score,
            "after_score": o.after_score,
            "max_score": o.max_score,
            "before_basis": o.before_basis,
            "after_basis": o.after_basis,
            "before_score_basis": o.before_score_basis,
            "after_score_basis": o.after_score_basis,
            "change": o.change.value,
            "steps": o.steps,
            "approximate": o.approximate,
        }
    return {
        "earlier": c.earlier.id,
        "later": c.later.id,
        "approximate": c.approximate,
        "crosswalk": c.crosswalk.code if c.crosswalk is not None else None,
        "different_services": c.different_services,
        "time": _text(c.time),
        "overall": overall,
        "changes": [
            {
                "area": ch.area,
                "title": ch.title,
                "from_area": ch.from_area,
                "to_area": ch.to_area,
                "before": _code(ch.before),
                "after": _code(ch.after),
                "before_status": ch.before_status.value,
                "after_status": ch.after_status.value,
                "change": ch.change.value,
                "steps": ch.steps,
                "approximate": ch.approximate,
                "note": ch.note,
                "before_percentage": ch.before_percentage,
                "after_percentage": ch.after_percentage,
                "points_change": ch.points_change,
                "before_derived": ch.before_derived,
                "after_derived": ch.after_derived,
            }
            for ch in c.changes
        ],
        "improvement": improvement_data(c.improvement),
        "summary": {
            "improved": list(c.improved),
            "declined": list(c.declined),
            "unchanged": list(c.unchanged),
            "newly_rated": list(c.newly_rated),
            "no_longer_rated": list(c.no_longer_rated),
            "unknown": list(c.unknown),
        },
    }


def improvement_data(i: Improvement) -> dict[str, Any]:
    """The answer to "did it improve?" as plain data."""

    def side(s: ImprovementSide) -> dict[str, Any]:
        return {
            "inspection": s.inspection,
            "overall": _code(s.overall),
            "overall_basis": s.overall_basis,
            "areas": s.areas,
            "lower_half_low": s.lower_low,
            "lower_half_high": s.lower_high,
            "not_known": s.not_known,
        }

    return {
        "basis": i.basis,
        "change": i.change.value,
        "approximate": i.approximate,
        "earlier": side(i.earlier),
        "later": side(i.later),
        "text": str(i),
    }


def coverage_data(cov: Coverage) -> dict[str, Any]:
    """A coverage report as plain data: the verdict, every table and every problem."""
    return {
        "plan": cov.plan,
        "inspection": cov.inspection,
        "as_of": _text(cov.as_of),
        "verdict": cov.verdict(),
        "complete_coverage": cov.complete_coverage,
        "known": cov.known,
        "share": cov.share,
        "not_known": list(cov.not_known),
        "items": [
            {
                "kind": i.kind.value,
                "id": i.id,
                "text": i.text,
                "areas": list(i.areas),
                "actions": list(i.actions),
                "covered": i.covered,
                "agreement": i.agreement.value if i.agreement else None,
            }
            for i in cov.items
        ],
        "areas": [
            {
                "area": a.area,
                "title": a.title,
                "rating": a.rating,
                "rating_known": a.rating_known,
                "concern": a.concern,
                "items": list(a.items),
                "covered": list(a.covered),
                "actions": list(a.actions),
            }
            for a in cov.areas
        ],
        "themes": [
            {
                "theme": t.theme,
                "title": t.title,
                "items": list(t.items),
                "covered": list(t.covered),
                "actions": list(t.actions),
            }
            for t in cov.themes
        ],
        "actions": [
            {
                "id": a.id,
                "text": a.text,
                "theme": a.theme,
                "owner": a.owner,
                "due": _text(a.due),
                "status": a.status.value,
                "original_due": _text(a.original_due),
                "complete": a.complete.value,
                "overdue": a.overdue.value,
                "due_soon": a.due_soon.value,
                "stale": a.stale.value,
                "not_known": {
                    q: ans.reason
                    for q, ans in (
                        ("complete", a.complete),
                        ("overdue", a.overdue),
                        ("due_soon", a.due_soon),
                        ("stale", a.stale),
                    )
                    if not ans.known
                },
                "last_update": _text(a.last_update),
                "rag": a.rag.value if a.rag else None,
            }
            for a in cov.actions
        ],
        "problems": [
            {"kind": g.kind.value, "id": g.id, "message": g.message} for g in cov.problems
        ],
    }


def inspection_summary(insp: Inspection) -> dict[str, Any]:
    """An inspection's ratings in brief: id, framework, date, and each area's level code."""
    return {
        "inspection": insp.id,
        "service": insp.service.name,
        "framework": insp.framework,
        "date": _text(insp.when),
        "ratings": {j.area: j.rating for j in insp.judgements},
        "published_overall": insp.published_overall,
        "published_score": insp.published_score,
    }


def corpus_summary(corpus: Corpus) -> list[dict[str, Any]]:
    """Every inspection of a corpus in brief."""
    return [inspection_summary(i) for i in corpus.inspections]


def import_data(result: ImportResult, output: str | None) -> dict[str, Any]:
    """What an import read, and where the corpus was written."""
    return {
        "output": output,
        "rows": len(result.rows),
        "inspections": len(result.inspections),
        "skipped": list(result.skipped),
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "problems": [problem_data(p) for p in result.problems],
    }


def render(obj: Any, fmt: str) -> str:
    """A document for people: ``fmt`` is text, markdown or html (a whole page)."""
    if isinstance(obj, Inspection):
        return {
            "text": lambda: views.inspection_text(obj) + "\n",
            "markdown": lambda: views.inspection_markdown(obj),
            "html": lambda: views.inspection_html(obj, standalone=True),
        }[fmt]()
    if isinstance(obj, Corpus):
        if fmt == "text":
            plans = "".join(f"\n{views.plan_text(plan).rstrip()}\n" for plan in obj.plans)
            return views.history_text(obj.inspections, title=obj.title) + plans
        if fmt == "markdown":
            parts = [views.inspection_markdown(i) for i in obj.inspections]
            parts += [views.plan_markdown(plan) for plan in obj.plans]
            return "\n".join(parts)
        plans_html = "".join(views.plan_html(plan) for plan in obj.plans)
        return page(
            obj.title or "Inspections", views.corpus_html(obj, title=obj.title) + plans_html
        )
    if isinstance(obj, ImprovementPlan):
        if fmt == "html":
            return page(obj.title, views.plan_html(obj))
        return views.plan_text(obj) if fmt == "text" else views.plan_markdown(obj)
    if isinstance(obj, Framework):
        if fmt == "html":
            return page(obj.title, views.framework_html(obj))
        return views.framework_text(obj) if fmt == "text" else views.framework_markdown(obj)
    if isinstance(obj, Crosswalk):
        return _crosswalk(obj, fmt)
    raise TypeError(f"cannot show a {type(obj).__name__}")


def _crosswalk(cw: Crosswalk, fmt: str) -> str:
    rows = [
        (lk.from_area, lk.to_area, lk.strength.value, lk.confidence.value, lk.rationale)
        for lk in cw.links
    ]
    rows += [(u.area, "-", "unmatched", u.confidence.value, u.rationale) for u in cw.unmatched_from]
    rows += [("-", u.area, "unmatched", u.confidence.value, u.rationale) for u in cw.unmatched_to]
    way = "both ways" if cw.bidirectional else "one way"
    head = f"{cw.code}: {cw.title} ({cw.from_framework} -> {cw.to_framework}, {way})"
    if fmt == "text":
        return (
            plain(head)
            + "\n"
            + "".join(plain(f"  {a} -> {b} [{s}; {c}] {r}") + "\n" for a, b, s, c, r in rows)
        )
    if fmt == "markdown":
        lines = [f"# {md(head)}", "", "| From | To | Link | Confidence | Rationale |"]
        lines.append("|---|---|---|---|---|")
        lines += ["| " + " | ".join(md(v) for v in r) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    body = f"<h3>{escape(head)}</h3>" + table(
        ["From", "To", "Link", "Confidence", "Rationale"],
        ["".join(cell(v) for v in r) for r in rows],
    )
    return page(cw.code, body)
