"""A seeded fuzz of document loading, bounded in time.

Every document kind (inspection, corpus, improvement plan, framework, crosswalk) in both formats
is mutated, as text (cut, repeated, spliced with hostile characters) and as data (a value
replaced by a hostile one, a key dropped or added, an item repeated), and read back. Only
:class:`~yjinspect.InvalidDocument` may escape ``loads``; every document it accepts must survive
every view (text, Markdown, HTML, validation, coverage or comparison where they apply) and a
save and load in both formats, coming back equal. A document refused is refused in the
project's words: no problem passes on the words of a Python error.

The suite runs it for a few seconds. A longer run, for the closing note of a change::

    python tests/io/test_fuzz.py --seconds 600 --seed 1

prints how many documents it tried, how many were accepted and every failure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pendulum
import tomli_w

import yjinspect as yj
from yjinspect import documents, report
from yjinspect.cli import _output as _cli_output

HERE = Path(__file__).parent
FORMATS = ("json", "toml")

HOSTILE_STRINGS = [
    "",
    " ",
    "\n",
    "x\n# heading",
    "<script>alert(1)</script>",
    "[l](javascript:alert(1))",
    "\x1b[31m",
    "\x00",
    "\x7f\x9b",
    "\u202e",
    "\ufeff",
    "\ud800",
    "2015-02-30",
    "2015-13",
    "0000-01-01",
    "\uff12\uff10\uff11\uff15-01-01",
    "9999-12-31",
    "P1000000Y",
    "P0D",
    "-P1M",
    "nan",
    "x" * 5000,
    "good",
    "outstanding",
    "not-known",
    "hmip-youth-2021",
    "hmip-4",
    "R1",
    "F1",
    "1.1",
]
_DEEP: Any = "deep"
for _ in range(40):
    _DEEP = [_DEEP]
HOSTILE_VALUES: list[Any] = [
    *HOSTILE_STRINGS,
    0,
    -1,
    1,
    101,
    2**63,
    10**400,
    1.5,
    -0.0,
    1e308,
    True,
    False,
    [],
    {},
    _DEEP,
    {"kind": "inspection"},
    ["a", 1, None],
    None,
]
TEXT_SPLICES = [
    "\\ud800",
    "\\u0000",
    '"',
    "'",
    "{",
    "}",
    "[",
    "]",
    "[[x]]",
    ",",
    "=",
    ".",
    "\n",
    "\r",
    "\x00",
    "1" * 4301,
    "a." * 40 + "a = 1\n",
    "\ufeff",
    "NaN",
    "Infinity",
    "1e999",
    "-",
    "#",
    "\\",
    "\udc80",
]


# -- seeds ------------------------------------------------------------------------------------
def seeds() -> list[tuple[str, Any]]:
    """One document of each kind: the shipped Bromley series, its plan, a framework of one's
    own and a built-in one, a crosswalk."""
    corpus = yj.examples.bromley()
    plan = documents.load(Path(yj.examples.__file__).parent / "data" / "bromley-2015-plan.toml")
    out: list[tuple[str, Any]] = [("corpus", corpus), ("improvement-plan", plan)]
    out += [("inspection", insp) for insp in corpus.inspections]
    out.append(
        ("framework", yj.frameworks.load(HERE.parent.parent / "examples" / "local-framework.toml"))
    )
    out.append(("framework", yj.frameworks.get("hmip-youth-2021")))
    out.append(("crosswalk", yj.crosswalks.get("hmip-youth-2018--hmip-youth-2021")))
    return out


# -- mutations --------------------------------------------------------------------------------
def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*path, i))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def mutate_data(rng: random.Random, data: Any) -> tuple[Any, str]:
    data = json.loads(json.dumps(data))
    paths = _paths(data)[1:]
    if not paths:
        return data, "nothing to mutate"
    path = rng.choice(paths)
    parent, key = _get(data, path[:-1]), path[-1]
    what = rng.randrange(6)
    if what == 0:
        parent[key] = rng.choice(HOSTILE_VALUES)
        return data, f"replace {path} with {parent[key]!r:.40}"
    if what == 1 and isinstance(parent, dict):
        del parent[key]
        return data, f"delete {path}"
    if what == 2 and isinstance(parent, dict):
        parent[rng.choice(["extra", "id", "kind", "schema_version", key + "_"])] = rng.choice(
            HOSTILE_VALUES
        )
        return data, f"add a key beside {path}"
    if what == 3 and isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(parent[key])))
        return data, f"repeat {path}"
    if what == 4:
        other = rng.choice(paths)
        try:
            value = json.loads(json.dumps(_get(data, other)))
        except (KeyError, IndexError, TypeError):
            return data, "swap failed"
        parent[key] = value
        return data, f"copy {other} to {path}"
    value = parent[key]
    if isinstance(value, str):
        parent[key] = value + rng.choice(HOSTILE_STRINGS)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        parent[key] = rng.choice([value + 1, -value, value * 10**6, str(value)])
    return data, f"perturb {path}"


def mutate_text(rng: random.Random, text: str) -> tuple[str, str]:
    n = len(text)
    i, j = sorted(rng.randrange(n + 1) for _ in range(2))
    what = rng.randrange(4)
    if what == 0:
        return text[:i] + text[j:], f"cut {i}:{j}"
    if what == 1:
        return text[:j] + text[i:j] + text[j:], f"repeat {i}:{j}"
    if what == 2:
        splice = rng.choice(TEXT_SPLICES)
        return text[:i] + splice + text[i:], f"insert {splice!r:.20} at {i}"
    return text[:i], f"truncate at {i}"


def _write(data: Any, fmt: str) -> str | None:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False)
    try:
        return tomli_w.dumps(data)
    except (TypeError, ValueError):  # None, or a list of mixed tables: not TOML
        return None


# Words of Python's own errors, which a problem must never pass on to the user.
INTERNALS = re.compile(
    r"object has no attribute|is not iterable|not subscriptable|unhashable|int_max_str_digits|"
    r"codec can't|positional argument|Traceback|object is not"
)


# -- the oracle -------------------------------------------------------------------------------
_BROMLEY = yj.examples.bromley()
_AS_OF = pendulum.Date(2016, 1, 1)


def views(obj: Any) -> list[tuple[str, Callable[[], object]]]:
    """Everything a user may do with an accepted document."""
    out: list[tuple[str, Callable[[], object]]] = [
        ("validate", lambda: yj.validate(obj)),
        ("str", lambda: str(obj)),
        ("repr", lambda: repr(obj)),
    ]
    if hasattr(obj, "_repr_html_"):
        out.append(("html", obj._repr_html_))
    if isinstance(obj, yj.Inspection | yj.Corpus | yj.ImprovementPlan | yj.frameworks.Framework):
        out += [
            (f"render {f}", lambda f=f: _cli_output.render(obj, f))
            for f in ("text", "markdown", "html")
        ]
    if isinstance(obj, yj.crosswalks.Crosswalk):
        out += [
            (f"render {f}", lambda f=f: _cli_output.render(obj, f))
            for f in ("text", "markdown", "html")
        ]
    if isinstance(obj, yj.Inspection):
        out += [
            ("history", lambda: report.history_text([obj, obj])),
            ("compare", lambda: report.comparison_markdown(yj.compare(obj, obj))),
        ]
    if isinstance(obj, yj.ImprovementPlan):
        target = next((i for i in _BROMLEY.inspections if i.id == obj.inspection), None)
        if target is not None:
            out += [
                (
                    "coverage",
                    lambda: report.coverage_markdown(
                        yj.coverage(obj, target, as_of=_AS_OF), plan=obj
                    ),
                ),
                ("coverage html", lambda: report.coverage_html(yj.coverage(obj, target), plan=obj)),
            ]
    for fmt in FORMATS:
        out.append((f"save and load {fmt}", lambda fmt=fmt: _round_trip(obj, fmt)))
    return out


def _round_trip(obj: Any, fmt: str) -> None:
    back = documents.loads(documents.dumps(obj, fmt), fmt)
    if back != obj:
        raise AssertionError(f"{fmt} round trip changed the document")


@attrs.define
class Outcome:
    tried: int = 0
    accepted: int = 0
    rejected: int = 0
    failures: list[str] = attrs.Factory(list)


def _try(outcome: Outcome, text: str, fmt: str, what: str) -> None:
    outcome.tried += 1
    try:
        obj = documents.loads(text, fmt)
    except yj.InvalidDocument as exc:
        outcome.rejected += 1
        for p in exc.problems:
            if INTERNALS.search(p.message):
                outcome.failures.append(f"loads ({fmt}, {what}): Python's words in {p}")
        return
    except Exception as exc:
        outcome.failures.append(
            f"loads ({fmt}, {what}) raised {type(exc).__name__}: {exc!s:.200}\n"
            + "".join(traceback.format_exception(exc)[-3:])
        )
        return
    outcome.accepted += 1
    for name, view in views(obj):
        try:
            view()
        except Exception as exc:
            outcome.failures.append(
                f"{name} of an accepted document ({fmt}, {what}) raised "
                f"{type(exc).__name__}: {exc!s:.200}\n"
                + "".join(traceback.format_exception(exc)[-3:])
            )


def fuzz(seconds: float, seed: int) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome()
    cases = []
    for kind, obj in seeds():
        for fmt in FORMATS:
            text = documents.dumps(obj, fmt)
            data = json.loads(text) if fmt == "json" else tomllib.loads(text)
            cases.append((kind, fmt, text, data))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        kind, fmt, text, data = rng.choice(cases)
        if rng.random() < 0.5:
            mutated, what = mutate_text(rng, text)
        else:
            changed, what = mutate_data(rng, data)
            for _ in range(rng.randrange(3)):
                changed, more = mutate_data(rng, changed)
                what += "; " + more
            written = _write(changed, fmt)
            if written is None:
                continue
            mutated = written
        _try(outcome, mutated, fmt, f"{kind}: {what}")
    return outcome


def test_fuzz_document_loading():
    outcome = fuzz(seconds=4.0, seed=20261130)
    assert outcome.tried > 50
    assert outcome.accepted > 0
    assert outcome.rejected > 0
    assert not outcome.failures, "\n\n".join(outcome.failures[:5])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A longer fuzz of document loading.")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    outcome = fuzz(args.seconds, args.seed)
    print(
        f"tried {outcome.tried} documents: {outcome.accepted} accepted, "
        f"{outcome.rejected} refused with InvalidDocument, {len(outcome.failures)} failures"
    )
    for failure in outcome.failures[:50]:
        print("-" * 60)
        print(failure)
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
