"""The inspection model: services, inspections, judgements, findings and recommendations.

Objects are frozen values. A record may be partial: a rating cut from a press release is
``JudgementStatus.NOT_KNOWN``, a resettlement standard with no cases is
``JudgementStatus.NOT_RATED``, and an area with no judgement at all is simply not recorded.
What was published (overall rating, score) is kept apart from what the library derives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Final, NoReturn, TypeVar

import attrs
import pendulum

from ..errors import FieldValueError
from . import _coerce
from ._constraints import PERCENT_RANGE, beyond_schema, nonempty, percent_keywords, says
from .dates import PartialDate
from .provenance import Disagreement, Source
from .scales import Level

if TYPE_CHECKING:
    import datetime as _dt

__all__ = [
    "Addressee",
    "Finding",
    "FindingKind",
    "Inspection",
    "InspectionKind",
    "Inspectorate",
    "Judgement",
    "JudgementStatus",
    "Nation",
    "RatingCount",
    "Recommendation",
    "Service",
    "nation_of",
]


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


_coerce.passes(_strs, tuple)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


_coerce.passes(_sources, tuple)


def _judgements(value: Iterable[Judgement]) -> tuple[Judgement, ...]:
    return tuple(value)


_coerce.passes(_judgements, tuple)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


_coerce.passes(_findings, tuple)


def _recommendations(value: Iterable[Recommendation]) -> tuple[Recommendation, ...]:
    return tuple(value)


_coerce.passes(_recommendations, tuple)


def _rating_counts(value: Iterable[RatingCount]) -> tuple[RatingCount, ...]:
    return tuple(value)


_coerce.passes(_rating_counts, tuple)


def _disagreements(value: Iterable[Disagreement]) -> tuple[Disagreement, ...]:
    return tuple(value)


_coerce.passes(_disagreements, tuple)


_K = TypeVar("_K")
_V = TypeVar("_V")


_new_dict = dict.__new__
_fill = dict.update


class _ReadOnlyMap(dict[_K, _V]):
    """A read-only copy of a mapping, for the mapping fields of frozen values.

    Every method that would change it raises TypeError. It is a dict in every other way, so it
    equals a dict with the same items, is written to JSON and TOML as one, and pickles and copies
    (which :class:`types.MappingProxyType` does not).
    """

    __slots__ = ()

    def __new__(cls, items: Mapping[_K, _V] | Iterable[tuple[_K, _V]] = ()) -> _ReadOnlyMap[_K, _V]:
        made = _new_dict(cls)
        _fill(made, items)
        return made

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        """Filled by ``__new__``; calling ``__init__`` again changes nothing."""

    def _read_only(self, *_args: object, **_kwargs: object) -> NoReturn:
        raise TypeError(
            "this mapping is a field of a frozen value and cannot be changed; "
            "make a changed copy with attrs.evolve"
        )

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        return dict.__repr__(self)


_NO_ITEMS: Final[_ReadOnlyMap[Any, Any]] = _ReadOnlyMap()
"""The one empty read-only map: every empty mapping field holds it (it cannot change, like
``()``), so a record does not make one per judgement."""


def _frozen_map(value: Mapping[str, float] | None) -> Mapping[str, float]:
    if value.__class__ is _ReadOnlyMap:  # cannot change: shared, as tuple(t) is t
        return value
    return _ReadOnlyMap(value) if value else _NO_ITEMS


_coerce.passes(_frozen_map, _ReadOnlyMap)


def _str_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    if value.__class__ is _ReadOnlyMap:
        return value
    return _ReadOnlyMap(value) if value else _NO_ITEMS


_coerce.passes(_str_map, _ReadOnlyMap)


class Nation(StrEnum):
    """The nation a service is in.

    .. versionadded:: 0.1.0
    """

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


# The first letter of an ONS GSS code names the nation (ONS Register of Geographic Codes).
_GSS_NATION = {
    "E": Nation.ENGLAND,
    "W": Nation.WALES,
    "S": Nation.SCOTLAND,
    "N": Nation.NORTHERN_IRELAND,
}
_GSS_CODE = re.compile(r"[EWSN][0-9]{8}")


def nation_of(codes: Iterable[str]) -> Nation | None:
    """The nation of a set of GSS codes: the one all their first letters name (E England,
    W Wales, S Scotland, N Northern Ireland); ``None`` when there are none or they disagree.

    Example:
        >>> nation_of(["W06000003", "W06000004"]).value
        'wales'
        >>> nation_of(["E09000030", "W06000023"]) is None
        True

    .. versionadded:: 0.1.0
    """
    nations = {_GSS_NATION.get(code[:1].upper()) for code in codes}
    return nations.pop() if len(nations) == 1 else None


def _gss_codes(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise FieldValueError(
            "authorities", "authorities must be a list of GSS codes, not a string"
        )
    return tuple(value)


_coerce.passes(_gss_codes, tuple)


@says(items={"pattern": f"^{_GSS_CODE.pattern}$"}, uniqueItems=True)
def _check_gss(_inst: Any, _a: Any, value: tuple[str, ...]) -> None:
    for code in value:
        if not isinstance(code, str) or not _GSS_CODE.fullmatch(code):
            raise FieldValueError(
                "authorities",
                f"expected ONS GSS codes (a letter E, W, S or N and eight digits, "
                f'"W06000023"), found {code!r}',
            )
    if len(set(value)) != len(value):
        raise FieldValueError("authorities", f"an authority is listed twice: {list(value)}")


class Inspectorate:
    """Known inspectorate names. The vocabulary is open: any string may be used.

    .. versionadded:: 0.1.0
    """

    HMIP = "HMIP"
    """HM Inspectorate of Probation, the lead for youth justice inspections."""
    OFSTED = "Ofsted"
    CQC = "CQC"
    HMIC = "HMIC"
    HMICFRS = "HMICFRS"
    ESTYN = "Estyn"
    CIW = "Care Inspectorate Wales"
    HIW = "Healthcare Inspectorate Wales"
    YJB = "YJB"
    """The Youth Justice Board, which runs mock inspections."""


class Addressee:
    """Known addressees of recommendations. The vocabulary is open (a named partner is fine).

    .. versionadded:: 0.1.0
    """

    SERVICE_MANAGER = "service-manager"
    MANAGEMENT_BOARD = "management-board"


class InspectionKind(StrEnum):
    """What sort of inspection this was.

    .. versionadded:: 0.1.0
    """

    CORE_CASE = "core-case"
    """HMIP Core Case Inspection, 2009-2012."""
    FULL_JOINT = "full-joint"
    """HMIP Full Joint Inspection, 2012-2017."""
    SHORT_QUALITY_SCREENING = "short-quality-screening"
    """HMIP Short Quality Screening (a letter, apparently without graded judgements)."""
    STANDARDS = "standards"
    """Standards-based inspection, 2018 onwards."""
    REINSPECTION = "reinspection"
    MOCK = "mock"
    """A mock inspection (for example by the YJB)."""
    THEMATIC = "thematic"
    UNRATED = "unrated"
    """Inspected without ratings (small services in 2018-19)."""


class JudgementStatus(StrEnum):
    """Whether a judgement's rating is known.

    .. versionadded:: 0.1.0
    """

    RATED = "rated"
    NOT_RATED = "not-rated"
    """The inspectorate gave no rating (no resettlement cases, an unrated inspection)."""
    NOT_KNOWN = "not-known"
    """A rating may exist but the record does not hold it."""


def _inspection_kind(value: InspectionKind | str) -> InspectionKind:
    return _coerce.member(InspectionKind, value, "inspection_kind")


_coerce.passes(_inspection_kind, InspectionKind)


def _judgement_status(value: JudgementStatus | str) -> JudgementStatus:
    return _coerce.member(JudgementStatus, value, "status")


_coerce.passes(_judgement_status, JudgementStatus)


def _rating(value: str | Level | None) -> str | None:
    """A judgement's rating as recorded: text, or a :class:`Level` kept by its code."""
    return value.code if isinstance(value, Level) else value


