"""The national record: loading the shipped service documents, and what one record holds."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

import attrs

from ..model import Corpus, Inspection

_ERAS = {
    "hmip-cci-2009": "Core Case Inspection (2009-2012)",
    "hmip-fji-2012": "Full Joint Inspection (2012-2018)",
    "hmip-youth-2018": "Standards 2018",
    "hmip-youth-2021": "Standards 2021",
    "hmip-youth-2025": "Work with children and victims (2025)",
}


def _data() -> Traversable:
    return resources.files(__package__).joinpath("data")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("&", "and")).strip("-")


@cache
def _services() -> dict[str, Corpus]:
    from ..documents import loads

    found: dict[str, Corpus] = {}
    folder = _data().joinpath("services")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        corpus = loads(
            entry.read_text(encoding="utf-8"),
            "toml",
            kind="corpus",
            source=f"yjinspect/datasets/data/services/{entry.name}",
        )
        found[entry.name.removesuffix(".toml")] = corpus
    return found


@cache
def national() -> Corpus:
    """The national record: every shipped inspection, service by service, oldest first within
    a service.

    Loaded from the shipped documents on first use and cached (the same object is returned
    after). Inspections whose framework is uncertain carry ``framework_candidates``.

    Returns:
        A :class:`~yjinspect.Corpus`.

    .. versionadded:: 0.1.0
    """
    return Corpus(
        inspections=tuple(i for c in _services().values() for i in c.inspections),
        title="The national record of HMIP youth justice inspections (England and Wales)",
        notes="Every value carries its sources and a confidence. HMIP material: Open Government "
        "Licence v3.0; the analysts' CSV: MIT. See yjinspect.datasets.notice().",
    )


def services() -> tuple[str, ...]:
    """The keys of the services in the record, sorted ("bromley", "conwy-and-denbighshire").

    A key is made from the names of the local authorities a service covers.

    .. versionadded:: 0.1.0
    """
    return tuple(_services())


def service(name: str) -> Corpus:
    """The inspections of one service, oldest first.

    Args:
        name: the service's key (see :func:`services`), a name a source gives the service
            ("Wakefield Youth Justice Service") or the name of a local authority it covers;
            case, "&" and punctuation are ignored.

    Raises:
        LookupError: no service, or more than one, has that name (the message names the
            candidates).

    .. versionadded:: 0.1.0
    """
    wanted = _key(name)
    found = _services()
    if wanted in found:
        return found[wanted]
    hits = sorted(
        key
        for key, corpus in found.items()
        if any(
            wanted in (_key(i.service.name), _key(i.service.local_authority))
            or wanted in {_key(p) for p in i.service.local_authority.split(" and ")}
            for i in corpus
        )
    )
    if len(hits) == 1:
        return found[hits[0]]
    if hits:
        raise LookupError(f"{name!r} names several services: {', '.join(hits)}")
    near = [k for k in found if wanted and (wanted in k or k in wanted)]
    hint = f"; did you mean {', '.join(near[:5])}?" if near else ""
    raise LookupError(f"no service {name!r} in the national record{hint}")


@attrs.frozen(slots=True, kw_only=True)
class LeftOut:
    """A record found in the sources but not loaded into the national record.

    Attributes:
        service: the service's name as the source gives it.
        era: the era the research filed it under ("2025", "csv" for a row of the analysts' CSV).
        published: when it was published, as far as known ("not known" otherwise).
        why: why it is not loaded.

    .. versionadded:: 0.1.0
    """

    service: str
    era: str
    published: str
    why: str


@cache
def left_out() -> tuple[LeftOut, ...]:
    """The records found in the sources but not loaded, and why.

    .. versionadded:: 0.1.0
    """
    text = _data().joinpath("left-out.toml").read_text(encoding="utf-8")
    return tuple(LeftOut(**item) for item in tomllib.loads(text).get("record", []))


def notice() -> str:
    """The licence notice of the shipped data (Open Government Licence v3.0 for HMIP material,
    MIT for the analysts' CSV).

    .. versionadded:: 0.1.0
    """
    return _data().joinpath("NOTICE.md").read_text(encoding="utf-8")


def era(inspection: Inspection) -> str:
    """A short name for the era of an inspection's framework ("Standards 2021"); "uncertain:
    ..." when the record carries framework candidates.

    .. versionadded:: 0.1.0
    """
    if inspection.framework_candidates:
        return "uncertain: " + " or ".join(_ERAS.get(c, c) for c in inspection.framework_candidates)
    return _ERAS.get(inspection.framework, inspection.framework)


def _needed(inspection: Inspection) -> tuple[str, ...]:
    from .. import frameworks

    fw = frameworks.get(inspection.framework)
    if fw.overall_rule is not None:
        return tuple(a.code for a in fw.scored_areas)
    if inspection.framework_version is not None:
        return tuple(a.code for a in fw.rated_areas(inspection.framework_version))
    if fw.versions:
        common = set.intersection(*(set(v.areas) for v in fw.versions))
        return tuple(a.code for a in fw.rated_areas() if a.code in common)
    return tuple(a.code for a in fw.rated_areas())


def completeness(inspection: Inspection) -> str:
    """How much of an inspection's outcome the record holds.

    ``"full"``: every area the framework rates (its scored standards; for a framework with
    versions and none recorded, the areas every version rates; the CCI's three headlines) is
    known, as a rating or a headline percentage. ``"partial"``: some are. ``"overall only"``:
    none is, but the published overall is. ``"none"``: no rating is held.

    Raises:
        UnknownFramework: the inspection's framework is not known.

    .. versionadded:: 0.1.0
    """
    needed = _needed(inspection)
    known = {
        j.area for j in inspection.judgements if j.rating is not None or j.percentage is not None
    }
    held = [a for a in needed if a in known]
    if needed and len(held) == len(needed):
        return "full"
    if held or known:
        return "partial"
    if inspection.published_overall is not None or inspection.published_score is not None:
        return "overall only"
    return "none"


def unsourced(inspection: Inspection) -> tuple[str, ...]:
    """The fields of an inspection that hold a value no source of it supports.

    A source supports the paths in its :attr:`~yjinspect.Source.supports`;
    ``"judgements"`` supports every judgement, ``"judgements.<area>"`` the area's rating and
    ``"judgements.<area>.percentage"`` its percentage.

    .. versionadded:: 0.1.0
    """
    supported = {p for s in inspection.sources for p in s.supports}
    held: list[str] = []
    for name in ("published_overall", "published_score", "published", "fieldwork"):
        if getattr(inspection, name) is not None:
            held.append(name)
    if inspection.fieldwork_start is not None:
        held.append("fieldwork")
    if inspection.recommendations:
        held.append("recommendations")
    for j in inspection.judgements:
        if j.rating is not None:
            held.append(f"judgements.{j.area}")
        if j.percentage is not None:
            held.append(f"judgements.{j.area}.percentage")
    return tuple(
        p
        for p in held
        if p not in supported and not (p.startswith("judgements.") and "judgements" in supported)
    )


def outcome(inspection: Inspection) -> str:
    """The inspection's outcome in a few words, from what the record holds.

    The published overall rating (with the score when known) where there is one; otherwise
    the ratings of its areas, worst first, counted ("Poor x4, Unsatisfactory, Satisfactory"),
    with each CCI headline's percentage; "not known" when the record holds no rating.

    Example:
        >>> import yjinspect as yj
        >>> [outcome(i) for i in yj.examples.bromley()][:2]
        ['Minimum improvement x3 (81%, 75%, 82%)', 'Poor x4, Unsatisfactory, Satisfactory']

    .. versionadded:: 0.1.0
    """
    from .. import frameworks

    fw = frameworks.get(inspection.framework)
    if inspection.published_overall is not None:
        label = fw.scale.level(inspection.published_overall).label
        if inspection.published_score is not None and fw.overall_rule is not None:
            return f"{label} ({inspection.published_score}/{fw.max_score})"
        return label
    levels = sorted(
        (fw.scale.level(j.rating) for j in inspection.judgements if j.rating is not None),
        key=lambda lv: lv.score,
    )
    counts = {lv.label: sum(1 for x in levels if x == lv) for lv in levels}
    words = ", ".join(f"{label} x{n}" if n > 1 else label for label, n in counts.items())
    pcts = [f"{j.percentage:g}%" for j in inspection.judgements if j.percentage is not None]
    if pcts:
        words = (words + " " if words else "") + f"({', '.join(pcts)})"
    return words or "not known"
