"""The command line: ``yjinspect`` and ``python -m yjinspect``.

Exit status: 0 when all is well, 1 when the input has problems, 2 for usage errors. Problems
are printed one a line on standard error, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import documents, examples, frameworks
from .errors import InvalidDocument, Severity, YjinspectError
from .report import history_text
from .validate import validate

__all__ = ["main"]


def _cmd_demo(args: argparse.Namespace) -> int:
    corpus = examples.bromley()
    print(history_text(corpus.inspections))
    return 0


def _cmd_frameworks(args: argparse.Namespace) -> int:
    codes = frameworks.available()
    if args.json:
        print(json.dumps([{"code": c, "title": frameworks.get(c).title} for c in codes], indent=2))
    else:
        for code in codes:
            print(f"{code:18} {frameworks.get(code).title}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    status = 0
    report = []
    for path in args.paths:
        try:
            obj = documents.load(path)
        except InvalidDocument as exc:
            for p in exc.problems:
                print(f"{path}: {p}", file=sys.stderr)
                report.append(
                    {
                        "file": path,
                        "path": p.path,
                        "message": p.message,
                        "severity": p.severity.value,
                    }
                )
            status = 1
            continue
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            report.append({"file": path, "path": "$", "message": str(exc), "severity": "error"})
            status = 1
            continue
        for p in validate(obj):
            print(f"{path}: {p}", file=sys.stderr)
            report.append(
                {"file": path, "path": p.path, "message": p.message, "severity": p.severity.value}
            )
            if p.severity is Severity.ERROR:
                status = 1
    if args.json:
        print(json.dumps(report, indent=2))
    elif status == 0:
        print(f"{len(args.paths)} document(s): valid")
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    try:
        print(json.dumps(documents.schema(args.kind), indent=2))
    except LookupError as exc:
        print(str(exc).strip("'\""), file=sys.stderr)
        return 2
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yjinspect", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("demo", help="print the history of Bromley's inspections")
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser("frameworks", help="list the known frameworks")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_frameworks)
    p = sub.add_parser("validate", help="check documents (JSON or TOML)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("schema", help="print the JSON Schema of a document kind")
    p.add_argument("kind", help=f"one of: {', '.join(documents.kinds())}")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except YjinspectError as exc:
        print(f"yjinspect: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - output piped to head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
