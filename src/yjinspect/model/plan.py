"""Improvement plans: how a service answers an inspection.

After an inspection the service's management board writes an improvement plan: it says whether it
agrees with each recommendation, groups the work under themes, and sets out actions (numbered
``1a``, ``1b``...) with an owner, an agency, a due date, what each action answers, a success
measure, a status, and dated progress updates with a RAG rating. Milestones mark the dates the
plan works towards (a mock inspection, the re-inspection).

An action names what it answers by id: a recommendation or a finding of the inspection ("R1",
"F3") or a judgement area of the inspection's framework ("governance-and-partnership").
:func:`yjinspect.validation.plan_problems` checks those references against the inspection;
:func:`yjinspect.coverage` works out what the plan answers and what it leaves open.

Example:
    >>> import pendulum
    >>> plan = ImprovementPlan(
    ...     id="plan", inspection="bromley-2015-fji", title="Post-inspection plan",
    ...     themes=(Theme(id="leadership", title="Leadership and Partnership"),),
    ...     actions=(Action(id="1a", text="Form a single board", theme="leadership",
    ...                     covers=("R1",), due=pendulum.Date(2015, 9, 30)),),
    ... )
    >>> plan.action("1a").theme
    'leadership'

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
import pendulum

from ..errors import FieldValueError
from . import _coerce
from ._constraints import beyond_schema, nonempty
from ._wording import quote as _quote
from .dates import NO, YES, Answer, PartialDate, due_before
from .provenance import Source

if TYPE_CHECKING:
    import datetime as _dt

    import pandas as pd

__all__ = [
    "RAG",
    "Action",
    "ActionStatus",
    "Agreement",
    "DueRevision",
    "ImprovementPlan",
    "Milestone",
    "MilestoneStatus",
    "ProgressUpdate",
    "RecommendationResponse",
    "SuccessMeasure",
    "Theme",
    "add_duration",
]


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


_coerce.passes(_strs, tuple)


def _updates(value: Iterable[ProgressUpdate]) -> tuple[ProgressUpdate, ...]:
    return tuple(value)


_coerce.passes(_updates, tuple)


def _themes(value: Iterable[Theme]) -> tuple[Theme, ...]:
    return tuple(value)


_coerce.passes(_themes, tuple)


def _responses(
    value: Iterable[RecommendationResponse],
) -> tuple[RecommendationResponse, ...]:
    return tuple(value)


_coerce.passes(_responses, tuple)


def _actions(value: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(value)


_coerce.passes(_actions, tuple)


def _milestones(value: Iterable[Milestone]) -> tuple[Milestone, ...]:
    return tuple(value)


_coerce.passes(_milestones, tuple)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


_coerce.passes(_sources, tuple)


def _revisions(value: Iterable[DueRevision]) -> tuple[DueRevision, ...]:
    return tuple(value)


_coerce.passes(_revisions, tuple)


class Agreement(StrEnum):
    """The plan's answer to a recommendation (HMPPS action-plan practice).

    .. versionadded:: 0.1.0
    """

    AGREED = "agreed"
    PARTLY_AGREED = "partly-agreed"
    NOT_AGREED = "not-agreed"


class ActionStatus(StrEnum):
    """Where an action stands.

    .. versionadded:: 0.1.0
    """

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    COMPLETE = "complete"
    DROPPED = "dropped"
    """Given up; a dropped action answers nothing and is never overdue."""
    NOT_KNOWN = "not-known"
    """The record does not say where the action stands (the default when no status is given
    and no completion date is recorded). It is never read as "not started": whether such an
    action is overdue is not known unless its due date is still to come.

    .. versionadded:: 0.1.0
    """


def _default_action_status(action: Action) -> ActionStatus:
    # A completion date means complete; otherwise the record does not say.
    return ActionStatus.COMPLETE if action.completed is not None else ActionStatus.NOT_KNOWN


class MilestoneStatus(StrEnum):
    """Whether a milestone has taken place.

    .. versionadded:: 0.1.0
    """

    PENDING = "pending"
    """Not yet taken place: past its last due day it is overdue."""
    DONE = "done"
    """Taken place (on :attr:`Milestone.done`, when the date is known)."""
    NOT_KNOWN = "not-known"
    """The record does not say whether or when it took place; never reported as overdue."""


def _milestone_status(milestone: Milestone) -> MilestoneStatus:
    # Documents written before ``status`` existed give only ``done``: a date done means done.
    return MilestoneStatus.DONE if milestone.done is not None else MilestoneStatus.PENDING


class RAG(StrEnum):
    """Red / amber / green rating of a progress update (common local practice).

    .. versionadded:: 0.1.0
    """

    RED = "red"
    AMBER = "amber"
    GREEN = "green"


# Constructors take what a document holds (an enum's value, ISO text for a date) as well as
# the typed values; see yjinspect._coerce.
def _agreement(value: Agreement | str) -> Agreement:
    return _coerce.member(Agreement, value, "agreement")


_coerce.passes(_agreement, Agreement)


def _action_status(value: ActionStatus | str) -> ActionStatus:
    return _coerce.member(ActionStatus, value, "status")


_coerce.passes(_action_status, ActionStatus)


def _milestone_status_of(value: MilestoneStatus | str) -> MilestoneStatus:
    return _coerce.member(MilestoneStatus, value, "status")


_coerce.passes(_milestone_status_of, MilestoneStatus)


def _rag(value: RAG | str) -> RAG:
    return _coerce.member(RAG, value, "rag")


_coerce.passes(_rag, RAG)


def _update_date(value: PartialDate | pendulum.Date | _dt.date | str) -> PartialDate:
    return _coerce.partial_date(value, "date")


_coerce.passes(_update_date, PartialDate)


def _due(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "due")


_coerce.passes(_due, PartialDate, type(None))


def _completed(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "completed")


_coerce.passes(_completed, PartialDate, type(None))


def _submitted(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "submitted")


_coerce.passes(_submitted, PartialDate, type(None))


def _submit_by(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "submit_by")


_coerce.passes(_submit_by, PartialDate, type(None))


def _approved(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "approved")


_coerce.passes(_approved, PartialDate, type(None))


def _revision_due(value: PartialDate | pendulum.Date | _dt.date | str) -> PartialDate:
    return _coerce.partial_date(value, "due")


_coerce.passes(_revision_due, PartialDate)


def _revision_on(value: PartialDate | pendulum.Date | _dt.date | str | None) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "on")


_coerce.passes(_revision_on, PartialDate, type(None))


def _milestone_due(
    value: PartialDate | pendulum.Date | _dt.date | str | None,
) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "due")


_coerce.passes(_milestone_due, PartialDate, type(None))


def _milestone_done(
    value: PartialDate | pendulum.Date | _dt.date | str | None,
) -> PartialDate | None:
    return _coerce.optional_partial_date(value, "done")


_coerce.passes(_milestone_done, PartialDate, type(None))


@attrs.frozen(slots=True, kw_only=True)
class RecommendationResponse:
    """The plan's answer to one recommendation.

    Attributes:
        recommendation: the recommendation's id in the inspection ("R1").
        agreement: agreed, partly agreed or not agreed.
        reason: why, in the board's words (expected when not fully agreed).

    .. versionadded:: 0.1.0
    """

    recommendation: str = attrs.field(validator=nonempty)
    agreement: Agreement = attrs.field(converter=_agreement)
    reason: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Theme:
    """A heading the plan groups its actions under.

    Attributes:
        id: unique in the plan ("leadership").
        title: the theme's name ("Leadership and Partnership").
        areas: codes of the judgement areas the theme serves.
        description: further detail.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    title: str = attrs.field(validator=nonempty)
    areas: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    description: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class SuccessMeasure:
    """How the plan will tell that an action worked ("raise performance from 78% to 98%").

    Attributes:
        description: what is measured.
        baseline: the value when the plan was written, if known.
        target: the value aimed for, if set.
        unit: the unit of ``baseline`` and ``target`` ("%", "cases").

    .. versionadded:: 0.1.0
    """

    description: str = attrs.field(validator=nonempty)
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None

    def __str__(self) -> str:
        unit = self.unit or ""
        if self.baseline is not None and self.target is not None:
            return f"{self.description}: from {self.baseline:g}{unit} to {self.target:g}{unit}"
        if self.target is not None:
            return f"{self.description}: to {self.target:g}{unit}"
        return self.description


