"""The crosswalk model: links between the areas of two frameworks, each with a strength."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import attrs

from ..errors import InvalidDocument, Problem
from ._provenance import Confidence

__all__ = ["Crosswalk", "Link", "Strength", "Unmatched", "compose"]


class Strength(StrEnum):
    """How closely two linked areas correspond.

    ``SAME``: the same area under the same number and title. ``CLOSE``: the same subject, with a
    changed scope or wording. ``LOOSE``: related work judged in a different way; a comparison
    through such a link is only a hint.

    .. versionadded:: 0.1.0
    """

    SAME = "same"
    CLOSE = "close"
    LOOSE = "loose"

    @property
    def rank(self) -> int:
        """2 for ``SAME``, 1 for ``CLOSE``, 0 for ``LOOSE``."""
        return {"same": 2, "close": 1, "loose": 0}[self.value]


_CONFIDENCE_RANK = {Confidence.PUBLISHED: 2, Confidence.REPORTED: 1, Confidence.INFERRED: 0}


def _weaker(a: Strength, b: Strength) -> Strength:
    return a if a.rank <= b.rank else b


def _less_sure(a: Confidence, b: Confidence) -> Confidence:
    return a if _CONFIDENCE_RANK[a] <= _CONFIDENCE_RANK[b] else b


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True)
class Link:
    """One link from an area of the first framework to an area of the second.

    Attributes:
        from_area: the area's code in the framework the crosswalk starts from.
        to_area: the area's code in the framework it leads to.
        strength: :class:`Strength`.
        rationale: why the areas are linked (required: a link is a reading of the record).
        source: where the correspondence is stated or seen.
        confidence: how the correspondence is known.

    .. versionadded:: 0.1.0
    """

    from_area: str = attrs.field(validator=attrs.validators.min_len(1))
    to_area: str = attrs.field(validator=attrs.validators.min_len(1))
    strength: Strength
    rationale: str = attrs.field(validator=attrs.validators.min_len(1))
    source: str = ""
    confidence: Confidence = Confidence.INFERRED

    def reversed(self) -> Link:
        """The same link read the other way."""
        return attrs.evolve(self, from_area=self.to_area, to_area=self.from_area)


@attrs.frozen(slots=True, kw_only=True)
class Unmatched:
    """An area with no counterpart on the other side of a crosswalk.

    Attributes:
        area: the area's code.
        rationale: why it has no counterpart ("new in the 2021 refresh").
        source: where this is stated or seen.
        confidence: how it is known.

    .. versionadded:: 0.1.0
    """

    area: str = attrs.field(validator=attrs.validators.min_len(1))
    rationale: str = attrs.field(validator=attrs.validators.min_len(1))
    source: str = ""
    confidence: Confidence = Confidence.INFERRED


@attrs.frozen(slots=True, kw_only=True)
class Crosswalk:
    """A mapping of the rated areas of one framework onto another's.

    Crosswalks are data, like frameworks: the built-ins are TOML files in
    ``yjinspect/crosswalks/data`` read by the same code as a user's own file. A comparison
    made through a crosswalk compares normalised scale positions (:attr:`Level.position
    <yjinspect.scales.Level.position>`) and marks every change as approximate.

    Attributes:
        code: identifier ("hmip-youth-2018--hmip-youth-2021").
        title: human name.
        from_framework: the code of the framework the links start from.
        to_framework: the code of the framework the links lead to.
        links: the area links; an area may have several.
        unmatched_from: areas of ``from_framework`` with no counterpart.
        unmatched_to: areas of ``to_framework`` with no counterpart (new areas).
        bidirectional: True when the links may be read both ways.
        description: further detail.
        source: where the crosswalk as a whole comes from.
        confidence: how the crosswalk as a whole is known.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    title: str
    from_framework: str = attrs.field(validator=attrs.validators.min_len(1))
    to_framework: str = attrs.field(validator=attrs.validators.min_len(1))
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    unmatched_from: tuple[Unmatched, ...] = attrs.field(default=(), converter=_tuple)
    unmatched_to: tuple[Unmatched, ...] = attrs.field(default=(), converter=_tuple)
    bidirectional: bool = False
    description: str = ""
    source: str = ""
    confidence: Confidence = Confidence.INFERRED

    def __attrs_post_init__(self) -> None:
        problems = _crosswalk_problems(self)
        if problems:
            raise InvalidDocument(problems, source=f"crosswalk {self.code!r}")

    def links_from(self, area: str) -> tuple[Link, ...]:
        """The links that start at an area of :attr:`from_framework`."""
        return tuple(link for link in self.links if link.from_area == area)

    def links_to(self, area: str) -> tuple[Link, ...]:
        """The links that lead to an area of :attr:`to_framework`."""
        return tuple(link for link in self.links if link.to_area == area)

    def reversed(self) -> Crosswalk:
        """The crosswalk read from :attr:`to_framework` to :attr:`from_framework`.

        Raises:
            ValueError: the crosswalk is not :attr:`bidirectional`.
        """
        if not self.bidirectional:
            raise ValueError(f"crosswalk {self.code!r} runs one way only")
        return attrs.evolve(
            self,
            code=f"{self.code} (reversed)",
            from_framework=self.to_framework,
            to_framework=self.from_framework,
            links=tuple(link.reversed() for link in self.links),
            unmatched_from=self.unmatched_to,
            unmatched_to=self.unmatched_from,
        )

    def __str__(self) -> str:
        arrow = "<->" if self.bidirectional else "->"
        return f"{self.code}: {self.from_framework} {arrow} {self.to_framework}"


