"""The crosswalk model: links between the areas of two frameworks, each with a strength."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import attrs

from ..errors import InvalidDocument, Problem
from . import _coerce
from .provenance import Confidence

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


# Typed converters: a constructor's parameter is an iterable of the field's item type.
def _links(value: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(value)


_coerce.passes(_links, tuple)


def _unmatched_items(value: Iterable[Unmatched]) -> tuple[Unmatched, ...]:
    return tuple(value)


_coerce.passes(_unmatched_items, tuple)


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
    links: tuple[Link, ...] = attrs.field(default=(), converter=_links)
    unmatched_from: tuple[Unmatched, ...] = attrs.field(default=(), converter=_unmatched_items)
    unmatched_to: tuple[Unmatched, ...] = attrs.field(default=(), converter=_unmatched_items)
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


def compose(first: Crosswalk, second: Crosswalk, *more: Crosswalk) -> Crosswalk:
    """Chain crosswalks: ``first`` from A to B, then ``second`` from B to C (then each of
    ``more`` in turn).

    A link A:x -> C:z exists for every B:y with links x -> y and y -> z; its strength is the
    weaker of the two and its confidence the less sure; between the same two areas the
    strongest path is kept. Areas of A whose links all end at unmatched areas of B become
    unmatched, and so do areas of C reached from no area of A.

    Time and memory grow linearly with the length of the chain (for a given number of links
    per crosswalk): each link's rationale, one part per step, is joined once at the end.

    Raises:
        ValueError: a crosswalk does not lead to the framework the next one starts from.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       Any number of crosswalks, chained in one pass.
    """
    chain = (first, second, *more)
    for one, then in itertools.pairwise(chain):
        if one.to_framework != then.from_framework:
            raise ValueError(
                f"cannot chain {one.code!r} (to {one.to_framework!r}) with {then.code!r} "
                f"(from {then.from_framework!r})"
            )
    paths: dict[tuple[str, str], _Path] = {
        (lk.from_area, lk.to_area): _Path(
            lk.strength, lk.confidence, (None, lk.rationale), (None, lk.source)
        )
        for lk in first.links
    }
    unmatched_from: dict[str, Unmatched] = {}
    for u in first.unmatched_from:
        unmatched_from.setdefault(u.area, u)
    unmatched_to: dict[str, Unmatched] = {}
    for u in first.unmatched_to:
        unmatched_to.setdefault(u.area, u)
    reached = first.to_framework
    for nxt in chain[1:]:
        by_from: dict[str, list[Link]] = {}
        for b in nxt.links:
            by_from.setdefault(b.from_area, []).append(b)
        step: dict[tuple[str, str], _Path] = {}
        for (from_area, via), path in paths.items():
            for b in by_from.get(via, ()):
                key = (from_area, b.to_area)
                strength = _weaker(path.strength, b.strength)
                kept = step.get(key)
                if kept is not None and strength.rank <= kept.strength.rank:
                    continue  # keep the strongest path between the same two areas
                step[key] = _Path(
                    strength,
                    _less_sure(path.confidence, b.confidence),
                    (path.rationale, f" Then, {b.from_area} -> {b.to_area}: {b.rationale}"),
                    (path.sources, b.source),
                )
        linked_from = {key[0] for key in step}
        linked_to = {key[1] for key in step}
        for (from_area, via), path in paths.items():
            if from_area not in linked_from and from_area not in unmatched_from:
                unmatched_from[from_area] = Unmatched(
                    area=from_area,
                    rationale=f"Its counterpart {via} in {reached} has no counterpart in "
                    f"{nxt.to_framework}.",
                    confidence=path.confidence,
                )
        before = unmatched_to
        unmatched_to = {}
        for u in nxt.unmatched_to:
            if u.area not in linked_to:
                unmatched_to.setdefault(u.area, u)
        for b in nxt.links:
            if b.to_area not in linked_to and b.to_area not in unmatched_to:
                note = before.get(b.from_area)
                unmatched_to[b.to_area] = Unmatched(
                    area=b.to_area,
                    rationale=f"Its counterpart {b.from_area} in {reached} has no "
                    f"counterpart in {first.from_framework}"
                    + (f": {note.rationale}" if note is not None else "."),
                    confidence=b.confidence,
                )
        paths = step
        reached = nxt.to_framework
    links = tuple(
        Link(
            from_area=from_area,
            to_area=to_area,
            strength=path.strength,
            rationale="".join(_unwind(path.rationale)),
            source="; ".join(s for s in _unwind(path.sources) if s),
            confidence=path.confidence,
        )
        for (from_area, to_area), path in paths.items()
    )
    through = ", ".join(cw.to_framework for cw in chain[:-1])
    confidence = first.confidence
    for cw in chain[1:]:
        confidence = _less_sure(confidence, cw.confidence)
    return Crosswalk(
        code=" + ".join(cw.code for cw in chain),
        title=", then ".join(cw.title for cw in chain),
        from_framework=first.from_framework,
        to_framework=chain[-1].to_framework,
        links=links,
        unmatched_from=tuple(unmatched_from.values()),
        unmatched_to=tuple(unmatched_to.values()),
        bidirectional=False,
        description=f"Composed through {through}.",
        source="; ".join(cw.source for cw in chain if cw.source),
        confidence=confidence,
    )


# A list built by pairing (what came before, the newest part): adding a part is constant time.
_Parts = tuple[Any, str] | None


@attrs.frozen(slots=True)
class _Path:
    """A link being chained: its strength and confidence so far, its rationale and sources as
    parts (joined once, when the chain is done)."""

    strength: Strength
    confidence: Confidence
    rationale: _Parts
    sources: _Parts


def _unwind(parts: _Parts) -> list[str]:
    out: list[str] = []
    while parts is not None:
        parts, part = parts
        out.append(part)
    out.reverse()
    return out


def _crosswalk_problems(cw: Crosswalk) -> list[Problem]:
    """Checks a crosswalk can make of itself; paths are inside its document."""
    out: list[Problem] = []
    if cw.from_framework == cw.to_framework:
        out.append(
            Problem(
                path="$.to_framework",
                message=f"a crosswalk links two frameworks: expected a framework other than "
                f"{cw.from_framework!r}, found the one it starts from",
            )
        )
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
