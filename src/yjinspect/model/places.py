"""The shipped tables of local authorities and youth justice services, and name matching.

The public face is :mod:`yjinspect.places`, which also holds the data files (``places/data``).
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs
import pendulum

from ..errors import YjinspectError
from .inspection import Nation, nation_of
from .provenance import Confidence, Source

__all__ = [
    "AUTHORITIES_SOURCE",
    "AmbiguousPlace",
    "Authority",
    "JointService",
    "UnknownPlace",
    "all_authorities",
    "all_services",
    "authorities",
    "authority",
    "by_code",
    "candidates",
    "find_service",
    "normalise",
    "predecessors",
    "service",
    "service_authorities",
    "service_words",
    "services",
]

AUTHORITIES_SOURCE = Source(
    title="mySociety, UK Local Authorities (past and current), data package uk_la_past_current "
    "1.6.1, repository mysociety/uk_local_authority_names_and_codes, commit 67ef8b1 of "
    "10 July 2025; licence CC BY 4.0",
    url="https://github.com/mysociety/uk_local_authority_names_and_codes",
    note="GSS codes are ONS codes (Open Government Licence v3.0); ISO 3166-2:GB codes from the "
    "iso-codes data shipped by pycountry 26.2.16. See places/data/SOURCE.md.",
)
"""Where the table of authorities comes from (see ``places/data/SOURCE.md``)."""


class UnknownPlace(YjinspectError, LookupError):
    """A name or code that is not a known local authority or youth justice service of England
    and Wales.

    .. versionadded:: 0.1.0
    """


class AmbiguousPlace(UnknownPlace):
    """A name that fits more than one authority (a former county council and the unitary that
    followed it): give a date (``on=``) or the GSS code.

    Attributes:
        candidates: the authorities the name fits.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, candidates: tuple[Authority, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@attrs.frozen(slots=True, kw_only=True)
class Authority:
    """An upper-tier local authority of England or Wales: one that runs (or shares) a youth
    justice service.

    Attributes:
        gss_code: the ONS nine-character code of its area ("W06000023"). E06 unitary, E08
            metropolitan district, E09 London borough (E09000001 the City of London), E10
            county, W06 Welsh principal area.
        name: the short name ("Powys").
        official_name: the council's name ("Powys County Council").
        nation: :class:`~yjinspect.Nation`, from the code's first letter.
        tier: "county", "unitary", "metropolitan-district", "london-borough",
            "city-corporation" or "welsh-principal-area".
        iso_3166_2: the ISO 3166-2:GB code ("GB-POW"), or ``None`` where ISO gives none.
        start: the first day, as the source records it (before 2009 this is often the day the
            source's register began, not the day the council was created); ``None`` if not
            recorded.
        end: the last day in office of an abolished council; ``None`` for a current one.
        replaced_by: GSS codes of the councils that took over on abolition.
        former_gss_codes: codes its area had before a boundary change.
        other_names: other spellings seen in data ("Bristol, City of").

    .. versionadded:: 0.1.0
    """

    gss_code: str
    name: str
    official_name: str
    nation: Nation
    tier: str
    iso_3166_2: str | None = None
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    replaced_by: tuple[str, ...] = ()
    former_gss_codes: tuple[str, ...] = ()
    other_names: tuple[str, ...] = ()

    @property
    def current(self) -> bool:
        """True when the council has not been abolished."""
        return self.end is None

    def __str__(self) -> str:
        return f"{self.name} ({self.gss_code})"


@attrs.frozen(slots=True, kw_only=True)
class JointService:
    """A youth justice service whose area is not one council under the council's own name.

    Attributes:
        name: the service's name.
        other_names: other names seen in the record.
        authorities: GSS codes of the councils it covers.
        hmip_slugs: the part of HMIP's report address naming the service ("dorsetyos").
        start, end: when the arrangement began or ended, where a source gives it.
        confidence: how the coverage is known.
        sources: where it is stated.

    .. versionadded:: 0.1.0
    """

    name: str
    other_names: tuple[str, ...] = ()
    authorities: tuple[str, ...]
    hmip_slugs: tuple[str, ...] = ()
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    confidence: Confidence
    sources: tuple[Source, ...]

    def applies_on(self, on: pendulum.Date | None) -> bool:
        """True when the arrangement is in force on the day (always, without a day)."""
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


# -- name matching -----------------------------------------------------------------------------
_PREFIXES = (
    "the ",
    "london borough of ",
    "royal borough of ",
    "borough of ",
    "city and county of ",
    "city of ",
    "county of ",
    "county ",
)
_SUFFIXES = (
    " council",
    " corporation",
    " london borough",
    " metropolitan borough",
    " county borough",
    " borough",
    " district",
    " county",
    " city",
    " unitary authority",
    " ua",
)


def normalise(text: str) -> str:
    """A name reduced for matching: case, accents ("Ynys Môn" and "Ynys Mon"), "&" and "and",
    hyphens, punctuation, "Saint" and "St", and spacing do not matter.

    Example:
        >>> normalise("Stoke-on-Trent  City Council")
        'stoke on trent city council'
        >>> normalise("Conwy & Denbighshire") == normalise("conwy and denbighshire")
        True

    .. versionadded:: 0.1.0
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("&", " and ")
    text = re.sub(r"['`\u2019]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    text = re.sub(r"\bsaint\b", "st", text)
    return " ".join(text.split())


def _core(key: str) -> str:
    """A normalised name without the words councils add around it ("London Borough of ...",
    "... County Borough Council", "City of ..."); never empty."""
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key, changed = key[len(prefix) :], True
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key, changed = key[: -len(suffix)], True
    return key


def _inverted(key: str) -> str:
    """ "Bristol, City of", "Vale of Glamorgan, The" and "Durham, County" as ISO and ONS print
    them, in reading order ("city of bristol")."""
    for tail in (" city of", " the", " county"):
        if key.endswith(tail) and len(key) > len(tail):
            return f"{tail.strip()} {key[: -len(tail)]}"
    return key


def _keys(names: Iterable[str]) -> tuple[set[str], set[str]]:
    exact = {_inverted(normalise(n)) for n in names if n.strip()}
    # The City of London is not London: its core name is never a key.
    core = {_core(k) for k in exact} - {"london"}
    return exact, core


# -- loading -----------------------------------------------------------------------------------
def _data(name: str) -> str:
    """A data file shipped beside the public face, ``yjinspect/places/data/<name>``."""
    return resources.files("yjinspect.places").joinpath("data", name).read_text("utf-8")


def _date(text: str) -> pendulum.Date | None:
    return pendulum.Date.fromisoformat(text) if text else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(";") if part)


@functools.cache
def all_authorities() -> tuple[Authority, ...]:
    """Every authority in the shipped table, sorted by GSS code, former ones included."""
    text = _data("authorities.csv")
    out = []
    for row in csv.DictReader(text.splitlines()):
        nation = nation_of((row["gss_code"],))
        if nation is None or nation.value != row["nation"]:  # pragma: no cover - data guard
            raise ValueError(f"authorities.csv: {row['gss_code']} is not in {row['nation']}")
        out.append(
            Authority(
                gss_code=row["gss_code"],
                name=row["name"],
                official_name=row["official_name"],
                nation=nation,
                tier=row["tier"],
                iso_3166_2=row["iso_3166_2"] or None,
                start=_date(row["start"]),
                end=_date(row["end"]),
                replaced_by=_split(row["replaced_by"]),
                former_gss_codes=_split(row["former_gss_codes"]),
                other_names=_split(row["other_names"]),
            )
        )
    return tuple(out)


@functools.cache
def _codes() -> dict[str, Authority]:
    table: dict[str, Authority] = {}
    for a in all_authorities():
        table[a.gss_code] = a
    for a in all_authorities():
        for old in a.former_gss_codes:
            table.setdefault(old, a)
    return table


@functools.cache
def _index() -> tuple[dict[str, list[Authority]], dict[str, list[Authority]]]:
    exact: dict[str, list[Authority]] = {}
    core: dict[str, list[Authority]] = {}
    for a in all_authorities():
        keys, cores = _keys((a.name, a.official_name, *a.other_names))
        for k in keys:
            exact.setdefault(k, []).append(a)
        for k in cores:
            core.setdefault(k, []).append(a)
    return exact, core


@functools.cache
def _successors() -> frozenset[str]:
    return frozenset(code for a in all_authorities() for code in a.replaced_by)


def _in_office(a: Authority, on: pendulum.Date) -> bool:
    if a.end is not None and on > a.end:
        return False
    # Only a successor's start is a real first day (older starts are register artefacts).
    return not (a.gss_code in _successors() and a.start is not None and on < a.start)


def by_code(code: str) -> Authority:
    """The authority with this GSS code (current or former code of its area).

    Raises:
        UnknownPlace: no authority in the table has the code.

    .. versionadded:: 0.1.0
    """
    try:
        return _codes()[code.strip().upper()]
    except KeyError:
        raise UnknownPlace(
            f"{code!r} is not the GSS code of an upper-tier local authority of England or "
            "Wales in the shipped table"
        ) from None


def candidates(name: str, *, on: pendulum.Date | None = None) -> tuple[Authority, ...]:
    """Every authority a name (or GSS code) fits, in office on ``on`` when given; exact
    spellings first, then the name without "Council", "London Borough of" and the like.

    .. versionadded:: 0.1.0
    """
    text = name.strip()
    if re.fullmatch(r"[A-Za-z]\d{8}", text):
        found = _codes().get(text.upper())
        return (found,) if found and (on is None or _in_office(found, on)) else ()
    exact, core = _index()
    key = _inverted(normalise(text))
    for table, k in ((exact, key), (core, _core(key))):
        hits = table.get(k, [])
        if on is not None:
            hits = [a for a in hits if _in_office(a, on)]
        if hits:
            return tuple(dict.fromkeys(hits))
    return ()


def _service(raw: dict[str, Any]) -> JointService:
    return JointService(
        name=raw["name"],
        other_names=tuple(raw.get("other_names", ())),
        authorities=tuple(raw["authorities"]),
        hmip_slugs=tuple(raw.get("hmip_slugs", ())),
        start=_date(raw.get("start", "")),
        end=_date(raw.get("end", "")),
        confidence=Confidence(raw["confidence"]),
        sources=tuple(Source(**s) for s in raw["sources"]),
    )


@functools.cache
def all_services() -> tuple[JointService, ...]:
    """Every youth justice service in the shipped table of joint and differently named
    services (``places/data/services.toml``)."""
    text = _data("services.toml")
    return tuple(_service(raw) for raw in tomllib.loads(text)["service"])


_SERVICE_WORDS = re.compile(
    r"\b(youth (offending|justice) (service|team|partnership)|yos|yot|yjs|yjeis|youth justice"
    r"( and early intervention service)?)$"
)


def service_words(name: str) -> str:
    """A normalised service name without "Youth Justice Service", "YOS" and the like ("powys")."""
    return _SERVICE_WORDS.sub("", normalise(name)).strip()


def find_service(
    name: str | None, *, slug: str | None = None, on: pendulum.Date | None = None
) -> JointService | None:
    """The joint service a name or HMIP slug names, in force on ``on`` when given."""
    for service in all_services():
        if not service.applies_on(on):
            continue
        if slug is not None and slug.strip().casefold() in service.hmip_slugs:
            return service
    if name is None:
        return None
    key = normalise(name)
    bare = service_words(name)
    for service in all_services():
        if not service.applies_on(on):
            continue
        names = {normalise(n) for n in (service.name, *service.other_names)}
        if key in names or bare in names:
            return service
    return None


# -- look-ups (public through yjinspect.places) ------------------------------------------------
def authorities(*, current: bool | None = None) -> tuple[Authority, ...]:
    """The authorities in the shipped table, sorted by GSS code.

    Args:
        current: ``True`` for councils in office today, ``False`` for abolished ones, ``None``
            (the default) for both.

    .. versionadded:: 0.1.0
    """
    return tuple(a for a in all_authorities() if current is None or a.current is current)


def authority(name: str, *, on: pendulum.Date | None = None) -> Authority:
    """The authority a name or GSS code means.

    Matching ignores case, "&" / "and", hyphens, punctuation and the words councils put around
    their names ("London Borough of", "City of", "Council", "County Borough"), so "Powys County
    Council", "powys" and "W06000023" all give Powys.

    Args:
        name: a council's name or GSS code.
        on: the day the record speaks of. A former council and the unitary that followed it can
            share a name ("Somerset"): with ``on`` the one in office that day is given; without
            it, the one in office now.

    Returns:
        An :class:`Authority`.

    Raises:
        UnknownPlace: the name fits no authority (a ``LookupError``).
        AmbiguousPlace: it fits several and the day does not decide.

    .. versionadded:: 0.1.0
    """
    found = candidates(name, on=on)
    if on is None and len(found) > 1:
        found = tuple(a for a in found if a.current) or found
    if len(found) == 1:
        return found[0]
    if not found:
        raise UnknownPlace(
            f"{name!r} is not a known upper-tier local authority of England or Wales"
            + (f" on {on}" if on else "")
        )
    raise AmbiguousPlace(
        f"{name!r} fits {len(found)} authorities: {', '.join(map(str, found))}; give the day "
        "(on=) or a GSS code",
        found,
    )


def services() -> tuple[JointService, ...]:
    """The shipped joint and differently named youth justice services, each with its sources.

    .. versionadded:: 0.1.0
    """
    return all_services()


def service(
    name: str | None = None, *, slug: str | None = None, on: pendulum.Date | None = None
) -> JointService | None:
    """The joint service a name ("Dorset Combined YJS") or HMIP report slug ("dorsetyos")
    names, in force on ``on`` when given; ``None`` when none does (a service run by one council
    under its own name has no entry: use :func:`authority`).

    .. versionadded:: 0.1.0
    """
    return find_service(name, slug=slug, on=on)


def service_authorities(
    name: str | None = None, *, slug: str | None = None, on: pendulum.Date | None = None
) -> tuple[Authority, ...]:
    """The authorities a youth justice service covers.

    A joint service (by name or HMIP slug, see :func:`service`) gives its councils; otherwise
    the name, without words like "Youth Justice Service" or "YOS", must be one council's.

    Args:
        name: the service's or the council's name.
        slug: HMIP's report slug for the service, as the data-to-insight CSV's ``la_ref``.
        on: the day the record speaks of.

    Returns:
        The authorities, in the source's order.

    Raises:
        UnknownPlace: neither a joint service nor one council fits (``AmbiguousPlace`` when
            several councils do).

    Example:
        >>> [a.gss_code for a in service_authorities("Dorset Combined Youth Justice Service")]
        ['E06000058', 'E06000059']

    .. versionadded:: 0.1.0
    """
    joint = find_service(name, slug=slug, on=on)
    if joint is not None:
        return tuple(by_code(code) for code in joint.authorities)
    if name is None:
        raise UnknownPlace(f"no joint service has the HMIP slug {slug!r}")
    bare = service_words(name) or name
    return (authority(bare, on=on),)


def predecessors(code: str) -> tuple[Authority, ...]:
    """The abolished councils whose duties passed to the authority with this GSS code
    ("E06000058" gives Bournemouth and Poole).

    .. versionadded:: 0.1.0
    """
    target = by_code(code).gss_code
    return tuple(a for a in all_authorities() if target in a.replaced_by)
