"""How the work grows with hostile input: each case timed at a size n and at 4n.

Run from the repository root:  python benchmarks/bench_growth.py [--n N] [--repeat R] [--only NAME]

Linear work takes about 4 times as long at 4n (n log n a little more); quadratic work 16 times.
Each case is an input that once grew faster than linearly, or a bound that must be met before
the work is spent:

* ``import-one-service-date``: D2I CSV rows all of one service and publication date.
* ``compare-judgements``: comparing two inspections of a framework with n rated standards.
* ``crosswalk-chain``: chaining n crosswalks (each of 20 links) through n + 1 frameworks.
* ``framework-deep-parents``: a framework whose n areas each have the one before as parent,
  shown as text and Markdown (the size of the report is printed too).
* ``validate-message``: a corpus of n inspections whose plan answers none of them (the
  message's length is printed too).
* ``toml-dotted-key`` and ``toml-tables``: a TOML document with one n-part dotted key, and one
  with n ordinary tables and n table headers 40 parts deep (both refused from the text, before
  the parser grows).
* ``json-deep``: JSON nested n levels deep (refused at the depth limit).
* ``big-integer``: a JSON integer of n digits (refused before Python converts it).
* ``read-dev-zero``: reading an endless file (``/dev/zero``), refused at the size limit
  (the time does not grow with n: n is ignored).

Prints one line per case: n, seconds at n, seconds at 4n, and their ratio. Writes
benchmarks/results/growth.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yjinspect as yj
from yjinspect import documents, report
from yjinspect.crosswalks import Crosswalk, Link, Strength, compose
from yjinspect.frameworks import Area, AreaKind, Framework
from yjinspect.importers import parse_d2i_csv

HERE = Path(__file__).parent

D2I_HEADER = (
    "la_name,la_ref,score_%,overall_rating,publication_date,report_url,staff,"
    "partnerships_and_services,information_and_facilities,assessment,planning,reviewing,"
    "implementation_and_delivery,resettlement_policy_and_provision,governance_and_leadership,"
    "outofcourt_disposal_policy_and_provision,policy_and_provision,joint_working"
)
D2I_ROW = (
    "Bromley,bromley,72.22,Good,18/02/25,https://example.org/,Good,Good,Good,Good,Good,Good,"
    "Good,Good,,,,"
)


def import_one_service_date(n: int) -> Callable[[], object]:
    text = D2I_HEADER + "\n" + "\n".join([D2I_ROW] * n) + "\n"
    return lambda: parse_d2i_csv(text)


def _framework(code: str, n: int) -> Framework:
    areas = [Area(code=f"s{i}", title=f"Standard {i}", kind=AreaKind.STANDARD) for i in range(n)]
    return Framework(code=code, title=code, scale=yj.scales.get("hmip-4"), areas=tuple(areas))


def compare_judgements(n: int) -> Callable[[], object]:
    fw = _framework(f"bench-compare-{n}", n)
    yj.frameworks.register(fw, replace=True)
    service = yj.Service(name="S", local_authority="L")

    def insp(ident: str, day: str, rating: str) -> yj.Inspection:
        return yj.Inspection(
            id=ident,
            framework=fw.code,
            inspection_kind=yj.InspectionKind.STANDARDS,
            service=service,
            published=yj.PartialDate.parse(day),
            judgements=tuple(yj.Judgement(area=f"s{i}", rating=rating) for i in range(n)),
        )

    earlier, later = insp("a", "2020-01-01", "good"), insp("b", "2023-01-01", "outstanding")
    return lambda: yj.compare(earlier, later)


def crosswalk_chain(n: int) -> Callable[[], object]:
    links = 20
    chain = [
        Crosswalk(
            code=f"c{k}",
            title=f"c{k}",
            from_framework=f"f{k}",
            to_framework=f"f{k + 1}",
            links=tuple(
                Link(
                    from_area=f"a{i}",
                    to_area=f"a{i}",
                    strength=Strength.SAME,
                    rationale=f"Area {i} is kept.",
                )
                for i in range(links)
            ),
        )
        for k in range(n)
    ]
    return lambda: compose(*chain)


def framework_deep_parents(n: int) -> Callable[[], object]:
    areas = [
        Area(
            code=f"a{i}",
            title=f"Area {i}",
            kind=AreaKind.DOMAIN,
            parent=f"a{i - 1}" if i else None,
        )
        for i in range(n)
    ]
    fw = Framework(code="deep", title="Deep", scale=yj.scales.get("hmip-4"), areas=tuple(areas))

    def run() -> int:
        return len(report.framework_text(fw)) + len(report.framework_markdown(fw))

    return run


def validate_message(n: int) -> Callable[[], object]:
    base = yj.examples.bromley().inspections[-1]
    import attrs

    inspections = [attrs.evolve(base, id=f"insp-{i}") for i in range(n)]
    plan = yj.ImprovementPlan(id="p", inspection="none-of-them", title="Plan")
    corpus = yj.Corpus(inspections=inspections, plans=(plan,))
    return lambda: max(len(p.message) for p in yj.validate(corpus))


def _refused(text: str | bytes, fmt: str) -> Callable[[], object]:
    def run() -> str:
        try:
            documents.loads(text, fmt)
        except yj.InvalidDocument as exc:
            return exc.problems[0].message
        raise AssertionError("accepted")

    return run


def toml_dotted_key(n: int) -> Callable[[], object]:
    return _refused('kind = "inspection"\n' + ".".join(["a"] * n) + " = 1\n", "toml")


def toml_tables(n: int) -> Callable[[], object]:
    # n table headers, each 40 parts deep (each refused from the text), among n ordinary ones
    deep = ".".join(["t"] * 40)
    return _refused(
        'kind = "inspection"\n' + "".join(f"[s{k}.x]\na = 1\n[d{k}.{deep}]\n" for k in range(n)),
        "toml",
    )


def json_deep(n: int) -> Callable[[], object]:
    return _refused('{"kind": "inspection", "notes": ' + "[" * n + "]" * n + "}", "json")


def big_integer(n: int) -> Callable[[], object]:
    return _refused('{"kind": "inspection", "schema_version": ' + "1" * n + "}", "json")


def read_dev_zero(_n: int) -> Callable[[], object]:
    def run() -> str:
        try:
            documents.load("/dev/zero", format="json")
        except yj.InvalidDocument as exc:
            return exc.problems[0].message
        raise AssertionError("accepted")

    return run


CASES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "import-one-service-date": (import_one_service_date, 500),
    "compare-judgements": (compare_judgements, 2_000),
    "crosswalk-chain": (crosswalk_chain, 200),
    "framework-deep-parents": (framework_deep_parents, 2_000),
    "validate-message": (validate_message, 2_000),
    "toml-dotted-key": (toml_dotted_key, 20_000),
    "toml-tables": (toml_tables, 2_000),
    "json-deep": (json_deep, 20_000),
    "big-integer": (big_integer, 100_000),
    "read-dev-zero": (read_dev_zero, 1),
}


def best_of(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(name: str, n: int | None = None, repeat: int = 3) -> dict[str, object]:
    """Time one case at n and 4n (best of ``repeat``)."""
    build, default = CASES[name]
    n = n or default
    t1, r1 = best_of(build(n), repeat)
    t4, r4 = best_of(build(4 * n), repeat)
    row: dict[str, object] = {"case": name, "n": n, "seconds_n": t1, "seconds_4n": t4}
    row["ratio"] = t4 / t1 if t1 else None
    if isinstance(r1, int) and isinstance(r4, int):
        row["size_n"], row["size_4n"] = r1, r4
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--only", nargs="*", choices=sorted(CASES))
    args = parser.parse_args(argv)
    rows = []
    for name in args.only or CASES:
        if name == "read-dev-zero" and not os.path.exists("/dev/zero"):
            continue
        n = max(1, int(CASES[name][1] * args.scale))
        row = measure(name, n, args.repeat)
        rows.append(row)
        size = f"  size {row['size_n']} -> {row['size_4n']}" if "size_n" in row else ""
        print(
            f"{name:26} n={row['n']:<8} {row['seconds_n']:.4f}s  4n: {row['seconds_4n']:.4f}s"
            f"  x{row['ratio']:.1f}{size}"
        )
    out = HERE / "results" / "growth.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