_coerce.passes(_rating, str, type(None))


def _fieldwork_start(
    value: PartialDate | pendulum.Date | _dt.date | str | None,
) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "fieldwork_start")


_coerce.passes(_fieldwork_start, PartialDate, type(None))


def _published(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "published")


_coerce.passes(_published, PartialDate, type(None))


def _default_status(self: Any) -> JudgementStatus:
    return JudgementStatus.RATED if self.rating is not None else JudgementStatus.NOT_KNOWN


@says(**percent_keywords())
def _percent(_inst: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    low, high = PERCENT_RANGE
    if value is not None and not low <= value <= high:
        raise FieldValueError(
            attribute.name, f"{attribute.name} must lie between 0 and 100, found {value}"
        )


@attrs.frozen(slots=True, kw_only=True)
class Judgement:
    """The rating of one area of an inspection.

    Attributes:
        area: the framework area's code ("2.1", "reducing-reoffending").
        rating: the rating **as recorded**: the level's code or label on the framework's scale,
            as text (a :class:`~yjinspect.scales.Level` given here is kept by its code);
            ``None`` when not rated or not known. :func:`level_of` resolves it to a ``Level``.
            (Results the library derives, such as :attr:`Overall.rating
            <yjinspect.frameworks.Overall.rating>`, hold ``Level`` objects; records hold text.)
        status: :class:`JudgementStatus` (or its value); defaults to ``RATED`` when a rating
            is given and to ``NOT_KNOWN`` otherwise.
        percentage: a headline percentage printed for the area (the CCI score), if any.
        key_questions: key-question code to percentage of cases, for case standards.
        key_question_ratings: key-question code to a rating on the framework's scale, where a
            source rates a key question in words ("desistance work was outstanding").
        override_reason: why the recorded rating differs from the computed one, if it does.
        summary: the inspectorate's words about the area.

    Example:
        >>> Judgement(area="4.1", rating="outstanding").status
        <JudgementStatus.RATED: 'rated'>
        >>> Judgement(area="interventions").status
        <JudgementStatus.NOT_KNOWN: 'not-known'>

    .. versionadded:: 0.1.0
    """

    area: str = attrs.field(validator=nonempty)
    rating: str | None = attrs.field(default=None, converter=_rating)
    status: JudgementStatus = attrs.field(
        default=attrs.Factory(_default_status, takes_self=True), converter=_judgement_status
    )
    percentage: float | None = attrs.field(default=None, validator=_percent)
    key_questions: Mapping[str, float] = attrs.field(
        default=_NO_ITEMS,
        converter=_frozen_map,
        hash=False,
        metadata={"schema": {"additionalProperties": percent_keywords()}},  # post-init check
    )
    key_question_ratings: Mapping[str, str] = attrs.field(
        default=_NO_ITEMS, converter=_str_map, hash=False
    )
    override_reason: str | None = None
    summary: str | None = None

    # What __attrs_post_init__ checks of status and rating (an absent status follows the rating).
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "if": {
                "required": ["status"],
                "properties": {"status": {"const": JudgementStatus.RATED.value}},
            },
            "then": {"required": ["rating"], "properties": {"rating": {"type": "string"}}},
        },
        {
            "if": {
                "required": ["status"],
                "properties": {"status": {"not": {"const": JudgementStatus.RATED.value}}},
            },
            "then": {"properties": {"rating": {"type": "null"}}},
        },
    )

    def __attrs_post_init__(self) -> None:
        if self.status is JudgementStatus.RATED and self.rating is None:
            raise FieldValueError(
                "rating", f"judgement of {self.area!r} is 'rated' but has no rating"
            )
        if self.status is not JudgementStatus.RATED and self.rating is not None:
            raise FieldValueError(
                "status",
                f"judgement of {self.area!r} is {self.status.value!r} "
                f"but has rating {self.rating!r}",
            )
        low, high = PERCENT_RANGE
        for code, value in self.key_questions.items():
            if not low <= value <= high:
                raise FieldValueError(
                    f"key_questions[{code!r}]",
                    f"a percentage must lie between 0 and 100, found {value}",
                )

    @property
    def is_rated(self) -> bool:
        """True when the judgement carries a rating."""
        return self.status is JudgementStatus.RATED


