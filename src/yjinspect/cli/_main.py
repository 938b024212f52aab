"""The command line: ``yjinspect`` and ``python -m yjinspect``.

Every command prints text by default and JSON with ``--json``. Exit status: 0 when all is well,
1 when the input has problems, 2 for usage errors, 3 (``coverage`` only) when the record cannot
answer the question: the plan's actions are not recorded, so what it answers is not known.
Problems are printed one a line on standard error, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .. import _escape
from ..errors import InvalidDocument, Problem, Severity, YjinspectError
from ._format import JSON_FORMAT_VERSION

if TYPE_CHECKING:
    import pendulum

    from .. import documents, examples, frameworks, model, validation, views
    from ..io import _limits
    from ..model import Corpus, ImprovementPlan, Inspection
    from . import _output
else:

    class _Later:
        """A module imported on first use, so that ``yjinspect --help`` and each command start
        without the modules only other commands need."""

        __slots__ = ("_name",)

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attribute: str) -> Any:
            if attribute.startswith("__"):
                raise AttributeError(attribute)
            import importlib

            return getattr(importlib.import_module(self._name), attribute)

    _output = _Later("yjinspect.cli._output")
    _limits = _Later("yjinspect.io._limits")
    documents = _Later("yjinspect.documents")
    examples = _Later("yjinspect.examples")
    frameworks = _Later("yjinspect.frameworks")
    model = _Later("yjinspect.model")
    validation = _Later("yjinspect.validation")
    views = _Later("yjinspect.views")

__all__ = ["main"]


NOT_KNOWN_STATUS = 3
"""Exit status of ``coverage`` when what the plan answers is not known (its actions are not
recorded)."""


class InputProblem(ValueError):
    """The input given on the command line cannot be used; the message says why."""


def _say(line: object) -> None:
    """One problem, one line, on standard error (control characters shown as escapes)."""
    print(" ".join(_escape.plain(line).split()), file=sys.stderr)


def _print(text: object, end: str = "\n") -> None:
    """Text for people on standard output, control characters shown as escapes."""
    print(_escape.terminal(str(text)), end=end)


def _print_data(text: str) -> None:
    """A JSON or TOML document on standard output: characters a terminal acts on are written
    as ``\\uXXXX`` escapes inside its strings, so it holds the same data."""
    print(_escape.json_text(text), end="")


def _print_json(data: Any, command: str | None = None) -> None:
    if command is not None:
        data = _output.versioned(command, data)
    import json

    _print_data(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


STDIN = "-"
"""The name that stands for standard input wherever a command reads a file."""


def _load(path: str) -> Any:
    if path == STDIN:
        raw = _limits.read_stream(sys.stdin.buffer, documents.MAX_DOCUMENT_BYTES, "<stdin>")
        return documents.loads(raw, _sniff(raw), source="<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputProblem(f"{path}: no such file")
    suffix = p.suffix.lower()
    if suffix not in (".json", ".toml"):
        # a pipe or a file named otherwise: JSON if it looks like JSON, else TOML
        raw = _limits.read_limited(p, documents.MAX_DOCUMENT_BYTES)
        return documents.loads(raw, _sniff(raw), source=path)
    return documents.load(path)


def _sniff(raw: bytes) -> str:
    """JSON when the text starts like JSON, else TOML."""
    return "json" if raw.lstrip()[:1] in (b"{", b"[") else "toml"


def _problems_of(obj: object, source: str) -> int:
    """Print an object's validation problems; 1 when any is an error."""
    status = 0
    for p in validation.validate(obj):
        _say(f"{source}: {p}")
        if p.severity is Severity.ERROR:
            status = 1
    return status


# -- demo, frameworks, validate, schema ------------------------------------------------------
def _cmd_demo(args: argparse.Namespace) -> int:
    if args.service is not None:
        from .. import datasets

        try:
            corpus = datasets.service(args.service)
        except LookupError as exc:
            _say(f"yjinspect demo: {exc.args[0]}")
            return 2
    else:
        corpus = examples.bromley()
    if args.json:
        _print_json({"inspections": _output.corpus_summary(corpus)}, "demo")
    else:
        _print(views.history_text(corpus.inspections))
    return 0


