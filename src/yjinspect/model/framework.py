"""The framework model: a framework's areas, versions and rating rules, all plain data, and the
checks a framework makes of itself."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import attrs
import pendulum

from ..errors import IncompleteRatings, InvalidDocument, Problem, RuleNotDefined, UnknownArea
from ._constraints import PERCENT_RANGE
from ._ids import duplicate_ids
from .area import Area, AreaKind, FrameworkVersion
from .dates import DateRange, PartialDate
from .framework_rules import (
    BANDED_SUM,
    LOWEST_KEY_QUESTION,
    NotPublished,
    NotPublishedSubject,
    Overall,
    OverallRule,
    StandardRule,
)
from .provenance import Confidence
from .scales import Level, RatingScale, normalise

__all__ = ["Framework", "framework_problems"]


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Framework:
    """An inspection framework: its scale, its areas and its rules.

    Built-in frameworks are TOML files shipped with the package and read by the same code as a
    user's own file (:func:`yjinspect.frameworks.load`).

    Attributes:
        code: identifier ("hmip-youth-2021").
        title: human name.
        scale: the rating scale its areas are rated on.
        areas: every area, parents before children.
        inspectorate: who inspects under it.
        valid_from: first fieldwork date it applies to, if known.
        valid_to: last fieldwork date it applies to, if known.
        versions: versions or variants that rate different sets of areas.
        standard_rule: how computed standards are rated, if the framework has such a rule.
        overall_rule: how the overall rating is derived, if the framework has one.
        description: further detail.
        source: where the framework is published.
        confidence: how the framework as a whole is known.
        not_published: the parts the public record does not show (see :class:`NotPublished`);
            a rule left out for that reason is "not published", not absent.
        report_title: the words the title of every report under the framework begins with,
            before the place ("An inspection of youth justice work with children and victims
            in"); importers read it in a report's title or URL.

    ``valid_from`` and ``valid_to`` are as precise as the record: a :class:`PartialDate`, or a
    :class:`DateRange` for a start known only as a season ("2025-03/2025-05").

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       ``not_published``, ``report_title``; periods may be date ranges.
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    title: str
    scale: RatingScale
    areas: tuple[Area, ...]
    inspectorate: str = "HMIP"
    valid_from: PartialDate | DateRange | None = None
    valid_to: PartialDate | DateRange | None = None
    versions: tuple[FrameworkVersion, ...] = ()
    standard_rule: StandardRule | None = None
    overall_rule: OverallRule | None = None
    description: str = ""
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    not_published: tuple[NotPublished, ...] = ()
    report_title: str = ""
    _by_code: Mapping[str, Area] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_by_code"
    )
    _children: Mapping[str | None, tuple[Area, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_children"
    )
    _scored: tuple[Area, ...] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_scored"
    )
    _key_questions: Mapping[str | None, tuple[Area, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_key_questions"
    )
    _key_question_codes: Mapping[str | None, frozenset[str]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_key_question_codes"
    )
    _names: Mapping[str, tuple[str, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_names"
    )

    # framework_problems: computed areas need a standard rule; a rule that is given is not
    # also noted as not published.
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        *(
            {
                "if": {"required": [rule], "properties": {rule: {"type": "object"}}},
                "then": {
                    "properties": {
                        "not_published": {
                            "not": {
                                "contains": {
                                    "required": ["subject"],
                                    "properties": {"subject": {"const": rule}},
                                }
                            }
                        }
                    }
                },
            }
            for rule in (NotPublishedSubject.OVERALL_RULE, NotPublishedSubject.STANDARD_RULE)
        ),
        {
            "if": {
                "required": ["areas"],
                "properties": {
                    "areas": {
                        "contains": {
                            "required": ["computed"],
                            "properties": {"computed": {"const": True}},
                        }
                    }
                },
            },
            "then": {
                "required": ["standard_rule"],
                "properties": {"standard_rule": {"type": "object"}},
            },
        },
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {a.code: a for a in self.areas})
        children: dict[str | None, list[Area]] = {}
        for a in self.areas:
            children.setdefault(a.parent, []).append(a)
        object.__setattr__(self, "_scored", tuple(a for a in self.areas if a.scored))
        object.__setattr__(self, "_children", {k: tuple(v) for k, v in children.items()})
        kqs = {
            k: tuple(a for a in v if a.kind is AreaKind.KEY_QUESTION) for k, v in children.items()
        }
        object.__setattr__(self, "_key_questions", kqs)
        object.__setattr__(
            self, "_key_question_codes", {k: frozenset(a.code for a in v) for k, v in kqs.items()}
        )
        found: dict[str, list[str]] = {}
        for area in self.areas:
            if not area.rated:
                continue
            for name in (area.title, *area.aliases):
                codes = found.setdefault(normalise(name), [])
                if area.code not in codes:
                    codes.append(area.code)
        object.__setattr__(self, "_names", {k: tuple(v) for k, v in found.items()})
        problems = framework_problems(self)
        if problems:
            raise InvalidDocument(problems, source=f"framework {self.code!r}")

    # -- areas ---------------------------------------------------------------------------------
    def area(self, code: str) -> Area:
        """Return the area with this code.

        Raises:
            UnknownArea: the framework has no such area (a LookupError listing the known codes).
        """
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownArea(code, self.code, self._by_code) from None

    def has_area(self, code: str) -> bool:
        """True when the framework has an area with this code."""
        return code in self._by_code

    def children(self, code: str | None) -> tuple[Area, ...]:
        """The areas whose parent is ``code`` (``None`` for the top level)."""
        return self._children.get(code, ())

    def key_questions(self, code: str) -> tuple[Area, ...]:
        """The key questions of a standard."""
        return self._key_questions.get(code, ())

    def key_question_codes(self, code: str) -> frozenset[str]:
        """The full codes of a standard's key questions ("2.1.desistance")."""
        return self._key_question_codes.get(code, frozenset())

    def area_names(self) -> Mapping[str, tuple[str, ...]]:
        """Every name of a rated area (title or alias, folded by
        :func:`~yjinspect.scales.normalise`) to the codes of the rated areas it can name.

        A name shared by several areas ("assessment" names 2.1 and 3.1; "policy and
        provision" names 3.4 and 4.1 of the 2021 standards) maps to all of them: an importer
        must not pick one.

        .. versionadded:: 0.2
        """
        return MappingProxyType(self._names)

    def rated_areas(self, version: str | None = None) -> tuple[Area, ...]:
        """The areas that carry a rating, in framework order (of one version, if given)."""
        if version is None:
            return tuple(a for a in self.areas if a.rated)
        wanted = set(self.version(version).areas)
        return tuple(a for a in self.areas if a.code in wanted)

    @property
    def scored_areas(self) -> tuple[Area, ...]:
        """The areas whose ratings count in the overall score."""
        return self._scored

    def version(self, code: str) -> FrameworkVersion:
        """Return a version or variant by code.

        Raises:
            LookupError: no version has that code (the message lists the known ones).
        """
        for v in self.versions:
            if v.code == code:
                return v
        known = ", ".join(v.code for v in self.versions) or "none"
        raise LookupError(f"framework {self.code!r} has no version {code!r}; versions: {known}")

    # -- rules ---------------------------------------------------------------------------------
    def rate_standard(
        self, area_code: str, percentages: Mapping[str, float] | Iterable[float]
    ) -> Level:
        """Rate a computed standard from its key-question percentages.

        The lowest percentage decides: the standard earns the level of the highest threshold it
        reaches (HMIP: >= 80 Outstanding, 65-79 Good, 50-64 Requires improvement, < 50
        Inadequate). Percentages are compared exactly, with no rounding: 79.9 is Good.

        Args:
            area_code: a standard whose ``computed`` flag is set ("2.1").
            percentages: key-question code (full, "2.1.desistance", or short, "desistance")
                to percentage for every key question of the standard, or the percentages
                alone, one for each key question.

        Raises:
            RuleNotDefined: the framework has no standard rule, or the area is not computed.
            UnknownArea: no such area, or a key question that is not the standard's.
            TypeError: ``percentages`` is neither a mapping nor a sequence of numbers (a
                string, a single number).
            ValueError: a key question is missing or given twice, the number of percentages
                differs from the number of key questions, or a percentage is not a number
                (a string, a bool, None) or lies outside 0-100.

        Example:
            >>> import yjinspect as yj
            >>> fw = yj.frameworks.get("hmip-youth-2021")
            >>> kq = {"desistance": 84, "child-safety": 71, "public-safety": 90}
            >>> fw.rate_standard("2.1", kq).label
            'Good'
        """
        area = self.area(area_code)
        rule = self.standard_rule
        if rule is None or not area.computed:
            raise RuleNotDefined(
                f"framework {self.code!r} has no rule that computes a rating for {area_code!r}"
            )
        questions = self.key_questions(area_code)
        expected = ", ".join(q.code.removeprefix(f"{area_code}.") for q in questions)
        if isinstance(percentages, str | bytes | bytearray) or not isinstance(
            percentages, Iterable
        ):
            raise TypeError(
                f"expected a mapping of key question to percentage or a sequence of "
                f"percentages for {area_code!r}, found {type(percentages).__name__}"
            )
        values: list[float] = []
        if isinstance(percentages, Mapping):
            known = self.key_question_codes(area_code)
            given: dict[str, object] = {}
            for key in percentages:
                full = key if isinstance(key, str) and key in known else f"{area_code}.{key}"
                if full not in known:
                    raise UnknownArea(str(key), self.code, [q.code for q in questions])
                if full in given:
                    raise ValueError(
                        f"key question {full!r} of {area_code!r} is given twice "
                        f"(as {given[full]!r} and {key!r})"
                    )
                given[full] = key
                values.append(
                    _percentage(percentages[key], f"key question {key!r} of {area_code!r}")
                )
        else:
            for i, v in enumerate(percentages):
                values.append(_percentage(v, f"key question {i + 1} of {area_code!r}"))
        if not values:
            raise ValueError(
                f"no key-question percentages given for {area_code!r}: expected "
                f"{len(questions)} ({expected})"
            )
        if isinstance(percentages, Mapping):
            missing = [
                q.code.removeprefix(f"{area_code}.") for q in questions if q.code not in given
            ]
            if missing:
                raise ValueError(
                    f"expected a percentage for every key question of {area_code!r} "
                    f"({expected}); missing: {', '.join(missing)}"
                )
        elif len(values) != len(questions):
            raise ValueError(
                f"expected {len(questions)} key-question percentages for {area_code!r} "
                f"({expected}), found {len(values)}"
            )
        return self._standard_level(min(values))

    def _standard_level(self, lowest: float) -> Level:
        """The level the standard rule gives a standard whose lowest key-question percentage
        is ``lowest`` (checked to lie in 0-100 by the caller)."""
        rule = self.standard_rule
        if rule is None:
            raise RuleNotDefined(f"framework {self.code!r} has no rule for standards")
        for t in rule.thresholds:
            if lowest >= t.minimum:
                return self.scale.level(t.level)
        raise ValueError(f"{lowest} is below every threshold of {self.code!r}")  # pragma: no cover

    def band(self, score: int) -> Level:
        """The overall level for a summed score.

        Raises:
            RuleNotDefined: the framework has no banded overall rating.
            ValueError: the score is not a whole number in the bands' range.

        Example:
            >>> import yjinspect as yj
            >>> yj.frameworks.get("hmip-youth-2021").band(33).label
            'Outstanding'
        """
        rule = self._overall_rule()
        if isinstance(score, bool) or not isinstance(score, int):
            raise ValueError(f"a score must be a whole number, found {score!r}")
        for b in rule.bands:
            if b.minimum <= score <= b.maximum:
                return self.scale.level(b.level)
        raise ValueError(f"score {score} is outside 0-{self.max_score} for framework {self.code!r}")

    @property
    def max_score(self) -> int:
        """The highest overall score (0 when the framework has no overall rule)."""
        return self.overall_rule.bands[-1].maximum if self.overall_rule else 0

    def overall(self, ratings: Mapping[str, Level | str]) -> Overall:
        """Derive the overall rating from area ratings.

        Every scored area must be rated; ratings of areas that are not scored (the 2021
        resettlement standard) are accepted and never change the score.

        Raises:
            RuleNotDefined: the framework has no overall rule.
            TypeError: ``ratings`` is not a mapping.
            IncompleteRatings: a scored area has no rating.
            UnknownArea: a rating names an area the framework does not have.
            UnknownRating: a rating is not a level of the framework's scale.
        """
        self._overall_rule()
        if not isinstance(ratings, Mapping):
            raise TypeError(
                f"expected a mapping of area code to rating, found {type(ratings).__name__}"
            )
        levels: dict[str, Level] = {}
        for code, value in ratings.items():
            self.area(code)
            levels[code] = self.scale.level(value)
        missing = [a.code for a in self.scored_areas if a.code not in levels]
        if missing:
            raise IncompleteRatings(missing, self.code)
        score = sum(levels[a.code].score for a in self.scored_areas)
        return Overall(score=score, max_score=self.max_score, rating=self.band(score))

    def _overall_rule(self) -> OverallRule:
        if self.overall_rule is None:
            gap = self.gap(NotPublishedSubject.OVERALL_RULE)
            if gap is not None:
                raise RuleNotDefined(
                    f"framework {self.code!r}: the overall rating rule is not published "
                    f"({gap.note})"
                )
            raise RuleNotDefined(f"framework {self.code!r} has no overall rating rule")
        return self.overall_rule

    # -- what is not known -------------------------------------------------------------------
    def gap(self, subject: str, area: str | None = None) -> NotPublished | None:
        """The :class:`NotPublished` note on ``subject`` (and ``area``), if the framework has one.

        .. versionadded:: 0.2
        """
        for g in self.not_published:
            if g.subject == subject and (area is None or g.area == area):
                return g
        return None

    def may_rate(self, name: str, parent_title: str | None = None) -> bool:
        """Whether a rating recorded under ``name`` can be one of this framework's.

        True when ``name`` (a title or alias, any case or separator) names a rated area, or
        when the rating sits, where it was recorded, under a domain titled ``parent_title``
        whose standards this framework does not publish (see :class:`NotPublished`): an
        unpublished standard may bear the name.

        .. versionadded:: 0.2
        """
        if normalise(name) in self._names:
            return True
        if parent_title is None:
            return False
        return any(
            g.subject == NotPublishedSubject.AREAS
            and g.area is not None
            and g.area in self._by_code
            and normalise(self._by_code[g.area].title) == normalise(parent_title)
            for g in self.not_published
        )

    def in_use(self, earliest: pendulum.Date, latest: pendulum.Date) -> bool | None:
        """Whether fieldwork on some day from ``earliest`` to ``latest`` fell in the period.

        The period's ends are as precise as the record (a start known only as "spring 2025"
        is a range), so the answer has three values.

        Returns:
            True when every such day certainly lies in the period, False when none can,
            ``None`` when the record does not decide (the day or an end of the period is
            not known closely enough).

        .. versionadded:: 0.2
        """
        start, end = self.valid_from, self.valid_to
        if (start is not None and latest < start.earliest()) or (
            end is not None and earliest > end.latest()
        ):
            return False
        if (start is None or earliest >= start.latest()) and (
            end is None or latest <= end.earliest()
        ):
            return True
        return None

    def __str__(self) -> str:
        return f"{self.code}: {self.title}"

    def __repr__(self) -> str:
        return (
            f"Framework(code={self.code!r}, scale={self.scale.code!r}, "
            f"areas={len(self.areas)}, versions={len(self.versions)})"
        )

    def _repr_html_(self) -> str:
        from ..views import framework_html

        return framework_html(self)


def _percentage(value: object, what: str) -> float:
    """A key-question percentage as a float, or ValueError saying what was found."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(
            f"expected a percentage (a number from 0 to 100) for {what}, "
            f"found {value!r} ({type(value).__name__})"
        )
    result = float(value)
    if not PERCENT_RANGE[0] <= result <= PERCENT_RANGE[1]:
        raise ValueError(f"a percentage must lie between 0 and 100, found {value!r} for {what}")
    return result


def _period_problems(
    path: str,
    valid_from: PartialDate | DateRange | None,
    valid_to: PartialDate | DateRange | None,
) -> list[Problem]:
    """A problem when ``valid_to`` is certainly before ``valid_from``: every day it can stand
    for is before every day ``valid_from`` can stand for ("2016" to "2016-03" is allowed)."""
    if valid_from is None or valid_to is None or valid_to.latest() >= valid_from.earliest():
        return []
    return [
        Problem(
            path=f"{path}.valid_to",
            message=f"expected a date on or after valid_from {str(valid_from)!r}, "
            f"found {str(valid_to)!r}",
        )
    ]


def _builtin_scale_problems(scale: RatingScale) -> list[Problem]:
    """A problem when a framework defines its own scale under the code of a built-in one."""
    from .scales import available, get

    if scale.code not in available() or get(scale.code) == scale:
        return []
    return [
        Problem(
            path="$.scale.code",
            message=f"{scale.code!r} is the code of a built-in scale, and these levels differ "
            f"from it: expected scale = {scale.code!r} to use the built-in scale, or another "
            "code for a scale of one's own",
        )
    ]


def framework_problems(fw: Framework) -> list[Problem]:
    """Cross-checks a single framework can make of itself; paths are inside its document.

    .. versionadded:: 0.1.0
    """
    out: list[Problem] = []
    seen: dict[str, int] = {}
    for i, a in enumerate(fw.areas):
        if a.code in seen:
            out.append(
                Problem(
                    path=f"$.areas[{i}].code",
                    message=f"duplicate area code {a.code!r} (first at $.areas[{seen[a.code]}])",
                )
            )
        else:
            seen[a.code] = i
    for i, a in enumerate(fw.areas):
        if a.parent is not None and a.parent not in seen:
            out.append(
                Problem(
                    path=f"$.areas[{i}].parent",
                    message=f"expected the code of another area, found {a.parent!r}",
                )
            )
        if a.parent is not None and a.parent in seen and seen[a.parent] >= i:
            out.append(
                Problem(
                    path=f"$.areas[{i}].parent",
                    message=f"parent {a.parent!r} must come before its child",
                )
            )
        if a.scored and not a.rated:
            out.append(
                Problem(
                    path=f"$.areas[{i}].scored",
                    message="an area that is not rated cannot be scored",
                )
            )
        if a.computed and fw.standard_rule is None:
            out.append(
                Problem(
                    path=f"$.areas[{i}].computed", message="computed areas need a [standard_rule]"
                )
            )
        if a.computed and not fw.key_questions(a.code):
            out.append(
                Problem(
                    path=f"$.areas[{i}].computed",
                    message=f"a computed area is rated from its key questions, but {a.code!r} "
                    "has none (no area of kind 'key-question' has it as parent)",
                )
            )
    out.extend(_period_problems("$", fw.valid_from, fw.valid_to))
    out.extend(_builtin_scale_problems(fw.scale))
    out.extend(
        duplicate_ids(
            ((f"$.versions[{i}]", v.code) for i, v in enumerate(fw.versions)),
            "version",
            field="code",
        )
    )
    for i, g in enumerate(fw.not_published):
        if g.area is not None and g.area not in seen:
            out.append(
                Problem(
                    path=f"$.not_published[{i}].area",
                    message=f"expected the code of an area, found {g.area!r}",
                )
            )
        if g.subject == NotPublishedSubject.AREAS and g.area is None:
            out.append(
                Problem(
                    path=f"$.not_published[{i}].area",
                    message="a note on areas not published names the area they belong to",
                )
            )
    for subject, present in (
        (NotPublishedSubject.OVERALL_RULE, fw.overall_rule),
        (NotPublishedSubject.STANDARD_RULE, fw.standard_rule),
    ):
        if present is not None and fw.gap(subject) is not None:
            out.append(
                Problem(
                    path="$.not_published",
                    message=f"{subject} is given, so it cannot also be noted as not published",
                )
            )

    for i, v in enumerate(fw.versions):
        out.extend(_period_problems(f"$.versions[{i}]", v.valid_from, v.valid_to))
        for j, code in enumerate(v.areas):
            if code not in seen:
                out.append(
                    Problem(
                        path=f"$.versions[{i}].areas[{j}]",
                        message=f"expected the code of an area, found {code!r}",
                    )
                )
    if fw.standard_rule is not None:
        r = fw.standard_rule
        if r.method != LOWEST_KEY_QUESTION:
            out.append(
                Problem(
                    path="$.standard_rule.method",
                    message=f"expected {LOWEST_KEY_QUESTION!r}, found {r.method!r}",
                )
            )
        if not r.thresholds:
            out.append(Problem(path="$.standard_rule.thresholds", message="expected thresholds"))
        for i, t in enumerate(r.thresholds):
            if t.level not in fw.scale:
                out.append(
                    Problem(
                        path=f"$.standard_rule.thresholds[{i}].level",
                        message=f"expected a level of {fw.scale.code!r}, found {t.level!r}",
                    )
                )
            elif (
                i
                and r.thresholds[i - 1].level in fw.scale
                and t.minimum < r.thresholds[i - 1].minimum
            ):
                above = fw.scale.level(r.thresholds[i - 1].level)
                if fw.scale.level(t.level) > above:
                    out.append(
                        Problem(
                            path=f"$.standard_rule.thresholds[{i}].level",
                            message=f"a lower threshold cannot earn a better level: expected "
                            f"{above.code!r} or worse below the threshold "
                            f"{r.thresholds[i - 1].minimum:g}, found {t.level!r}",
                        )
                    )
            if not PERCENT_RANGE[0] <= t.minimum <= PERCENT_RANGE[1]:
                out.append(
                    Problem(
                        path=f"$.standard_rule.thresholds[{i}].minimum",
                        message=f"expected a percentage from 0 to 100, found {t.minimum!r}",
                    )
                )
            if i and t.minimum >= r.thresholds[i - 1].minimum:
                out.append(
                    Problem(
                        path=f"$.standard_rule.thresholds[{i}].minimum",
                        message="thresholds must be given highest first",
                    )
                )
        if r.thresholds and r.thresholds[-1].minimum > 0:
            out.append(
                Problem(
                    path=f"$.standard_rule.thresholds[{len(r.thresholds) - 1}].minimum",
                    message="the last threshold must be 0 so every percentage is rated",
                )
            )
    if fw.overall_rule is not None:
        r2 = fw.overall_rule
        if r2.method != BANDED_SUM:
            out.append(
                Problem(
                    path="$.overall_rule.method",
                    message=f"expected {BANDED_SUM!r}, found {r2.method!r}",
                )
            )
        expected = 0
        for i, b in enumerate(r2.bands):
            if b.level not in fw.scale:
                out.append(
                    Problem(
                        path=f"$.overall_rule.bands[{i}].level",
                        message=f"expected a level of {fw.scale.code!r}, found {b.level!r}",
                    )
                )
            if b.minimum != expected or b.maximum < b.minimum:
                out.append(
                    Problem(
                        path=f"$.overall_rule.bands[{i}]",
                        message=f"bands must be contiguous from 0: expected a band "
                        f"starting at {expected}, found {b.minimum}-{b.maximum}",
                    )
                )
            expected = b.maximum + 1
            if i and b.level in fw.scale and r2.bands[i - 1].level in fw.scale:
                below = fw.scale.level(r2.bands[i - 1].level)
                level = fw.scale.level(b.level)
                if level < below:
                    out.append(
                        Problem(
                            path=f"$.overall_rule.bands[{i}].level",
                            message=f"bands must follow the scale's order, worst first: expected "
                            f"{below.code!r} or better above the band {r2.bands[i - 1].minimum}-"
                            f"{r2.bands[i - 1].maximum}, found {level.code!r}",
                        )
                    )
        if not r2.bands:
            out.append(Problem(path="$.overall_rule.bands", message="expected at least one band"))
        else:
            top = sum(fw.scale.best.score for a in fw.areas if a.scored)
            if r2.bands[-1].maximum != top:
                out.append(
                    Problem(
                        path=f"$.overall_rule.bands[{len(r2.bands) - 1}].maximum",
                        message=f"expected the top band to end at the highest score "
                        f"{top}, found {r2.bands[-1].maximum}",
                    )
                )
    return out
