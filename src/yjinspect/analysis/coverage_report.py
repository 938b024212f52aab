"""The classes of the coverage report (see :func:`yjinspect.coverage`)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs
import pendulum

from .. import _escape
from ..model import NO, RAG, ActionStatus, Agreement, Answer, Milestone, PartialDate
from ..model._wording import every
from ..model._wording import quote as _quote

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ActionState",
    "AreaCoverage",
    "Coverage",
    "CoverageItem",
    "Dangling",
    "Gap",
    "GapKind",
    "ItemKind",
    "ThemeCoverage",
]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _n(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.0%}"


class ItemKind(StrEnum):
    """What a plan must answer.

    .. versionadded:: 0.1.0
    """

    RECOMMENDATION = "recommendation"
    FINDING = "finding"
    """A finding that is an area for improvement."""
    AREA = "area"
    """A judgement area rated at a level of concern."""


@attrs.frozen(slots=True, kw_only=True)
class CoverageItem:
    """One thing the plan must answer, and the actions that answer it.

    Attributes:
        kind: recommendation, finding or area.
        id: the recommendation's or finding's id, or the area's code.
        text: its words (for an area, the title and rating); ``None`` when not known.
        areas: the judgement areas it concerns.
        actions: ids of the actions that answer it (dropped actions answer nothing). An area is
            answered by an action that names it, or names a recommendation or finding about it.
        agreement: for a recommendation, the plan's answer; ``None`` when it gives none.

    .. versionadded:: 0.1.0
    """

    kind: ItemKind
    id: str
    text: str | None
    areas: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    agreement: Agreement | None = None

    @property
    def covered(self) -> bool:
        """True when at least one action answers the item."""
        return bool(self.actions)

    def __str__(self) -> str:
        return f"{self.kind.value} {self.id} {_quote(self.text)}"


class _Counted:
    """``count``, ``total`` and ``share`` of a coverage row with ``items`` and ``covered``."""

    __slots__ = ()
    items: tuple[str, ...]
    covered: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many of the row's items are covered."""
        return len(self.covered)

    @property
    def total(self) -> int:
        """How many items the row has."""
        return len(self.items)

    @property
    def share(self) -> float | None:
        """``count / total``; ``None`` when the row has no items."""
        return _share(self.count, self.total)


@attrs.frozen(slots=True, kw_only=True)
class AreaCoverage(_Counted):
    """Coverage of the items that concern one judgement area.

    Attributes:
        area: the area's code.
        title: the area's title.
        rating: the label of the area's rating, ``None`` when not rated or not known.
        concern: True when the rating is a level of concern.
        rating_known: False when the inspection records the rating as not known (so whether
            the area needs answering is not known either).
        items: ids of the items tied to the area (the area itself when of concern, the
            recommendations and areas for improvement about it).
        covered: ids of those items that an action answers.
        actions: ids of the actions that answer the area or an item about it.

    .. versionadded:: 0.1.0
    """

    area: str
    title: str
    rating: str | None
    concern: bool
    items: tuple[str, ...]
    covered: tuple[str, ...]
    actions: tuple[str, ...]
    rating_known: bool = True

    def __str__(self) -> str:
        rating = f" ({self.rating})" if self.rating else ""
        if not self.rating_known:
            rating = " (rating not known)"
        return (
            f"{self.title}{rating}: {self.count} of {self.total} covered"
            f" [{_pct(self.share)}], {_n(len(self.actions), 'action')}"
        )


@attrs.frozen(slots=True, kw_only=True)
class ThemeCoverage(_Counted):
    """Coverage within one theme of the plan.

    A theme's scope is the items tied to the areas it serves, together with the items its own
    actions answer; ``covered`` counts the items in scope that an action of the theme answers.

    Attributes:
        theme: the theme's id.
        title: the theme's title.
        actions: ids of the theme's actions (dropped ones left out).
        items: ids of the items in the theme's scope.
        covered: ids of those answered by an action of the theme.

    .. versionadded:: 0.1.0
    """

    theme: str
    title: str
    actions: tuple[str, ...]
    items: tuple[str, ...]
    covered: tuple[str, ...]

    def __str__(self) -> str:
        return (
            f"{self.title}: {self.count} of {self.total} covered [{_pct(self.share)}], "
            f"{_n(len(self.actions), 'action')}"
        )


