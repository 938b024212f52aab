"""Places: the shipped table of authorities, joint services, name matching, and the nation of a
service (derived from its authorities, never a default)."""

from __future__ import annotations

import csv
import datetime
import json
from pathlib import Path

import attrs
import pendulum
import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import places
from yjinspect.errors import Severity
from yjinspect.importers._d2i_rows import place_codes
from yjinspect.model import PartialDate, _gss
from yjinspect.model import places as model_places
from yjinspect.testing import strategies as yst

DATA = Path(__file__).parent / "data" / "places"
AUTHORITIES = places.authorities()
PREFIX_NATION = {"E06": "england", "E08": "england", "E09": "england", "E10": "england"}
PREFIX_NATION["W06"] = "wales"
PREFIX_TIERS = {
    "E06": {"unitary"},
    "E08": {"metropolitan-district"},
    "E09": {"london-borough", "city-corporation"},
    "E10": {"county"},
    "W06": {"welsh-principal-area"},
}


# -- the field case ---------------------------------------------------------------------------
def test_the_welsh_field_case_imports_as_wales_with_its_gss_code():
    result = yj.importers.read_d2i_csv(DATA / "d2i-welsh-row.csv")
    (powys,) = result.inspections
    assert powys.service.nation is yj.Nation.WALES
    assert powys.service.authorities == ("W06000023",)
    assert not [p for p in result.problems if "authorit" in p.message]
    frame = yj.to_frame(powys)
    assert set(frame["nation"]) == {"wales"}
    assert set(frame["area_codes"]) == {"W06000023"}


# -- every row of the shipped CSV -------------------------------------------------------------
WELSH_IN_SHIPPED_CSV = {
    "Ceredigion": ("W06000008",),
    "Flintshire": ("W06000005",),
    "Newport": ("W06000022",),
    "Conwy & Denbighshire - JI": ("W06000003", "W06000004"),
    "Carmarthenshire": ("W06000010",),
    "Blaenau Gwent and Caerphilly": ("W06000019", "W06000018"),
    "Vale of Glamorgan": ("W06000014",),
    "Bridgend": ("W06000013",),
    "Powys": ("W06000023",),
    "Swansea": ("W06000011",),
}


