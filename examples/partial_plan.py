"""A council plan printed to the month: what is overdue, and what the record cannot say.

Council improvement plans print due dates and updates to the month ("March 2013", "Update (July
2013)"). yjinspect keeps that precision and reads a month as plans mean it, "by the end of
March": not overdue inside the month, overdue after it unless a completion is recorded. What the
record cannot say (when a plan was submitted) is "not known", with the reason.

Run: python examples/partial_plan.py
"""

import pendulum

import yjinspect as yj

bromley = yj.examples.bromley()
inspection = bromley.get("bromley-2015-fji")
plan = yj.ImprovementPlan(
    id="plan",
    inspection=inspection.id,
    title="Improvement Action Plan",
    submit_by="2015-07",
    actions=[
        yj.Action(
            id="1a",
            text="Raise on-time ASSET completion to 98%.",
            covers=["R1"],
            due="2015-09",
            status=yj.ActionStatus.IN_PROGRESS,
            updates=[yj.ProgressUpdate(date="2015-08", rag="amber", note="Update (August 2015)")],
        ),
        yj.Action(id="1b", text="Board to agree a single performance report.", due="2015-09"),
    ],
)

for day in (pendulum.Date(2015, 8, 31), pendulum.Date(2015, 9, 15), pendulum.Date(2015, 10, 1)):
    cov = yj.coverage(plan, inspection, as_of=day)
    for state in cov.actions:
        print(f"{day} {state.id} (due {state.due}, {state.status.value}): overdue? {state.overdue}")

print(f"plan late on 2015-08-01? {plan.submitted_late(pendulum.Date(2015, 8, 1))}")

# expect: 2015-08-31 1a (due 2015-09, in-progress): overdue? no
# expect: 2015-09-15 1a (due 2015-09, in-progress): overdue? no
# expect: 2015-10-01 1a (due 2015-09, in-progress): overdue? yes
# expect: 2015-10-01 1b (due 2015-09, not-known): overdue? yes
# expect: plan late on 2015-08-01? not known: due by 2015-07; whether and when it was
