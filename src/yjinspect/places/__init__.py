"""Places: the local authorities of England and Wales and the youth justice services over them.

Youth justice services are run by upper-tier councils (Crime and Disorder Act 1998 s.39): county
councils, unitary authorities, metropolitan districts, London boroughs, the City of London,
the Isles of Scilly and the Welsh principal areas. This module ships a table of those councils
with their ONS GSS codes, nation, ISO 3166-2:GB codes and the reorganisations of 2019-2023
(Bournemouth, Christchurch and Poole and Dorset 2019; Buckinghamshire 2020; North and West
Northamptonshire 2021; Cumberland, Westmorland and Furness, North Yorkshire and Somerset 2023),
the abolished councils kept with their codes so older records resolve. District councils (E07)
are not in it: they run no youth justice service.

Sources: the authorities come from mySociety's "UK Local Authorities (past and current)" table
(CC BY 4.0), whose GSS codes are ONS codes (Open Government Licence v3.0); see
:data:`AUTHORITIES_SOURCE` and ``places/data/SOURCE.md``. Each joint service carries its own
sources and confidence (:attr:`JointService.sources`).

Example:
    >>> from yjinspect import places
    >>> places.authority("Powys").gss_code
    'W06000023'
    >>> places.by_code("W06000023").nation.value
    'wales'
    >>> [a.name for a in places.service_authorities("Conwy & Denbighshire")]
    ['Conwy', 'Denbighshire']
"""

from __future__ import annotations

import pendulum

from ..inspection import nation_of
from ._table import (
    _SERVICE_WORDS,
    AUTHORITIES_SOURCE,
    AmbiguousPlace,
    Authority,
    JointService,
    UnknownPlace,
    all_authorities,
    all_services,
    by_code,
    candidates,
    find_service,
    normalise,
)

__all__ = [
    "AUTHORITIES_SOURCE",
    "AmbiguousPlace",
    "Authority",
    "JointService",
    "UnknownPlace",
    "authorities",
    "authority",
    "by_code",
    "candidates",
    "nation_of",
    "normalise",
    "predecessors",
    "service",
    "service_authorities",
    "services",
]


def authorities(*, current: bool | None = None) -> tuple[Authority, ...]:
    """The authorities in the shipped table, sorted by GSS code.

    Args:
        current: ``True`` for councils in office today, ``False`` for abolished ones, ``None``
            (the default) for both.
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
    """The shipped joint and differently named youth justice services, each with its sources."""
    return all_services()


def service(
    name: str | None = None, *, slug: str | None = None, on: pendulum.Date | None = None
) -> JointService | None:
    """The joint service a name ("Dorset Combined YJS") or HMIP report slug ("dorsetyos")
    names, in force on ``on`` when given; ``None`` when none does (a service run by one council
    under its own name has no entry: use :func:`authority`)."""
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
    """
    joint = find_service(name, slug=slug, on=on)
    if joint is not None:
        return tuple(by_code(code) for code in joint.authorities)
    if name is None:
        raise UnknownPlace(f"no joint service has the HMIP slug {slug!r}")
    bare = _SERVICE_WORDS.sub("", normalise(name)).strip() or name
    return (authority(bare, on=on),)


def predecessors(code: str) -> tuple[Authority, ...]:
    """The abolished councils whose duties passed to the authority with this GSS code
    ("E06000058" gives Bournemouth and Poole)."""
    target = by_code(code).gss_code
    return tuple(a for a in all_authorities() if target in a.replaced_by)