@attrs.frozen(slots=True, kw_only=True)
class Dangling:
    """A reference in the plan that resolves to nothing in the inspection or its framework.

    Attributes:
        path: where it is in the plan (``$.actions[3].covers[0]``).
        owner: the id of the action, theme or response that holds it.
        text: that action's or theme's words.
        ref: the id that resolves to nothing.

    .. versionadded:: 0.1.0
    """

    path: str
    owner: str
    text: str | None
    ref: str

    def __str__(self) -> str:
        return f"{self.owner} {_quote(self.text)} refers to {self.ref!r}, which resolves to nothing"


@attrs.frozen(slots=True, kw_only=True)
class ActionState:
    """An action as it stands (on ``as_of``, when given).

    Attributes:
        id: the action's id.
        text: the action's words.
        theme: its theme's id.
        owner: its lead officer.
        due: the due date it is judged against (the latest revision's), to the precision
            known.
        original_due: the due date first set, when it was revised since (else ``None``).
        status: its recorded status.
        covers: the ids it names that resolve.
        complete: was it complete (by ``as_of``, when given)?
        overdue: is it open and due before ``as_of`` (a day due on ``as_of`` is not overdue)?
        due_soon: is it open and due from ``as_of`` to the end of the window?
        stale: is it open with no progress update for longer than the review cadence?
        last_update: the date of the latest update certainly made by ``as_of``.
        rag: the RAG rating of that update.
        illustrative: the action was written as an illustration, not taken from the record.

    ``complete``, ``overdue``, ``due_soon`` and ``stale`` are each an
    :class:`~yjinspect.model.Answer`: yes, no, or not known with the reason (a completion
    date known only to the month, ``as_of`` inside it; a status not recorded). A due date known
    to the month or year means by the end of it. An Answer is truthy only for a certain yes.

    .. versionadded:: 0.1.0
    """

    id: str
    text: str
    theme: str | None
    owner: str | None
    due: PartialDate | None
    status: ActionStatus
    covers: tuple[str, ...]
    complete: Answer
    overdue: Answer = NO
    due_soon: Answer = NO
    stale: Answer = NO
    last_update: PartialDate | None = None
    rag: RAG | None = None
    illustrative: bool = False
    original_due: PartialDate | None = None

    @property
    def covers_nothing(self) -> bool:
        """True for a live (not dropped) action whose references all resolve to nothing."""
        return not self.covers and self.status is not ActionStatus.DROPPED

    def __str__(self) -> str:
        return f"action {self.id} {_quote(self.text)}"


class GapKind(StrEnum):
    """The kinds of problem :attr:`Coverage.problems` reports.

    .. versionadded:: 0.1.0
    """

    UNCOVERED = "uncovered"
    DANGLING = "dangling"
    COVERS_NOTHING = "covers-nothing"
    NO_RESPONSE = "no-response"
    UNKNOWN_RATING = "unknown-rating"
    RATING_NOT_KNOWN = "rating-not-known"
    """A rated area whose rating the inspection record does not know."""
    OVERDUE = "overdue"
    STALE = "stale"
    NOT_KNOWN_WHETHER_OVERDUE = "not-known-whether-overdue"
    """An action that may be overdue: the dates or the status known do not decide."""
    ACTIONS_NOT_RECORDED = "actions-not-recorded"
    """The plan's actions are not in the record: what it answers is not known."""
    MILESTONE_OVERDUE = "milestone-overdue"


@attrs.frozen(slots=True, kw_only=True)
class Gap:
    """One problem with a plan's coverage, naming the item by id and text.

    Attributes:
        kind: :class:`GapKind`.
        id: the id of the item, action or milestone at fault.
        text: its words.
        message: one line saying what is wrong.

    .. versionadded:: 0.1.0
    """

    kind: GapKind
    id: str
    text: str | None
    message: str

    def __str__(self) -> str:
        return self.message


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _items(value: Iterable[CoverageItem]) -> tuple[CoverageItem, ...]:
    return tuple(value)


def _areas(value: Iterable[AreaCoverage]) -> tuple[AreaCoverage, ...]:
    return tuple(value)


def _theme_coverages(value: Iterable[ThemeCoverage]) -> tuple[ThemeCoverage, ...]:
    return tuple(value)


def _danglings(value: Iterable[Dangling]) -> tuple[Dangling, ...]:
    return tuple(value)


