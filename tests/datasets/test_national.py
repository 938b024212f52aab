"""The national record: it loads, validates, agrees with the rules, and every value has a source."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

import yjinspect as yj
from yjinspect import datasets, documents
from yjinspect.errors import Severity
from yjinspect.model import Confidence, Source

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "yjinspect" / "datasets" / "data"
RECORD = datasets.national()


def by_service(key: str) -> list[yj.Inspection]:
    return list(datasets.service(key))


def inspection(framework: str, kind: yj.InspectionKind, **fields) -> yj.Inspection:
    service = yj.Service(name="S", local_authority="S")
    return yj.Inspection(
        id="x", service=service, framework=framework, inspection_kind=kind, **fields
    )


def rated(inspection: yj.Inspection) -> bool:
    return datasets.completeness(inspection) != "none"


def test_the_record_holds_at_least_150_rated_inspections():
    assert len(RECORD) == 215
    assert sum(rated(i) for i in RECORD) == 201
    assert sum(rated(i) for i in RECORD) >= 150


def test_every_row_of_the_analysts_csv_is_in_the_record():
    with yj.importers.D2I_CSV.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    from_csv = [i for i in RECORD if "d2i" in i.service.codes]
    assert len(from_csv) == len(rows) == 83
    assert Counter(i.service.codes["d2i"] for i in from_csv) == Counter(
        r["la_ref"].strip() for r in rows
    )


def test_national_is_cached_and_service_files_are_one_per_service():
    assert datasets.national() is RECORD
    keys = datasets.services()
    assert len(keys) == len(list((DATA / "services").glob("*.toml"))) == 154
    assert sum(len(datasets.service(k)) for k in keys) == len(RECORD)
    for key in keys:
        assert {i.service.codes["national"] for i in datasets.service(key)} == {key}


def test_validate_passes_on_the_whole_record():
    problems = yj.validate(RECORD)
    assert not [p for p in problems if p.severity is Severity.ERROR]
    # the warnings are of two kinds, both explained in the docs: a framework the record does
    # not decide, and a 2025-framework overall that no published rule can check
    uncertain = [p for p in problems if "the framework is uncertain" in p.message]
    unchecked = [p for p in problems if "has no rule for an overall rating" in p.message]
    assert len(uncertain) + len(unchecked) == len(problems) == 27
    assert len(unchecked) == sum(i.framework == "hmip-youth-2025" for i in RECORD) == 14
    flagged = {p.path.split(".")[1] for p in uncertain}
    assert len(flagged) == 12
    assert sum(bool(i.framework_candidates) for i in RECORD) == 7


def test_published_overalls_agree_with_the_rules_where_they_can_be_checked():
    banded = summed = 0
    for insp in RECORD:
        fw = yj.frameworks.get(insp.framework)
        if fw.overall_rule is None or insp.published_overall is None:
            continue
        published = fw.scale.level(insp.published_overall)
        if insp.published_score is not None:
            assert fw.band(insp.published_score) == published, insp.id
            banded += 1
        derived = yj.derived_overall(insp)
        if derived is not None:
            assert derived.rating == published, insp.id
            if insp.published_score is not None:
                assert derived.score == insp.published_score, insp.id
            summed += 1
    # scores banded (the analysts' CSV and the staged records with "Score N/36"); every
    # standard known (Brighton and Hove 2021 and Cardiff 2020: "every one of 12" rated alike)
    assert (banded, summed) == (83, 2)


def test_all_twelve_standards_sum_to_the_published_overall():
    cardiff = next(i for i in datasets.service("Cardiff") if i.framework == "hmip-youth-2018")
    derived = yj.derived_overall(cardiff)
    assert derived is not None
    assert (derived.score, derived.rating.code) == (0, "inadequate")
    assert cardiff.published_score is None  # not stated by any source, so not recorded


def test_every_value_has_a_source():
    missing = {i.id: datasets.unsourced(i) for i in RECORD if datasets.unsourced(i)}
    assert missing == {}
    for insp in RECORD:
        assert insp.sources, insp.id
        for s in insp.sources:
            assert s.title, insp.id
            assert s.url, insp.id
            if s.supports:
                assert s.confidence is not None, insp.id
                assert s.quote, insp.id


def test_unsourced_names_a_value_without_a_source():
    insp = inspection(
        "hmip-cci-2009",
        yj.InspectionKind.CORE_CASE,
        judgements=[yj.Judgement(area="safeguarding", rating="minimum", percentage=81.0)],
        sources=[Source(title="t", supports=["judgements.safeguarding"])],
    )
    assert datasets.unsourced(insp) == ("judgements.safeguarding.percentage",)


def test_confidences_are_those_of_the_research():
    counts = Counter(s.confidence for i in RECORD for s in i.sources if s.supports)
    assert set(counts) == {Confidence.PUBLISHED, Confidence.REPORTED, Confidence.INFERRED}
    csv_sources = [s for i in RECORD for s in i.sources if s.publisher == "data-to-insight"]
    assert {s.confidence for s in csv_sources} == {Confidence.REPORTED}


@pytest.mark.parametrize(
    ("key", "field", "value", "follows"),
    [
        ("west-sussex", "published_overall", "Requires Improvement", "good"),
        ("portsmouth", "published_overall", "1 The resettlement standard", "good"),
        ("carmarthenshire", "published", "2024-03-18", "2024-03"),
        ("carmarthenshire", "published", "2024-03-19", "2024-03"),
        ("bridgend", "published_score", "4.56% (score_%)", None),
        ("ceredigion", "published_score", "4.17% (score_%)", None),
        ("gwynedd-and-isle-of-anglesey", "published", "2024-03-12", "2024"),
        ("bournemouth-and-poole", "judgements.safeguarding.percentage", "36%", None),
        ("bournemouth-and-poole", "judgements.risk-of-harm.percentage", "36%", None),
        ("bridgend-and-neath-port-talbot-and-swansea", "published", "2018", None),
        ("bridgend-and-neath-port-talbot-and-swansea", "published", "2019", None),
    ],
)
def test_disagreements_keep_both_values_and_say_which_is_followed(key, field, value, follows):
    found = [
        (i, d)
        for i in datasets.service(key)
        for d in i.disagreements
        if d.field == field and d.value.startswith(value)
    ]
    assert len(found) == 1
    insp, d = found[0]
    assert d.source.title
    assert d.source.url
    assert d.note
    head, _, rest = field.partition(".")
    if head == "judgements":
        area, _, attr = rest.partition(".")
        j = insp.judgement(area)
        held = None if j is None else getattr(j, attr)
    else:
        held = getattr(insp, field)
    assert (None if held is None else str(held)) == follows


def test_the_disagreements_are_all_listed():
    assert sum(len(i.disagreements) for i in RECORD) == 12


def test_records_between_frameworks_are_uncertain_not_assigned():
    brighton = [i for i in datasets.service("Brighton and Hove") if i.framework_candidates]
    assert [i.framework_candidates for i in brighton] == [("hmip-youth-2018", "hmip-youth-2021")]
    assert datasets.era(brighton[0]).startswith("uncertain: ")
    csv_rows = sorted(
        i.service.name for i in RECORD if i.framework_candidates and i.service.codes.get("d2i")
    )
    assert csv_rows == ["Bridgend", "Harrow", "Swansea", "West Mercia"]
    later = {
        i.service.codes["national"]: i.framework_candidates
        for i in RECORD
        if "hmip-youth-2025" in i.framework_candidates
    }
    assert later == {
        "pembrokeshire": ("hmip-youth-2021", "hmip-youth-2025"),
        "westmorland-and-furness": ("hmip-youth-2021", "hmip-youth-2025"),
    }
    assert datasets.left_out() == ()


def test_2025_framework_records_carry_their_broad_areas():
    derby = next(i for i in datasets.service("Derby") if i.framework == "hmip-youth-2025")
    assert derby.ratings() == {"children": "outstanding", "victims": "outstanding"}
    assert datasets.completeness(derby) == "full"
    lambeth = next(i for i in datasets.service("Lambeth") if i.framework == "hmip-youth-2025")
    assert lambeth.ratings() == {"victims": "requires-improvement"}
    assert "Planning (work with children)" in (lambeth.notes or "")


def test_nation_follows_the_local_authorities():
    wales = {i.service.codes["national"] for i in RECORD if i.service.nation is yj.Nation.WALES}
    assert {"powys", "cardiff", "conwy-and-denbighshire", "swansea", "carmarthenshire"} <= wales
    assert "bromley" not in wales
    assert len(wales) == 17


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("wakefield", "wakefield"),
        ("Wakefield", "wakefield"),
        ("Bury YOT", "bury"),
        ("Bury and Rochdale Youth Justice Service", "bury-and-rochdale"),
        ("Conwy & Denbighshire", "conwy-and-denbighshire"),
        ("Anglesey", None),
        ("Isle of Anglesey", "gwynedd-and-isle-of-anglesey"),
    ],
)
def test_service_finds_by_key_name_or_local_authority(name, key):
    if key is None:
        with pytest.raises(LookupError, match="no service"):
            datasets.service(name)
    else:
        assert datasets.service(name) is datasets.service(key)


def test_a_key_wins_over_a_local_authority_of_another_service():
    assert [i.service.name for i in datasets.service("Bury")] == ["Bury YOT"]
    assert len(datasets.service("Rochdale")) == 1
    with pytest.raises(LookupError, match="did you mean"):
        datasets.service("Bury and")


def test_every_service_file_validates_against_the_schema():
    validator = Draft202012Validator(documents.schema("corpus"), format_checker=FormatChecker())
    for path in sorted((DATA / "services").glob("*.toml")):
        data = json.loads(yj.dumps(yj.load(path), "json"))
        assert not list(validator.iter_errors(data)), path.name


def test_the_shipped_files_are_what_the_build_makes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_national.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_licence_notices_ship_beside_the_data():
    text = datasets.notice()
    assert "Open Government Licence v3.0" in text
    assert "MIT" in text
    assert (ROOT / "src/yjinspect/importers/data/D2I-LICENSE.txt").exists()
    for path in (DATA / "services").glob("*.toml"):
        assert "Open Government Licence v3.0" in path.read_text(encoding="utf-8")


def test_the_cli_demo_shows_a_service_from_the_record():
    run = [sys.executable, "-m", "yjinspect", "demo"]
    result = subprocess.run(
        [*run, "--service", "Cardiff"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Inspection history: Cardiff" in result.stdout
    assert "Derived overall: Inadequate (score 0/36)" in result.stdout
    assert result.stdout.index("2016-05") < result.stdout.index("2022-08")
    result = subprocess.run(
        [*run, "--service", "Nowhere"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "no service 'Nowhere'" in result.stderr


def test_the_docs_coverage_table_and_disagreements_match_the_record():
    page = (ROOT / "docs" / "national-picture.md").read_text(encoding="utf-8")
    counts: dict[str, Counter[str]] = {}
    for insp in RECORD:
        counts.setdefault(datasets.era(insp), Counter())[datasets.completeness(insp)] += 1
    for era, c in counts.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| {era}"))
        cells = [x.strip() for x in row.strip("|").split("|")][1:]
        expected = [c.total(), c["full"], c["partial"], c["overall only"], c["none"]]
        assert cells == [str(n) for n in expected], era
    for insp in RECORD:
        if insp.disagreements:
            assert f"`{insp.id}`" in page