def _shipped_rows() -> list[dict[str, str]]:
    with open(yj.importers.D2I_CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _published(text: str) -> PartialDate:
    day = datetime.datetime.strptime(text, "%d/%m/%y").date()
    return PartialDate(day.year, day.month, day.day)


def test_every_row_of_the_shipped_csv_resolves_to_its_authorities():
    unresolved, welsh = [], {}
    for n, row in enumerate(_shipped_rows(), start=2):
        codes, problem = place_codes(
            f"row {n}", row["la_name"], row["la_ref"], _published(row["publication_date"])
        )
        if problem is not None:
            unresolved.append(str(problem))
            continue
        assert codes, row["la_name"]
        if places.nation_of(codes) is yj.Nation.WALES:
            welsh[row["la_name"]] = codes
        else:
            assert places.nation_of(codes) is yj.Nation.ENGLAND, row["la_name"]
    assert unresolved == []
    assert welsh == WELSH_IN_SHIPPED_CSV


def test_every_imported_welsh_service_is_wales_and_none_is_england_by_default():
    result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
    nations = {i.service.name: i.service.nation for i in result.inspections}
    assert None not in nations.values()
    imported_welsh = {name for name, nation in nations.items() if nation is yj.Nation.WALES}
    # Bridgend and Swansea are left out of the import for their framework, not their place
    assert imported_welsh == set(WELSH_IN_SHIPPED_CSV) - {"Bridgend", "Swansea"}
    by_name = {i.service.name: i.service.authorities for i in result.inspections}
    assert by_name["Dorset - JI"] == ("E06000058", "E06000059")
    assert by_name["An inspection of Tower Hamlets and City of London"] == (
        "E09000030",
        "E09000001",
    )
    assert by_name["Northamptonshire"] == ("E06000061", "E06000062")
    assert by_name["Hull"] == ("E06000010",)


def test_an_unknown_place_is_a_warning_and_not_england(tmp_path):
    text = (DATA / "d2i-welsh-row.csv").read_text(encoding="utf-8")
    path = tmp_path / "atlantis.csv"
    path.write_text(text.replace("Powys,powys-yjs", "Atlantis,atlantis-yjs"), encoding="utf-8")
    result = yj.importers.read_d2i_csv(path)
    (insp,) = result.inspections
    assert insp.service.authorities == ()
    assert insp.service.nation is None
    (warning,) = [p for p in result.problems if "Atlantis" in p.message]
    assert warning.severity is Severity.WARNING
    assert "nation are not known" in warning.message
    assert "not recorded" in " ".join(p.message for p in yj.validate(insp))
    frame = yj.to_frame(insp)
    assert frame["nation"].isna().all()
    assert frame["area_codes"].isna().all()


# -- the table: a generalisation of the field case --------------------------------------------
def test_the_table_holds_the_upper_tier_authorities_of_england_and_wales():
    codes = [a.gss_code for a in AUTHORITIES]
    assert len(codes) == len(set(codes)) == 183
    assert {c[:3] for c in codes} == set(PREFIX_TIERS)
    current = places.authorities(current=True)
    assert len([a for a in current if a.nation is yj.Nation.WALES]) == 22
    assert len([a for a in current if a.tier == "county"]) == 21
    assert len([a for a in current if a.tier == "london-borough"]) == 32
    assert places.by_code("E09000001").tier == "city-corporation"
    assert places.by_code("E06000053").name == "Isles of Scilly"


@pytest.mark.parametrize("authority", AUTHORITIES, ids=lambda a: a.gss_code)
def test_each_authority_code_prefix_agrees_with_its_nation_and_tier(authority):
    prefix = authority.gss_code[:3]
    assert authority.nation.value == PREFIX_NATION[prefix]
    assert authority.tier in PREFIX_TIERS[prefix]
    assert len(authority.gss_code) == 9
    assert authority.gss_code[3:].isdigit()


ISO = {s.code: s for s in pycountry.subdivisions.get(country_code="GB")}
ISO_NATION = {"GB-ENG": yj.Nation.ENGLAND, "GB-WLS": yj.Nation.WALES}


@pytest.mark.parametrize(
    "authority", [a for a in AUTHORITIES if a.iso_3166_2], ids=lambda a: a.gss_code
)
def test_each_iso_code_is_known_to_pycountry_in_the_same_nation(authority):
    subdivision = ISO[authority.iso_3166_2]
    assert ISO_NATION[subdivision.parent_code] is authority.nation
    iso_name = subdivision.name.split(" [")[0]
    assert places.authority(iso_name, on=authority.end or authority.start) == authority


def test_iso_codes_cover_every_current_council_iso_lists():
    with_iso = [a for a in AUTHORITIES if a.iso_3166_2]
    assert len({a.iso_3166_2 for a in with_iso}) == len(with_iso)
    assert len([a for a in places.authorities(current=True) if a.iso_3166_2]) == 170
    assert places.authority("Powys").iso_3166_2 == "GB-POW"
    assert places.authority("Bournemouth, Christchurch and Poole").iso_3166_2 == "GB-BCP"
    # ISO keeps the abolished two-tier counties: the code stays with the county council
    assert places.by_code("E10000023").iso_3166_2 == "GB-NYK"
    assert places.by_code("E06000065").iso_3166_2 is None


def _ons_lookup() -> dict[str, str]:
    with open(DATA / "ons-lad-to-county-april-2021.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = {r["CTY21CD"]: r["CTY21NM"] for r in rows if r["CTY21CD"].startswith("E10")}
    names.update({r["LAD21CD"]: r["LAD21NM"] for r in rows if r["LAD21CD"][:3] in {"E08", "E09"}})
    return names


def test_county_metropolitan_and_london_codes_agree_with_the_ons_lookup_of_april_2021():
    ons = _ons_lookup()
    april_2021 = pendulum.date(2021, 4, 1)
    ours = {
        a.gss_code: a
        for a in AUTHORITIES
        if a.gss_code[:3] in {"E08", "E09", "E10"}
        and (a.end is None or a.end >= april_2021)
        and (a.start is None or a.start <= april_2021)
    }
    assert set(ours) == set(ons)
    for code, name in ons.items():
        assert places.authority(name, on=april_2021) == ours[code], name


# -- reorganisations --------------------------------------------------------------------------
REORGANISATIONS = {
    # successor: predecessors (upper tier), first day of the successor
    "E06000058": ({"E06000028", "E06000029"}, pendulum.date(2019, 4, 1)),
    "E06000059": ({"E10000009"}, pendulum.date(2019, 4, 1)),
    "E06000060": ({"E10000002"}, pendulum.date(2020, 4, 1)),
    "E06000061": ({"E10000021"}, pendulum.date(2021, 4, 1)),
    "E06000062": ({"E10000021"}, pendulum.date(2021, 4, 1)),
    "E06000063": ({"E10000006"}, pendulum.date(2023, 4, 1)),
    "E06000064": ({"E10000006"}, pendulum.date(2023, 4, 1)),
    "E06000065": ({"E10000023"}, pendulum.date(2023, 4, 1)),
    "E06000066": ({"E10000027"}, pendulum.date(2023, 4, 1)),
}


@pytest.mark.parametrize("successor", sorted(REORGANISATIONS))
def test_the_reorganisations_of_2019_to_2023_keep_their_predecessors(successor):
    predecessors, first_day = REORGANISATIONS[successor]
    assert {a.gss_code for a in places.predecessors(successor)} == predecessors
    assert places.by_code(successor).start == first_day
    for code in predecessors:
        old = places.by_code(code)
        assert old.end == first_day.subtract(days=1)
        assert not old.current
        # a record from the day before resolves to the old council
        assert places.authority(old.name, on=old.end) == old


def test_every_successor_code_is_in_the_table():
    for a in AUTHORITIES:
        for code in a.replaced_by:
            assert places.by_code(code).start is not None


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Somerset", None, "E06000066"),
        ("Somerset", pendulum.date(2020, 6, 1), "E10000027"),
        ("North Yorkshire", pendulum.date(2023, 3, 31), "E10000023"),
        ("North Yorkshire", pendulum.date(2023, 4, 1), "E06000065"),
        ("Dorset", pendulum.date(2018, 1, 1), "E10000009"),
        ("Dorset", None, "E06000059"),
        ("Buckinghamshire", pendulum.date(2019, 1, 1), "E10000002"),
        ("Cumbria", pendulum.date(2022, 1, 1), "E10000006"),
    ],
)
def test_a_name_resolves_to_the_council_in_office_on_the_day(name, on, code):
    assert places.authority(name, on=on).gss_code == code


