"""Every yjinspect benchmark in one run, each figure a ratio to a peer measured in the same run.

Run from the repository root (needs the ``bench`` extra: pydantic, msgspec, tomli-w)::

    python benchmarks/run.py [--repeat N] [--quick] [--only FIGURE ...]

Figures and their targets (see ``bench_shapes.py`` for how each is measured: rounds with the
contenders rotated, the median of per-round ratios and their spread, thread CPU time and wall
time, the garbage collector running as a user has it):

* ``load``: ``yj.loads`` against pydantic v2 in the shapes users have: 2,000 small inspection
  documents one by one, one corpus of 2,000 inspections and 500 plans, and that corpus in a
  process holding a million other live objects; JSON and TOML. Target: at most 1.0x each.
  Reported beside, as ratios to the same peer (no target): msgspec; for the small JSON
  documents the floor, parsing them and making their objects with no check at all; for TOML,
  pydantic parsing with tomli (yjinspect's TOML parser; the peer uses the standard library's).
* ``dumps``: ``yj.dumps`` against pydantic v2 (``model_dump_json(indent=2)``; TOML through
  tomli-w), one by one and the whole corpus; JSON and TOML. Target: at most 1.0x each.
* ``startup``: fresh interpreters against ``import attrs, cattrs, pendulum``: ``import
  yjinspect`` (target 1.2x), ``yjinspect --help`` and ``yjinspect frameworks`` (1.3x),
  ``yjinspect demo`` (1.5x); reported without a target, ``import yjinspect`` then reading one
  inspection document.
* ``coverage``: :func:`yjinspect.coverage` at 10,000 actions and findings against itself at
  1,000, the collector running. Target: at most 12.
* ``compare``: comparing every consecutive pair of a national corpus (155 services x 10)
  against :func:`yjinspect.loads` of that corpus. Target: at most 1.0x.
* ``memory``: bytes held (tracemalloc) after loading the corpus and plans, against pydantic.

A target is met when the median of the per-round CPU-time ratios is at or below it (CPU time is
what other processes on a shared machine do not inflate); the wall-time median is printed beside
it. Prints the machine (processor, cores, load average, Python), then one line per figure, each
starting with its name (the names are in :data:`NAMES`), and writes them all to
``benchmarks/results/latest.json``. ``--quick`` is a smoke run: the same rows from a small record
and two rounds each, its figures not to be quoted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import bench_compare
import bench_coverage
import bench_documents
import bench_shapes
from _corpus import national_corpus

import yjinspect as yj

HERE = Path(__file__).parent
FIGURES = ("load", "dumps", "startup", "coverage", "compare", "memory")
NAMES = {
    "load": ("small", "small-toml", "corpus", "corpus-toml", "busy", "busy-toml"),
    "dumps": ("dumps-small", "dumps-small-toml", "dumps-corpus", "dumps-corpus-toml"),
    "startup": ("import", "help", "frameworks", "demo", "first-load"),
    "coverage": ("coverage",),
    "compare": ("compare", "compare-mixed"),
    "memory": ("memory-held", "memory-peak"),
}
"""The name of every row, by group of figures (``--only``)."""
TARGETS = {
    "small": 1.0,
    "small-toml": 1.0,
    "corpus": 1.0,
    "corpus-toml": 1.0,
    "busy": 1.0,
    "busy-toml": 1.0,
    "dumps-small": 1.0,
    "dumps-small-toml": 1.0,
    "dumps-corpus": 1.0,
    "dumps-corpus-toml": 1.0,
    "import": 1.2,
    "help": 1.3,
    "frameworks": 1.3,
    "demo": 1.5,
}


def machine() -> dict[str, Any]:
    """What the figures were measured on: processor, cores, load average, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in info if line.startswith("model name")),
                cpu,
            )
    except OSError:
        pass
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": load,
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "platform": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def _show_machine(m: dict[str, Any]) -> str:
    load = "not known" if m["load_average"] is None else " ".join(map(str, m["load_average"]))
    return (
        f"machine: {m['cpu']}, {m['cores']} cores, load average {load} (1, 5, 15 min); "
        f"{m['python']} on {m['platform']}"
    )


def _figure(
    name: str,
    label: str,
    ours: float,
    peer: str,
    peer_value: float,
    target: float | None,
    unit: str,
    **extra: Any,
) -> dict[str, Any]:
    ratio = ours / peer_value
    return {
        "name": name,
        "figure": label,
        "yjinspect": round(ours, 6),
        "peer": peer,
        "peer_value": round(peer_value, 6),
        "unit": unit,
        "ratio": round(ratio, 3),
        "target": target,
        "met": None if target is None else ratio <= target,
        **extra,
    }


def _shape(row: dict[str, Any]) -> dict[str, Any]:
    """A figure from one of bench_shapes' rows: the CPU-time ratio judged against the target
    (a row without a target is reported only)."""
    target = TARGETS.get(row["shape"])
    extra = {k: v for k, v in row.items() if k not in ("label", "peer")}
    return {
        "name": row["shape"],
        "figure": row["label"],
        "yjinspect": row["seconds_cpu"],
        "peer": row["peer"],
        "peer_value": row["peer_seconds_cpu"],
        "unit": "s",
        "ratio": row["ratio_cpu"],
        "target": target,
        "met": None if target is None else row["ratio_cpu"] <= target,
        **extra,
    }


