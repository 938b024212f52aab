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
from typing import Any

import attrs
import pendulum

from ..errors import FieldValueError
from ._dates import PartialDate
from ._provenance import Source
from ._wording import quote as _quote

__all__ = [
    "RAG",
    "Action",
    "ActionStatus",
    "Agreement",
    "ImprovementPlan",
    "Milestone",
    "MilestoneStatus",
    "ProgressUpdate",
    "RecommendationResponse",
    "SuccessMeasure",
    "Theme",
    "add_duration",
]


def _nonempty(_inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value:
        raise FieldValueError(attribute.name, f"{attribute.name} must not be empty")


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


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


@attrs.frozen(slots=True, kw_only=True)
class RecommendationResponse:
    """The plan's answer to one recommendation.

    Attributes:
        recommendation: the recommendation's id in the inspection ("R1").
        agreement: agreed, partly agreed or not agreed.
        reason: why, in the board's words (expected when not fully agreed).

    .. versionadded:: 0.1.0
    """

    recommendation: str = attrs.field(validator=_nonempty)
    agreement: Agreement
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

    id: str = attrs.field(validator=_nonempty)
    title: str = attrs.field(validator=_nonempty)
    areas: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
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

    description: str = attrs.field(validator=_nonempty)
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

    Attributes:
        date: the day of the update.
        rag: red, amber or green.
        note: what was done or what is in the way.
        value: the success measure's value on that day, if measured.

    .. versionadded:: 0.1.0
    """

    date: pendulum.Date
    rag: RAG
    note: str = attrs.field(validator=_nonempty)
    value: float | None = None


@attrs.frozen(slots=True, kw_only=True)
class Action:
    """One action of the plan.

    Attributes:
        id: unique in the plan, as the plan numbers it ("1a").
        text: what will be done.
        theme: the id of the plan's theme it belongs to, if any.
        owner: the lead officer (a role or a name).
        agency: the agency that owns it ("YOS", "Police", "CCG").
        due: the planned completion date, if set.
        covers: ids of what the action answers: the inspection's recommendations and findings
            ("R1", "F3") and judgement areas of its framework ("governance-and-partnership").
        measure: the success measure, if any.
        status: :class:`ActionStatus`.
        completed: the day the action was completed (only with status ``complete``).
        updates: dated progress updates, oldest first.
        illustrative: True for an action written as an illustration, not taken from the
            record of a real plan.
        notes: anything a reader should know.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=_nonempty)
    text: str = attrs.field(validator=_nonempty)
    theme: str | None = None
    owner: str | None = None
    agency: str | None = None
    due: pendulum.Date | None = None
    covers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    measure: SuccessMeasure | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    completed: pendulum.Date | None = None
    updates: tuple[ProgressUpdate, ...] = attrs.field(default=(), converter=_tuple)
    illustrative: bool = False
    notes: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.completed is not None and self.status is not ActionStatus.COMPLETE:
            raise FieldValueError(
                "completed",
                f"action {self.id!r} has a completion date but its status is {self.status.value!r}",
            )
        for i, (a, b) in enumerate(zip(self.updates, self.updates[1:], strict=False)):
            if b.date < a.date:
                raise FieldValueError(
                    f"updates[{i + 1}].date",
                    f"progress updates of action {self.id!r} must be oldest first: "
                    f"{b.date} comes after {a.date}",
                )

    def last_update(self, as_of: pendulum.Date | None = None) -> ProgressUpdate | None:
        """The latest progress update (on or before ``as_of`` when given)."""
        for update in reversed(self.updates):
            if as_of is None or update.date <= as_of:
                return update
        return None

    def is_complete(self, as_of: pendulum.Date | None = None) -> bool:
        """True when the action is complete (and, with ``as_of``, was completed by then).

        An action marked complete with no completion date counts as complete on any day.
        """
        if self.status is not ActionStatus.COMPLETE:
            return False
        return as_of is None or self.completed is None or self.completed <= as_of

    @property
    def is_open(self) -> bool:
        """True when the action is neither complete nor dropped."""
        return self.status not in (ActionStatus.COMPLETE, ActionStatus.DROPPED)

    def __str__(self) -> str:
        return f"{self.id} {_quote(self.text)}"


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

    title: str = attrs.field(validator=_nonempty)
    due: PartialDate | None = None
    window: pendulum.Interval[pendulum.Date] | None = attrs.field(
        default=None, validator=_check_window
    )
    done: PartialDate | None = None
    status: MilestoneStatus = attrs.field(default=attrs.Factory(_milestone_status, takes_self=True))
    inspection: str | None = None
    notes: str | None = None

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

    @property
    def latest(self) -> pendulum.Date | None:
        """The last day the milestone is due on, if any date is known."""
        if self.window is not None:
            return self.window.end
        return self.due.latest() if self.due is not None else None


@attrs.frozen(slots=True, kw_only=True)
class ImprovementPlan:
    """A service's plan in answer to one inspection.

    Attributes:
        id: unique in its document ("bromley-2015-plan").
        inspection: the id of the inspection the plan answers.
        title: the plan's title.
        board: the board that owns the plan.
        chair: who chairs that board (a role or a name).
        submitted: the day the plan was sent to the inspectorate, if known.
        approved: the day the board approved it, if known.
        review_cadence: how often progress is reviewed (``P1M`` for monthly); an open action
            with no update for longer than this is reported as stale.
        reviewed_by: the group that reviews progress at that cadence, if not the board.
        themes: the headings the actions are grouped under.
        responses: one answer per recommendation.
        actions: the actions.
        milestones: the dates the plan works towards.
        sources: where the plan's record comes from.
        notes: anything a reader should know about the record itself.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=_nonempty)
    inspection: str = attrs.field(validator=_nonempty)
    title: str = attrs.field(validator=_nonempty)
    board: str | None = None
    chair: str | None = None
    submitted: pendulum.Date | None = None
    approved: pendulum.Date | None = None
    review_cadence: pendulum.Duration | None = None
    reviewed_by: str | None = None
    themes: tuple[Theme, ...] = attrs.field(default=(), converter=_tuple)
    responses: tuple[RecommendationResponse, ...] = attrs.field(default=(), converter=_tuple)
    actions: tuple[Action, ...] = attrs.field(default=(), converter=_tuple)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    notes: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.review_cadence is not None and _cadence_days(self.review_cadence) <= 0:
            raise FieldValueError("review_cadence", "the review cadence must be longer than zero")

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

    def _repr_html_(self) -> str:
        from ..views import plan_html

        return plan_html(self)


def add_duration(day: pendulum.Date, duration: pendulum.Duration) -> pendulum.Date:
    """``day`` plus a calendar duration: years and months by the calendar, then days.

    >>> str(add_duration(pendulum.Date(2016, 1, 31), pendulum.duration(months=1)))
    '2016-02-29'

    .. versionadded:: 0.1.0
    """
    days = duration.weeks * 7 + duration.remaining_days
    return day.add(years=duration.years, months=duration.months, days=days)


def _cadence_days(duration: pendulum.Duration) -> int:
    return (
        duration.years * 365 + duration.months * 30 + duration.weeks * 7 + (duration.remaining_days)
    )