def _cmd_frameworks(args: argparse.Namespace) -> int:
    # Listed from the catalogues' summaries: the built-in frameworks and crosswalks are not read.
    from .._builtins import summaries

    fws = summaries("frameworks")
    walks = summaries("crosswalks")
    if args.json:
        _print_json(
            {
                "frameworks": [{"code": c, "title": f["title"]} for c, f in fws.items()],
                "crosswalks": [
                    {
                        "code": c,
                        "title": w["title"],
                        "from_framework": w["from_framework"],
                        "to_framework": w["to_framework"],
                    }
                    for c, w in walks.items()
                ],
            },
            "frameworks",
        )
    else:
        for code, fw in fws.items():
            _print(f"{code:18} {fw['title']}")
        if walks:
            _print("\ncrosswalks (yjinspect show CODE):")
            for code, walk in walks.items():
                _print(f"{code}  {walk['title']}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    status = 0
    found = []
    loaded: list[tuple[str, object]] = []
    # Each problem is printed once: as JSON on standard output with --json, else a line on
    # standard error.
    say = (lambda _line: None) if args.json else _say
    for path in args.paths:
        try:
            obj = _load(path)
        except InvalidDocument as exc:
            for p in exc.problems:
                say(f"{path}: {p}")
                found.append(_output.problem_data(p, path))
            status = 1
            continue
        except (OSError, ValueError) as exc:
            message = str(exc) if isinstance(exc, InputProblem) else f"{path}: {_os_message(exc)}"
            say(message)
            found.append(
                {
                    "file": path,
                    "path": "$",
                    "message": message.removeprefix(f"{path}: "),
                    "severity": "error",
                }
            )
            status = 1
            continue
        loaded.append((path, obj))
    # A plan is checked against the inspection it answers when that inspection, or a corpus
    # holding it, is among the files given (the first file to hold the id wins).
    given: dict[str, Inspection] = {}
    for _path, obj in loaded:
        held = obj.inspections if isinstance(obj, model.Corpus) else (obj,)
        for insp in held:
            if isinstance(insp, model.Inspection):
                given.setdefault(insp.id, insp)
    for path, obj in loaded:
        if isinstance(obj, model.ImprovementPlan):
            problems = validation.validate(obj, inspection=given.get(obj.inspection))
        else:
            problems = validation.validate(obj)
        for p in problems:
            say(f"{path}: {p}")
            found.append(_output.problem_data(p, path))
            if p.severity is Severity.ERROR:
                status = 1
    bad = {f["file"] for f in found if f["severity"] == "error"}
    errors = sum(f["severity"] == "error" for f in found)
    warnings = len(found) - errors
    if args.json:
        _print_json(
            {
                "documents": len(args.paths),
                "valid": len(args.paths) - len(bad),
                "errors": errors,
                "warnings": warnings,
                "problems": found,
            },
            "validate",
        )
    else:
        _print(
            f"{len(args.paths)} document(s): {len(args.paths) - len(bad)} valid, "
            f"{len(bad)} not valid; {errors} error(s), {warnings} warning(s)"
        )
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    try:
        schema = documents.schema(args.kind)
    except LookupError as exc:
        _say(str(exc).strip("'\""))
        return 2
    _print_json(schema)
    return 0


# -- show -------------------------------------------------------------------------------------
def _target(text: str) -> tuple[Any, str]:
    """A document read from a file (or standard input), or a built-in framework or crosswalk
    by code."""
    from .. import crosswalks

    if text == STDIN:
        return _load(text), "<stdin>"
    path = Path(text)
    if path.exists():
        return _load(text), text
    if text in frameworks.available():
        return frameworks.get(text), text
    if text in crosswalks.available():
        return crosswalks.get(text), text
    raise InputProblem(
        f"{text}: no such file, and no built-in framework or crosswalk of that code "
        f"(frameworks: {', '.join(frameworks.available())}; "
        f"crosswalks: {', '.join(crosswalks.available())})"
    )


def _cmd_show(args: argparse.Namespace) -> int:
    obj, source = _target(args.target)
    if args.json:
        _print_data(documents.dumps(obj, "json"))
    else:
        _print(_output.render(obj, args.format), end="")
    return _problems_of(obj, source)


# -- compare ----------------------------------------------------------------------------------
def _a_kind(obj: object) -> str:
    """The kind of a loaded document with its article: "a corpus", "an improvement-plan"."""
    kind = documents.kind_of(obj)
    return f"{'an' if kind[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {kind}"


def _inspection(path: str) -> Inspection:
    obj = _load(path)
    if isinstance(obj, model.Corpus) and len(obj.inspections) == 1:
        return obj.inspections[0]
    if not isinstance(obj, model.Inspection):
        raise InputProblem(
            f"{path}: expected an inspection document, found {_a_kind(obj)}"
            + (
                " (give --corpus FILE and two inspection ids)"
                if isinstance(obj, model.Corpus)
                else ""
            )
        )
    return obj


def _from_corpus(corpus: Corpus, source: str, ident: str) -> Inspection:
    try:
        return corpus.get(ident)
    except KeyError:
        known = ", ".join(i.id for i in corpus.inspections)
        raise InputProblem(f"{source}: no inspection {ident!r} (it holds: {known})") from None


def _corpus(path: str) -> Corpus:
    obj = _load(path)
    if not isinstance(obj, model.Corpus):
        raise InputProblem(f"{path}: expected a corpus document, found {_a_kind(obj)}")
    return obj


def _pair(args: argparse.Namespace) -> tuple[Inspection, Inspection]:
    """The two inspections of ``compare`` and ``report compare``: two files, or two ids in
    ``--corpus``."""
    if args.corpus is not None:
        corpus = _corpus(args.corpus)
        return (
            _from_corpus(corpus, args.corpus, args.earlier),
            _from_corpus(corpus, args.corpus, args.later),
        )
    return _inspection(args.earlier), _inspection(args.later)


def _comparison_problem(
    exc: ValueError, pair: tuple[Inspection, Inspection], args: argparse.Namespace, command: str
) -> InputProblem:
    """A refused comparison, in command-line terms: which option to add, or how to swap."""
    from ..analysis import DifferentServices, ReversedInspections

    if isinstance(exc, DifferentServices):
        earlier, later = pair
        return InputProblem(
            f"{earlier.id} ({earlier.service.name}) and {later.id} ({later.service.name}) are "
            "inspections of different services; add --allow-different-services to compare them"
        )
    if isinstance(exc, ReversedInspections):
        given = f"--corpus {args.corpus} " if args.corpus is not None else ""
        return InputProblem(
            f"yjinspect {command}: the later inspection {exc.later.id} ({exc.later.when}) took "
            f"place before the earlier one {exc.earlier.id} ({exc.earlier.when}); give the "
            f"earlier inspection first: yjinspect {command} {given}{args.later} {args.earlier}"
        )
    raise exc


def _cmd_compare(args: argparse.Namespace) -> int:
    from ..analysis import DifferentServices, ReversedInspections, compare, improvement
    from ..crosswalks import NoCrosswalk

    earlier, later = _pair(args)
    try:
        c = compare(
            earlier,
            later,
            crosswalk=args.crosswalk,
            allow_different_services=args.allow_different_services,
        )
    except (DifferentServices, ReversedInspections) as exc:
        raise _comparison_problem(exc, (earlier, later), args, "compare") from None
    except NoCrosswalk as exc:
        # No area-by-area comparison, but "did it improve?" is still answered at the level
        # the two records support.
        answer = improvement(earlier, later)
        if args.json:
            _print_json(
                {
                    "earlier": earlier.id,
                    "later": later.id,
                    "area_by_area": f"not comparable ({exc})",
                    "improvement": _output.improvement_data(answer),
                },
                "compare",
            )
        else:
            _print(f"{earlier.id} -> {later.id}")
            _print(f"  area by area: not comparable ({exc})")
            _print(f"  {answer}")
        return 0
    if args.json:
        _print_json(_output.comparison_data(c), "compare")
    elif args.format == "markdown":
        _print(views.comparison_markdown(c), end="")
    elif args.format == "html":
        _print(views.comparison_html(c, standalone=True), end="")
    else:
        _print(c)
    return 0


# -- coverage ---------------------------------------------------------------------------------
def _date(text: str) -> pendulum.Date:
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text.strip())
    try:
        if match is None:
            raise ValueError(text)
        import pendulum

        return pendulum.Date(*(int(g) for g in match.groups()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, found {text!r}") from None


def _plan_and_inspection(args: argparse.Namespace) -> tuple[ImprovementPlan, Inspection]:
    """The plan of ``coverage`` and ``report coverage``, and the inspection it answers: an
    inspection file, or a corpus holding it."""
    plan = _load(args.plan)
    if isinstance(plan, model.Corpus) and len(plan.plans) == 1:
        # a corpus holding one plan (and, often, the inspection it answers)
        plan = plan.plans[0]
    if not isinstance(plan, model.ImprovementPlan):
        held = (
            f" holding {len(plan.plans)} plans ({', '.join(p.id for p in plan.plans)}); "
            "give a file holding one plan"
            if isinstance(plan, model.Corpus) and plan.plans
            else ""
        )
        raise InputProblem(
            f"{args.plan}: expected an improvement-plan document, found {_a_kind(plan)}{held}"
        )
    obj = _load(args.inspection)
    if isinstance(obj, model.Corpus):
        return plan, _from_corpus(obj, args.inspection, plan.inspection)
    if isinstance(obj, model.Inspection):
        return plan, obj
    raise InputProblem(
        f"{args.inspection}: expected an inspection or corpus document, found {_a_kind(obj)}"
    )


def _cmd_coverage(args: argparse.Namespace) -> int:
    from ..analysis import coverage

    plan, insp = _plan_and_inspection(args)
    cov = coverage(plan, insp, as_of=args.as_of)
    if args.json:
        _print_json(_output.coverage_data(cov), "coverage")
    elif args.format == "markdown":
        _print(views.coverage_markdown(cov, plan=plan), end="")
    elif args.format == "html":
        _print(views.coverage_html(cov, plan=plan, standalone=True), end="")
    else:
        _print(cov)
    for gap in cov.problems:
        _say(f"{args.plan}: {gap}")
    if not cov.known:
        return NOT_KNOWN_STATUS
    return 1 if cov.problems else 0


# -- report -----------------------------------------------------------------------------------
_REPORT_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
}


def _report_format(args: argparse.Namespace) -> str:
    """The format given, else the one ``--output``'s suffix names; Markdown on standard
    output."""
    to_stdout = args.output in (None, STDIN)
    fmt: str | None = args.format
    if fmt is None:
        if to_stdout:
            fmt = "markdown"
        else:
            fmt = _REPORT_SUFFIXES.get(Path(args.output).suffix.lower())
            if fmt is None:
                known = ", ".join(_REPORT_SUFFIXES)
                raise _Usage(
                    f"cannot tell the format of {args.output} from its suffix ({known}); "
                    "give --format"
                )
    if fmt == "xlsx" and args.report != "coverage":
        raise _Usage(
            "an Excel workbook is of an improvement plan and its coverage: "
            "yjinspect report coverage PLAN INSPECTION -o FILE.xlsx"
        )
    if fmt == "xlsx" and to_stdout:
        raise _Usage("an Excel workbook is not text: give -o FILE.xlsx")
    if args.json and to_stdout:
        raise _Usage("--json prints a summary of what was written and needs -o FILE")
    return fmt


def _cmd_report(args: argparse.Namespace) -> int:
    fmt = _report_format(args)
    paper_format = cast("views.PaperFormat", fmt)  # xlsx goes to the workbook, never a paper
    meeting = {"committee": args.committee, "meeting_date": args.meeting_date}
    plan: ImprovementPlan | None = None
    if args.report == "inspection":
        if args.corpus is not None:
            insp = _from_corpus(_corpus(args.corpus), args.corpus, args.inspection)
        else:
            insp = _inspection(args.inspection)
        inspections = [insp]
        text = views.inspection_paper(insp, format=paper_format, **meeting)
    elif args.report == "compare":
        from ..analysis import DifferentServices, ReversedInspections

        pair = _pair(args)
        inspections = list(pair)
        try:
            text = views.comparison_paper(
                *pair,
                format=paper_format,
                crosswalk=args.crosswalk,
                allow_different_services=args.allow_different_services,
                **meeting,
            )
        except (DifferentServices, ReversedInspections) as exc:
            raise _comparison_problem(exc, pair, args, "report compare") from None
    else:
        plan, insp = _plan_and_inspection(args)
        inspections = [insp]
        if fmt == "xlsx":
            try:
                views.write_plan_workbook(plan, insp, args.output, as_of=args.as_of)
            except ImportError as exc:
                raise InputProblem(f"yjinspect report: {exc}") from None
            text = None
        else:
            text = views.coverage_paper(
                plan, insp, as_of=args.as_of, format=paper_format, **meeting
            )
    if text is not None:
        if args.output in (None, STDIN):
            _print(text, end="")
        else:
            from ..io import write_atomic

            write_atomic(args.output, text)
    if args.json:
        data: dict[str, Any] = {
            "report": args.report,
            "format": fmt,
            "output": args.output,
            "inspections": [i.id for i in inspections],
            "plan": plan.id if plan is not None else None,
            "as_of": str(args.as_of) if getattr(args, "as_of", None) is not None else None,
        }
        if fmt == "xlsx":
            data["sheets"] = list(views.WORKBOOK_SHEETS)
        _print_json(data, "report")
    return 0


# -- import-d2i -------------------------------------------------------------------------------
def _cmd_import_d2i(args: argparse.Namespace) -> int:
    if args.json and args.output is None:
        raise _Usage("--json prints a summary of the import and needs --output for the corpus")
    if args.csv == STDIN:
        from ..importers.d2i import parse_d2i_bytes

        raw = _limits.read_stream(sys.stdin.buffer, documents.MAX_DOCUMENT_BYTES, "<stdin>")
        result = parse_d2i_bytes(raw, source="<stdin>")
    else:
        from ..importers import read_d2i_csv

        result = read_d2i_csv(args.csv)
    corpus = model.Corpus(
        inspections=result.inspections,
        title="HMIP youth justice inspection ratings (data-to-insight CSV)",
        notes=f"Imported from {Path(args.csv).name}; {result}.",
    )
    if args.output is not None:
        documents.dump(corpus, args.output, format=args.format)
    else:
        _print_data(documents.dumps(corpus, args.format or "json"))
    for p in result.problems:
        _say(f"{args.csv}: {p}")
    if args.json:
        _print_json(_output.import_data(result, args.output), "import-d2i")
    elif args.output is not None:
        _print(f"{args.output}: {result}")
    return 1 if result.errors else 0


# -- the parser -------------------------------------------------------------------------------
class _Usage(Exception):
    """A usage error found after parsing."""


def _json_flag(p: argparse.ArgumentParser, what: str = "print JSON") -> None:
    p.add_argument("--json", action="store_true", help=what)


def _output_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write what would be printed to FILE (atomically) instead of standard output",
    )


