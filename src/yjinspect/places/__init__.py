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

from ..model.inspection import nation_of
from ..model.places import (
    AUTHORITIES_SOURCE,
    AmbiguousPlace,
    Authority,
    JointService,
    UnknownPlace,
    authorities,
    authority,
    by_code,
    candidates,
    normalise,
    predecessors,
    service,
    service_authorities,
    services,
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