def _action_states(value: Iterable[ActionState]) -> tuple[ActionState, ...]:
    return tuple(value)


def _milestones(value: Iterable[Milestone]) -> tuple[Milestone, ...]:
    return tuple(value)


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Coverage:
    """What a plan answers of an inspection, and (with ``as_of``) how its actions stand.

    Attributes:
        plan: the plan's id.
        inspection: the inspection's id.
        as_of: the day the action states are taken on; ``None`` for no dated view.
        window: how far ahead "due soon" looks.
        items: everything the plan must answer: recommendations, then areas for improvement,
            then judgement areas at a level of concern.
        areas: per judgement area (in framework order), the count and share of its items covered.
        themes: per theme (in plan order), the count and share of its scope covered.
        dangling: references that resolve to nothing.
        actions: every action's state.
        milestones_overdue: pending milestones whose last due day is before ``as_of`` (a
            milestone done, or whose status is not known, is never overdue).
        milestones_not_known: pending milestones that may be overdue: no due date or window
            is recorded (a month, year or window is due by its end).
        unknown_ratings: codes of areas whose recorded rating is not on the framework's scale.
        not_known: codes of rated areas whose rating the inspection records as not known:
            whether they are of concern, and so need answering, is not known.
        review_cadence: the plan's review cadence.
        framework: the code of the inspection's framework (its scale orders the area ratings
            in views and DataFrames); ``None`` when not given.
        actions_recorded: False when the plan's actions are not in the record: then whether
            each item is answered is not known (:attr:`known` is False) and the report shows
            no gaps, only that.

    .. versionadded:: 0.1.0
    """

    plan: str
    inspection: str
    as_of: pendulum.Date | None
    window: pendulum.Duration | None
    items: tuple[CoverageItem, ...] = attrs.field(converter=_items)
    areas: tuple[AreaCoverage, ...] = attrs.field(converter=_areas)
    themes: tuple[ThemeCoverage, ...] = attrs.field(converter=_theme_coverages)
    dangling: tuple[Dangling, ...] = attrs.field(converter=_danglings)
    actions: tuple[ActionState, ...] = attrs.field(converter=_action_states)
    milestones_overdue: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)
    milestones_not_known: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)
    unknown_ratings: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    not_known: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    review_cadence: pendulum.Duration | None = None
    framework: str | None = None
    actions_recorded: bool = True

    # -- views ---------------------------------------------------------------------------------
    def __repr__(self) -> str:
        return (
            f"Coverage(plan={self.plan!r}, inspection={self.inspection!r}, "
            f"as_of={str(self.as_of) if self.as_of is not None else None!r}, "
            f"items={len(self.items)}, actions={len(self.actions)})"
        )

    @property
    def known(self) -> bool:
        """False when what the plan answers is not known (its actions are not recorded).

        .. versionadded:: 0.1.0
        """
        return self.actions_recorded

    @property
    def covered(self) -> tuple[CoverageItem, ...]:
        """The items at least one action answers."""
        return tuple(i for i in self.items if i.covered)

    @property
    def uncovered(self) -> tuple[CoverageItem, ...]:
        """The items no action answers (none when the plan's actions are not recorded: then
        whether they are answered is not known)."""
        if not self.actions_recorded:
            return ()
        return tuple(i for i in self.items if not i.covered)

    @property
    def share(self) -> float | None:
        """The share of items covered; ``None`` when there is nothing to answer."""
        return _share(len(self.covered), len(self.items))

    @property
    def complete_coverage(self) -> bool:
        """True when every item is answered and every reference resolves (False when the
        plan's actions are not recorded; see :attr:`known`)."""
        return self.actions_recorded and not self.uncovered and not self.dangling

    @property
    def covers_nothing(self) -> tuple[ActionState, ...]:
        """Live actions that answer nothing (no references, or only dangling ones)."""
        return tuple(a for a in self.actions if a.covers_nothing)

    @property
    def no_response(self) -> tuple[CoverageItem, ...]:
        """Recommendations the plan gives no agreed / partly agreed / not agreed answer to (none
        when neither the plan's actions nor its responses are recorded)."""
        if not self.actions_recorded:
            return ()
        return tuple(
            i for i in self.items if i.kind is ItemKind.RECOMMENDATION and i.agreement is None
        )

    @property
    def overdue(self) -> tuple[ActionState, ...]:
        """Open actions due before ``as_of`` (empty without ``as_of``)."""
        return tuple(a for a in self.actions if a.overdue)

    @property
    def due_soon(self) -> tuple[ActionState, ...]:
        """Open actions due from ``as_of`` to the end of the window (empty without ``as_of``)."""
        return tuple(a for a in self.actions if a.due_soon)

    @property
    def complete(self) -> tuple[ActionState, ...]:
        """Complete actions (by ``as_of``, when given)."""
        return tuple(a for a in self.actions if a.complete)

    @property
    def stale(self) -> tuple[ActionState, ...]:
        """Open actions with no update for longer than the review cadence (needs ``as_of``)."""
        return tuple(a for a in self.actions if a.stale)

    @property
    def not_known_whether_overdue(self) -> tuple[ActionState, ...]:
        """Actions that may be overdue on ``as_of``: past their due date, marked complete on a
        date known only to the month or year that ``as_of`` falls inside.

        .. versionadded:: 0.1.0
        """
        return tuple(a for a in self.actions if not a.overdue.known)

    def item(self, item_id: str, kind: ItemKind | None = None) -> CoverageItem:
        """The item with this id (of this kind, when ids of two kinds clash).

        Raises:
            KeyError: no such item.
        """
        for i in self.items:
            if i.id == item_id and (kind is None or i.kind is kind):
                return i
        raise KeyError(item_id)

    def area(self, code: str) -> AreaCoverage:
        """The coverage of one judgement area.

        Raises:
            KeyError: the area is not in the report.
        """
        for a in self.areas:
            if a.area == code:
                return a
        raise KeyError(code)

    def theme(self, theme_id: str) -> ThemeCoverage:
        """The coverage of one theme.

        Raises:
            KeyError: the plan has no such theme.
        """
        for t in self.themes:
            if t.theme == theme_id:
                return t
        raise KeyError(theme_id)

    @property
    def problems(self) -> tuple[Gap, ...]:
        """Every problem, each naming the item, action or milestone by id and text."""
        cadence = every(self.review_cadence) if self.review_cadence is not None else "every ?"

        def why(item: CoverageItem) -> str:
            return " (the plan does not agree it)" if item.agreement is Agreement.NOT_AGREED else ""

        def last(a: ActionState) -> str:
            return (
                f"last progress update {a.last_update}"
                if a.last_update
                else "no progress update recorded"
            )

        if not self.actions_recorded:
            return (
                Gap(
                    kind=GapKind.ACTIONS_NOT_RECORDED,
                    id=self.plan,
                    text=None,
                    message=f"the actions of {self.plan} are not in the record: whether it "
                    f"answers the {_n(len(self.items), 'item')} of {self.inspection} is not known",
                ),
            )
        rows: list[tuple[GapKind, str, str | None, str]] = [
            *(
                (GapKind.UNCOVERED, i.id, i.text, f"no action answers {i}{why(i)}")
                for i in self.uncovered
            ),
            *(
                (GapKind.NO_RESPONSE, i.id, i.text, f"the plan gives no response to {i}")
                for i in self.no_response
            ),
            *(
                (GapKind.DANGLING, d.owner, d.text, f"dangling reference at {d.path}: {d}")
                for d in self.dangling
            ),
            *(
                (GapKind.COVERS_NOTHING, a.id, a.text, f"{a} answers nothing in {self.inspection}")
                for a in self.covers_nothing
            ),
            *(
                (
                    GapKind.UNKNOWN_RATING,
                    code,
                    None,
                    f"area {code}: the recorded rating is not on the scale",
                )
                for code in self.unknown_ratings
            ),
            *(
                (
                    GapKind.RATING_NOT_KNOWN,
                    code,
                    None,
                    f"area {code}: the rating is not known, so whether it needs answering "
                    "is not known",
                )
                for code in self.not_known
            ),
            *(
                (
                    GapKind.OVERDUE,
                    a.id,
                    a.text,
                    f"{a} was due {a.due} and is {a.status.value.replace('-', ' ')}",
                )
                for a in self.overdue
            ),
            *(
                (
                    GapKind.NOT_KNOWN_WHETHER_OVERDUE,
                    a.id,
                    a.text,
                    f"{a}: whether it is overdue is not known ({a.overdue.reason})",
                )
                for a in self.not_known_whether_overdue
            ),
            *(
                (
                    GapKind.STALE,
                    a.id,
                    a.text,
                    f"{a}: {last(a)}; the plan reviews progress {cadence}",
                )
                for a in self.stale
            ),
            *(
                (
                    GapKind.MILESTONE_OVERDUE,
                    m.title,
                    m.notes,
                    f"milestone '{m.title}' was due by {m.latest}; it is not recorded as done",
                )
                for m in self.milestones_overdue
            ),
            *(
                (
                    GapKind.NOT_KNOWN_WHETHER_OVERDUE,
                    m.title,
                    m.notes,
                    f"milestone '{m.title}': whether it is overdue is not known "
                    f"({m.overdue(self.as_of).reason if self.as_of else ''})",
                )
                for m in self.milestones_not_known
            ),
        ]
        return tuple(Gap(kind=k, id=ident, text=text, message=msg) for k, ident, text, msg in rows)

    # -- rendering -----------------------------------------------------------------------------
    def verdict(self) -> str:
        """One line: whether the plan answers everything, and what stands out."""
        n = len(self.items)
        kinds = {k: sum(1 for i in self.items if i.kind is k) for k in ItemKind}
        what = (
            f"{_n(kinds[ItemKind.RECOMMENDATION], 'recommendation')}, "
            f"{_n(kinds[ItemKind.FINDING], 'area for improvement', 'areas for improvement')}, "
            f"{_n(kinds[ItemKind.AREA], 'judgement of concern', 'judgements of concern')}"
        )
        live = sum(1 for a in self.actions if a.status is not ActionStatus.DROPPED)
        if not self.actions_recorded:
            head = (
                f"what {self.plan} answers of {self.inspection} is not known: its actions are "
                f"not in the record ({_n(n, 'item')} to answer: {what})"
            )
        elif n == 0 and not self.dangling:
            head = (
                f"{self.inspection} has nothing {self.plan} must answer (no recommendation, area "
                f"for improvement or judgement of concern); {_n(live, 'action')}"
            )
        elif self.complete_coverage:
            head = (
                f"{self.plan} answers all {_n(n, 'item')} of {self.inspection} ({what}) "
                f"with {_n(live, 'action')}"
            )
        else:
            parts = [f"{len(self.uncovered)} of {_n(n, 'item')} unanswered ({what})"]
            if self.dangling:
                parts.append(_n(len(self.dangling), "dangling reference"))
            head = f"{self.plan} leaves gaps in {self.inspection}: " + ", ".join(parts)
        if self.not_known:
            k = len(self.not_known)
            head += (
                f"; {k} area's rating not known, so whether it needs answering is not known"
                if k == 1
                else f"; {k} areas' ratings not known, so whether they need answering is not known"
            )
        if self.covers_nothing:
            head += f"; {_n(len(self.covers_nothing), 'action answers', 'actions answer')} nothing"
        if self.as_of is not None and self.actions_recorded:
            maybe = len(self.not_known_whether_overdue)
            head += (
                f"; as of {self.as_of}: {len(self.overdue)} overdue"
                + (f" ({maybe} more not known)" if maybe else "")
                + f", {len(self.due_soon)} due soon, {len(self.complete)} complete, "
                f"{len(self.stale)} without a recent update"
            )
        return head

    def __str__(self) -> str:
        lines = [self.verdict()]
        if self.areas:
            lines.append("By judgement area:")
            lines.extend(f"  {a}" for a in self.areas)
        if self.themes:
            lines.append("By theme:")
            lines.extend(f"  {t}" for t in self.themes)
        problems = self.problems
        if problems:
            lines.append("Problems:")
            lines.extend(f"  - {p}" for p in problems)
        return "\n".join(_escape.plain(line) for line in lines)

    def _repr_html_(self) -> str:
        from ..views._coverage import coverage_html

        return coverage_html(self)

    def to_frame(self, table: str = "items") -> pd.DataFrame:
        """A tidy pandas DataFrame of one part of the report (needs pandas).

        Args:
            table: ``"items"`` (one row per item), ``"areas"``, ``"themes"``, ``"actions"`` or
                ``"problems"``.

        Raises:
            ValueError: an unknown table name.
            ModuleNotFoundError: pandas is not installed.
        """
        from ..views._coverage import coverage_frame

        return coverage_frame(self, table)