def test_a_council_not_in_office_on_the_day_is_unknown():
    with pytest.raises(places.UnknownPlace, match="Cumberland"):
        places.authority("Cumberland", on=pendulum.date(2020, 1, 1))
    with pytest.raises(places.UnknownPlace):
        places.authority("Bournemouth", on=pendulum.date(2020, 1, 1))
    assert places.authority("Bournemouth").gss_code == "E06000028"  # only a former one


# -- joint services ---------------------------------------------------------------------------
@pytest.mark.parametrize("service", places.services(), ids=lambda s: s.name)
def test_each_joint_service_names_known_authorities_and_its_sources(service):
    assert len(service.authorities) >= 2
    for code in service.authorities:
        places.by_code(code)
    assert service.sources
    assert all(s.url and s.url.startswith("https://") for s in service.sources)
    assert places.service(service.name) == service
    assert places.nation_of(service.authorities) is not None


@pytest.mark.parametrize(
    ("name", "slug", "codes"),
    [
        ("Dorset - JI", "dorsetyos", ("E06000058", "E06000059")),
        ("Dorset Combined YJS", None, ("E06000058", "E06000059")),
        ("Conwy & Denbighshire Youth Justice Service", None, ("W06000003", "W06000004")),
        ("Blaenau Gwent & Caerphilly YOS", None, ("W06000019", "W06000018")),
        ("Tower Hamlets and City of London", None, ("E09000030", "E09000001")),
        (
            "West Mercia Youth Justice Service",
            None,
            ("E06000019", "E06000051", "E06000020", "E10000034"),
        ),
        ("Western Bay", None, ("W06000011", "W06000012", "W06000013")),
        ("Powys Youth Justice Service", None, ("W06000023",)),
        ("Bromley YOS", None, ("E09000006",)),
    ],
)
def test_service_authorities(name, slug, codes):
    found = places.service_authorities(name, slug=slug, on=pendulum.date(2023, 6, 1))
    assert tuple(a.gss_code for a in found) == codes


