"""Loading and saving in the shapes users have, against pydantic v2 in the same run.

Run from the repository root:  python benchmarks/bench_shapes.py [--rounds N] [--quick]

Each figure runs its contenders round after round, the order rotated every round (so that no
library always runs first, or always right after another), with the garbage collector running as
a user has it. A figure is the median of the per-round ratios (yjinspect's time over the peer's
in the same round), with their spread (lowest and highest), both for this thread's CPU time
(:func:`time.thread_time`, which other processes on a shared machine do not inflate) and for wall
time. Start-up figures time fresh interpreters (``subprocess``), CPU time being that of the child.

Shapes:

* ``small``: 2,000 inspection documents (about 3 KB each) loaded one by one, as a service's files
  or a test suite's fixtures are;
* ``corpus``: one corpus document of 2,000 inspections and the 500 improvement plans answering
  them (11.7 MB of JSON), in an otherwise almost empty process;
* ``busy``: the same corpus loaded in a process that holds a million other live objects (lists),
  which the collector's full sweeps must visit;
* TOML: the same shapes as TOML text; the corpus is 400 inspections and 100 plans (the peer
  parses with tomllib, pure Python, which takes seconds for the full one; yjinspect reads TOML
  with tomli, compiled, and pydantic with tomli is reported beside, so that what the parser
  gains can be told from the rest);
* ``dumps``: ``yj.dumps`` of the same objects, against pydantic's ``model_dump_json(indent=2)``
  (JSON) and ``tomli_w.dumps(model_dump(mode="json", exclude_none=True))`` (TOML).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).parent))

import peers
from _corpus import national_corpus, national_plans

import yjinspect as yj

Timing = tuple[float, float]  # (thread CPU seconds, wall seconds)


def timed(fn: Callable[[], object]) -> Timing:
    """One call's CPU time (this thread) and wall time; the collector is left running."""
    cpu, wall = time.thread_time(), time.perf_counter()
    fn()
    return time.thread_time() - cpu, time.perf_counter() - wall


def rounds(
    contenders: dict[str, Callable[[], Timing]], n: int, *, collect: bool = True
) -> dict[str, list[Timing]]:
    """``n`` rounds of every contender, the order rotated by one each round. Before each run the
    collector is made to finish its work (``gc.collect``), so every library starts from the same
    heap; it is never paused."""
    names = list(contenders)
    out: dict[str, list[Timing]] = {name: [] for name in names}
    for r in range(n):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            if collect:
                gc.collect()
            out[name].append(contenders[name]())
    return out


def ratios(times: dict[str, list[Timing]], ours: str, peer: str) -> dict[str, Any]:
    """Median and spread of the per-round ratios ``ours / peer`` (CPU and wall), and the
    median seconds of each."""
    cpu = [a[0] / b[0] for a, b in zip(times[ours], times[peer], strict=True)]
    wall = [a[1] / b[1] for a, b in zip(times[ours], times[peer], strict=True)]
    return {
        "ratio_cpu": round(statistics.median(cpu), 3),
        "ratio_cpu_range": [round(min(cpu), 3), round(max(cpu), 3)],
        "ratio_wall": round(statistics.median(wall), 3),
        "ratio_wall_range": [round(min(wall), 3), round(max(wall), 3)],
        "rounds": len(cpu),
        "seconds_cpu": round(statistics.median(t[0] for t in times[ours]), 5),
        "peer_seconds_cpu": round(statistics.median(t[0] for t in times[peer]), 5),
        "seconds_wall": round(statistics.median(t[1] for t in times[ours]), 5),
        "peer_seconds_wall": round(statistics.median(t[1] for t in times[peer]), 5),
    }


@attrs.frozen
class Record:
    """The record as objects and as text, in the shapes measured."""

    corpus: yj.Corpus  # inspections and plans
    small: tuple[yj.Inspection, ...]
    small_json: tuple[str, ...]
    small_toml: tuple[str, ...]
    corpus_json: str
    toml_corpus: yj.Corpus  # a fifth of it, for TOML
    corpus_toml: str


