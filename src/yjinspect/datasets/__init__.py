"""Shipped real records: the national record of HMIP youth justice inspections.

The national record holds the inspections of youth offending / youth justice services in England
and Wales that public sources state: HMIP reports and press releases, council papers, news, and
the analysts' CSV (data-to-insight). One corpus document per service ships in
``datasets/data/services/``; every value carries its source (address, title, publisher, date, the
quote) and a confidence (published, reported, inferred). What no source states is not known.
HMIP material is under the Open Government Licence v3.0, the analysts' CSV under MIT (see
:func:`notice`). The records found but not loaded, and why, are :func:`left_out`.

Example:
    >>> from yjinspect import datasets
    >>> record = datasets.national()
    >>> len(record) > 150
    True
    >>> [i.framework for i in datasets.service("Bromley")]
    ['hmip-youth-2021']
"""

from .record import (
    LeftOut,
    completeness,
    era,
    left_out,
    national,
    notice,
    outcome,
    service,
    services,
    unsourced,
)

__all__ = [
    "LeftOut",
    "completeness",
    "era",
    "left_out",
    "national",
    "notice",
    "outcome",
    "service",
    "services",
    "unsourced",
]