def test_a_row_whose_date_spans_a_reorganisation_or_is_missing_is_not_decided():
    codes, problem = place_codes("row 2 (Dorset)", "Dorset", "", PartialDate(2019))
    assert codes == ()
    assert "different authorities" in problem.message
    codes, problem = place_codes("row 2 (Somerset)", "Somerset", "", None)
    assert codes == ()
    assert "fits several" in problem.message
    assert place_codes("row 2 (Powys)", "Powys", "", None) == (("W06000023",), None)
    assert place_codes("row 2", "Dorset - JI", "dorsetyos", None)[0] == (
        "E06000058",
        "E06000059",
    )


def test_a_joint_service_applies_only_from_its_start():
    before = pendulum.date(2020, 6, 1)
    assert places.service(slug="northamptonshireyos", on=before) is None
    (county,) = places.service_authorities("Northamptonshire", on=before)
    assert county.gss_code == "E10000021"


# -- name matching ----------------------------------------------------------------------------
def _variants(a: places.Authority) -> st.SearchStrategy[str]:
    base = st.sampled_from([a.name, a.official_name])
    return base.flatmap(
        lambda n: st.tuples(
            st.sampled_from([str.lower, str.upper, str.title, lambda s: s]),
            st.sampled_from([("&", " and "), (" and ", " & "), ("-", " "), (" ", "  ")]),
            st.sampled_from(["", " ", "."]),
        ).map(lambda t: t[0](n.replace(*t[1])) + t[2])
    )


def _day_in_office(a: places.Authority) -> pendulum.Date:
    return a.end or pendulum.date(2025, 1, 1)


@given(st.sampled_from(AUTHORITIES).flatmap(lambda a: st.tuples(st.just(a), _variants(a))))
def test_names_match_whatever_their_case_ampersands_hyphens_and_spacing(pair):
    authority, variant = pair
    assert places.authority(variant, on=_day_in_office(authority)) == authority


@given(st.sampled_from([a for a in AUTHORITIES if a.tier == "london-borough"]))
def test_london_boroughs_match_with_or_without_their_title(borough):
    for text in (
        f"London Borough of {borough.name}",
        f"{borough.name} Council",
        f"{borough.name} London Borough Council",
    ):
        assert places.authority(text) == borough


@given(st.sampled_from(AUTHORITIES), st.sampled_from([str.lower, str.upper, lambda s: s]))
def test_codes_match_in_any_case(authority, case):
    assert places.by_code(case(authority.gss_code)) == authority
    assert places.authority(case(authority.gss_code)) == authority


@given(st.text(min_size=1, max_size=20))
def test_matching_never_guesses_for_text_that_is_no_name(text):
    try:
        found = places.authority(text)
    except places.UnknownPlace:
        return
    keys = {places.normalise(n) for n in (found.name, found.official_name, *found.other_names)}
    assert (
        places.normalise(text) in keys
        or found.gss_code == text.strip().upper()
        or any(
            k.endswith(places.normalise(text)) or places.normalise(text).endswith(k) for k in keys
        )
    )


def test_city_of_london_is_not_london():
    with pytest.raises(places.UnknownPlace):
        places.authority("London")
    assert places.authority("City of London").gss_code == "E09000001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hull", "E06000010"),
        ("Kingston upon Hull, City of", "E06000010"),
        ("Newcastle", "E08000021"),
        ("Royal Borough of Greenwich", "E09000011"),
        ("Stoke on Trent", "E06000021"),
        ("St. Helens", "E08000013"),
        ("County Durham", "E06000047"),
        ("Durham", "E06000047"),
        ("Bristol, City of", "E06000023"),
        ("Telford & Wrekin Council", "E06000020"),
        ("Rhondda Cynon Taf", "W06000016"),
        ("The Vale of Glamorgan", "W06000014"),
    ],
)
def test_names_as_data_sources_print_them(text, code):
    assert places.authority(text).gss_code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ynys Môn", "W06000001"),
        ("Ynys Mon", "W06000001"),
        ("Sir Ynys Môn", "W06000001"),
        ("Abertawe", "W06000011"),
        ("Caerdydd", "W06000015"),
        ("Bro Morgannwg", "W06000014"),
        ("Pen-y-bont ar Ogwr", "W06000013"),
        ("Sir y Fflint", "W06000005"),
        ("Casnewydd", "W06000022"),
    ],
)
def test_welsh_principal_areas_resolve_by_their_welsh_names(text, code):
    # the Welsh-language names ISO 3166-2:GB prints beside the English ones
    assert places.authority(text).gss_code == code


