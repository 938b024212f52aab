"""Every yjinspect benchmark in one run, each figure a ratio to a peer measured in the same run.

Run from the repository root (needs the ``bench`` extra: pydantic and msgspec)::

    python benchmarks/run.py [--repeat N] [--quick] [--only load coverage compare import memory]

Figures and their targets:

* ``load``: read and check one corpus document holding 2,000 inspections and the 500 improvement
  plans that answer every fourth of them (each plan checked against its inspection); peers
  pydantic v2 and msgspec on equivalent models reading the same JSON text. Target: at most 1.0x
  pydantic. Also, without a target, the same record as a corpus document and 500 separate
  improvement-plan documents.
* ``coverage``: :func:`yjinspect.coverage` at 10,000 actions and findings against itself at
  1,000. Target: at most 12.
* ``compare``: comparing every consecutive pair of a national corpus (155 services x 10)
  against :func:`yjinspect.loads` of that corpus. Target: at most 1.0x.
* ``import``: ``import yjinspect`` against ``import attrs, cattrs, pendulum``, each in fresh
  interpreters, best of N. Target: at most 1.3x.
* ``memory``: bytes held (tracemalloc) after loading the corpus and plans, against pydantic.

Prints one line per figure and writes them all to ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import bench_compare
import bench_coverage
import bench_documents
from _corpus import national_corpus

import yjinspect as yj

HERE = Path(__file__).parent
FIGURES = ("load", "coverage", "compare", "import", "memory")


def _figure(
    name: str,
    ours: float,
    peer: str,
    peer_value: float,
    target: float | None,
    unit: str,
    **extra: Any,
) -> dict[str, Any]:
    ratio = ours / peer_value
    return {
        "figure": name,
        "yjinspect": round(ours, 6),
        "peer": peer,
        "peer_value": round(peer_value, 6),
        "unit": unit,
        "ratio": round(ratio, 3),
        "target": target,
        "met": None if target is None else ratio <= target,
        **extra,
    }


def load(repeat: int, services: int) -> list[dict[str, Any]]:
    """Load and check the corpus with its plans, against pydantic v2 and msgspec."""
    f = bench_documents.measure(services=services, repeat=repeat)
    s = f["seconds"]
    size = {k: f[k] for k in ("inspections", "plans", "actions", "document_chars")}
    q = f["seconds_collector_paused"]
    sep = f["separate"]
    apart = {**size, "documents": sep["documents"], "document_chars": sep["document_chars"]}
    return [
        _figure("load vs pydantic", s["yjinspect"], "pydantic v2", s["pydantic"], 1.0, "s", **size),
        _figure("load vs msgspec", s["yjinspect"], "msgspec", s["msgspec"], None, "s", **size),
        _figure(
            "load vs pydantic, collector paused",
            q["yjinspect"],
            "pydantic v2",
            q["pydantic"],
            None,
            "s",
            **size,
        ),
        _figure(
            "load, separate plan documents",
            sep["seconds"]["yjinspect"],
            "pydantic v2",
            sep["seconds"]["pydantic"],
            None,
            "s",
            msgspec_seconds=sep["seconds"]["msgspec"],
            **apart,
        ),
    ]


def coverage(repeat: int) -> list[dict[str, Any]]:
    """Coverage at 10,000 actions against coverage at 1,000 (median, garbage collector paused)."""
    small, large = bench_coverage.measure([1000, 10000], max(repeat, 5))
    return [
        _figure(
            "coverage 10k / 1k actions",
            float(large["median_s"]),
            "coverage at 1k actions",
            float(small["median_s"]),
            bench_coverage.TARGET,
            "s",
            with_gc_ratio=round(float(large["median_gc_s"]) / float(small["median_gc_s"]), 3),
        )
    ]


def compare(repeat: int) -> list[dict[str, Any]]:
    """Comparing every consecutive pair, against parsing the corpus (one era, and mixed eras)."""
    corpus = national_corpus(services=155, per_service=10)
    out = []
    for label, c in (("one framework", corpus), ("mixed eras", bench_compare.mixed_era(corpus))):
        f = bench_compare.measure(c, repeat)
        out.append(
            _figure(
                f"compare all pairs ({label})",
                float(f["compare_all_s"]),
                "yj.loads of the corpus",
                float(f["parse_s"]),
                1.0,
                "s",
                pairs=f["pairs"],
                pairs_through_crosswalk=f["pairs_through_crosswalk"],
            )
        )
    return out


_IMPORT = "import time; t = time.perf_counter(); import {}; print(time.perf_counter() - t)"


def _import_time(modules: str) -> float:
    # Bytecode caches are written (as an installed package has them): the first run writes
    # yjinspect's, and the best of N leaves that run out.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT.format(modules)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(result.stdout.strip())


def import_time(repeat: int) -> list[dict[str, Any]]:
    """``import yjinspect`` against ``import attrs, cattrs, pendulum``, fresh interpreters."""
    ours, peer = float("inf"), float("inf")
    for _ in range(max(repeat, 7)):
        ours = min(ours, _import_time("yjinspect"))
        peer = min(peer, _import_time("attrs, cattrs, pendulum"))
    return [_figure("import yjinspect", ours, "import attrs, cattrs, pendulum", peer, 1.3, "s")]


def memory(services: int) -> list[dict[str, Any]]:
    """Bytes held after loading the corpus and plans, and the peak while loading."""
    m = bench_documents.memory(services)
    return [
        _figure(
            "memory held",
            m["yjinspect"]["held_bytes"],
            "pydantic v2",
            m["pydantic"]["held_bytes"],
            None,
            "bytes",
            msgspec_bytes=m["msgspec"]["held_bytes"],
        ),
        _figure(
            "memory peak while loading",
            m["yjinspect"]["peak_bytes"],
            "pydantic v2",
            m["pydantic"]["peak_bytes"],
            None,
            "bytes",
            msgspec_bytes=m["msgspec"]["peak_bytes"],
        ),
    ]


def _show(f: dict[str, Any]) -> str:
    if f["unit"] == "bytes":
        ours, peer = f"{f['yjinspect'] / 1e6:.1f} MB", f"{f['peer_value'] / 1e6:.1f} MB"
    else:
        ours, peer = f"{f['yjinspect']:.4f} s", f"{f['peer_value']:.4f} s"
    target = "" if f["target"] is None else f"  target <= {f['target']:g}"
    verdict = "" if f["met"] is None else ("  met" if f["met"] else "  MISSED")
    return (
        f"{f['figure']:<34} {ours:>11} vs {peer:>11} ({f['peer']}): "
        f"{f['ratio']:.2f}x{target}{verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (best or median)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the corpus, 3 runs")
    parser.add_argument("--only", nargs="+", choices=FIGURES, default=list(FIGURES))
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else args.repeat
    services = 20 if args.quick else 200

    started = time.time()
    figures: list[dict[str, Any]] = []
    steps = {
        "load": lambda: load(repeat, services),
        "coverage": lambda: coverage(repeat),
        "compare": lambda: compare(repeat),
        "import": lambda: import_time(repeat),
        "memory": lambda: memory(services),
    }
    for name in FIGURES:
        if name in args.only:
            for f in steps[name]():
                print(_show(f), flush=True)
                figures.append(f)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
                "seconds_taken": round(time.time() - started, 1),
                "python": sys.version.split()[0],
                "machine": platform.machine(),
                "yjinspect": yj.__version__,
                "repeat": repeat,
                "quick": args.quick,
                "figures": figures,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}")
    return 0 if all(f["met"] is not False for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
