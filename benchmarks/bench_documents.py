"""Loading a 2,000-inspection corpus: yjinspect against pydantic v2 and msgspec, same run.

Run from the repository root:  python benchmarks/bench_documents.py [--repeat N]
Needs the ``bench`` extra (pydantic, msgspec). Prints each figure as a ratio to the peers and
writes benchmarks/results/documents.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import peers
from _corpus import national_corpus

import yjinspect as yj


def best_of(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--services", type=int, default=200)
    args = parser.parse_args()

    corpus = national_corpus(services=args.services, per_service=10)
    text = yj.dumps(corpus)
    assert yj.loads(text) == corpus
    assert len(peers.pydantic_load(text).inspections) == len(corpus)
    assert len(peers.msgspec_load(text).inspections) == len(corpus)

    ours = best_of(lambda: yj.loads(text), args.repeat)
    pyd = best_of(lambda: peers.pydantic_load(text), args.repeat)
    msg = best_of(lambda: peers.msgspec_load(text), args.repeat)
    figures = {
        "inspections": len(corpus),
        "document_chars": len(text),
        "yjinspect_load_s": round(ours, 4),
        "pydantic_load_s": round(pyd, 4),
        "msgspec_load_s": round(msg, 4),
        "ratio_to_pydantic": round(ours / pyd, 2),
        "ratio_to_msgspec": round(ours / msg, 2),
        "target_ratio_to_pydantic": 1.0,
    }
    print(f"load {len(corpus)} inspections ({len(text) / 1e6:.1f} MB JSON), best of {args.repeat}:")
    print(f"  yjinspect.loads  {ours:.3f} s  (structure + framework validation)")
    print(f"  pydantic v2      {pyd:.3f} s  -> ratio {ours / pyd:.2f}x (target <= 1.0x)")
    print(f"  msgspec          {msg:.3f} s  -> ratio {ours / msg:.2f}x")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "documents.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