def test_accents_do_not_matter_in_a_name():
    assert places.normalise("Ynys Môn") == places.normalise("ynys mon") == "ynys mon"


@pytest.mark.parametrize("authority", AUTHORITIES, ids=lambda a: a.gss_code)
def test_no_name_in_the_table_is_damaged_text(authority):
    # the source holds some names read in the wrong encoding ("Mï¿½n"): none may be shipped
    for name in (authority.name, authority.official_name, *authority.other_names):
        assert "\ufffd" not in name
        assert not any(0xFF00 <= ord(c) <= 0xFFFF for c in name), name
        assert not any(marker in name for marker in ("ï¿", "Ã", "Â", "ï¾")), name


# -- the service's nation ---------------------------------------------------------------------
@given(st.lists(st.sampled_from([a.gss_code for a in AUTHORITIES]), unique=True, max_size=4))
def test_a_services_nation_follows_its_authorities(codes):
    service = yj.Service(name="A service", local_authority="A council", authorities=codes)
    nations = {places.by_code(c).nation for c in codes}
    assert service.nation == (nations.pop() if len(nations) == 1 else None)


@pytest.mark.parametrize(
    ("codes", "nation"),
    [
        ((), None),
        (("W06000023",), yj.Nation.WALES),
        (("E09000030", "E09000001"), yj.Nation.ENGLAND),
        (("E06000058", "W06000023"), None),
        (("S12000033",), yj.Nation.SCOTLAND),
        (("N09000002",), yj.Nation.NORTHERN_IRELAND),
    ],
)
def test_nation_of(codes, nation):
    assert places.nation_of(codes) is nation


@pytest.mark.parametrize("bad", ["Powys", "W0600002", "X06000023", "w06000023 "])
def test_a_service_refuses_what_is_not_a_gss_code(bad):
    with pytest.raises(ValueError, match="GSS code"):
        yj.Service(name="S", local_authority="L", authorities=[bad])


def test_a_service_refuses_a_string_for_its_authorities_and_a_code_twice():
    with pytest.raises(ValueError, match="list of GSS codes"):
        yj.Service(name="S", local_authority="L", authorities="W06000023")
    with pytest.raises(ValueError, match="twice"):
        yj.Service(name="S", local_authority="L", authorities=["W06000023", "W06000023"])


def _inspection(**service: object) -> yj.Inspection:
    return yj.Inspection(
        id="i",
        service=yj.Service(name="Powys YJS", local_authority="Powys", **service),
        framework="hmip-youth-2021",
        inspection_kind=yj.InspectionKind.STANDARDS,
    )


@pytest.mark.parametrize(
    ("authorities", "path", "text"),
    [
        ((), "$.service.authorities", "not recorded, so its nation is not known"),
        (("W06000099",), "$.service.authorities[0]", "not the GSS code"),
        (("W06000023", "E06000058"), "$.service.authorities", "different nations"),
    ],
)
def test_validate_warns_where_the_place_is_not_known(authorities, path, text):
    problems = [p for p in yj.validate(_inspection(authorities=authorities)) if p.path == path]
    assert len(problems) == 1
    assert text in problems[0].message
    assert problems[0].severity is Severity.WARNING


@given(yst.services())
def test_generated_services_have_a_known_nation(service):
    assert service.nation in {yj.Nation.ENGLAND, yj.Nation.WALES}
    assert {places.by_code(c).nation for c in service.authorities} == {service.nation}


def test_validate_is_quiet_about_a_known_place():
    problems = yj.validate(_inspection(authorities=("W06000023",)))
    assert not [p for p in problems if ".service" in p.path]


