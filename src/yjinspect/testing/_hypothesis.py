"""Registers yjinspect's strategies with hypothesis, so ``st.from_type(yjinspect.Inspection)``
and the other public types work in any test suite. Loaded by hypothesis through the
``hypothesis`` entry point; nothing calls it directly."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from ..corpus import Corpus
    from ..dates import PartialDate
    from ..frameworks.model import Framework
    from ..inspection import Finding, Inspection, Judgement, Recommendation, Service
    from ..scales import Level, RatingScale
    from . import strategies as yst

    st.register_type_strategy(Inspection, yst.inspections())
    st.register_type_strategy(Corpus, yst.corpora())
    st.register_type_strategy(Framework, yst.frameworks())
    st.register_type_strategy(RatingScale, yst.rating_scales())
    st.register_type_strategy(Level, yst.levels())
    st.register_type_strategy(Service, yst.services())
    st.register_type_strategy(PartialDate, yst.partial_dates())
    st.register_type_strategy(Finding, yst.findings().map(lambda items: items[0]))
    st.register_type_strategy(Recommendation, yst.recommendations().map(lambda items: items[0]))
    st.register_type_strategy(
        Judgement,
        yst.inspections(framework="hmip-youth-2021", complete=True).flatmap(
            lambda insp: st.sampled_from(insp.judgements)
        ),
    )