class FindingKind(StrEnum):
    """Whether a finding is a strength or an area for improvement.

    .. versionadded:: 0.1.0
    """

    STRENGTH = "strength"
    AREA_FOR_IMPROVEMENT = "area-for-improvement"


def _finding_kind(value: FindingKind | str) -> FindingKind:
    return _coerce.member(FindingKind, value, "kind")


_coerce.passes(_finding_kind, FindingKind)


@attrs.frozen(slots=True, kw_only=True)
class Finding:
    """Something the inspectors found, tied to framework areas.

    Attributes:
        id: unique in the inspection ("F1").
        kind: strength or area for improvement.
        text: the finding in the inspectorate's (or the recording council's) words.
        areas: codes of the areas the finding is about.
        source: where the text is from, if not the inspection's own sources.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    kind: FindingKind = attrs.field(converter=_finding_kind)
    text: str = attrs.field(validator=nonempty)
    areas: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    source: Source | None = None


@attrs.frozen(slots=True, kw_only=True)
class Recommendation:
    """A recommendation the inspectorate made.

    Attributes:
        id: unique in the inspection ("R1").
        text: the recommendation's words; ``None`` when only its existence is known.
        addressee: to whom it is made: :attr:`Addressee.SERVICE_MANAGER`,
            :attr:`Addressee.MANAGEMENT_BOARD` or a named partner; ``None`` if not known.
        areas: codes of the framework areas it concerns.
        sources: where it is published.
        text_cut_short: True when ``text`` is only the start of the recommendation: the
            source cut it short (a press release, a truncated scrape).
        notes: anything a reader should know about this record of it.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    text: str | None = None
    addressee: str | None = None
    areas: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    text_cut_short: bool = False
    notes: str | None = None

    # What __attrs_post_init__ checks: a text cut short is a text.
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "if": {
                "required": ["text_cut_short"],
                "properties": {"text_cut_short": {"const": True}},
            },
            "then": {"required": ["text"], "properties": {"text": {"type": "string"}}},
        },
    )

    def __attrs_post_init__(self) -> None:
        if self.text_cut_short and self.text is None:
            raise FieldValueError(
                "text_cut_short", f"recommendation {self.id!r} is cut short but has no text"
            )


