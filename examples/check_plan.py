"""Check an improvement plan against its inspection, as a scrutiny committee would.

Run from the repository root::

    python examples/check_plan.py [YYYY-MM-DD]

Uses the shipped Bromley plan of 2015 (its actions but one are illustrations) and the 2015 Full
Joint Inspection. Prints whether the plan answers every recommendation, area for improvement
and judgement of concern, what is late on the day given (1 February 2016 by default), and
whether the plan worked by the re-inspection. Given a day, it exits with status 1 when the plan
has problems on that day, so it can run as a scheduled check.
"""

# expect: bromley-2015-plan answers all 10 items of bromley-2015-fji
# expect: overdue on 2016-02-01: 2a, 2b, 2c, 3a, 4a, 4b
# expect: late milestones: none
# expect: 4 of 5 covered areas improved (1 not known)

from __future__ import annotations

import sys

import pendulum

import yjinspect as yj

as_of = pendulum.Date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else pendulum.Date(2016, 2, 1)

series = yj.examples.bromley()
inspection = series.get("bromley-2015-fji")
plan = yj.examples.bromley_plan()

# Coverage without a date: does every item have an action?
print(yj.coverage(plan, inspection).verdict())

# On a given day: what is overdue, due soon or without a recent progress update?
cov = yj.coverage(plan, inspection, as_of=as_of)
print(f"overdue on {as_of}: {', '.join(a.id for a in cov.overdue) or 'none'}")
print(f"due soon: {', '.join(a.id for a in cov.due_soon) or 'none'}")
print(f"late milestones: {', '.join(m.title for m in cov.milestones_overdue) or 'none'}")
for area in cov.areas:
    print(f"  {area}")

# Did it work? Set the plan beside the re-inspection.
eff = yj.effectiveness(plan, inspection, series.get("bromley-2016-fji-reinspection"))
print(eff.summary())

sys.exit(1 if cov.problems and len(sys.argv) > 1 else 0)