def _format_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=("text", "markdown", "html"),
        default="text",
        help="text (the default), Markdown, or a whole HTML page",
    )


def _pair_arguments(p: argparse.ArgumentParser) -> None:
    """The two inspections of ``compare`` and ``report compare``, and how to compare them."""
    p.add_argument("earlier", metavar="EARLIER", help="the earlier inspection: a file, or an id")
    p.add_argument("later", metavar="LATER", help="the later inspection: a file, or an id")
    p.add_argument("--corpus", metavar="FILE", help="read both inspections, by id, from a corpus")
    p.add_argument("--crosswalk", metavar="CODE", help="the crosswalk to use across frameworks")
    p.add_argument(
        "--allow-different-services",
        action="store_true",
        help="compare inspections of two different services (benchmarking: the two may be "
        "given in any order)",
    )


def _plan_arguments(p: argparse.ArgumentParser) -> None:
    """The plan and inspection of ``coverage`` and ``report coverage``, and the day."""
    p.add_argument("plan", metavar="PLAN", help="an improvement-plan document")
    p.add_argument("inspection", metavar="INSPECTION", help="an inspection or corpus document")
    p.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the day to take the actions' state on (overdue, due soon, stale)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yjinspect",
        description="Youth justice inspections, frameworks and improvement plans.",
        epilog="Every command prints text by default and JSON with --json (an object with "
        f"format_version {JSON_FORMAT_VERSION}); -o FILE writes the output to a "
        "file instead. Exit status: 0 when all is well, 1 when the input has problems (one a "
        "line on standard error), 2 for usage errors.",
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "demo",
        help="print the history of Bromley's inspections, or of a service in the national record",
        description="Print the history of the London Borough of Bromley's youth justice "
        "inspections (2012 to 2025), shipped with yjinspect as an example, or with --service "
        "the history of one service of the national record.",
    )
    p.add_argument(
        "--service",
        metavar="NAME",
        help="a service of the national record, by key, name or local authority "
        "(for example Wakefield)",
    )
    _json_flag(p, "print each inspection's ratings as JSON")
    _output_flag(p)
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser(
        "frameworks",
        help="list the known frameworks and crosswalks",
        description="List the built-in and registered inspection frameworks and the crosswalks "
        "between them, by code; show one with: yjinspect show CODE.",
    )
    _json_flag(p)
    _output_flag(p)
    p.set_defaults(func=_cmd_frameworks)
    p = sub.add_parser(
        "show",
        help="show a document, or a built-in framework or crosswalk",
        description="Show an inspection, corpus, improvement-plan, framework or crosswalk "
        "document, or a built-in framework or crosswalk by code. Validation problems go to "
        "standard error.",
    )
    p.add_argument(
        "target",
        metavar="FILE|CODE",
        help="a document file (- for standard input), or a framework or crosswalk code",
    )
    _format_flag(p)
    _json_flag(p, "print the document as JSON")
    _output_flag(p)
    p.set_defaults(func=_cmd_show)
    p = sub.add_parser(
        "validate",
        help="check documents (JSON or TOML)",
        description="Check documents. An improvement plan is checked against the inspection it "
        "answers when that inspection, or a corpus holding it, is one of the files given.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="FILE", help="a document file (- for standard input)"
    )
    _json_flag(p, "print the counts and problems as JSON (and not on standard error)")
    _output_flag(p)
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser(
        "compare",
        help="what changed between two inspections",
        description="Compare two inspections area by area: two inspection files, or two ids "
        "of inspections in one corpus file (--corpus).",
    )
    _pair_arguments(p)
    _format_flag(p)
    _json_flag(p)
    _output_flag(p)
    p.set_defaults(func=_cmd_compare)
    p = sub.add_parser(
        "coverage",
        help="what an improvement plan answers of its inspection",
        description="Check an improvement plan against the inspection it answers (an "
        "inspection file, or a corpus holding it). Exit status 1 when the report finds "
        "problems (gaps, dangling references, overdue or stale actions).",
    )
    _plan_arguments(p)
    _format_flag(p)
    _json_flag(p)
    _output_flag(p)
    p.set_defaults(func=_cmd_coverage)
    p = sub.add_parser(
        "report",
        help="write a committee paper (Markdown, HTML) or an Excel workbook of a plan",
        description="Write a committee paper, the way a council committee report is set out: "
        "on one inspection, on what changed between two, or on an inspection and the "
        "improvement plan that answers it; or, for a plan, an Excel workbook of its actions "
        "and coverage. The format is --format, else -o FILE's suffix (.md, .html, .xlsx); "
        "without -o (or with -o -) a paper goes to standard output as Markdown.",
    )
    kinds = p.add_subparsers(dest="report", required=True, metavar="REPORT")
    inspection_p = kinds.add_parser(
        "inspection",
        help="a paper on one inspection",
        description="A committee paper on one inspection: its ratings, findings, "
        "recommendations and sources.",
    )
    inspection_p.add_argument(
        "inspection",
        metavar="INSPECTION",
        help="an inspection file (- for standard input), or with --corpus an inspection's id",
    )
    inspection_p.add_argument(
        "--corpus", metavar="FILE", help="read the inspection, by id, from a corpus"
    )
    compare_p = kinds.add_parser(
        "compare",
        help="a paper on what changed between two inspections",
        description="A committee paper on what changed between two inspections, area by area "
        "(or, where no crosswalk leads from one framework to the other, did it improve?).",
    )
    _pair_arguments(compare_p)
    coverage_p = kinds.add_parser(
        "coverage",
        help="a paper, or an Excel workbook, on a plan and the inspection it answers",
        description="A committee paper on an inspection and the improvement plan that "
        "answers it, or (-o FILE.xlsx) an Excel workbook of the plan's actions, coverage, "
        "gaps, progress updates and milestones (needs the 'excel' extra: "
        'pip install "yjinspect[excel]").',
    )
    _plan_arguments(coverage_p)
    for q, formats in (
        (inspection_p, ("markdown", "html")),
        (compare_p, ("markdown", "html")),
        (coverage_p, ("markdown", "html", "xlsx")),
    ):
        q.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write the report to FILE (atomically); - or none for standard output",
        )
        q.add_argument(
            "--format",
            choices=formats,
            default=None,
            help="the report's format (default: from --output's suffix, else Markdown)",
        )
        q.add_argument("--committee", metavar="NAME", help="the committee the paper goes to")
        q.add_argument(
            "--meeting-date",
            type=_date,
            metavar="YYYY-MM-DD",
            help="the date of the committee's meeting",
        )
        _json_flag(q, "print a summary of what was written as JSON (needs -o FILE)")
        q.set_defaults(func=_cmd_report)
    p = sub.add_parser(
        "import-d2i",
        help="read the data-to-insight CSV into a corpus document",
        description="Read a data-to-insight CSV of HMIP youth inspection ratings and write a "
        "corpus document to --output (atomically) or to standard output. Problems go to "
        "standard error, one a line; exit status 1 when a row was left out.",
    )
    p.add_argument("csv", metavar="CSV", help="the CSV file (- for standard input)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the corpus here (.json, .toml)")
    p.add_argument(
        "--format",
        choices=("json", "toml"),
        default=None,
        help="the corpus's format (default: from --output's suffix, else JSON)",
    )
    _json_flag(p, "print a summary of the import as JSON (needs --output)")
    p.set_defaults(func=_cmd_import_d2i)
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of a document kind",
        description="Print the JSON Schema (draft 2020-12) of one document kind, for editors "
        "and other tools. The loader checks more than the schema can say.",
    )
    p.add_argument("kind", help=_KindsHelp("one of the document kinds"))
    _json_flag(p, "accepted for uniformity: the schema is always JSON")
    _output_flag(p)
    p.set_defaults(func=_cmd_schema)
    p = sub.add_parser(
        "completion",
        help="print a shell completion script",
        description="Print a completion script for bash, zsh or tcsh, made from this command "
        "line's options by shtab (the 'completion' extra: pip install \"yjinspect[completion]\"). "
        "For bash: yjinspect completion bash > ~/.local/share/bash-completion/completions/"
        "yjinspect",
    )
    p.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    _output_flag(p)
    p.set_defaults(func=_cmd_completion)
    return parser