def compose(first: Crosswalk, second: Crosswalk) -> Crosswalk:
    """Chain two crosswalks: ``first`` from A to B, then ``second`` from B to C.

    A link A:x -> C:z exists for every B:y with links x -> y and y -> z; its strength is the
    weaker of the two and its confidence the less sure. Areas of A whose links all end at
    unmatched areas of B become unmatched, and so do areas of C reached from no area of A.

    Raises:
        ValueError: ``first`` does not lead to the framework ``second`` starts from.

    .. versionadded:: 0.1.0
    """
    if first.to_framework != second.from_framework:
        raise ValueError(
            f"cannot chain {first.code!r} (to {first.to_framework!r}) with {second.code!r} "
            f"(from {second.from_framework!r})"
        )
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for a in first.links:
        for b in second.links_from(a.to_area):
            key = (a.from_area, b.to_area)
            candidate = Link(
                from_area=a.from_area,
                to_area=b.to_area,
                strength=_weaker(a.strength, b.strength),
                rationale=f"{a.rationale} Then, {b.from_area} -> {b.to_area}: {b.rationale}",
                source="; ".join(s for s in (a.source, b.source) if s),
                confidence=_less_sure(a.confidence, b.confidence),
            )
            if key in seen:
                # keep the strongest path between the same two areas
                i = next(k for k, lk in enumerate(links) if (lk.from_area, lk.to_area) == key)
                if candidate.strength.rank > links[i].strength.rank:
                    links[i] = candidate
                continue
            seen.add(key)
            links.append(candidate)
    linked_from = {lk.from_area for lk in links}
    linked_to = {lk.to_area for lk in links}
    unmatched_from = list(first.unmatched_from)
    for a in first.links:
        if a.from_area not in linked_from and a.from_area not in {u.area for u in unmatched_from}:
            unmatched_from.append(
                Unmatched(
                    area=a.from_area,
                    rationale=f"Its counterpart {a.to_area} in {first.to_framework} has no "
                    f"counterpart in {second.to_framework}.",
                    confidence=a.confidence,
                )
            )
    unmatched_to = [u for u in second.unmatched_to if u.area not in linked_to]
    for b in second.links:
        if b.to_area not in linked_to and b.to_area not in {u.area for u in unmatched_to}:
            note = next((u for u in first.unmatched_to if u.area == b.from_area), None)
            unmatched_to.append(
                Unmatched(
                    area=b.to_area,
                    rationale=f"Its counterpart {b.from_area} in {first.to_framework} has no "
                    f"counterpart in {first.from_framework}"
                    + (f": {note.rationale}" if note is not None else "."),
                    confidence=b.confidence,
                )
            )
    return Crosswalk(
        code=f"{first.code} + {second.code}",
        title=f"{first.title}, then {second.title}",
        from_framework=first.from_framework,
        to_framework=second.to_framework,
        links=tuple(links),
        unmatched_from=tuple(unmatched_from),
        unmatched_to=tuple(unmatched_to),
        bidirectional=False,
        description=f"Composed through {first.to_framework}.",
        source="; ".join(s for s in (first.source, second.source) if s),
        confidence=_less_sure(first.confidence, second.confidence),
    )


def _crosswalk_problems(cw: Crosswalk) -> list[Problem]:
    """Checks a crosswalk can make of itself; paths are inside its document."""
    out: list[Problem] = []
    pairs: dict[tuple[str, str], int] = {}
    for i, link in enumerate(cw.links):
        key = (link.from_area, link.to_area)
        if key in pairs:
            out.append(
                Problem(
                    path=f"$.links[{i}]",
                    message=f"duplicate link {link.from_area!r} -> {link.to_area!r} "
                    f"(first at $.links[{pairs[key]}])",
                )
            )
        else:
            pairs[key] = i
    linked_from = {link.from_area for link in cw.links}
    linked_to = {link.to_area for link in cw.links}
    for name, items, linked in (
        ("unmatched_from", cw.unmatched_from, linked_from),
        ("unmatched_to", cw.unmatched_to, linked_to),
    ):
        first: dict[str, int] = {}
        for i, u in enumerate(items):
            if u.area in linked:
                out.append(
                    Problem(
                        path=f"$.{name}[{i}].area",
                        message=f"area {u.area!r} is linked, so it cannot also be unmatched",
                    )
                )
            if u.area in first:
                out.append(
                    Problem(
                        path=f"$.{name}[{i}].area",
                        message=f"duplicate area {u.area!r} (first at $.{name}[{first[u.area]}])",
                    )
                )
            else:
                first[u.area] = i
    return out
