"""Peer models for benchmarks: the same document shape in pydantic v2 and msgspec.

Both are strict in the same ways as yjinspect's converter: extra keys forbidden, strict scalar
types, enums for closed vocabularies, dates parsed. They do not check anything against a
framework (areas, ratings, ids), which yjinspect's load also does.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Literal

import msgspec
from pydantic import BaseModel, ConfigDict


class Kind(enum.Enum):
    CORE_CASE = "core-case"
    FULL_JOINT = "full-joint"
    SHORT_QUALITY_SCREENING = "short-quality-screening"
    STANDARDS = "standards"
    REINSPECTION = "reinspection"
    MOCK = "mock"
    THEMATIC = "thematic"
    UNRATED = "unrated"


class Status(enum.Enum):
    RATED = "rated"
    NOT_RATED = "not-rated"
    NOT_KNOWN = "not-known"


class FKind(enum.Enum):
    STRENGTH = "strength"
    AREA_FOR_IMPROVEMENT = "area-for-improvement"


_cfg = ConfigDict(extra="forbid", strict=False, frozen=True)


class PSource(BaseModel):
    model_config = _cfg
    title: str
    url: str | None = None
    note: str | None = None


class PService(BaseModel):
    model_config = _cfg
    name: str
    local_authority: str
    authorities: list[str] = []
    codes: dict[str, str] = {}


class PJudgement(BaseModel):
    model_config = _cfg
    area: str
    rating: str | None = None
    status: Status = Status.RATED
    percentage: float | None = None
    key_questions: dict[str, float] = {}
    override_reason: str | None = None
    summary: str | None = None


class PFinding(BaseModel):
    model_config = _cfg
    id: str
    kind: FKind
    text: str
    areas: tuple[str, ...] = ()
    source: PSource | None = None


class PRecommendation(BaseModel):
    model_config = _cfg
    id: str
    text: str | None = None
    addressee: str | None = None
    areas: tuple[str, ...] = ()
    sources: tuple[PSource, ...] = ()


class PInspection(BaseModel):
    model_config = _cfg
    id: str
    service: PService
    framework: str
    framework_version: str | None = None
    inspection_kind: Kind
    fieldwork: str | None = None
    fieldwork_start: dt.date | None = None
    published: str | None = None
    lead_inspectorate: str = "HMIP"
    partner_inspectorates: tuple[str, ...] = ()
    judgements: tuple[PJudgement, ...] = ()
    published_overall: str | None = None
    published_score: int | None = None
    findings: tuple[PFinding, ...] = ()
    recommendations: tuple[PRecommendation, ...] = ()
    sources: tuple[PSource, ...] = ()
    notes: str | None = None


class MSource(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    title: str
    url: str | None = None
    note: str | None = None


class MService(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: str
    local_authority: str
    authorities: tuple[str, ...] = ()
    codes: dict[str, str] = {}


class MJudgement(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    area: str
    rating: str | None = None
    status: Status = Status.RATED
    percentage: float | None = None
    key_questions: dict[str, float] = {}
    override_reason: str | None = None
    summary: str | None = None


class MFinding(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    kind: FKind
    text: str
    areas: tuple[str, ...] = ()
    source: MSource | None = None


class MRecommendation(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    text: str | None = None
    addressee: str | None = None
    areas: tuple[str, ...] = ()
    sources: tuple[MSource, ...] = ()


class MInspection(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    service: MService
    framework: str
    inspection_kind: Kind
    framework_version: str | None = None
    fieldwork: str | None = None
    fieldwork_start: dt.date | None = None
    published: str | None = None
    lead_inspectorate: str = "HMIP"
    partner_inspectorates: tuple[str, ...] = ()
    judgements: tuple[MJudgement, ...] = ()
    published_overall: str | None = None
    published_score: int | None = None
    findings: tuple[MFinding, ...] = ()
    recommendations: tuple[MRecommendation, ...] = ()
    sources: tuple[MSource, ...] = ()
    notes: str | None = None


class ActionStatus(enum.Enum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    COMPLETE = "complete"
    DROPPED = "dropped"


class Rag(enum.Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class Agreement(enum.Enum):
    AGREED = "agreed"
    PARTLY_AGREED = "partly-agreed"
    NOT_AGREED = "not-agreed"


class PTheme(BaseModel):
    model_config = _cfg
    id: str
    title: str
    areas: tuple[str, ...] = ()
    description: str | None = None


class PResponse(BaseModel):
    model_config = _cfg
    recommendation: str
    agreement: Agreement
    reason: str | None = None


class PMeasure(BaseModel):
    model_config = _cfg
    description: str
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None


class PUpdate(BaseModel):
    model_config = _cfg
    date: dt.date
    rag: Rag
    note: str
    value: float | None = None


class PAction(BaseModel):
    model_config = _cfg
    id: str
    text: str
    theme: str | None = None
    owner: str | None = None
    agency: str | None = None
    due: dt.date | None = None
    covers: tuple[str, ...] = ()
    measure: PMeasure | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    completed: dt.date | None = None
    updates: tuple[PUpdate, ...] = ()
    illustrative: bool = False
    notes: str | None = None


class PMilestone(BaseModel):
    model_config = _cfg
    title: str
    due: str | None = None
    window: str | None = None
    done: str | None = None
    inspection: str | None = None
    notes: str | None = None


class PPlanBody(BaseModel):
    """A plan as a corpus holds it: the plan document without its envelope."""

    model_config = _cfg
    id: str
    inspection: str
    title: str
    board: str | None = None
    chair: str | None = None
    submitted: dt.date | None = None
    approved: dt.date | None = None
    review_cadence: str | None = None
    reviewed_by: str | None = None
    themes: tuple[PTheme, ...] = ()
    responses: tuple[PResponse, ...] = ()
    actions: tuple[PAction, ...] = ()
    milestones: tuple[PMilestone, ...] = ()
    sources: tuple[PSource, ...] = ()
    notes: str | None = None


class MTheme(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    title: str
    areas: tuple[str, ...] = ()
    description: str | None = None


class MResponse(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    recommendation: str
    agreement: Agreement
    reason: str | None = None


class MMeasure(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    description: str
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None


class MUpdate(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    date: dt.date
    rag: Rag
    note: str
    value: float | None = None


class MAction(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    text: str
    theme: str | None = None
    owner: str | None = None
    agency: str | None = None
    due: dt.date | None = None
    covers: tuple[str, ...] = ()
    measure: MMeasure | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    completed: dt.date | None = None
    updates: tuple[MUpdate, ...] = ()
    illustrative: bool = False
    notes: str | None = None


class MMilestone(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    title: str
    due: str | None = None
    window: str | None = None
    done: str | None = None
    inspection: str | None = None
    notes: str | None = None


class MPlanBody(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """A plan as a corpus holds it: the plan document without its envelope."""

    id: str
    inspection: str
    title: str
    board: str | None = None
    chair: str | None = None
    submitted: dt.date | None = None
    approved: dt.date | None = None
    review_cadence: str | None = None
    reviewed_by: str | None = None
    themes: tuple[MTheme, ...] = ()
    responses: tuple[MResponse, ...] = ()
    actions: tuple[MAction, ...] = ()
    milestones: tuple[MMilestone, ...] = ()
    sources: tuple[MSource, ...] = ()
    notes: str | None = None


class PPlan(PPlanBody):
    kind: Literal["improvement-plan"]
    schema_version: int


class MPlan(MPlanBody, kw_only=True, forbid_unknown_fields=True, frozen=True):
    kind: Literal["improvement-plan"]
    schema_version: int


class PCorpus(BaseModel):
    model_config = _cfg
    kind: Literal["corpus"]
    schema_version: int
    inspections: tuple[PInspection, ...] = ()
    plans: tuple[PPlanBody, ...] = ()
    title: str | None = None
    notes: str | None = None


class MCorpus(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    kind: Literal["corpus"]
    schema_version: int
    inspections: tuple[MInspection, ...] = ()
    plans: tuple[MPlanBody, ...] = ()
    title: str | None = None
    notes: str | None = None


def pydantic_load(text: str) -> PCorpus:
    return PCorpus.model_validate_json(text)


_decoder = msgspec.json.Decoder(MCorpus)


def msgspec_load(text: str) -> MCorpus:
    return _decoder.decode(text)


def pydantic_load_plan(text: str) -> PPlan:
    return PPlan.model_validate_json(text)


_plan_decoder = msgspec.json.Decoder(MPlan)


def msgspec_load_plan(text: str) -> MPlan:
    return _plan_decoder.decode(text)


class PInspectionDoc(PInspection):
    """An inspection document: the inspection with its envelope."""

    kind: Literal["inspection"]
    schema_version: int


class MInspectionDoc(MInspection, kw_only=True, forbid_unknown_fields=True, frozen=True):
    kind: Literal["inspection"]
    schema_version: int


def pydantic_load_inspection(text: str) -> PInspectionDoc:
    return PInspectionDoc.model_validate_json(text)


_inspection_decoder = msgspec.json.Decoder(MInspectionDoc)


def msgspec_load_inspection(text: str) -> MInspectionDoc:
    return _inspection_decoder.decode(text)


def pydantic_load_inspection_toml(text: str) -> PInspectionDoc:
    """TOML is parsed by tomllib (the standard library's parser, which a pydantic user has), then
    validated; :func:`pydantic_load_inspection_tomli` parses with tomli, as yjinspect does."""
    import tomllib

    return PInspectionDoc.model_validate(tomllib.loads(text))


def pydantic_load_toml(text: str) -> PCorpus:
    import tomllib

    return PCorpus.model_validate(tomllib.loads(text))


def pydantic_load_inspection_tomli(text: str) -> PInspectionDoc:
    """Parsed by tomli (compiled), as yjinspect parses TOML, then validated."""
    import tomli

    return PInspectionDoc.model_validate(tomli.loads(text))


def pydantic_load_toml_tomli(text: str) -> PCorpus:
    import tomli

    return PCorpus.model_validate(tomli.loads(text))


def pydantic_dump_toml(model: BaseModel) -> str:
    """TOML written by tomli-w from pydantic's JSON-shaped data (TOML has no null)."""
    import tomli_w

    return tomli_w.dumps(model.model_dump(mode="json", exclude_none=True))