# -- documents of schema version 1 --------------------------------------------------------------
def _v1(service: dict[str, object], published: str = "2022-03-22") -> str:
    return json.dumps(
        {
            "kind": "inspection",
            "schema_version": 1,
            "id": "x",
            "service": service,
            "framework": "hmip-youth-2021",
            "inspection_kind": "standards",
            "published": published,
        }
    )


@pytest.mark.parametrize(
    ("service", "published", "authorities"),
    [
        (
            {"name": "Powys YJS", "local_authority": "Powys", "nation": "wales"},
            "2022",
            ("W06000023",),
        ),
        ({"name": "Powys YJS", "local_authority": "Powys"}, "2022-03", ("W06000023",)),
        # the stored nation disagrees with the place: nothing is guessed
        ({"name": "Powys YJS", "local_authority": "Powys", "nation": "england"}, "2022", ()),
        ({"name": "Atlantis YOS", "local_authority": "Atlantis", "nation": "england"}, "2022", ()),
        (
            {"name": "Somerset YOS", "local_authority": "Somerset County Council"},
            "2020-06",
            ("E10000027",),
        ),
        # 2019 spans the day Dorset was reorganised: the record does not decide
        ({"name": "Dorset YOS", "local_authority": "Dorset"}, "2019", ()),
        (
            {"name": "Dorset Combined YJS", "local_authority": "Dorset and BCP"},
            "2023-01-17",
            ("E06000058", "E06000059"),
        ),
    ],
)
def test_a_version_1_inspection_is_migrated_to_authorities(service, published, authorities):
    insp = yj.loads(_v1(service, published))
    assert insp.service.authorities == authorities
    text = yj.dumps(insp)
    assert '"schema_version": 2' in text
    assert '"nation"' not in text
    assert yj.loads(text) == insp


def test_a_version_1_corpus_is_migrated_inspection_by_inspection():
    inner = json.loads(_v1({"name": "Powys YJS", "local_authority": "Powys", "nation": "wales"}))
    del inner["kind"], inner["schema_version"]
    corpus = yj.loads(json.dumps({"kind": "corpus", "schema_version": 1, "inspections": [inner]}))
    assert corpus.inspections[0].service.nation is yj.Nation.WALES


def test_the_shipped_bromley_series_records_its_borough():
    for insp in yj.examples.bromley().inspections:
        assert insp.service.authorities == ("E09000006",)
        assert insp.service.nation is yj.Nation.ENGLAND


# -- DataFrames -------------------------------------------------------------------------------
def test_frames_carry_nation_and_area_codes():
    bromley = yj.examples.bromley()
    frame = yj.to_frame(bromley)
    assert list(frame.columns[:5]) == [
        "inspection",
        "service",
        "local_authority",
        "nation",
        "area_codes",
    ]
    assert set(frame["nation"]) == {"england"}
    assert set(frame["area_codes"]) == {"E09000006"}
    joint = attrs.evolve(
        bromley.inspections[-1],
        service=yj.Service(
            name="Dorset Combined YJS",
            local_authority="Dorset",
            authorities=("E06000058", "E06000059"),
        ),
    )
    assert set(yj.to_frame(joint)["area_codes"]) == {"E06000058;E06000059"}


def test_the_league_table_carries_nation_and_area_codes():
    from yjinspect.analysis import cohort

    result = yj.importers.read_d2i_csv(DATA / "d2i-welsh-row.csv")
    league = cohort(result.inspections).league.to_frame()
    assert league.loc[0, "nation"] == "wales"
    assert league.loc[0, "area_codes"] == "W06000023"


def _found_by_code(code: str) -> bool:
    try:
        places.by_code(code)
    except places.UnknownPlace:
        return False
    return True


def test_the_light_code_check_knows_exactly_the_codes_of_the_table() -> None:
    assert _gss._known() == frozenset(model_places._codes())
    for a in model_places.all_authorities():
        for code in (a.gss_code, *a.former_gss_codes):
            assert _gss.is_known(code)
            assert _gss.is_known(f" {code.lower()} ")


@given(
    st.one_of(
        st.sampled_from(sorted(model_places._codes())),
        st.from_regex(r"[EWSN][0-9]{8}", fullmatch=True),
        st.text(max_size=12),
    )
)
def test_the_light_code_check_agrees_with_by_code(code: str) -> None:
    assert _gss.is_known(code) == _found_by_code(code)
