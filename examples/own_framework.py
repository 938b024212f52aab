"""Load a framework of your own, rate an inspection against it, validate it and print the result.

Run from the repository root::

    python examples/own_framework.py

The framework is ``examples/local-framework.toml``: a youth justice service's own mock
inspection, with a three-point scale, two case standards rated from an audit of cases and one
judged standard. The script exits with status 1 if the inspection it builds is not valid.
"""

# expect: Derived overall: Met (score 5/6)
# expect: problems: none

from __future__ import annotations

import sys
from pathlib import Path

import attrs

import yjinspect as yj

FRAMEWORK_FILE = Path(__file__).resolve().parent / "local-framework.toml"

# Key-question percentages from the case audit: the share of audited cases in which the work
# was good enough on each question.
AUDIT: dict[str, dict[str, float]] = {
    "A1": {"safety": 82, "desistance": 77},
    "A2": {"safety": 71, "desistance": 64},
}


def main() -> int:
    """Run the example; return the exit status."""
    # Load the file by the same code the built-in frameworks go through, and register it so that
    # inspections (and documents) can name it by its code.
    fw = yj.frameworks.load(FRAMEWORK_FILE, register_it=True)
    print(f"Framework: {fw}")
    print(f"Scale: {fw.scale}")

    # Case standards are rated from their key questions by the framework's standard rule: the
    # lowest percentage decides.
    judgements = [
        yj.Judgement(area=code, rating=fw.rate_standard(code, kq).code, key_questions=kq)
        for code, kq in AUDIT.items()
    ]
    # B1 is judged, not computed.
    judgements.append(
        yj.Judgement(area="B1", rating="met", summary="The partnership board meets and acts.")
    )

    inspection = yj.Inspection(
        id="anytown-2024-mock",
        service=yj.Service(
            name="Anytown Youth Justice Service", local_authority="Anytown Borough Council"
        ),
        framework=fw.code,
        inspection_kind=yj.InspectionKind.MOCK,
        lead_inspectorate=fw.inspectorate,
        published=yj.PartialDate.parse("2024-06"),
        judgements=judgements,
        published_overall="met",
        published_score=5,
    )

    for area in fw.rated_areas():
        level = yj.level_of(inspection, area.code)
        print(f"  {area.code:<3} {area.title:<20} {level.label if level else 'not recorded'}")
    print(f"Derived overall: {yj.derived_overall(inspection)}")

    # Anytown is made up, so the local authorities its service covers are not recorded:
    # validate warns about that at $.service.authorities (see docs "Places"); left aside here.
    problems = [p for p in yj.validate(inspection) if not p.path.startswith("$.service")]
    print("problems: " + ("none" if not problems else "; ".join(map(str, problems))))

    # A rating that contradicts the audit, with no reason given, is an error validate reports.
    wrong = attrs.evolve(
        inspection,
        judgements=[
            attrs.evolve(j, rating="met") if j.area == "A2" else j for j in inspection.judgements
        ],
    )
    for problem in yj.validate(wrong):
        if not problem.path.startswith("$.service"):
            print(f"a mistake caught: {problem}")

    # Documents round-trip without loss, naming the framework by its code.
    text = yj.dumps(inspection, format="toml")
    print(f"round trip: {yj.loads(text, format='toml') == inspection}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
