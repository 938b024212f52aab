"""Registers yjinspect's strategies with hypothesis, so ``st.from_type(yjinspect.Inspection)``
and the other public types work in any test suite. Loaded by hypothesis through the
``hypothesis`` entry point; nothing calls it directly.

Hypothesis runs the hook while it is itself being imported, which may be on behalf of
:mod:`yjinspect.testing.strategies`; so every strategy is looked up lazily, when first drawn.
"""

from __future__ import annotations

from typing import Any


def _lazy(name: str, *args: Any, **kwargs: Any) -> Any:
    from hypothesis import strategies as st

    def build() -> Any:
        from . import strategies as yst

        return getattr(yst, name)(*args, **kwargs)

    return st.deferred(build)


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from ..model import (
        Corpus,
        Finding,
        Framework,
        ImprovementPlan,
        Inspection,
        Judgement,
        Level,
        PartialDate,
        RatingScale,
        Recommendation,
        Service,
    )

    st.register_type_strategy(Inspection, _lazy("inspections"))
    st.register_type_strategy(Corpus, _lazy("corpora"))
    st.register_type_strategy(Framework, _lazy("frameworks"))
    st.register_type_strategy(RatingScale, _lazy("rating_scales"))
    st.register_type_strategy(Level, _lazy("levels"))
    st.register_type_strategy(Service, _lazy("services"))
    st.register_type_strategy(PartialDate, _lazy("partial_dates"))
    st.register_type_strategy(Finding, _lazy("findings").map(lambda items: items[0]))
    st.register_type_strategy(Recommendation, _lazy("recommendations").map(lambda items: items[0]))
    st.register_type_strategy(
        Judgement,
        _lazy("inspections", framework="hmip-youth-2021", complete=True).flatmap(
            lambda insp: st.sampled_from(insp.judgements)
        ),
    )
    st.register_type_strategy(
        ImprovementPlan, _lazy("inspections_and_plans").map(lambda pair: pair[1])
    )