def load(rec: bench_shapes.Record, repeat: int) -> list[dict[str, Any]]:
    """Loading in the users' shapes, against pydantic v2 (and msgspec, reported)."""
    return [_shape(row) for row in bench_shapes.load_figures(rec, repeat)]


def dumps(rec: bench_shapes.Record, repeat: int) -> list[dict[str, Any]]:
    """Writing JSON and TOML, against pydantic v2."""
    return [_shape(row) for row in bench_shapes.dump_figures(rec, repeat)]


def startup(repeat: int) -> list[dict[str, Any]]:
    """Fresh interpreters, against importing attrs, cattrs and pendulum."""
    return [_shape(row) for row in bench_shapes.startup_figures(repeat)]


def coverage(repeat: int, sizes: tuple[int, int] = (1000, 10000)) -> list[dict[str, Any]]:
    """Coverage at 10,000 actions against coverage at 1,000 (medians, the collector running as
    a user has it; the ratio with it paused is reported beside)."""
    small, large = bench_coverage.measure(list(sizes), repeat)
    return [
        _figure(
            "coverage",
            f"coverage {sizes[1]:,} / {sizes[0]:,} actions",
            float(large["median_gc_s"]),
            f"coverage at {sizes[0]:,} actions",
            float(small["median_gc_s"]),
            bench_coverage.TARGET,
            "s",
            without_collector_ratio=round(float(large["median_s"]) / float(small["median_s"]), 3),
        )
    ]


def compare(repeat: int, services: int = 155) -> list[dict[str, Any]]:
    """Comparing every consecutive pair, against parsing the corpus (one era, and mixed eras)."""
    corpus = national_corpus(services=services, per_service=10)
    out = []
    for name, label, c in (
        ("compare", "one framework", corpus),
        ("compare-mixed", "mixed eras", bench_compare.mixed_era(corpus)),
    ):
        f = bench_compare.measure(c, repeat)
        out.append(
            _figure(
                name,
                f"compare all pairs of {services} services x 10 ({label})",
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


def memory(services: int) -> list[dict[str, Any]]:
    """Bytes held after loading the corpus and plans, and the peak while loading."""
    m = bench_documents.memory(services)
    return [
        _figure(
            "memory-held",
            "memory held after loading the corpus",
            m["yjinspect"]["held_bytes"],
            "pydantic v2",
            m["pydantic"]["held_bytes"],
            None,
            "bytes",
            msgspec_bytes=m["msgspec"]["held_bytes"],
        ),
        _figure(
            "memory-peak",
            "memory peak while loading the corpus",
            m["yjinspect"]["peak_bytes"],
            "pydantic v2",
            m["pydantic"]["peak_bytes"],
            None,
            "bytes",
            msgspec_bytes=m["msgspec"]["peak_bytes"],
        ),
    ]


_BESIDE = {
    "msgspec": "msgspec",
    "floor": "the floor (parse, then make the objects with no check)",
    "pydantic-tomli": "pydantic parsing with tomli",
}


def _show(f: dict[str, Any]) -> str:
    if f["unit"] == "bytes":
        ours, peer = f"{f['yjinspect'] / 1e6:.1f} MB", f"{f['peer_value'] / 1e6:.1f} MB"
    else:
        ours, peer = f"{f['yjinspect']:.4f} s", f"{f['peer_value']:.4f} s"
    target = "" if f["target"] is None else f"  target <= {f['target']:g}"
    verdict = "" if f["met"] is None else ("  met" if f["met"] else "  MISSED")
    spread = ""
    if "ratio_cpu_range" in f:
        low, high = f["ratio_cpu_range"]
        spread = f" CPU ({low:.2f}-{high:.2f}), wall {f['ratio_wall']:.2f}x"
    floor = ""
    if f.get("beside"):
        floor = "; beside, as ratios to the peer's time: " + ", ".join(
            f"{_BESIDE.get(name, name)} {r['ratio_cpu']:.2f}x" for name, r in f["beside"].items()
        )
    return (
        f"{f['name']:<18} {f['figure']:<72} {ours:>9} vs {peer:>9} ({f['peer']}): "
        f"{f['ratio']:.2f}x{spread}{target}{verdict}{floor}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds per figure")
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: a small record, two rounds each"
    )
    parser.add_argument("--only", nargs="+", choices=FIGURES, default=list(FIGURES))
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)
    repeat = 2 if args.quick else args.repeat
    services = 4 if args.quick else 200

    started = time.time()
    where = machine()
    print(_show_machine(where), flush=True)
    figures: list[dict[str, Any]] = []
    rec = None
    if {"load", "dumps"} & set(args.only):
        rec = bench_shapes.record(services, max(services // 5, 1 if args.quick else 4))
    steps = {
        "load": lambda: load(rec, repeat),
        "dumps": lambda: dumps(rec, repeat),
        "startup": lambda: startup(repeat if args.quick else max(repeat * 2, 9)),
        "coverage": lambda: coverage(
            repeat if args.quick else max(repeat, 5),
            (100, 1000) if args.quick else (1000, 10000),
        ),
        "compare": lambda: compare(repeat, 4 if args.quick else 155),
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
                "machine": where,
                "load_average_after": machine()["load_average"],
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