@says(minimum=0)
def _positive(_inst: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or value < 0:
        raise FieldValueError(
            attribute.name, f"{attribute.name} must be a whole number of 0 or more, found {value}"
        )


@attrs.frozen(slots=True, kw_only=True)
class RatingCount:
    """How many of a set of areas a source says were rated at some levels, as it states it.

    "Outstanding in nine of 13 standards, good in the remaining four" is two counts:
    ``RatingCount(ratings=("outstanding",), count=9, total=13)`` and
    ``RatingCount(ratings=("good",), count=4, total=13)``; "every standard was rated Good or
    Outstanding" is ``RatingCount(ratings=("good", "outstanding"), count=13, total=13)``.

    Attributes:
        ratings: the levels counted (codes or labels of the framework's scale).
        count: how many of the areas were rated at one of them.
        total: how many areas the source counts over.
        areas: the codes of those areas; empty for every area the framework (version) rates.
        source: where the count is stated, if not the inspection's own sources.

    .. versionadded:: 0.1.0
    """

    ratings: tuple[str, ...] = attrs.field(
        converter=_strs,
        metadata={"schema": {"minItems": 1}},  # post-init check
    )
    count: int = attrs.field(validator=_positive)
    total: int = attrs.field(validator=_positive)
    areas: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    source: Source | None = None

    def __attrs_post_init__(self) -> None:
        if not self.ratings:
            raise FieldValueError("ratings", "a rating count needs at least one rating")
        if self.count > self.total:
            raise FieldValueError(
                "count", f"a count of {self.count} is more than the total of {self.total}"
            )
        if self.areas and len(set(self.areas)) != self.total:
            raise FieldValueError(
                "total",
                f"the count is over {len(set(self.areas))} areas but its total is {self.total}",
            )

    def __str__(self) -> str:
        return f"{' or '.join(self.ratings)} in {self.count} of {self.total}"


@attrs.frozen(slots=True, kw_only=True)
class Service:
    """A youth offending / youth justice service.

    Attributes:
        name: the service's name ("Bromley Youth Offending Service").
        local_authority: the council it belongs to, as the record names it ("London Borough
            of Bromley"; "Conwy and Denbighshire" for a joint service).
        authorities: the ONS GSS codes of the local authorities it covers ("E09000006"); a
            joint service has several. Empty when the record does not say, and then the nation
            is not known. :func:`yjinspect.places.service_authorities` finds them by name.
        codes: other identifiers by scheme ({"d2i": "bromleyyos"}).

    The nation is not stored: :attr:`nation` follows from the authorities (documents of
    schema version 1 stored a nation, defaulting to England; they are migrated on load).

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=nonempty)
    local_authority: str = attrs.field(validator=nonempty)
    authorities: tuple[str, ...] = attrs.field(
        default=(), converter=_gss_codes, validator=_check_gss
    )
    codes: Mapping[str, str] = attrs.field(default=_NO_ITEMS, converter=_str_map, hash=False)

    @property
    def nation(self) -> Nation | None:
        """The nation of the authorities covered (all W: Wales, all E: England); ``None`` (not
        known) when no authority is recorded or they lie in different nations."""
        return nation_of(self.authorities)


@beyond_schema("the order of two days in one string")
def _check_fieldwork(
    inst: Inspection, _a: Any, value: pendulum.Interval[pendulum.Date] | None
) -> None:
    if value is not None and value.end < value.start:
        raise FieldValueError(
            "fieldwork", f"fieldwork ends {value.end} before it starts {value.start}"
        )


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Inspection:
    """One inspection of one service.

    Attributes:
        id: unique in its document or corpus ("bromley-2015-fji").
        service: the inspected :class:`Service`.
        framework: the framework's code ("hmip-fji-2012").
        framework_version: the version or variant of the framework, if it has several.
        inspection_kind: :class:`InspectionKind` or its value (named so because every
            document's ``kind`` is its document kind, "inspection").
        fieldwork: first to last day of fieldwork, when both are known.
        fieldwork_start: when fieldwork began, to the precision known ("2015-02" for
            "fieldwork in February 2015"), when the last day is not known (leave it out when
            ``fieldwork`` is given, or give it to a precision that holds the first day): a
            :class:`~yjinspect.PartialDate`, a date, or ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` text.
        published: when the report was published, to the precision known: a
            :class:`~yjinspect.PartialDate`, a date, or ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` text.
        lead_inspectorate: normally :attr:`Inspectorate.HMIP`.
        partner_inspectorates: the others taking part.
        judgements: one per rated area recorded.
        published_overall: the overall rating the report printed (a level code or label).
        published_score: the overall score the report printed ("33" of "Score 33/36").
        rating_counts: counts of areas rated at some levels, as a source states them
            (:class:`RatingCount`); they narrow the score range and :func:`yjinspect.validate`
            checks them against the judgements and the published score.
        findings: strengths and areas for improvement.
        recommendations: the recommendations made.
        sources: where the record comes from.
        notes: anything a reader should know about the record itself.
        disagreements: values other sources give for fields of this record, with which the
            record follows and why (:class:`~yjinspect.Disagreement`).
        framework_candidates: when the record does not decide which framework the inspection
            was under, every framework it may be of (``framework`` among them: the one its
            ratings are written against); empty when the framework is decided.
            :func:`~yjinspect.validate` warns about every inspection with candidates.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    service: Service
    framework: str = attrs.field(validator=nonempty)
    framework_version: str | None = None
    inspection_kind: InspectionKind = attrs.field(converter=_inspection_kind)
    fieldwork: pendulum.Interval[pendulum.Date] | None = attrs.field(
        default=None, validator=_check_fieldwork
    )
    fieldwork_start: PartialDate | None = attrs.field(default=None, converter=_fieldwork_start)
    published: PartialDate | None = attrs.field(default=None, converter=_published)
    lead_inspectorate: str = Inspectorate.HMIP
    partner_inspectorates: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    judgements: tuple[Judgement, ...] = attrs.field(default=(), converter=_judgements)
    published_overall: str | None = None
    published_score: int | None = attrs.field(
        default=None,
        # validate() checks it lies from 0 to the framework's highest score.
        metadata={"schema": {"minimum": 0}},
    )
    rating_counts: tuple[RatingCount, ...] = attrs.field(default=(), converter=_rating_counts)
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    recommendations: tuple[Recommendation, ...] = attrs.field(
        default=(), converter=_recommendations
    )
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    notes: str | None = None
    disagreements: tuple[Disagreement, ...] = attrs.field(default=(), converter=_disagreements)
    framework_candidates: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def __attrs_post_init__(self) -> None:
        if self.framework_candidates and self.framework not in self.framework_candidates:
            raise FieldValueError(
                "framework_candidates",
                f"framework {self.framework!r} is not among the candidates "
                f"{', '.join(self.framework_candidates)}",
            )
        if (
            self.fieldwork is not None
            and self.fieldwork_start is not None
            and not (
                self.fieldwork_start.earliest()
                <= self.fieldwork.start
                <= self.fieldwork_start.latest()
            )
        ):
            raise FieldValueError(
                "fieldwork_start",
                f"fieldwork_start {self.fieldwork_start} differs from the start of fieldwork "
                f"{self.fieldwork.start}; give fieldwork_start only when the end is not known",
            )

    @property
    def started(self) -> pendulum.Date | None:
        """The first day of fieldwork, if known to the day."""
        if self.fieldwork is not None:
            return self.fieldwork.start
        return self.fieldwork_start.as_date() if self.fieldwork_start is not None else None

    @property
    def fieldwork_began(self) -> PartialDate | None:
        """When fieldwork began, to the precision known.

        .. versionadded:: 0.1.0
        """
        if self.fieldwork is not None:
            return PartialDate.from_date(self.fieldwork.start)
        return self.fieldwork_start

    @property
    def when(self) -> PartialDate | None:
        """The best date known for ordering: the start of fieldwork (to the precision known),
        else publication."""
        began = self.fieldwork_began
        return began if began is not None else self.published

    def judgement(self, area: str) -> Judgement | None:
        """The judgement of an area, or ``None`` when the area is not recorded."""
        for j in self.judgements:
            if j.area == area:
                return j
        return None

    def ratings(self) -> dict[str, str]:
        """Area code to rating text, for every rated judgement."""
        return {j.area: j.rating for j in self.judgements if j.rating is not None}

    def __repr__(self) -> str:
        return (
            f"Inspection(id={self.id!r}, service={self.service.name!r}, "
            f"framework={self.framework!r}, judgements={len(self.judgements)}, "
            f"findings={len(self.findings)}, recommendations={len(self.recommendations)})"
        )

    def _repr_html_(self) -> str:
        from ..views import inspection_html

        return inspection_html(self)

    def __str__(self) -> str:
        when = f", {self.when}" if self.when else ""
        return (
            f"{self.id}: {self.service.name} ({self.framework}, {self.inspection_kind.value}{when})"
        )
