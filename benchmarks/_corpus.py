"""Synthetic corpora for benchmarks: deterministic, realistic, valid."""

from __future__ import annotations

import random

import pendulum

import yjinspect as yj
from yjinspect.model import date_interval

_FW = "hmip-youth-2021"


def national_corpus(services: int = 155, per_service: int = 10, seed: int = 7) -> yj.Corpus:
    """``services`` x ``per_service`` complete standards inspections with findings and
    recommendations, oldest first within each service."""
    rnd = random.Random(seed)
    fw = yj.frameworks.get(_FW)
    rated = [a.code for a in fw.rated_areas()]
    levels = fw.scale.codes
    areas = [a.gss_code for a in yj.places.authorities(current=True)]
    items = []
    for s in range(services):
        service = yj.Service(
            name=f"Service {s:03d} YJS",
            local_authority=f"Council {s:03d}",
            authorities=(areas[s % len(areas)],),
            codes={"d2i": f"svc{s:03d}"},
        )
        start = pendulum.Date(2005, 1, 1)
        for k in range(per_service):
            start = start.add(days=rnd.randint(300, 700))
            judgements = []
            for code in rated:
                kq = {}
                level = rnd.choice(levels)
                if fw.area(code).computed:
                    kq = {
                        q.code.removeprefix(f"{code}."): float(rnd.randint(30, 100))
                        for q in fw.key_questions(code)
                    }
                    level = fw.rate_standard(code, kq).code
                judgements.append(yj.Judgement(area=code, rating=level, key_questions=kq))
            insp = yj.Inspection(
                id=f"svc{s:03d}-{k}",
                service=service,
                framework=_FW,
                inspection_kind=yj.InspectionKind.STANDARDS,
                fieldwork=date_interval(start, start.add(days=11)),
                published=yj.PartialDate.from_date(start.add(days=90)),
                partner_inspectorates=("Ofsted", "CQC"),
                judgements=judgements,
                findings=[
                    yj.Finding(
                        id=f"F{i}",
                        kind=yj.FindingKind.AREA_FOR_IMPROVEMENT,
                        text=f"Finding {i} about the work.",
                        areas=[rated[i]],
                    )
                    for i in range(1, 4)
                ],
                recommendations=[
                    yj.Recommendation(
                        id=f"R{i}",
                        text=f"Improve area {i}.",
                        addressee="management-board",
                        areas=[rated[i]],
                    )
                    for i in range(1, 3)
                ],
            )
            derived = yj.derived_overall(insp)
            assert derived is not None
            items.append(
                yj.Inspection(
                    **{
                        **_fields(insp),
                        "published_overall": derived.rating.code,
                        "published_score": derived.score,
                    }
                )
            )
    return yj.Corpus(inspections=items, title="synthetic national corpus")


def _fields(insp: yj.Inspection) -> dict:
    import attrs

    return {f.name: getattr(insp, f.name) for f in attrs.fields(yj.Inspection)}


def national_plans(corpus: yj.Corpus, every: int = 4, seed: int = 11) -> list[yj.ImprovementPlan]:
    """An improvement plan for every ``every``-th inspection of ``corpus``: four themes, a
    response to each recommendation, two actions per finding and recommendation (each with a
    success measure and two progress updates) and two milestones."""
    from yjinspect.model import RAG, ActionStatus, Milestone, RecommendationResponse, SuccessMeasure

    rnd = random.Random(seed)
    plans = []
    for n, insp in enumerate(corpus.inspections):
        if n % every:
            continue
        start = insp.published.latest() if insp.published is not None else pendulum.Date(2020, 1, 1)
        themes = tuple(
            yj.Theme(id=f"t{k}", title=f"Theme {k}", areas=(insp.judgements[k].area,))
            for k in range(4)
        )
        covered = [f.id for f in insp.findings] + [r.id for r in insp.recommendations]
        actions = []
        for i, ref in enumerate(covered * 2):
            due = start.add(days=rnd.randint(60, 240))
            first = start.add(days=rnd.randint(10, 40))
            done = i % 3 == 0
            actions.append(
                yj.Action(
                    id=f"{i // 26 + 1}{chr(97 + i % 26)}",
                    text=f"Action {i} answering {ref}.",
                    theme=f"t{i % 4}",
                    owner="Head of Service",
                    agency="YJS",
                    due=due,
                    covers=(ref, insp.judgements[i % len(insp.judgements)].area),
                    measure=SuccessMeasure(
                        description="Audited cases judged good enough",
                        baseline=float(rnd.randint(40, 70)),
                        target=90.0,
                        unit="%",
                    ),
                    status=ActionStatus.COMPLETE if done else ActionStatus.IN_PROGRESS,
                    completed=due if done else None,
                    updates=(
                        yj.ProgressUpdate(date=first, rag=RAG.AMBER, note="Started."),
                        yj.ProgressUpdate(date=first.add(days=30), rag=RAG.GREEN, note="On track."),
                    ),
                )
            )
        plans.append(
            yj.ImprovementPlan(
                id=f"{insp.id}-plan",
                inspection=insp.id,
                title=f"Improvement plan after {insp.id}",
                board="Management Board",
                chair="Chief Executive",
                submitted=start.add(days=20),
                review_cadence=pendulum.duration(months=1),
                themes=themes,
                responses=tuple(
                    RecommendationResponse(
                        recommendation=r.id, agreement=yj.Agreement.AGREED, reason="Agreed."
                    )
                    for r in insp.recommendations
                ),
                actions=tuple(actions),
                milestones=(
                    Milestone(title="Mock inspection", due=yj.PartialDate(start.year + 1, 1)),
                    Milestone(
                        title="Re-inspection window",
                        window=date_interval(start.add(days=300), start.add(days=330)),
                    ),
                ),
            )
        )
    return plans
