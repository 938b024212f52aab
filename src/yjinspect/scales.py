"""Rating scales: ordered levels with codes, labels and scores.

Levels of one scale compare with ``<`` and ``==`` in the scale's order (worst first). Ordering
levels of two different scales raises ``TypeError``: "Good" on the HMIP four-point scale is not
"Good" on the FJI scale. For views across scales use :attr:`Level.position`, a number in [0, 1].

Example:
    >>> from yjinspect.scales import HMIP_FOUR_POINT as hmip
    >>> hmip.level("Requires Improvement") < hmip.level("good")
    True
    >>> hmip.level("outstanding").score, hmip.level("good").position
    (3, 0.6666666666666666)
"""

from .model.scales import (
    CARE_INSPECTORATE_SIX_POINT,
    CCI_IMPROVEMENT,
    CJI_PROGRESS,
    FJI_JUDGEMENT,
    HMIP_FOUR_POINT,
    MAX_LEVEL_SCORE,
    Level,
    RatingScale,
    available,
    get,
    normalise,
)

__all__ = [
    "CARE_INSPECTORATE_SIX_POINT",
    "CCI_IMPROVEMENT",
    "CJI_PROGRESS",
    "FJI_JUDGEMENT",
    "HMIP_FOUR_POINT",
    "MAX_LEVEL_SCORE",
    "Level",
    "RatingScale",
    "available",
    "get",
    "normalise",
]
