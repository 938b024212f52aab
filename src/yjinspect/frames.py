"""Tidy (long) pandas DataFrames of yjinspect objects. Needs the ``pandas`` extra.

One row per judgement, with these columns:

========================  =================================================================
column                    meaning
========================  =================================================================
``inspection``            the inspection's id
``service``               the service's name
``local_authority``       the council, as the record names it
``nation``                england, wales, ...: from the service's authorities; ``None``
                          when they are not recorded (never a default)
``area_codes``            the ONS GSS codes of the authorities the service covers, joined
                          with ";" ("E06000058;E06000059" for a joint service); ``None``
                          when not recorded. Split and explode to join ONS or DfE data.
``framework``             the framework's code
``framework_version``     the version or variant, if any
``inspection_kind``       full-joint, standards, ...
``date``                  fieldwork start, else publication, as ISO text of the precision
                          known ("2015-05"); ``None`` when neither is known
``year``                  the year of ``date`` (nullable integer)
``area``                  the area's code
``area_title``            the area's title
``scored``                whether the area counts in the framework's overall score
``status``                rated, not-rated or not-known
``rating``                the level's label: an **ordered categorical** following the scale
                          when every row shares one scale, plain text otherwise
``rating_code``           the level's code
``score``                 the level's score (nullable integer)
``position``              the level's position in [0, 1], comparable across scales
``percentage``            a headline percentage printed for the area, if any
========================  =================================================================

Comparisons (:meth:`Comparison.to_frame <yjinspect.compare.Comparison.to_frame>`), coverage
reports (:meth:`Coverage.to_frame <yjinspect.coverage.Coverage.to_frame>`) and cohort summaries
(:meth:`Cohort.to_frame <yjinspect.compare.Cohort.to_frame>`, :func:`distribution_frame`) have
their own tidy forms; the documentation's "DataFrames, reports and plots" page lists every
column.
"""

from .views._frames import (
    COLUMNS,
    DISTRIBUTION_COLUMNS,
    distribution_frame,
    inspections_frame,
    to_frame,
)

__all__ = [
    "COLUMNS",
    "DISTRIBUTION_COLUMNS",
    "distribution_frame",
    "inspections_frame",
    "to_frame",
]
