"""Synthetic corpora for benchmarks: deterministic, realistic, valid."""

from __future__ import annotations

import random

import pendulum

import yjinspect as yj
from yjinspect.dates import date_interval

_FW = "hmip-youth-2021"


def national_corpus(services: int = 155, per_service: int = 10, seed: int = 7) -> yj.Corpus:
    """``services`` x ``per_service`` complete standards inspections with findings and
    recommendations, oldest first within each service."""
    rnd = random.Random(seed)
    fw = yj.frameworks.get(_FW)
    rated = [a.code for a in fw.rated_areas()]
    levels = fw.scale.codes
    items = []
    for s in range(services):
        service = yj.Service(
            name=f"Service {s:03d} YJS",
            local_authority=f"Council {s:03d}",
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
