"""Loading a 2,000-inspection corpus and its improvement plans: yjinspect against pydantic v2 and
msgspec, in the same run.

Run from the repository root:  python benchmarks/bench_documents.py [--repeat N]
Needs the ``bench`` extra (pydantic, msgspec). The corpus is one ``corpus`` document of
``--services`` x 10 inspections; a plan answers every fourth inspection, each plan its own
``improvement-plan`` document. Each library loads and checks the corpus document and every plan
document from JSON text. Prints each figure as a ratio to the peers and writes
benchmarks/results/documents.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import peers
from _corpus import national_corpus, national_plans

import yjinspect as yj

TARGET_TO_PYDANTIC = 1.0


def best_of(fn: Callable[[], object], repeat: int, *, paused: bool = False) -> float:
    """The best wall time of ``repeat`` calls, with the garbage collector running (or, with
    ``paused``, paused around each call, as :mod:`timeit` does)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if paused:
            gc.disable()
        try:
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def documents(services: int = 200) -> tuple[str, list[str]]:
    """The corpus document and the plan documents, as JSON text."""
    corpus = national_corpus(services=services, per_service=10)
    plans = national_plans(corpus)
    text = yj.dumps(corpus)
    plan_texts = [yj.dumps(p) for p in plans]
    assert yj.loads(text) == corpus
    assert [yj.loads(t) for t in plan_texts] == plans
    return text, plan_texts


def loaders(text: str, plan_texts: list[str]) -> dict[str, Callable[[], Any]]:
    """One loader per library: each reads the corpus and every plan document."""

    def ours() -> Any:
        return yj.loads(text), [yj.loads(t) for t in plan_texts]

    def pydantic() -> Any:
        return peers.pydantic_load(text), [peers.pydantic_load_plan(t) for t in plan_texts]

    def msgspec() -> Any:
        return peers.msgspec_load(text), [peers.msgspec_load_plan(t) for t in plan_texts]

    return {"yjinspect": ours, "pydantic": pydantic, "msgspec": msgspec}


def measure(services: int = 200, repeat: int = 5) -> dict[str, Any]:
    """Load times of the three libraries, interleaved round by round (best of ``repeat``)."""
    text, plan_texts = documents(services)
    fns = loaders(text, plan_texts)
    for name, fn in fns.items():
        corpus, plans = fn()
        assert len(corpus.inspections) == services * 10, name
        assert len(plans) == len(plan_texts), name
    times = {name: float("inf") for name in fns}
    quiet = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            times[name] = min(times[name], best_of(fn, 1))
            quiet[name] = min(quiet[name], best_of(fn, 1, paused=True))
    return {
        "inspections": services * 10,
        "plans": len(plan_texts),
        "actions": sum(t.count('"covers"') for t in plan_texts),
        "document_chars": len(text) + sum(len(t) for t in plan_texts),
        "seconds": {name: round(t, 4) for name, t in times.items()},
        "ratio_to_pydantic": round(times["yjinspect"] / times["pydantic"], 3),
        "ratio_to_msgspec": round(times["yjinspect"] / times["msgspec"], 3),
        "target_ratio_to_pydantic": TARGET_TO_PYDANTIC,
        # The same with the garbage collector paused for every library: the cost of the work
        # itself, without the collector's sweeps (which yjinspect avoids and the peers do not).
        "seconds_collector_paused": {name: round(t, 4) for name, t in quiet.items()},
        "ratio_to_pydantic_collector_paused": round(quiet["yjinspect"] / quiet["pydantic"], 3),
    }


def memory(services: int = 200) -> dict[str, Any]:
    """Bytes allocated (tracemalloc) while loading, and still held after loading, per library."""
    text, plan_texts = documents(services)
    out: dict[str, Any] = {}
    for name, fn in loaders(text, plan_texts).items():
        gc.collect()
        tracemalloc.start()
        held = fn()
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del held
        out[name] = {"held_bytes": current, "peak_bytes": peak}
    out["ratio_held_to_pydantic"] = round(
        out["yjinspect"]["held_bytes"] / out["pydantic"]["held_bytes"], 3
    )
    out["ratio_peak_to_pydantic"] = round(
        out["yjinspect"]["peak_bytes"] / out["pydantic"]["peak_bytes"], 3
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--services", type=int, default=200)
    args = parser.parse_args()

    figures = measure(args.services, args.repeat)
    s = figures["seconds"]
    print(
        f"load {figures['inspections']} inspections and {figures['plans']} plans "
        f"({figures['document_chars'] / 1e6:.1f} MB JSON), best of {args.repeat}:"
    )
    print(f"  yjinspect.loads  {s['yjinspect']:.3f} s  (structure + framework validation)")
    print(
        f"  pydantic v2      {s['pydantic']:.3f} s  -> ratio {figures['ratio_to_pydantic']:.2f}x "
        f"(target <= {TARGET_TO_PYDANTIC}x)"
    )
    print(f"  msgspec          {s['msgspec']:.3f} s  -> ratio {figures['ratio_to_msgspec']:.2f}x")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "documents.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