class _KindsHelp(str):
    """The help of ``schema``'s argument: the document kinds, listed only when the help is
    printed (argparse expands a help text with ``%``), so that building the parser does not
    import the document layer."""

    __slots__ = ()

    def __mod__(self, params: object) -> str:
        return f"one of: {', '.join(documents.kinds())}"


class _Version(argparse.Action):
    """``--version``: the installed version, read from the package's metadata only when asked
    for (``importlib.metadata`` is slow to import, and every other command would pay for it)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings=option_strings,
            dest=dest,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from .._version import package_version

        print(f"{parser.prog} {package_version()}")
        parser.exit()


def _cmd_completion(args: argparse.Namespace) -> int:
    try:
        import shtab
    except ImportError:
        raise InputProblem(
            'shell completion needs shtab: pip install "yjinspect[completion]"'
        ) from None
    print(shtab.complete(_parser(), shell=args.shell), end="")
    return 0


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    if isinstance(exc, KeyError):  # KeyError quotes its message
        return str(exc.args[0]) if exc.args else "not found"
    return str(exc)


def _report_problems(problems: Sequence[Problem], source: str | None) -> None:
    for p in problems:
        _say(f"{source}: {p}" if source else p)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    # import-d2i and report write their own files (a corpus; a paper or a workbook)
    output = None if args.command in ("import-d2i", "report") else getattr(args, "output", None)
    try:
        if output is None:
            return int(args.func(args))
        # -o FILE: what the command prints goes to the file, written atomically at the end.
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            status = int(args.func(args))
        from ..io import write_atomic

        write_atomic(output, buffer.getvalue())
        return status
    except _Usage as exc:
        parser.print_usage(sys.stderr)
        command = " ".join(filter(None, (args.command, getattr(args, "report", None))))
        _say(f"{parser.prog} {command}: error: {exc}")
        return 2
    except InvalidDocument as exc:
        _report_problems(exc.problems, exc.source)
        return 1
    except InputProblem as exc:
        _say(exc)
        return 1
    except BrokenPipeError:  # pragma: no cover - output piped to head
        return 0
    except (OSError, YjinspectError, ValueError, LookupError) as exc:
        _say(f"yjinspect {args.command}: {_os_message(exc)}")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
