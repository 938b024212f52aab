"""A downstream script that a type checker can follow from end to end.

Run from the repository root::

    python examples/typed_downstream.py
    mypy --strict examples/typed_downstream.py

Every value here has a precise static type: ``load``/``loads`` take ``cls=`` (or a literal
``kind=``) and return that class, constructors take an enum's value and ISO dates as documents
do, and ``Judgement.rating`` (the recorded text) is resolved to a ``Level`` with ``level_of``.
The test suite runs ``mypy --strict`` on this file and refuses any ``Any`` from yjinspect.
"""

# expect: bromley-2015-fji: Poor (1 of 5)
# expect: reloaded: True
# expect: improved areas: 5
# expect: plan answers bromley-2015-fji with 7 action(s)
# expect: draft: standards, published 2024-11

from __future__ import annotations

import pendulum

import yjinspect as yj

series: yj.Corpus = yj.examples.bromley()
fji: yj.Inspection = series.get("bromley-2015-fji")
fw: yj.Framework = yj.frameworks.get(fji.framework)

worst: yj.Level | None = None
for judgement in fji.judgements:
    level = yj.level_of(fji, judgement.area)
    if level is not None and (worst is None or level < worst):
        worst = level
if worst is not None:
    position = fw.scale.levels.index(worst) + 1
    print(f"{fji.id}: {worst.label} ({position} of {len(fw.scale.levels)})")

text: str = yj.dumps(fji)
again: yj.Inspection = yj.loads(text, cls=yj.Inspection)
print("reloaded:", again == fji)

again_2016 = series.get("bromley-2016-fji-reinspection")
change: yj.Comparison = yj.compare(fji, again_2016)
improved = [c.area for c in change.changes if c.steps is not None and c.steps > 0]
print(f"improved areas: {len(improved)}")

plan: yj.ImprovementPlan = yj.examples.bromley_plan()
cov: yj.Coverage = yj.coverage(plan, series)
print(f"plan answers {cov.inspection} with {len(plan.actions)} action(s)")

draft = yj.Inspection(
    id="draft",
    service=yj.Service(
        name="Example YJS", local_authority="Example Council", authorities=["E09000006"]
    ),
    framework="hmip-youth-2021",
    inspection_kind="standards",
    published="2024-11",
    judgements=(yj.Judgement(area="1.1", rating=fw.scale.levels[0], status="rated"),),
    fieldwork_start=pendulum.Date(2024, 9, 2),
)
problems: tuple[yj.Problem, ...] = yj.validate(draft)
print(f"draft: {draft.inspection_kind.value}, published {draft.published}")