@attrs.frozen(slots=True, kw_only=True)
class ProgressUpdate:
    """A dated note on an action's progress.

    Council plans often date updates to the month ("Update (July 2013)"): give the date to the
    precision the record holds.

    Attributes:
        date: when the update was made, to the precision known (``"2013-07"``).
        rag: red, amber or green.
        note: what was done or what is in the way.
        value: the success measure's value on that day, if measured.

    .. versionadded:: 0.1.0
    """

    date: PartialDate = attrs.field(converter=_update_date)
    rag: RAG = attrs.field(converter=_rag)
    note: str = attrs.field(validator=nonempty)
    value: float | None = None


@attrs.frozen(slots=True, kw_only=True)
class DueRevision:
    """A change to an action's due date, as the plan records it.

    Attributes:
        due: the new due date, to the precision known.
        on: when the change was made, to the precision known.
        by: who made it (the board, a lead officer).
        reason: why, in the record's words.

    .. versionadded:: 0.1.0
    """

    due: PartialDate = attrs.field(converter=_revision_due)
    on: PartialDate | None = attrs.field(default=None, converter=_revision_on)
    by: str | None = None
    reason: str | None = None

    def __str__(self) -> str:
        text = f"moved to {self.due}"
        if self.on is not None:
            text += f" on {self.on}"
        if self.by:
            text += f" by {self.by}"
        return text + (f" ({self.reason})" if self.reason else "")