def record(services: int = 200, toml_services: int = 40) -> Record:
    corpus = national_corpus(services=services, per_service=10)
    whole = attrs.evolve(corpus, plans=tuple(national_plans(corpus)))
    part = national_corpus(services=toml_services, per_service=10)
    part = attrs.evolve(part, plans=tuple(national_plans(part)))
    small = corpus.inspections
    return Record(
        corpus=whole,
        small=small,
        small_json=tuple(yj.dumps(i) for i in small),
        small_toml=tuple(yj.dumps(i, "toml") for i in small),
        corpus_json=yj.dumps(whole),
        toml_corpus=part,
        corpus_toml=yj.dumps(part, "toml"),
    )


def _each(fn: Callable[[str], object], texts: tuple[str, ...]) -> Callable[[], Timing]:
    def run() -> Timing:
        return timed(lambda: [fn(t) for t in texts])

    return run


def _once(fn: Callable[[], object]) -> Callable[[], Timing]:
    return lambda: timed(fn)


def _check(rec: Record) -> None:
    """Every contender reads the same record (counts agree)."""
    assert yj.loads(rec.small_json[0]) == rec.small[0]
    assert peers.pydantic_load_inspection(rec.small_json[0]).id == rec.small[0].id
    assert peers.pydantic_load_inspection_toml(rec.small_toml[0]).id == rec.small[0].id
    c = peers.pydantic_load(rec.corpus_json)
    assert len(c.inspections) == len(rec.corpus.inspections)
    assert len(c.plans) == len(rec.corpus.plans)
    t = peers.pydantic_load_toml(rec.corpus_toml)
    assert len(t.plans) == len(rec.toml_corpus.plans)
    assert yj.loads(rec.corpus_toml, "toml") == rec.toml_corpus


def _recipe(obj: Any, out: list[tuple[type, tuple[tuple[Any, Any], ...]]]) -> list[Any]:
    """How to make ``obj`` and the attrs objects inside it again, children first: each class
    with, per field, the setter of its slot and the value. Dates are not made again (the reader
    reads each date text once and shares the object)."""
    cls = type(obj)
    pairs = []
    for field in attrs.fields(cls):
        value = getattr(obj, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)) and not isinstance(item, yj.PartialDate):
                _recipe(item, out)
        slot = next(k.__dict__[field.name] for k in cls.__mro__ if field.name in k.__dict__)
        pairs.append((slot.__set__, value))
    out.append((cls, tuple(pairs)))
    return out


def _floor(texts: tuple[str, ...], objs: tuple[Any, ...]) -> Callable[[], Timing]:
    """The least any reader of these documents into these attrs classes can do in Python:
    msgspec parses each text into dicts and lists, then each object is made again with no check
    at all (``object.__new__`` and one slot write per field). It is reported, not a target:
    what a reader building the objects in Python cannot go below."""
    import msgspec

    decode = msgspec.json.Decoder().decode
    recipes = [_recipe(o, []) for o in objs]
    new = object.__new__

    def work() -> None:
        for text, recipe in zip(texts, recipes, strict=True):
            decode(text)
            for cls, pairs in recipe:
                made = new(cls)
                for write, value in pairs:
                    write(made, value)

    return _once(work)


