"""Comparing every consecutive pair of a national corpus, as a ratio to parsing that corpus.

Run from the repository root:  python benchmarks/bench_compare.py [--repeat N]

The corpus is synthetic: 155 services x 10 complete standards inspections (1,550 inspections,
1,395 consecutive pairs). Two runs: every inspection under the 2021 standards (comparisons on
one scale), and a mixed run where each service's first three inspections are under the 2018
standards (the 2018 -> 2021 pair goes through the crosswalk). Each figure is the best of
``--repeat`` runs; the ratio is comparing time / ``yj.loads`` time of the corpus's JSON.
Writes benchmarks/results/compare.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).parent))


from _corpus import national_corpus

import yjinspect as yj


def best_of(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def mixed_era(corpus: yj.Corpus, older: int = 3) -> yj.Corpus:
    """The same corpus with each service's first ``older`` inspections under the 2018
    standards (resettlement, new in 2021, dropped from them; scores unchanged)."""
    items = []
    for insp in corpus.inspections:
        k = int(insp.id.rsplit("-", 1)[1])
        if k < older:
            insp = attrs.evolve(
                insp,
                framework="hmip-youth-2018",
                judgements=tuple(j for j in insp.judgements if j.area != "4.1"),
            )
        items.append(insp)
    return yj.Corpus(inspections=items, title=f"{corpus.title} (mixed era)")


def pairs(corpus: yj.Corpus) -> list[tuple[yj.Inspection, yj.Inspection]]:
    by_service: dict[str, list[yj.Inspection]] = {}
    for insp in corpus.inspections:
        by_service.setdefault(insp.service.name, []).append(insp)
    out = []
    for items in by_service.values():
        out += list(itertools.pairwise(items))
    return out


def compare_all(todo: Sequence[tuple[yj.Inspection, yj.Inspection]]) -> int:
    changed = 0
    for a, b in todo:
        changed += len(yj.compare(a, b).improved)
    return changed


def measure(corpus: yj.Corpus, repeat: int) -> dict[str, float | int]:
    text = yj.dumps(corpus)
    assert yj.loads(text) == corpus
    todo = pairs(corpus)
    parse = best_of(lambda: yj.loads(text), repeat)
    comparing = best_of(lambda: compare_all(todo), repeat)
    through = sum(1 for a, b in todo if a.framework != b.framework)
    return {
        "inspections": len(corpus),
        "pairs": len(todo),
        "pairs_through_crosswalk": through,
        "document_chars": len(text),
        "parse_s": round(parse, 4),
        "compare_all_s": round(comparing, 4),
        "compare_per_pair_ms": round(1000 * comparing / len(todo), 4),
        "ratio_compare_to_parse": round(comparing / parse, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--services", type=int, default=155)
    parser.add_argument("--per-service", type=int, default=10)
    args = parser.parse_args()

    corpus = national_corpus(services=args.services, per_service=args.per_service)
    figures = {
        "repeat": args.repeat,
        "one_framework": measure(corpus, args.repeat),
        "mixed_era": measure(mixed_era(corpus), args.repeat),
    }
    for name in ("one_framework", "mixed_era"):
        f = figures[name]
        assert isinstance(f, dict)
        print(
            f"{name}: {f['pairs']} pairs ({f['pairs_through_crosswalk']} through a crosswalk) "
            f"of {f['inspections']} inspections, best of {args.repeat}: parse "
            f"{f['parse_s']:.3f} s, compare all {f['compare_all_s']:.3f} s "
            f"({f['compare_per_pair_ms']:.3f} ms a pair) -> ratio "
            f"{f['ratio_compare_to_parse']:.3f}"
        )
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "compare.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