@attrs.frozen(slots=True, kw_only=True)
class Action:
    """One action of the plan.

    Attributes:
        id: unique in the plan, as the plan numbers it ("1a").
        text: what will be done.
        theme: the id of the plan's theme it belongs to, if any.
        owner: the lead officer (a role or a name).
        agency: the agency that owns it ("YOS", "Police", "CCG").
        due: the planned completion date as first set, to the precision the record gives
            (``"2013-03"`` for "March 2013"); a :class:`pendulum.Date` is taken as a day.
        revisions: later changes to the due date, oldest first; the action is judged against
            the last (:attr:`current_due`) and ``due`` keeps the original.
        covers: ids of what the action answers: the inspection's recommendations and findings
            ("R1", "F3") and judgement areas of its framework ("governance-and-partnership").
        measure: the success measure, if any.
        status: :class:`ActionStatus`; ``not-known`` when the record does not say
            (``complete`` when only a completion date is given).
        completed: when the action was completed, to the precision known (only with status
            ``complete``).
        updates: dated progress updates, oldest first.
        illustrative: True for an action written as an illustration, not taken from the
            record of a real plan.
        notes: anything a reader should know.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    text: str = attrs.field(validator=nonempty)
    theme: str | None = None
    owner: str | None = None
    agency: str | None = None
    due: PartialDate | None = attrs.field(default=None, converter=_due)
    revisions: tuple[DueRevision, ...] = attrs.field(default=(), converter=_revisions)
    covers: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    measure: SuccessMeasure | None = None
    completed: PartialDate | None = attrs.field(default=None, converter=_completed)
    status: ActionStatus = attrs.field(
        default=attrs.Factory(_default_action_status, takes_self=True), converter=_action_status
    )
    updates: tuple[ProgressUpdate, ...] = attrs.field(default=(), converter=_updates)
    illustrative: bool = False
    notes: str | None = None

    # What __attrs_post_init__ checks: a completion date goes with status complete (an absent
    # status follows it). The order of the updates is beyond JSON Schema.
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "if": {"required": ["completed"], "properties": {"completed": {"type": "string"}}},
            "then": {"properties": {"status": {"const": ActionStatus.COMPLETE.value}}},
        },
    )

    def __attrs_post_init__(self) -> None:
        if self.completed is not None and self.status is not ActionStatus.COMPLETE:
            raise FieldValueError(
                "completed",
                f"action {self.id!r} has a completion date but its status is {self.status.value!r}",
            )
        for i, (a, b) in enumerate(zip(self.updates, self.updates[1:], strict=False)):
            if b.date.latest() < a.date.earliest():
                raise FieldValueError(
                    f"updates[{i + 1}].date",
                    f"progress updates of action {self.id!r} must be oldest first: "
                    f"{b.date} comes after {a.date}",
                )

    @property
    def current_due(self) -> PartialDate | None:
        """The due date the action is judged against: the last revision's, else ``due``.

        .. versionadded:: 0.1.0
        """
        return self.revisions[-1].due if self.revisions else self.due

    def last_update(self, as_of: pendulum.Date | None = None) -> ProgressUpdate | None:
        """The latest progress update (with ``as_of``, the latest certainly made by then: one
        whose last possible day is on or before ``as_of``)."""
        for update in reversed(self.updates):
            if as_of is None or update.date.latest() <= as_of:
                return update
        return None

    def completion(self, as_of: pendulum.Date | None = None) -> Answer:
        """Was the action complete (on ``as_of``, when given)? Yes, no, or not known.

        Not known when the status is not known, or the completion date is known only to the
        month or year and ``as_of`` falls inside it. An action marked complete with no
        completion date counts as complete on any day.

        .. versionadded:: 0.1.0
        """
        if self.status is ActionStatus.NOT_KNOWN:
            return Answer(None, f"the status of action {self.id} is not recorded")
        if self.status is not ActionStatus.COMPLETE:
            return NO
        if as_of is None or self.completed is None or self.completed.latest() <= as_of:
            return YES
        if self.completed.earliest() > as_of:
            return NO
        return Answer(
            None,
            f"completed {self.completed} (known to the {self.completed.precision}); "
            f"complete on {as_of} only if completed by then",
        )

    def is_complete(self, as_of: pendulum.Date | None = None) -> bool:
        """True when the action is certainly complete (and, with ``as_of``, was completed by
        then); see :meth:`completion` for yes, no or not known."""
        return self.completion(as_of).value is True

    @property
    def is_open(self) -> bool:
        """True when the action is recorded as neither complete nor dropped (an action whose
        status is not known is not open: where it stands is not known)."""
        return self.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)

    def __str__(self) -> str:
        return f"{self.id} {_quote(self.text)}"


@beyond_schema("the order of two days in one string")
def _check_window(_inst: Any, _a: Any, value: pendulum.Interval[pendulum.Date] | None) -> None:
    if value is not None and value.end < value.start:
        raise FieldValueError(
            "window", f"the window ends {value.end} before it starts {value.start}"
        )


@attrs.frozen(slots=True, kw_only=True)
class Milestone:
    """A date the plan works towards.

    Give ``due`` to the precision known (``"2016-01"`` for "the end of January 2016") or a
    ``window`` of days, not both; leave both out when no date is known. ``status`` says whether
    it took place: ``pending`` (the default, or ``done`` when a date done is given), ``done``
    (with the date in ``done`` when known) or ``not-known`` when the record does not say.

    Attributes:
        title: what happens ("YJB mock inspection").
        due: when it is due, to the precision known.
        window: first and last day it may fall on.
        done: when it happened, to the precision known (only with status ``done``).
        status: :class:`MilestoneStatus`.
        inspection: the id of the inspection record it became, if any.
        notes: anything a reader should know.

    .. versionadded:: 0.1.0
    """

    title: str = attrs.field(validator=nonempty)
    due: PartialDate | None = attrs.field(default=None, converter=_milestone_due)
    window: pendulum.Interval[pendulum.Date] | None = attrs.field(
        default=None, validator=_check_window
    )
    done: PartialDate | None = attrs.field(default=None, converter=_milestone_done)
    status: MilestoneStatus = attrs.field(
        default=attrs.Factory(_milestone_status, takes_self=True), converter=_milestone_status_of
    )
    inspection: str | None = None
    notes: str | None = None

    # What __attrs_post_init__ checks: a due date or a window, not both; a date done goes with
    # status done (an absent status follows it).
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "not": {
                "required": ["due", "window"],
                "properties": {"due": {"type": "string"}, "window": {"type": "string"}},
            }
        },
        {
            "if": {"required": ["done"], "properties": {"done": {"type": "string"}}},
            "then": {"properties": {"status": {"const": MilestoneStatus.DONE.value}}},
        },
    )

    def __attrs_post_init__(self) -> None:
        if self.due is not None and self.window is not None:
            raise FieldValueError(
                "window", f"milestone {self.title!r} has both a due date and a window; give one"
            )
        if self.done is not None and self.status is not MilestoneStatus.DONE:
            raise FieldValueError(
                "done",
                f"milestone {self.title!r} has a date done but its status is {self.status.value!r}",
            )

    @property
    def pending(self) -> bool:
        """True when the milestone is recorded as not yet taken place."""
        return self.status is MilestoneStatus.PENDING

    def overdue(self, as_of: pendulum.Date) -> Answer:
        """Was the milestone overdue on ``as_of``: pending and past every day it may be due on
        (yes), pending with no day of its due date or window passed (no), or not known (only
        part of a month or year due date, or of the window, has passed; or no date is known).
        A milestone done, or whose status is not known, is never overdue.

        .. versionadded:: 0.1.0
        """
        if not self.pending:
            return NO
        if self.window is not None:
            # due by the end of its window, as a month-precision date is due by its end
            return YES if self.window.end < as_of else NO
        if self.due is None:
            return Answer(None, f"no due date is recorded for milestone {self.title!r}")
        return due_before(self.due, as_of)

    @property
    def latest(self) -> pendulum.Date | None:
        """The last day the milestone is due on, if any date is known."""
        if self.window is not None:
            return self.window.end
        return self.due.latest() if self.due is not None else None


@attrs.frozen(slots=True, kw_only=True, repr=False)
class ImprovementPlan:
    """A service's plan in answer to one inspection.

    Attributes:
        id: unique in its document ("bromley-2015-plan").
        inspection: the id of the inspection the plan answers.
        title: the plan's title.
        board: the board that owns the plan.
        chair: who chairs that board (a role or a name).
        submitted: when the plan was sent to the inspectorate, to the precision known.
        submit_by: the deadline for sending it ("by 30 June 2015"), to the precision known.
        approved: when the board approved it, to the precision known.
        review_cadence: how often progress is reviewed (``P1M`` for monthly); an open action
            with no update for longer than this is reported as stale.
        reviewed_by: the group that reviews progress at that cadence, if not the board.
        themes: the headings the actions are grouped under.
        responses: one answer per recommendation.
        actions: the actions.
        milestones: the dates the plan works towards.
        sources: where the plan's record comes from.
        notes: anything a reader should know about the record itself.

    A plan with no actions is a plan whose actions are not in the record (a real plan has
    actions): what it answers is not known (:attr:`actions_recorded` is False).

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=nonempty)
    inspection: str = attrs.field(validator=nonempty)
    title: str = attrs.field(validator=nonempty)
    board: str | None = None
    chair: str | None = None
    submitted: PartialDate | None = attrs.field(default=None, converter=_submitted)
    submit_by: PartialDate | None = attrs.field(default=None, converter=_submit_by)
    approved: PartialDate | None = attrs.field(default=None, converter=_approved)
    review_cadence: pendulum.Duration | None = attrs.field(
        default=None,
        # The post-init check that it is longer than zero, in part: a digit other than 0 (PT1H,
        # a cadence of no whole day, has one; the schema lets it through).
        metadata={"schema": {"allOf": [{"pattern": "[1-9]"}]}},
    )
    reviewed_by: str | None = None
    themes: tuple[Theme, ...] = attrs.field(default=(), converter=_themes)
    responses: tuple[RecommendationResponse, ...] = attrs.field(default=(), converter=_responses)
    actions: tuple[Action, ...] = attrs.field(default=(), converter=_actions)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    notes: str | None = None

    def __repr__(self) -> str:
        return (
            f"ImprovementPlan(id={self.id!r}, inspection={self.inspection!r}, "
            f"themes={len(self.themes)}, actions={len(self.actions)}, "
            f"milestones={len(self.milestones)})"
        )

    def __attrs_post_init__(self) -> None:
        if self.review_cadence is not None and _cadence_days(self.review_cadence) <= 0:
            raise FieldValueError("review_cadence", "the review cadence must be longer than zero")

    @property
    def actions_recorded(self) -> bool:
        """False when the record holds none of the plan's actions.

        .. versionadded:: 0.1.0
        """
        return bool(self.actions)

    def submitted_late(self, as_of: pendulum.Date) -> Answer:
        """Was the plan late on ``as_of``: sent after its deadline (:attr:`submit_by`), or not
        sent by ``as_of`` and past it? Yes, no, or not known with the reason (no deadline
        recorded, or dates known only to the month or year that do not decide).

        .. versionadded:: 0.1.0
        """
        deadline = self.submit_by
        if deadline is None:
            return Answer(None, "no deadline for the plan is recorded")
        sent = self.submitted
        if sent is None or sent.earliest() > as_of:
            if sent is None and due_before(deadline, as_of):
                return Answer(
                    None,
                    f"due by {deadline}; whether and when it was submitted is not recorded",
                )
            return due_before(deadline, as_of)
        # a deadline known to the month or year is by the end of it
        if sent.latest() <= deadline.latest():
            return NO
        if sent.earliest() > deadline.latest():
            return YES
        return Answer(
            None,
            f"submitted {sent}, due by {deadline}: the dates known do not decide whether it "
            "was in time",
        )

    def action(self, action_id: str) -> Action:
        """The action with this id.

        Raises:
            KeyError: no action has that id.
        """
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(action_id)

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id.

        Raises:
            KeyError: no theme has that id.
        """
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)

    def response(self, recommendation: str) -> RecommendationResponse | None:
        """The plan's answer to a recommendation, or ``None`` when it gives none."""
        for r in self.responses:
            if r.recommendation == recommendation:
                return r
        return None

    def next_review(self, after: pendulum.Date) -> pendulum.Date | None:
        """The day one review cadence after ``after``; ``None`` without a cadence."""
        if self.review_cadence is None:
            return None
        return add_duration(after, self.review_cadence)

    def __str__(self) -> str:
        return f"{self.id}: {self.title} (answers {self.inspection}; {len(self.actions)} actions)"

    def to_frame(self, table: str = "actions") -> pd.DataFrame:
        """One table of the plan as a pandas DataFrame: see :func:`yjinspect.frames.plan_frame`."""
        from ..views import plan_frame

        return plan_frame(self, table)

    def _repr_html_(self) -> str:
        from ..views import plan_html

        return plan_html(self)


def add_duration(day: pendulum.Date, duration: pendulum.Duration) -> pendulum.Date:
    """``day`` plus a calendar duration: years and months by the calendar, then days.

    A day past the last a date can hold (9999-12-31) is taken as that last day, and one before
    the first (0001-01-01) as the first: a review due a million years on is never overdue, and
    "due soon" within a window that long takes in every later due date.

    >>> str(add_duration(pendulum.Date(2016, 1, 31), pendulum.duration(months=1)))
    '2016-02-29'
    >>> str(add_duration(pendulum.Date(2016, 1, 31), pendulum.duration(years=1_000_000)))
    '9999-12-31'

    .. versionadded:: 0.1.0
    """
    days = duration.weeks * 7 + duration.remaining_days
    try:
        return day.add(years=duration.years, months=duration.months, days=days)
    except (OverflowError, ValueError):
        forward = (duration.years, duration.months, days) > (0, 0, 0)
        return pendulum.Date(9999, 12, 31) if forward else pendulum.Date(1, 1, 1)


def _cadence_days(duration: pendulum.Duration) -> int:
    return (
        duration.years * 365 + duration.months * 30 + duration.weeks * 7 + (duration.remaining_days)
    )