def load_figures(rec: Record, n: int) -> list[dict[str, Any]]:
    """Load figures: small documents, one corpus, the corpus in a busy process; JSON and TOML."""
    _check(rec)
    small_j, small_t = rec.small_json, rec.small_toml
    big_j, big_t = rec.corpus_json, rec.corpus_toml
    shapes = {
        "small": (
            f"load {len(small_j)} inspection documents one by one (JSON, "
            f"{min(map(len, small_j)) / 1e3:.1f}-{max(map(len, small_j)) / 1e3:.1f} KB each)",
            {
                "yjinspect": _each(yj.loads, small_j),
                "pydantic": _each(peers.pydantic_load_inspection, small_j),
                "msgspec": _each(peers.msgspec_load_inspection, small_j),
                "floor": _floor(small_j, rec.small),
            },
        ),
        "small-toml": (
            f"load {len(small_t)} inspection documents one by one (TOML)",
            {
                "yjinspect": _each(lambda t: yj.loads(t, "toml"), small_t),
                "pydantic": _each(peers.pydantic_load_inspection_toml, small_t),
                "pydantic-tomli": _each(peers.pydantic_load_inspection_tomli, small_t),
            },
        ),
        "corpus": (
            f"load one corpus of {len(rec.corpus.inspections)} inspections and "
            f"{len(rec.corpus.plans)} plans (JSON, {len(big_j) / 1e6:.1f} MB)",
            {
                "yjinspect": _once(lambda: yj.loads(big_j)),
                "pydantic": _once(lambda: peers.pydantic_load(big_j)),
                "msgspec": _once(lambda: peers.msgspec_load(big_j)),
            },
        ),
        "corpus-toml": (
            f"load one corpus of {len(rec.toml_corpus.inspections)} inspections and "
            f"{len(rec.toml_corpus.plans)} plans (TOML, {len(big_t) / 1e6:.1f} MB)",
            {
                "yjinspect": _once(lambda: yj.loads(big_t, "toml")),
                "pydantic": _once(lambda: peers.pydantic_load_toml(big_t)),
                "pydantic-tomli": _once(lambda: peers.pydantic_load_toml_tomli(big_t)),
            },
        ),
    }
    out = [_row(name, label, rounds(fns, n)) for name, (label, fns) in shapes.items()]
    ballast = [[i] for i in range(1_000_000)]  # a million live, tracked objects
    busy = {
        "busy": (
            "load the JSON corpus in a process holding 1,000,000 other live objects",
            {
                "yjinspect": _once(lambda: yj.loads(big_j)),
                "pydantic": _once(lambda: peers.pydantic_load(big_j)),
            },
        ),
        "busy-toml": (
            "load the TOML corpus in a process holding 1,000,000 other live objects",
            {
                "yjinspect": _once(lambda: yj.loads(big_t, "toml")),
                "pydantic": _once(lambda: peers.pydantic_load_toml(big_t)),
            },
        ),
    }
    out += [_row(name, label, rounds(fns, n)) for name, (label, fns) in busy.items()]
    del ballast
    return out


def dump_figures(rec: Record, n: int) -> list[dict[str, Any]]:
    """``yj.dumps`` against pydantic, JSON and TOML, one by one and whole."""
    p_small = [peers.PInspectionDoc.model_validate_json(t) for t in rec.small_json]
    p_corpus = peers.pydantic_load(rec.corpus_json)
    p_toml = peers.pydantic_load_toml(rec.corpus_toml)
    # The peers write the same data (pydantic's JSON differs from ours only in its key order
    # and defaults; its TOML goes through tomli-w).
    assert json.loads(p_small[0].model_dump_json(exclude_defaults=True))["id"] == rec.small[0].id
    assert tomllib.loads(peers.pydantic_dump_toml(p_toml))["kind"] == "corpus"
    objs = rec.small
    whole, part = rec.corpus, rec.toml_corpus
    shapes = {
        "dumps-small": (
            f"dumps {len(objs)} inspections one by one (JSON)",
            {
                "yjinspect": _once(lambda: [yj.dumps(o) for o in objs]),
                "pydantic": _once(lambda: [m.model_dump_json(indent=2) for m in p_small]),
            },
        ),
        "dumps-small-toml": (
            f"dumps {len(objs)} inspections one by one (TOML)",
            {
                "yjinspect": _once(lambda: [yj.dumps(o, "toml") for o in objs]),
                "pydantic": _once(lambda: [peers.pydantic_dump_toml(m) for m in p_small]),
            },
        ),
        "dumps-corpus": (
            f"dumps the corpus of {len(whole.inspections)} inspections and "
            f"{len(whole.plans)} plans (JSON)",
            {
                "yjinspect": _once(lambda: yj.dumps(whole)),
                "pydantic": _once(lambda: p_corpus.model_dump_json(indent=2)),
            },
        ),
        "dumps-corpus-toml": (
            f"dumps the corpus of {len(part.inspections)} inspections and "
            f"{len(part.plans)} plans (TOML)",
            {
                "yjinspect": _once(lambda: yj.dumps(part, "toml")),
                "pydantic": _once(lambda: peers.pydantic_dump_toml(p_toml)),
            },
        ),
    }
    return [_row(name, label, rounds(fns, n)) for name, (label, fns) in shapes.items()]


