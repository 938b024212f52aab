"""Cross-object checks: references, completeness, and published versus derived values.

:func:`validate` never raises for a problem in the data: it returns every problem it finds, each
with a JSON path. Problems of :attr:`~yjinspect.errors.Severity.ERROR` make a document invalid
(``load`` refuses it); :attr:`~yjinspect.errors.Severity.WARNING` problems are disagreements in
the record (a published overall rating that differs from the derived one) and never stop a load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import singledispatch
from typing import TYPE_CHECKING, cast

import attrs

from .errors import Problem, Severity, UnknownFramework, UnknownRating
from .frameworks import available as available_frameworks
from .frameworks import get as get_framework
from .frameworks._score_range import _safe_range, count_areas, score_range
from .model import (
    FIELDWORK_BEFORE_PUBLICATION,
    Framework,
    Inspection,
    Judgement,
    JudgementStatus,
    Level,
    Overall,
    Service,
    framework_problems,
)
from .model._ids import duplicate_ids
from .model._plan_checks import plan_alone_problems
from .model._wording import listing
from .model._wording import quote as _quote

if TYPE_CHECKING:
    from .model import Corpus, Crosswalk, ImprovementPlan

__all__ = ["errors_only", "plan_problems", "service_problems", "validate"]


def _warn(path: str, message: str) -> Problem:
    return Problem(path=path, message=message, severity=Severity.WARNING)


@singledispatch
def validate(obj: object, *, inspection: Inspection | None = None) -> tuple[Problem, ...]:
    """Check an object against its framework and itself; return every problem found.

    Handles inspections, corpora, frameworks, crosswalks and improvement plans. Paths start at
    ``$``, the object itself. A plan is checked alone unless ``inspection`` is given; then every
    id it refers to must resolve in that inspection (see :func:`plan_problems`). A corpus
    checks each of its plans against the corpus inspection it answers.

    Args:
        obj: the object to check.
        inspection: for an improvement plan only, the inspection the plan answers.

    Example:
        >>> import yjinspect as yj
        >>> [str(p) for p in yj.validate(yj.examples.bromley().get("bromley-2015-fji"))]
        []

    Raises:
        TypeError: the object is not of a kind yjinspect can validate, or ``inspection`` is
            given for an object that is not an improvement plan.

    .. versionadded:: 0.1.0
    """
    for cls in type(obj).__mro__:
        check = _LATER.get((cls.__module__, cls.__qualname__))
        if check is not None:
            validate.register(cls, check)
            return validate(obj, inspection=inspection)
    raise TypeError(f"cannot validate a {type(obj).__name__}")


# The checks of classes imported on first use (plans, corpora, crosswalks; see yjinspect.model),
# by (module, class name): such a check is registered with validate() the first time it is given
# an object of the class, which exists only once its module is imported.
_LATER: dict[tuple[str, str], Callable[..., tuple[Problem, ...]]] = {}
_MODEL = f"{__package__}.model"


def _check_later(
    module: str, cls_name: str
) -> Callable[[Callable[..., tuple[Problem, ...]]], Callable[..., tuple[Problem, ...]]]:
    def decorate(fn: Callable[..., tuple[Problem, ...]]) -> Callable[..., tuple[Problem, ...]]:
        _LATER[(f"{_MODEL}.{module}", cls_name)] = fn
        return fn

    return decorate


def _no_inspection(obj: object, inspection: Inspection | None) -> None:
    if inspection is not None:
        raise TypeError(
            f"inspection= applies to improvement plans only, not to a {type(obj).__name__}"
        )


def errors_of(obj: object) -> tuple[Problem, ...]:
    """The problems of severity ERROR that :func:`validate` finds in ``obj``, without making
    the checks that can only warn (what reading a document refuses it for).

    Raises:
        TypeError: as :func:`validate`.

    .. versionadded:: 0.2
    """
    if isinstance(obj, Inspection):
        return errors_only(inspection_problems(obj, "$", warnings=False))
    cls = type(obj)
    if (cls.__module__, cls.__qualname__) == (f"{_MODEL}.corpus", "Corpus"):
        return errors_only(_corpus_problems(cast("Corpus", obj), warnings=False))
    return errors_only(validate(obj))


def errors_only(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """The problems of severity ERROR.

    .. versionadded:: 0.1.0
    """
    return tuple(p for p in problems if p.severity is Severity.ERROR)


@validate.register
def _(obj: Framework, *, inspection: Inspection | None = None) -> tuple[Problem, ...]:
    _no_inspection(obj, inspection)
    return tuple(framework_problems(obj))


@validate.register
def _(obj: Inspection, *, inspection: Inspection | None = None) -> tuple[Problem, ...]:
    _no_inspection(obj, inspection)
    return tuple(inspection_problems(obj, "$"))


@_check_later("plan", "ImprovementPlan")
def _(obj: ImprovementPlan, *, inspection: Inspection | None = None) -> tuple[Problem, ...]:
    if inspection is not None and not isinstance(inspection, Inspection):
        raise TypeError(f"inspection= takes an Inspection, not a {type(inspection).__name__}")
    return tuple(checked_plan_problems(obj, inspection, "$"))


@_check_later("corpus", "Corpus")
def _(obj: Corpus, *, inspection: Inspection | None = None) -> tuple[Problem, ...]:
    _no_inspection(obj, inspection)
    return tuple(_corpus_problems(obj, warnings=True))


def _corpus_problems(obj: Corpus, *, warnings: bool) -> list[Problem]:
    out: list[Problem] = []
    paths = [(f"$.inspections[{i}]", insp.id) for i, insp in enumerate(obj.inspections)]
    repeated = {p.path: p for p in duplicate_ids(paths, "inspection id")}
    first = {ident: i for i, (_path, ident) in reversed(list(enumerate(paths)))}
    for (path, _ident), insp in zip(paths, obj.inspections, strict=True):
        if f"{path}.id" in repeated:
            out.append(repeated[f"{path}.id"])
        out.extend(inspection_problems(insp, path, warnings=warnings))
    plan_paths = [(f"$.plans[{i}]", plan.id) for i, plan in enumerate(obj.plans)]
    repeated = {p.path: p for p in duplicate_ids(plan_paths, "plan id")}
    for i, plan in enumerate(obj.plans):
        path = f"$.plans[{i}]"
        if f"{path}.id" in repeated:
            out.append(repeated[f"{path}.id"])
        answered = first.get(plan.inspection)
        if answered is None:
            known = listing(sorted(first)) or "none"
            out.append(
                Problem(
                    path=f"{path}.inspection",
                    message=f"plan {plan.id!r} answers inspection {plan.inspection!r}, which "
                    f"is not in the corpus (inspections: {known})",
                )
            )
            out.extend(checked_plan_problems(plan, None, path))
        else:
            out.extend(checked_plan_problems(plan, obj.inspections[answered], path))
    return out


@_check_later("crosswalk", "Crosswalk")
def _(obj: Crosswalk, *, inspection: object = None) -> tuple[Problem, ...]:
    """Every linked or unmatched area must be a rated area of its framework."""
    if inspection is not None:
        raise TypeError("inspection= applies to improvement plans only, not to a Crosswalk")
    out: list[Problem] = []
    sides = (
        ("from_framework", obj.from_framework, "from_area", "unmatched_from"),
        ("to_framework", obj.to_framework, "to_area", "unmatched_to"),
    )
    for field, code, link_field, unmatched in sides:
        try:
            fw = get_framework(code)
        except UnknownFramework as exc:
            out.append(Problem(path=f"$.{field}", message=str(exc)))
            continue
        rated = {a.code for a in fw.rated_areas()}
        for i, link in enumerate(obj.links):
            area = getattr(link, link_field)
            if area not in rated:
                out.append(
                    Problem(
                        path=f"$.links[{i}].{link_field}",
                        message=f"expected a rated area of {code!r}, found {area!r}",
                    )
                )
        for i, u in enumerate(getattr(obj, unmatched)):
            if u.area not in rated:
                out.append(
                    Problem(
                        path=f"$.{unmatched}[{i}].area",
                        message=f"expected a rated area of {code!r}, found {u.area!r}",
                    )
                )
    return tuple(out)


def plan_problems(
    plan: ImprovementPlan, inspection: Inspection | None = None
) -> tuple[Problem, ...]:
    """Every problem in a plan; with ``inspection``, also every reference that resolves to nothing.

    Without the inspection the plan is checked alone: action, theme and response ids are unique,
    every action's theme exists, dates are in order. With the inspection (its id must be the
    plan's ``inspection``), every id an action covers must name a recommendation or finding of
    the inspection or an area of its framework, and every response must name a recommendation;
    a recommendation with no response is a warning. Nothing is raised for a problem in the data.

    Args:
        plan: the plan.
        inspection: the inspection the plan answers, for the reference checks.

    Returns:
        The problems, each with a path from the plan (``$.actions[3].covers[0]``).

    Raises:
        UnknownFramework: the inspection names a framework that is not known.

    .. versionadded:: 0.1.0
    """
    out = list(plan_alone_problems(plan))
    if inspection is not None:
        out.extend(_reference_problems(plan, inspection))
    return tuple(out)


def _reference_problems(plan: ImprovementPlan, inspection: Inspection) -> list[Problem]:
    out: list[Problem] = []
    if plan.inspection != inspection.id:
        out.append(
            Problem(
                path="$.inspection",
                message=f"the plan answers {plan.inspection!r}, "
                f"but was checked against {inspection.id!r}",
            )
        )
    fw = get_framework(inspection.framework)
    recs = {r.id for r in inspection.recommendations}
    items = recs | {f.id for f in inspection.findings}
    for i, a in enumerate(plan.actions):
        for k, ref in enumerate(a.covers):
            if ref not in items and not fw.has_area(ref):
                out.append(
                    Problem(
                        path=f"$.actions[{i}].covers[{k}]",
                        message=f"action {a.id!r} covers {ref!r}, which is no "
                        f"recommendation or finding of {inspection.id!r} and no area "
                        f"of {fw.code!r}",
                    )
                )
    for i, t in enumerate(plan.themes):
        for k, code in enumerate(t.areas):
            if not fw.has_area(code):
                out.append(
                    Problem(
                        path=f"$.themes[{i}].areas[{k}]",
                        message=f"theme {t.id!r} serves {code!r}, which is no area of {fw.code!r}",
                    )
                )
    answered = set()
    for i, r in enumerate(plan.responses):
        answered.add(r.recommendation)
        if r.recommendation not in recs:
            out.append(
                Problem(
                    path=f"$.responses[{i}].recommendation",
                    message=f"the plan answers recommendation {r.recommendation!r}, "
                    f"which {inspection.id!r} does not make",
                )
            )
    for rec in inspection.recommendations:
        if rec.id not in answered:
            out.append(
                Problem(
                    path="$.responses",
                    severity=Severity.WARNING,
                    message=f"no response to recommendation {rec.id} {_quote(rec.text)}",
                )
            )
    return out


def checked_plan_problems(
    plan: ImprovementPlan, inspection: Inspection | None, root: str
) -> list[Problem]:
    """The problems of one plan, checked against ``inspection`` if given, with paths under ``root``.

    An inspection whose framework is not known cannot be checked against: that is reported as a
    problem at the plan's ``inspection`` and the plan is checked alone.
    """
    try:
        problems = plan_problems(plan, inspection)
    except UnknownFramework as exc:
        problems = (
            Problem(
                path="$.inspection",
                message=f"the references of plan {plan.id!r} cannot be checked: {exc}",
            ),
            *plan_problems(plan),
        )
    if root == "$":
        return list(problems)
    return [attrs.evolve(p, path=root + p.path[1:]) for p in problems]


def service_problems(service: Service, root: str) -> list[Problem]:
    """Warnings about where a service is, with paths under ``root`` (the service's path): its
    authorities not recorded, a GSS code of England or Wales that is not in the shipped table of
    authorities, or authorities in different nations. Each leaves the nation not known."""
    path = f"{root}.authorities"
    if not service.authorities:
        return [
            _warn(
                path,
                "the local authorities the service covers are not recorded, so its nation is "
                "not known (yjinspect.places.service_authorities finds them by name)",
            )
        ]
    from .model import _gss

    out = []
    for i, code in enumerate(service.authorities):
        if code[0] in "EW" and not _gss.is_known(code):
            from .model import places  # the table itself, for its message

            try:
                places.by_code(code)
            except places.UnknownPlace as exc:
                out.append(_warn(f"{path}[{i}]", str(exc)))
    if service.nation is None:
        out.append(
            _warn(path, "the authorities lie in different nations, so the nation is not known")
        )
    return out


def inspection_problems(insp: Inspection, root: str, *, warnings: bool = True) -> list[Problem]:
    """The problems of one inspection, with paths under ``root``; with ``warnings=False``, the
    checks that can only warn are not made (a few warnings may still be among the problems)."""
    out: list[Problem] = service_problems(insp.service, f"{root}.service") if warnings else []
    try:
        fw = get_framework(insp.framework)
    except UnknownFramework as exc:
        out.append(Problem(path=f"{root}.framework", message=str(exc)))
        fw = None
    out.extend(_id_problems(insp, root, fw))
    out.extend(_candidate_problems(insp, root))
    if fw is None:
        return out

    checks = _judgement_checks(fw, insp.framework_version)
    if checks.version_problem is not None:
        out.append(Problem(path=f"{root}.framework_version", message=checks.version_problem))
    seen: dict[str, int] = {}
    for i, j in enumerate(insp.judgements):
        if j.area in seen:
            out.append(
                Problem(
                    path=f"{root}.judgements[{i}].area",
                    message=f"duplicate judgement of area "
                    f"{j.area!r} (first at {root}.judgements[{seen[j.area]}])",
                )
            )
            continue
        seen[j.area] = i
        kq = j.key_questions
        key = (j.area, j.rating, tuple(kq) if kq else (), bool(j.override_reason))
        found = checks.table.get(key)
        if found is None:
            found = checks.judge(key)
        problems, level = found
        for suffix, message, severity in problems:
            out.append(
                Problem(path=f"{root}.judgements[{i}]{suffix}", message=message, severity=severity)
            )
        if j.key_question_ratings:
            out.extend(_key_question_rating_problems(fw, j, f"{root}.judgements[{i}]"))
        if level is None:
            continue
        # The area is computed and every key question is given and known; Judgement checks
        # each value lies in 0-100.
        computed = fw._standard_level(min(kq.values()))
        # Levels of one scale are shared objects: identity is equality, and cheaper.
        if computed is not level and not j.override_reason:
            out.append(
                Problem(
                    path=f"{root}.judgements[{i}].rating",
                    message=f"the key questions give "
                    f"{computed.label!r} but the rating is {level.label!r}; an "
                    "override needs an override_reason",
                )
            )
        elif computed is level and j.override_reason and warnings:
            out.append(
                _warn(
                    f"{root}.judgements[{i}].override_reason",
                    "an override reason is given but "
                    f"the rating equals the computed one ({computed.label!r})",
                )
            )

    out.extend(_overall_problems(insp, fw, root, checks.overalls))
    out.extend(_count_problems(insp, fw, root))
    if warnings:
        out.extend(_period_problems(insp, fw, root))
    return out


def _key_question_rating_problems(fw: Framework, j: Judgement, path: str) -> list[Problem]:
    """Key-question ratings naming a key question the area does not have, or a rating not on
    the framework's scale."""
    out: list[Problem] = []
    kq_codes = fw.key_question_codes(j.area) if fw.has_area(j.area) else frozenset()
    for key, text in j.key_question_ratings.items():
        kq_path = f"{path}.key_question_ratings[{key!r}]"
        if key not in kq_codes and f"{j.area}.{key}" not in kq_codes:
            expected = ", ".join(sorted(kq_codes)) or "none (the area has no key questions)"
            out.append(
                Problem(
                    path=kq_path,
                    message=f"expected a key question of {j.area!r} ({expected}), found {key!r}",
                )
            )
            continue
        try:
            fw.scale.level(text)
        except UnknownRating:
            out.append(
                Problem(
                    path=kq_path,
                    message=f"expected one of {', '.join(fw.scale.labels)}; found {text!r}",
                )
            )
    return out


def _candidate_problems(insp: Inspection, root: str) -> list[Problem]:
    """An error for each unknown candidate framework; a warning that the framework is uncertain."""
    if not insp.framework_candidates:
        return []
    out: list[Problem] = []
    for k, code in enumerate(insp.framework_candidates):
        try:
            get_framework(code)
        except UnknownFramework as exc:
            out.append(Problem(path=f"{root}.framework_candidates[{k}]", message=str(exc)))
    others = [c for c in insp.framework_candidates if c != insp.framework]
    if others:
        out.append(
            _warn(
                f"{root}.framework",
                f"the framework is uncertain: the record may be of {', '.join(others)} as well "
                f"as {insp.framework} (its ratings are written against {insp.framework})",
            )
        )
    return out


_Found = tuple[tuple[tuple[str, str, Severity], ...], Level | None]


class _JudgementChecks:
    """What a framework (at one version) says about a judgement, found once for each
    combination of area, rating, key-question codes and whether an override reason is given,
    and kept: a corpus repeats the same few combinations thousands of times.

    ``judge`` returns the problems (path below the judgement, message, severity) and, when the
    rating must be compared with the one the key questions give, the rated level.
    """

    __slots__ = ("allowed", "framework", "overalls", "table", "version", "version_problem")

    def __init__(self, fw: Framework, version: str | None) -> None:
        self.framework = fw
        self.version = version
        self.table: dict[tuple[str, str | None, tuple[str, ...], bool], _Found] = {}
        # The overall derived from the scored areas' ratings, in the framework's order (None:
        # a rating is not on the scale, which is reported against its judgement).
        self.overalls: dict[tuple[str, ...], Overall | None] = {}
        self.allowed: set[str] | None = None
        self.version_problem: str | None = None
        if version is not None:
            try:
                self.allowed = set(fw.version(version).areas)
            except LookupError as exc:
                self.version_problem = str(exc)

    def judge(self, key: tuple[str, str | None, tuple[str, ...], bool]) -> _Found:
        if len(self.table) >= 4096:
            self.table.clear()
        found = self.table[key] = self._judge(*key)
        return found

    def _judge(
        self, code: str, rating: str | None, kq_keys: tuple[str, ...], override: bool
    ) -> _Found:
        fw = self.framework
        out: list[tuple[str, str, Severity]] = []
        if not fw.has_area(code):
            return ((".area", f"expected an area of {fw.code!r}, found {code!r}", _E),), None
        area = fw.area(code)
        if not area.rated:
            message = f"area {code!r} is a {area.kind.value} of {fw.code!r} and carries no rating"
            return ((".area", message, _E),), None
        if self.allowed is not None and code not in self.allowed:
            message = f"area {code!r} is not rated in version {self.version!r} of {fw.code!r}"
            out.append((".area", message, _E))
        level = None
        if rating is not None:
            try:
                level = fw.scale.level(rating)
            except UnknownRating:
                out.append(
                    (
                        ".rating",
                        f"expected one of {', '.join(fw.scale.labels)}; found {rating!r}",
                        _E,
                    )
                )
        kq_codes = fw.key_question_codes(code)
        bad_kq = False
        for key in kq_keys:
            if key not in kq_codes and f"{code}.{key}" not in kq_codes:
                bad_kq = True
                expected = ", ".join(sorted(kq_codes)) or "none (the area has no key questions)"
                out.append(
                    (
                        f".key_questions[{key!r}]",
                        f"expected a key question of {code!r} ({expected}), found {key!r}",
                        _E,
                    )
                )
        compare = (
            level is not None
            and area.computed
            and bool(kq_keys)
            and not bad_kq
            and len(kq_keys) == len(kq_codes)
        )
        if override and not area.computed:
            out.append(
                (".override_reason", f"area {code!r} has no computed rating to override", _W)
            )
        return tuple(out), level if compare else None


_E, _W = Severity.ERROR, Severity.WARNING
_CHECKS: dict[tuple[int, str | None], _JudgementChecks] = {}


def _judgement_checks(fw: Framework, version: str | None) -> _JudgementChecks:
    checks = _CHECKS.get((id(fw), version))
    if checks is None or checks.framework is not fw:
        if len(_CHECKS) >= 256:
            _CHECKS.clear()
        checks = _CHECKS[(id(fw), version)] = _JudgementChecks(fw, version)
    return checks


def _period_problems(insp: Inspection, fw: Framework, root: str) -> list[Problem]:
    """A warning when the record's dates put it outside its framework's period, or where
    another framework could apply and the record's ratings do not decide between them."""
    if insp.started is not None:
        start = end = insp.started
        path = f"{root}.fieldwork" if insp.fieldwork is not None else f"{root}.fieldwork_start"
        what = f"fieldwork starting {start}"
    elif insp.fieldwork_start is not None:
        # fieldwork begun in a month or year: closer than the publication date can put it
        start, end = insp.fieldwork_start.earliest(), insp.fieldwork_start.latest()
        path = f"{root}.fieldwork_start"
        what = f"fieldwork starting {insp.fieldwork_start}"
    elif insp.published is not None:
        start = insp.published.earliest() - FIELDWORK_BEFORE_PUBLICATION
        end = insp.published.latest()
        path = f"{root}.published"
        what = (
            f"publication {insp.published} (fieldwork from {start} at the earliest, "
            f"{FIELDWORK_BEFORE_PUBLICATION.in_words()} before)"
        )
    else:
        return []
    fits = fw.in_use(start, end)
    if fits is True:
        return []
    period = f"{fw.valid_from or 'an unknown start'} to {fw.valid_to or 'now'}"
    if fits is False:
        return [_warn(path, f"{what} lies outside the period of {fw.code} ({period})")]
    # an area recorded as rated (its rating known or not) is one the inspection rated: it
    # tells the frameworks apart as a rating does
    rated = [
        fw.area(j.area)
        for j in insp.judgements
        if j.status is not JudgementStatus.NOT_RATED and fw.has_area(j.area)
    ]
    others = []
    for code in available_frameworks():
        if code == fw.code:
            continue
        other = get_framework(code)
        # a successor rates on the same scale; frameworks on other scales are other
        # programmes, told apart by any rating
        if (
            other.inspectorate != fw.inspectorate
            or other.scale.code != fw.scale.code
            or other.in_use(start, end) is False
        ):
            continue
        if all(
            other.may_rate(a.title, fw.area(a.parent).title if a.parent else None) for a in rated
        ):
            others.append(other.code)
    if not others:
        return []
    return [
        _warn(
            path,
            f"{what} falls where {fw.code} ({period}) and {', '.join(others)} could each apply, "
            "and the record's ratings do not decide between them: the framework is uncertain",
        )
    ]


def _id_problems(insp: Inspection, root: str, fw: Framework | None) -> list[Problem]:
    ids = [f.id for f in insp.findings] + [r.id for r in insp.recommendations]
    out: list[Problem] = []
    if len(set(ids)) != len(ids):  # paths are made only when an id repeats
        items = [(f"{root}.findings[{i}]", f.id) for i, f in enumerate(insp.findings)]
        items += [
            (f"{root}.recommendations[{i}]", r.id) for i, r in enumerate(insp.recommendations)
        ]
        out = duplicate_ids(
            items, "id", note="; finding and recommendation ids share one namespace"
        )
    if fw is None:
        return out
    groups = [("findings", f.areas) for f in insp.findings]
    groups += [("recommendations", r.areas) for r in insp.recommendations]
    counters = {"findings": 0, "recommendations": 0}
    for name, areas in groups:
        i = counters[name]
        counters[name] += 1
        for k, code in enumerate(areas):
            if not fw.has_area(code):
                out.append(
                    Problem(
                        path=f"{root}.{name}[{i}].areas[{k}]",
                        message=f"expected an area of {fw.code!r}, found {code!r}",
                    )
                )
    return out


def _overall_problems(
    insp: Inspection,
    fw: Framework,
    root: str,
    overalls: dict[tuple[str, ...], Overall | None] | None = None,
) -> list[Problem]:
    """Published overall rating and score against the framework's rule; ``overalls`` keeps
    the overall derived for each combination of scored ratings (a corpus repeats a few)."""
    out: list[Problem] = []
    published = None
    if insp.published_overall is not None:
        try:
            published = fw.scale.level(insp.published_overall)
        except UnknownRating:
            out.append(
                Problem(
                    path=f"{root}.published_overall",
                    message=f"expected one of "
                    f"{', '.join(fw.scale.labels)}; found {insp.published_overall!r}",
                )
            )
    if fw.overall_rule is None:
        if insp.published_score is not None:
            out.append(
                Problem(
                    path=f"{root}.published_score",
                    message=f"framework {fw.code!r} has no overall score",
                )
            )
        if published is not None:
            out.append(
                _warn(
                    f"{root}.published_overall",
                    f"framework {fw.code!r} has no rule "
                    "for an overall rating; the published one cannot be checked",
                )
            )
        return out
    score_band = None
    if insp.published_score is not None:
        if not 0 <= insp.published_score <= fw.max_score:
            out.append(
                Problem(
                    path=f"{root}.published_score",
                    message=f"expected a score from 0 "
                    f"to {fw.max_score}, found {insp.published_score}",
                )
            )
        else:
            score_band = fw.band(insp.published_score)
            if published is not None and score_band != published:
                out.append(
                    _warn(
                        f"{root}.published_overall",
                        f"published overall "
                        f"{published.label!r} disagrees with the band of the published "
                        f"score {insp.published_score}/{fw.max_score} "
                        f"({score_band.label!r})",
                    )
                )
    ratings = insp.ratings()
    if all(a.code in ratings for a in fw.scored_areas):
        key = tuple([ratings[a.code] for a in fw.scored_areas])
        if overalls is not None and key in overalls:
            derived = overalls[key]
        else:
            try:
                derived = fw.overall({a.code: ratings[a.code] for a in fw.scored_areas})
            except UnknownRating:
                derived = None
            if overalls is not None:
                if len(overalls) >= 4096:
                    overalls.clear()
                overalls[key] = derived
        if derived is None:
            return out  # a rating not on the scale: already reported against the judgement
        if published is not None and derived.rating != published:
            out.append(
                _warn(
                    f"{root}.published_overall",
                    f"published overall "
                    f"{published.label!r} disagrees with the one derived from the "
                    f"standards ({derived})",
                )
            )
        if insp.published_score is not None and derived.score != insp.published_score:
            out.append(
                _warn(
                    f"{root}.published_score",
                    f"published score "
                    f"{insp.published_score}/{fw.max_score} disagrees with the score "
                    f"derived from the standards ({derived.score}/{fw.max_score})",
                )
            )
    elif score_band is not None:
        out.extend(_partial_score_problems(insp, fw, ratings, root))
    return out


def _partial_score_problems(
    insp: Inspection, fw: Framework, ratings: dict[str, str], root: str
) -> list[Problem]:
    """A published score that the known ratings (and rating counts) of a partial record cannot
    add up to."""
    rng = _safe_range(insp, fw)
    score = insp.published_score
    if rng is None or score is None or not rng.consistent or rng.allows(score):
        return []
    counted = " and the rating counts" if rng.counted else ""
    return [
        _warn(
            f"{root}.published_score",
            f"published score {score}/{fw.max_score} is outside the {rng.low}-{rng.high} that "
            f"the known ratings{counted} allow ({rng.unknown} scored standard(s) not known)",
        )
    ]


def _count_problems(insp: Inspection, fw: Framework, root: str) -> list[Problem]:
    """Rating counts that name what the framework does not have, or that the judgements
    contradict."""
    out: list[Problem] = []
    sound = True
    for i, c in enumerate(insp.rating_counts):
        path = f"{root}.rating_counts[{i}]"
        for k, r in enumerate(c.ratings):
            try:
                fw.scale.level(r)
            except UnknownRating:
                sound = False
                out.append(
                    Problem(
                        path=f"{path}.ratings[{k}]",
                        message=f"expected one of {', '.join(fw.scale.labels)}; found {r!r}",
                    )
                )
        for k, code in enumerate(c.areas):
            if not fw.has_area(code) or not fw.area(code).rated:
                sound = False
                out.append(
                    Problem(
                        path=f"{path}.areas[{k}]",
                        message=f"expected a rated area of {fw.code!r}, found {code!r}",
                    )
                )
        if not c.areas:
            over = count_areas(fw, insp, ())
            if c.total != len(over):
                sound = False
                out.append(
                    Problem(
                        path=f"{path}.total",
                        message=f"the count is over every area {fw.code!r} rates "
                        f"({len(over)}), but its total is {c.total}; name the areas counted",
                    )
                )
    if not sound or not insp.rating_counts:
        return out
    try:
        rng = score_range(insp, fw) if fw.overall_rule is not None else None
        fits = rng.consistent if rng is not None else _counts_fit(insp, fw)
    except (UnknownRating, LookupError):
        return out  # reported against the judgement
    if not fits:
        out.append(
            _warn(
                f"{root}.rating_counts",
                "the rating counts contradict the ratings recorded: no rating of the "
                "areas not known fits them (" + "; ".join(str(c) for c in insp.rating_counts) + ")",
            )
        )
    elif (
        rng is not None
        and insp.published_score is not None
        and not rng.allows(insp.published_score)
    ):
        out.append(
            _warn(
                f"{root}.rating_counts",
                f"the rating counts and ratings allow a score of {rng.low}-{rng.high}"
                f"/{fw.max_score}, but the published score is "
                f"{insp.published_score}/{fw.max_score}",
            )
        )
    return out


def _counts_fit(insp: Inspection, fw: Framework) -> bool:
    """Whether the counts fit the ratings, for a framework with no overall score."""
    ratings = insp.ratings()
    for c in insp.rating_counts:
        levels = {fw.scale.level(r).code for r in c.ratings}
        over = count_areas(fw, insp, c.areas)
        sure = sum(1 for a in over if a in ratings and fw.scale.level(ratings[a]).code in levels)
        open_ = sum(1 for a in over if a not in ratings)
        if not sure <= c.count <= sure + open_:
            return False
    return True
