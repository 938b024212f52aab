"""Loading a 2,000-inspection corpus and its improvement plans: yjinspect against pydantic v2 and
msgspec, in the same run.

Run from the repository root:  python benchmarks/bench_documents.py [--repeat N] [--no-separate]
Needs the ``bench`` extra (pydantic, msgspec). The record is ``--services`` x 10 inspections; a
plan answers every fourth inspection. The main figure loads it as one ``corpus`` document that
holds the inspections and the plans (``plans``), which yjinspect also checks: each plan's
inspection is in the corpus and every id its actions cover resolves. The second figure loads the
same record as a ``corpus`` document of the inspections and one ``improvement-plan`` document per
plan (plans checked alone). The peers read the same JSON text into equivalent models. Prints each
figure as a ratio to the peers and writes benchmarks/results/documents.json.
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

import attrs

sys.path.insert(0, str(Path(__file__).parent))

import peers
from _corpus import national_corpus, national_plans

import yjinspect as yj

TARGET_TO_PYDANTIC = 1.0


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` calls, with the garbage collector running."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@attrs.frozen
class Texts:
    """The record as JSON text: one corpus document with plans, and as separate documents."""

    whole: str
    corpus: str
    plans: list[str]
    inspections: int
    plan_count: int
    actions: int


def documents(services: int = 200) -> Texts:
    """The national record as JSON text, both ways."""
    corpus = national_corpus(services=services, per_service=10)
    plans = national_plans(corpus)
    whole = attrs.evolve(corpus, plans=tuple(plans))
    text = yj.dumps(whole)
    corpus_text = yj.dumps(corpus)
    plan_texts = [yj.dumps(p) for p in plans]
    assert yj.loads(text) == whole
    assert yj.loads(corpus_text) == corpus
    assert [yj.loads(t) for t in plan_texts] == plans
    return Texts(
        whole=text,
        corpus=corpus_text,
        plans=plan_texts,
        inspections=len(corpus.inspections),
        plan_count=len(plans),
        actions=sum(len(p.actions) for p in plans),
    )


def loaders(texts: Texts) -> dict[str, Callable[[], Any]]:
    """One loader per library: each reads the one corpus document that holds the plans."""
    text = texts.whole
    return {
        "yjinspect": lambda: yj.loads(text),
        "pydantic": lambda: peers.pydantic_load(text),
        "msgspec": lambda: peers.msgspec_load(text),
    }


def separate_loaders(texts: Texts) -> dict[str, Callable[[], Any]]:
    """One loader per library: each reads the corpus document and every plan document."""
    text, plan_texts = texts.corpus, texts.plans

    def ours() -> Any:
        return yj.loads(text), [yj.loads(t) for t in plan_texts]

    def pydantic() -> Any:
        return peers.pydantic_load(text), [peers.pydantic_load_plan(t) for t in plan_texts]

    def msgspec() -> Any:
        return peers.msgspec_load(text), [peers.msgspec_load_plan(t) for t in plan_texts]

    return {"yjinspect": ours, "pydantic": pydantic, "msgspec": msgspec}


def _time(fns: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Best times per library, interleaved round by round, the collector running."""
    times = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            times[name] = min(times[name], best_of(fn, 1))
    return times


def measure(services: int = 200, repeat: int = 5, *, separate: bool = True) -> dict[str, Any]:
    """Load times of the three libraries (best of ``repeat``): the one corpus document with its
    plans, and (with ``separate``) the corpus and plan documents one by one."""
    texts = documents(services)
    fns = loaders(texts)
    for name, fn in fns.items():
        corpus = fn()
        assert len(corpus.inspections) == texts.inspections, name
        assert len(corpus.plans) == texts.plan_count, name
        assert sum(len(p.actions) for p in corpus.plans) == texts.actions, name
    times = _time(fns, repeat)
    figures: dict[str, Any] = {
        "inspections": texts.inspections,
        "plans": texts.plan_count,
        "actions": texts.actions,
        "document_chars": len(texts.whole),
        "seconds": {name: round(t, 4) for name, t in times.items()},
        "ratio_to_pydantic": round(times["yjinspect"] / times["pydantic"], 3),
        "ratio_to_msgspec": round(times["yjinspect"] / times["msgspec"], 3),
        "target_ratio_to_pydantic": TARGET_TO_PYDANTIC,
    }
    if separate:
        apart = separate_loaders(texts)
        for name, fn in apart.items():
            corpus, plans = fn()
            assert len(corpus.inspections) == texts.inspections, name
            assert len(plans) == texts.plan_count, name
        times = _time(apart, repeat)
        figures["separate"] = {
            "documents": 1 + texts.plan_count,
            "document_chars": len(texts.corpus) + sum(len(t) for t in texts.plans),
            "seconds": {name: round(t, 4) for name, t in times.items()},
            "ratio_to_pydantic": round(times["yjinspect"] / times["pydantic"], 3),
            "ratio_to_msgspec": round(times["yjinspect"] / times["msgspec"], 3),
        }
    return figures


def memory(services: int = 200) -> dict[str, Any]:
    """Bytes allocated (tracemalloc) while loading the one corpus document with its plans, and
    still held after loading, per library."""
    out: dict[str, Any] = {}
    for name, fn in loaders(documents(services)).items():
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
    parser.add_argument(
        "--no-separate", action="store_true", help="skip loading the plans as separate documents"
    )
    args = parser.parse_args()

    figures = measure(args.services, args.repeat, separate=not args.no_separate)
    s = figures["seconds"]
    print(
        f"load one corpus document of {figures['inspections']} inspections and "
        f"{figures['plans']} plans ({figures['document_chars'] / 1e6:.1f} MB JSON), "
        f"best of {args.repeat}:"
    )
    print(f"  yjinspect.loads  {s['yjinspect']:.3f} s  (structure + framework and plan checks)")
    print(
        f"  pydantic v2      {s['pydantic']:.3f} s  -> ratio {figures['ratio_to_pydantic']:.2f}x "
        f"(target <= {TARGET_TO_PYDANTIC}x)"
    )
    print(f"  msgspec          {s['msgspec']:.3f} s  -> ratio {figures['ratio_to_msgspec']:.2f}x")
    if "separate" in figures:
        sep = figures["separate"]
        print(
            f"the same as {sep['documents']} separate documents: yjinspect "
            f"{sep['seconds']['yjinspect']:.3f} s, ratio to pydantic "
            f"{sep['ratio_to_pydantic']:.2f}x, to msgspec {sep['ratio_to_msgspec']:.2f}x"
        )
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "documents.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
