"""Benchmark: plan coverage at 1,000 and 10,000 actions and findings.

Coverage indexes by id, so ten times the actions and findings should cost about ten times the
time (target: a ratio of at most 12). Run with::

    python benchmarks/bench_coverage.py [--repeat 11] [--sizes 1000 10000]

The sizes are timed in alternation, round by round, each with the garbage collector paused during
a run (as :mod:`timeit` times) and again with it running; the target applies to the first ratio.
Prints one line per size and the ratios, and writes the figures as JSON to
``benchmarks/results/coverage-<UTC time>.json``.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pendulum

import yjinspect as yj
from yjinspect.model import RAG, Action, ActionStatus, ImprovementPlan, ProgressUpdate, Theme

AREAS = (
    "reducing-reoffending",
    "protecting-the-public",
    "protecting-children",
    "sentence-served",
    "governance-and-partnership",
    "interventions",
)
RATINGS = ("poor", "poor", "unsatisfactory", "satisfactory", "poor", "poor")
TARGET = 12.0


def build(n: int, seed: int = 2015) -> tuple[yj.Inspection, ImprovementPlan]:
    """An inspection with ``n`` findings (and ``n // 10`` recommendations) and a plan with ``n``
    actions, each naming two or three ids (one in fifty resolves to nothing)."""
    rng = random.Random(seed)
    findings = tuple(
        yj.Finding(
            id=f"F{i}",
            kind=yj.FindingKind.AREA_FOR_IMPROVEMENT if i % 3 else yj.FindingKind.STRENGTH,
            text=f"Finding number {i} about the quality of casework",
            areas=(AREAS[i % len(AREAS)],),
        )
        for i in range(n)
    )
    recs = tuple(
        yj.Recommendation(id=f"R{i}", text=f"Recommendation {i}", areas=(AREAS[i % 6],))
        for i in range(n // 10)
    )
    inspection = yj.Inspection(
        id="bench",
        service=yj.Service(name="Bench YOS", local_authority="Bench Council"),
        framework="hmip-fji-2012",
        framework_version="interventions",
        inspection_kind=yj.InspectionKind.FULL_JOINT,
        judgements=tuple(
            yj.Judgement(area=a, rating=r) for a, r in zip(AREAS, RATINGS, strict=True)
        ),
        findings=findings,
        recommendations=recs,
    )
    ids = [f.id for f in findings] + [r.id for r in recs] + list(AREAS)
    themes = tuple(Theme(id=f"t{k}", title=f"Theme {k}", areas=(AREAS[k],)) for k in range(4))
    statuses = list(ActionStatus)
    actions = []
    for i in range(n):
        covers = rng.sample(ids, rng.randint(2, 3))
        if i % 50 == 0:
            covers.append(f"missing-{i}")
        day = pendulum.Date(2015, 6, 1).add(days=rng.randint(0, 300))
        actions.append(
            Action(
                id=f"{i // 26 + 1}{chr(97 + i % 26)}",
                text=f"Action {i}",
                theme=f"t{i % 4}",
                due=day,
                covers=tuple(covers),
                status=statuses[i % len(statuses)] if i % 4 else ActionStatus.IN_PROGRESS,
                updates=(ProgressUpdate(date=day.subtract(days=30), rag=RAG.AMBER, note="n"),),
            )
        )
    plan = ImprovementPlan(
        id="bench-plan",
        inspection="bench",
        title="Bench plan",
        review_cadence=pendulum.duration(months=1),
        themes=themes,
        actions=tuple(actions),
    )
    return inspection, plan


def _once(fn: Callable[[], object], *, gc_on: bool) -> float:
    gc.collect()
    enabled = gc.isenabled()
    if not gc_on:
        gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()


def _case(n: int) -> dict[str, Callable[[], object]]:
    inspection, plan = build(n)
    as_of = pendulum.Date(2016, 1, 1)

    def run() -> object:
        return yj.coverage(plan, inspection, as_of=as_of)

    def walk() -> object:
        # A bare pass over the same objects: how this machine's memory scales, for reference.
        total = 0
        for action in plan.actions:
            for ref in action.covers:
                total += len(ref)
        for finding in inspection.findings:
            total += len(finding.id)
        return total

    return {"run": run, "walk": walk}


def measure(sizes: list[int], repeat: int) -> list[dict[str, float | int]]:
    """Time coverage at each size, the sizes interleaved round by round so that both see the
    same load on a shared machine. Each round times a run with the garbage collector paused (as
    :mod:`timeit` does), a run with it running, and a bare pass over the same objects."""
    cases = {n: _case(n) for n in sizes}
    times: dict[int, dict[str, list[float]]] = {
        n: {"quiet": [], "busy": [], "bare": []} for n in sizes
    }
    for n in sizes:
        cases[n]["run"]()  # warm up
    for _ in range(repeat):
        for n in sizes:
            times[n]["quiet"].append(_once(cases[n]["run"], gc_on=False))
            times[n]["busy"].append(_once(cases[n]["run"], gc_on=True))
            times[n]["bare"].append(_once(cases[n]["walk"], gc_on=False))
    rows: list[dict[str, float | int]] = []
    for n in sizes:
        cov = cases[n]["run"]()
        assert isinstance(cov, yj.Coverage)
        t = times[n]
        rows.append(
            {
                "size": n,
                "items": len(cov.items),
                "dangling": len(cov.dangling),
                "best_s": min(t["quiet"]),
                "median_s": statistics.median(t["quiet"]),
                "best_gc_s": min(t["busy"]),
                "median_gc_s": statistics.median(t["busy"]),
                "bare_walk_median_s": statistics.median(t["bare"]),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = parser.parse_args(argv)
    small, large = measure(args.sizes, args.repeat)
    for row in (small, large):
        print(
            f"coverage, {row['size']:>6} actions and findings: median {row['median_s']:.4f} s, "
            f"best {row['best_s']:.4f} s; with the garbage collector running: median "
            f"{row['median_gc_s']:.4f} s ({row['items']} items, {row['dangling']} dangling)"
        )
    ratio = float(large["median_s"]) / float(small["median_s"])
    ratio_gc = float(large["median_gc_s"]) / float(small["median_gc_s"])
    ratio_bare = float(large["bare_walk_median_s"]) / float(small["bare_walk_median_s"])
    verdict = "within" if ratio <= TARGET else "OVER"
    print(
        f"time ratio {large['size']}/{small['size']}: {ratio:.2f} ({verdict} target {TARGET:g}); "
        f"with the garbage collector running: {ratio_gc:.2f}"
    )
    print(
        f"for reference, a bare pass over the same actions and findings scales by {ratio_bare:.2f}"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = args.out / f"coverage-{stamp}.json"
    path.write_text(
        json.dumps(
            {
                "benchmark": "coverage",
                "when": stamp,
                "python": sys.version.split()[0],
                "machine": platform.machine(),
                "yjinspect": yj.__version__,
                "repeat": args.repeat,
                "runs": [small, large],
                "ratio": ratio,
                "ratio_gc": ratio_gc,
                "ratio_bare_walk": ratio_bare,
                "target": TARGET,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {path}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
