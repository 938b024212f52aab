"""Assertions with readable differences, for any test runner.

Example:
    >>> from yjinspect.testing import assert_inspections_equal, factories
    >>> a = factories.make_inspection()
    >>> assert_inspections_equal(a, a)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..analysis import coverage
from ..model import Inspection

if TYPE_CHECKING:
    import pendulum

    from ..model import ImprovementPlan

__all__ = ["assert_inspections_equal", "assert_plan_covers", "differences"]


def _label(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def differences(a: Any, b: Any, path: str = "$") -> list[str]:
    """Every difference between two attrs objects (or values), one line each, with paths.

    Tuples of objects with an ``id`` or ``area`` are matched by it, so a reordered or missing
    item is named rather than every later item being reported as changed.

    .. versionadded:: 0.1.0
    """
    if a == b:
        return []
    if attrs.has(type(a)) and type(a) is type(b):
        out: list[str] = []
        for f in attrs.fields(type(a)):
            if not f.init:
                continue
            out.extend(differences(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}"))
        return out
    if isinstance(a, tuple) and isinstance(b, tuple):
        key = _key_of(a + b)
        if key is not None:
            left = {getattr(x, key): x for x in a}
            right = {getattr(x, key): x for x in b}
            out = []
            for k in left.keys() | right.keys():
                where = f"{path}[{key}={k!r}]"
                if k not in right:
                    out.append(f"{where}: only in the first")
                elif k not in left:
                    out.append(f"{where}: only in the second")
                else:
                    out.extend(differences(left[k], right[k], where))
            if not out and [getattr(x, key) for x in a] != [getattr(x, key) for x in b]:
                out.append(f"{path}: same items in a different order")
            return sorted(out)
        if len(a) == len(b):
            out = []
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                out.extend(differences(x, y, f"{path}[{i}]"))
            return out
    return [f"{path}: {_label(a)} != {_label(b)}"]


def _key_of(items: tuple[Any, ...]) -> str | None:
    for key in ("id", "area"):
        if items and all(attrs.has(type(x)) and hasattr(x, key) for x in items):
            return key
    return None


def assert_inspections_equal(a: Inspection, b: Inspection) -> None:
    """Assert two inspections are equal, listing every differing field by path.

    Raises:
        AssertionError: they differ; the message has one line per difference.

    .. versionadded:: 0.1.0
    """
    if not isinstance(a, Inspection) or not isinstance(b, Inspection):
        raise TypeError("assert_inspections_equal takes two Inspection objects")
    diff = differences(a, b)
    if diff:
        raise AssertionError(
            f"inspections {a.id!r} and {b.id!r} differ:\n" + "\n".join(f"  {d}" for d in diff)
        )


def assert_plan_covers(
    plan: ImprovementPlan, inspection: Inspection, *, as_of: pendulum.Date | None = None
) -> None:
    """Assert a plan answers everything it must: every recommendation, every area for
    improvement and every judgement area at a level of concern, with no reference that
    resolves to nothing.

    Raises:
        AssertionError: something is not answered; the message lists each item by id and text,
            and each dangling reference by path.

    .. versionadded:: 0.1.0
    """
    report = coverage(plan, inspection, as_of=as_of)
    lines = [f"  not answered: {item}" for item in report.uncovered]
    lines += [f"  resolves to nothing: {d}" for d in report.dangling]
    if lines:
        raise AssertionError(
            f"plan {plan.id!r} does not answer all of inspection {inspection.id!r} "
            f"({len(report.covered)} of {len(report.items)} items answered):\n" + "\n".join(lines)
        )