def _row(name: str, label: str, times: dict[str, list[Timing]]) -> dict[str, Any]:
    row = {
        "shape": name,
        "label": label,
        "peer": "pydantic v2",
        **ratios(times, "yjinspect", "pydantic"),
    }
    if "msgspec" in times:
        row["msgspec"] = ratios(times, "yjinspect", "msgspec")
    # Other contenders (msgspec, the floor, pydantic parsing TOML with tomli), each as a ratio
    # to the peer: reported, never judged.
    others = [name for name in times if name not in ("yjinspect", "pydantic")]
    if others:
        row["beside"] = {name: ratios(times, name, "pydantic") for name in others}
    return row


# -- start-up ---------------------------------------------------------------------------------
_PEER_IMPORT = "import attrs, cattrs, pendulum"


def _child(argv: list[str]) -> Timing:
    """CPU time (user + system of the child) and wall time of one fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def startup_figures(n: int) -> list[dict[str, Any]]:
    """Fresh interpreters: ``import yjinspect`` and three commands, against importing the three
    libraries yjinspect is built on, in fresh interpreters of the same Python. Also reported:
    ``import yjinspect`` followed by reading one inspection document (what a first use costs,
    since ``import yjinspect`` leaves the model and the document layer for first use)."""
    import tempfile

    py = sys.executable
    script = Path(py).with_name("yjinspect")  # the console script a user runs
    cli = [str(script)] if script.exists() else [py, "-m", "yjinspect"]
    peer = lambda: _child([py, "-c", _PEER_IMPORT])  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        document = Path(folder) / "inspection.json"
        yj.dump(yj.examples.bromley().get("bromley-2015-fji"), document)
        shapes = {
            "import": ("import yjinspect", [py, "-c", "import yjinspect"]),
            "help": ("yjinspect --help", [*cli, "--help"]),
            "frameworks": ("yjinspect frameworks", [*cli, "frameworks"]),
            "demo": ("yjinspect demo", [*cli, "demo"]),
            "first-load": (
                "import yjinspect, then yj.load one inspection document",
                [py, "-c", f"import yjinspect as yj; yj.load({str(document)!r})"],
            ),
        }
        for _, argv in shapes.values():
            _child(argv)  # bytecode caches written, as an installed package has them
        out = []
        for name, (label, argv) in shapes.items():
            times = rounds({"yjinspect": lambda a=argv: _child(a), "peer": peer}, n, collect=False)
            out.append(
                {
                    "shape": name,
                    "label": label,
                    "peer": _PEER_IMPORT,
                    **ratios(times, "yjinspect", "peer"),
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="a tenth of the record")
    args = parser.parse_args()
    rec = record(20, 4) if args.quick else record()
    rows = load_figures(rec, args.rounds) + dump_figures(rec, args.rounds)
    rows += startup_figures(max(args.rounds, 15))
    for row in rows:
        print(
            f"{row['label']}: {row['ratio_cpu']:.2f}x CPU ({row['ratio_cpu_range'][0]:.2f}-"
            f"{row['ratio_cpu_range'][1]:.2f}), {row['ratio_wall']:.2f}x wall"
        )
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "shapes.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
