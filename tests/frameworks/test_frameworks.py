import textwrap

import pytest

import yjinspect as yj
from yjinspect import frameworks
from yjinspect.frameworks import AreaKind

BUILTIN = (
    "hmip-cci-2009",
    "hmip-fji-2012",
    "hmip-youth-2018",
    "hmip-youth-2021",
    "hmip-youth-2025",
)
SCORED = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"]


def test_catalogue_lists_builtins():
    assert set(BUILTIN) <= set(frameworks.available())
    assert frameworks.builtin_codes() == BUILTIN


@pytest.mark.parametrize("code", BUILTIN)
def test_every_builtin_loads_and_validates(code):
    fw = frameworks.get(code)
    assert fw.code == code
    assert yj.validate(fw) == ()
    assert fw.source
    for area in fw.areas:
        assert area.source, f"{code}: area {area.code} has no source"
        assert isinstance(area.confidence, yj.Confidence)
    for rule in (fw.standard_rule, fw.overall_rule):
        if rule is not None:
            assert rule.source
            assert isinstance(rule.confidence, yj.Confidence)


def test_unknown_framework_names_known_codes():
    with pytest.raises(yj.UnknownFramework) as info:
        frameworks.get("hmip-youth-2030")
    assert isinstance(info.value, LookupError)
    for code in BUILTIN:
        assert code in str(info.value)


def test_cci_headlines():
    fw = frameworks.get("hmip-cci-2009")
    assert [a.code for a in fw.rated_areas()] == [
        "safeguarding",
        "risk-of-harm",
        "likelihood-of-reoffending",
    ]
    assert all(a.percentage for a in fw.rated_areas())
    assert fw.scale.code == "hmip-cci-improvement"
    assert fw.standard_rule is None
    assert fw.overall_rule is None
    with pytest.raises(yj.RuleNotDefined):
        fw.band(3)


def test_fji_versions():
    fw = frameworks.get("hmip-fji-2012")
    common = [
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
        "sentence-served",
        "governance-and-partnership",
    ]
    assert [a.code for a in fw.rated_areas("five-area")] == common
    assert [a.code for a in fw.rated_areas("interventions")] == [*common, "interventions"]
    assert [a.code for a in fw.rated_areas("court-work")] == [*common, "court-work"]
    assert fw.area("interventions").title == "Interventions to reduce reoffending"
    with pytest.raises(LookupError, match="five-area"):
        fw.version("seven-area")
    with pytest.raises(yj.RuleNotDefined):
        fw.overall({})


@pytest.mark.parametrize("code", ["hmip-youth-2018", "hmip-youth-2021"])
def test_standards_structure(code):
    fw = frameworks.get(code)
    assert [a.code for a in fw.children(None) if a.kind is AreaKind.DOMAIN][:3] == ["1", "2", "3"]
    assert [a.code for a in fw.scored_areas] == SCORED
    assert fw.area("1.1").title == "Governance and leadership"
    assert fw.area("2.3").title == "Implementation and delivery"
    case = [a.code for a in fw.areas if a.computed]
    assert case == ["2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]
    for std in case:
        assert [kq.code for kq in fw.key_questions(std)] == [
            f"{std}.desistance",
            f"{std}.child-safety",
            f"{std}.public-safety",
        ]
        assert all(kq.confidence is yj.Confidence.REPORTED for kq in fw.key_questions(std))
    assert not fw.area("1.1").computed
    assert fw.max_score == 36


def test_standard_3_4_changed_in_2021_and_resettlement_added():
    assert frameworks.get("hmip-youth-2018").area("3.4").title == "Joint working"
    fw21 = frameworks.get("hmip-youth-2021")
    assert fw21.area("3.4").title == "Out-of-court disposal policy and provision"
    resettlement = fw21.area("4.1")
    assert resettlement.rated
    assert not resettlement.scored
    assert not frameworks.get("hmip-youth-2018").has_area("4.1")


@pytest.mark.parametrize(
    ("pct", "expected"),
    [
        (0, "inadequate"),
        (49, "inadequate"),
        (49.9, "inadequate"),
        (50, "requires-improvement"),
        (64, "requires-improvement"),
        (64.9, "requires-improvement"),
        (65, "good"),
        (79, "good"),
        (79.9, "good"),
        (80, "outstanding"),
        (100, "outstanding"),
    ],
)
def test_rate_standard_thresholds(pct, expected):
    fw = frameworks.get("hmip-youth-2021")
    assert fw.rate_standard("2.1", [pct, 100, 100]).code == expected
    kq = {"desistance": 100, "child-safety": pct, "public-safety": 100}
    assert fw.rate_standard("3.3", kq).code == expected


def test_rate_standard_lowest_key_question_decides():
    fw = frameworks.get("hmip-youth-2018")
    kq = {"2.2.desistance": 91, "child-safety": 81, "public-safety": 64}
    assert fw.rate_standard("2.2", kq).label == "Requires improvement"


def test_rate_standard_refuses_what_it_cannot_rate():
    fw = frameworks.get("hmip-youth-2021")
    with pytest.raises(yj.RuleNotDefined):
        fw.rate_standard("1.1", [90])
    with pytest.raises(yj.UnknownArea):
        fw.rate_standard("2.1", {"reoffending": 90})
    with pytest.raises(ValueError, match="between 0 and 100"):
        fw.rate_standard("2.1", [101])
    with pytest.raises(ValueError, match="no key-question"):
        fw.rate_standard("2.1", [])
    with pytest.raises(yj.UnknownArea):
        fw.rate_standard("9.9", [50])


@pytest.mark.parametrize(
    ("percentages", "error", "message"),
    [
        ("999", TypeError, "found str"),
        (b"999", TypeError, "found bytes"),
        (90, TypeError, "found int"),
        (None, TypeError, "found NoneType"),
        ([True, 90, 90], ValueError, r"key question 1 of '2\.1', found True \(bool\)"),
        ([90, False, 90], ValueError, r"key question 2 of '2\.1', found False \(bool\)"),
        ((None, 90), ValueError, r"found None \(NoneType\)"),
        (["90", 90, 90], ValueError, r"found '90' \(str\)"),
        ({"desistance": 90}, ValueError, "missing: child-safety, public-safety"),
        ({"desistance": 90, "child-safety": 90}, ValueError, "missing: public-safety"),
        ([90, 90], ValueError, r"expected 3 key-question percentages .* found 2"),
        ([90, 90, 90, 90], ValueError, r"expected 3 key-question percentages .* found 4"),
        (
            {"desistance": 90, "2.1.desistance": 70, "child-safety": 90, "public-safety": 90},
            ValueError,
            "given twice",
        ),
        (
            {"desistance": True, "child-safety": 90, "public-safety": 90},
            ValueError,
            r"key question 'desistance' of '2\.1', found True",
        ),
        ([float("nan"), 90, 90], ValueError, "between 0 and 100"),
        ({"reoffending": 90, "child-safety": 90, "public-safety": 90}, yj.UnknownArea, "2.1.desi"),
    ],
)
def test_rate_standard_refuses_what_is_not_one_percentage_per_key_question(
    percentages, error, message
):
    fw = frameworks.get("hmip-youth-2021")
    with pytest.raises(error, match=message) as info:
        fw.rate_standard("2.1", percentages)
    assert type(info.value) is error or isinstance(info.value, yj.UnknownArea)
    if error is ValueError and "missing" in message:
        assert "(desistance, child-safety, public-safety)" in str(info.value)


def test_rate_standard_takes_other_real_numbers():
    from fractions import Fraction

    fw = frameworks.get("hmip-youth-2021")
    assert fw.rate_standard("2.1", (Fraction(160, 2), 90, 95.5)).code == "outstanding"
    assert fw.rate_standard("2.1", iter([79.9, 90, 95])).code == "good"
    full = {"2.1.desistance": 64, "2.1.child-safety": 90, "2.1.public-safety": 90}
    assert fw.rate_standard("2.1", full).code == "requires-improvement"


def test_overall_wants_a_mapping():
    fw = frameworks.get("hmip-youth-2021")
    with pytest.raises(TypeError, match=r"^expected a mapping of area code to rating, found list$"):
        fw.overall(["good"] * 12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"found tuple$"):
        fw.overall((("1.1", "good"),))  # type: ignore[arg-type]
    assert fw.overall(dict.fromkeys(SCORED, "good")).score == 24


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0, "inadequate"),
        (6, "inadequate"),
        (7, "requires-improvement"),
        (18, "requires-improvement"),
        (19, "good"),
        (30, "good"),
        (31, "outstanding"),
        (36, "outstanding"),
    ],
)
def test_band_edges(score, expected):
    assert frameworks.get("hmip-youth-2021").band(score).code == expected
    assert frameworks.get("hmip-youth-2018").band(score).code == expected


@pytest.mark.parametrize("score", [-1, 37, 3.5, True])
def test_band_rejects_impossible_scores(score):
    with pytest.raises(ValueError, match="score"):
        frameworks.get("hmip-youth-2021").band(score)


def _ratings(outstanding: int, good: int, ri: int, inadequate: int) -> dict[str, str]:
    levels = (
        ["outstanding"] * outstanding
        + ["good"] * good
        + ["requires-improvement"] * ri
        + ["inadequate"] * inadequate
    )
    assert len(levels) == 12
    return dict(zip(SCORED, levels, strict=True))


@pytest.mark.parametrize(
    ("mix", "score", "rating"),
    [
        ((0, 0, 6, 6), 6, "inadequate"),
        ((0, 0, 7, 5), 7, "requires-improvement"),
        ((0, 6, 6, 0), 18, "requires-improvement"),
        ((0, 7, 5, 0), 19, "good"),
        ((6, 6, 0, 0), 30, "good"),
        ((7, 5, 0, 0), 31, "outstanding"),
        ((9, 3, 0, 0), 33, "outstanding"),
    ],
)
def test_overall_at_band_edges(mix, score, rating):
    fw = frameworks.get("hmip-youth-2021")
    result = fw.overall(_ratings(*mix))
    assert (result.score, result.max_score, result.rating.code) == (score, 36, rating)


@pytest.mark.parametrize("resettlement", ["inadequate", "outstanding", "Requires Improvement"])
def test_resettlement_never_changes_the_score(resettlement):
    fw = frameworks.get("hmip-youth-2021")
    base = fw.overall(_ratings(0, 7, 5, 0))
    with_resettlement = fw.overall({**_ratings(0, 7, 5, 0), "4.1": resettlement})
    assert with_resettlement == base
    assert base.score == 19


def test_overall_needs_every_scored_standard():
    fw = frameworks.get("hmip-youth-2021")
    ratings = _ratings(12, 0, 0, 0)
    del ratings["3.4"]
    with pytest.raises(yj.IncompleteRatings) as info:
        fw.overall(ratings)
    assert info.value.missing == ("3.4",)
    with pytest.raises(yj.UnknownRating):
        fw.overall({**_ratings(12, 0, 0, 0), "1.1": "Very good"})
    with pytest.raises(yj.UnknownArea):
        fw.overall({**_ratings(12, 0, 0, 0), "5.1": "good"})


LOCAL = textwrap.dedent("""
    kind = "framework"
    schema_version = 1
    code = "local-self-assessment"
    title = "A council's self-assessment"
    source = "Local practice"

    [scale]
    code = "rag"
    title = "Red, amber, green"
    levels = [
      { code = "red", label = "Red", score = 0, concern = true },
      { code = "amber", label = "Amber", score = 1, concern = true },
      { code = "green", label = "Green", score = 2 },
    ]

    [overall_rule]
    bands = [
      { minimum = 0, maximum = 1, level = "red" },
      { minimum = 2, maximum = 3, level = "amber" },
      { minimum = 4, maximum = 4, level = "green" },
    ]

    [[areas]]
    code = "voice"
    title = "Voice of the child"
    kind = "standard"
    scored = true

    [[areas]]
    code = "quality"
    title = "Quality"
    kind = "standard"
    scored = true
""")


def test_user_framework_file_goes_through_the_same_loader(tmp_path):
    path = tmp_path / "local.toml"
    path.write_text(LOCAL, encoding="utf-8")
    fw = frameworks.load(path)
    assert fw.scale.codes == ("red", "amber", "green")
    assert fw.overall({"voice": "green", "quality": "Amber"}).rating.code == "amber"
    assert fw.overall({"voice": "green", "quality": "green"}).rating.code == "green"
    assert frameworks.loads(yj.dumps(fw, "toml")) == fw
    assert frameworks.loads(yj.dumps(fw), format="json") == fw


def test_registering_a_user_framework_makes_inspections_loadable(tmp_path):
    fw = frameworks.loads(LOCAL)
    insp = yj.Inspection(
        id="x",
        service=yj.Service(name="S", local_authority="LA"),
        framework=fw.code,
        inspection_kind=yj.InspectionKind.MOCK,
        judgements=[yj.Judgement(area="voice", rating="red")],
    )
    with pytest.raises(yj.InvalidDocument, match=r"\$\.framework"):
        yj.loads(yj.dumps(insp))
    frameworks.register(fw)
    try:
        assert yj.loads(yj.dumps(insp)) == insp
        assert frameworks.register(fw) is fw  # the same framework again is fine
        with pytest.raises(ValueError, match="already registered"):
            frameworks.register(frameworks.loads(LOCAL.replace("Quality", "Quality of work")))
    finally:
        frameworks.unregister(fw.code)
    assert fw.code not in frameworks.available()


def test_malformed_framework_names_the_path():
    bad = LOCAL.replace('level = "green" }', 'level = "blue" }').replace(
        'code = "quality"', 'code = "voice"'
    )
    with pytest.raises(yj.InvalidDocument) as info:
        frameworks.loads(bad)
    paths = sorted(p.path for p in info.value.problems)
    assert paths == ["$.areas[1].code", "$.overall_rule.bands[2].level"]
    assert "duplicate area code 'voice'" in str(info.value)
    assert "found 'blue'" in str(info.value)


def _framework(**kw):
    from yjinspect.frameworks import Area

    base = {
        "code": "local-2024",
        "title": "Local",
        "scale": yj.scales.get("hmip-4"),
        "areas": (Area(code="a", title="A", kind=AreaKind.STANDARD, scored=True),),
    }
    base.update(kw)
    return frameworks.Framework(**base)


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "refused"),
    [
        ("2024-04", "2024-03-31", True),
        ("2024-04-02", "2024-04-01", True),
        ("2025", "2024-12", True),
        ("2025-01-01", "2024", True),
        ("2024-04", "2024-04", False),
        ("2024-04-01", "2024-04-01", False),
        ("2024-05", "2024", False),  # "2024" may stand for a day in or after May
        ("2024", "2024-01-01", False),  # "2024" may stand for 1 January
        ("2024-04-30", "2024-04", False),
    ],
)
def test_valid_to_is_refused_only_when_certainly_before_valid_from(valid_from, valid_to, refused):
    from yjinspect.frameworks import FrameworkVersion

    start, end = yj.PartialDate.parse(valid_from), yj.PartialDate.parse(valid_to)
    version = FrameworkVersion(code="v", title="V", areas=("a",), valid_from=start, valid_to=end)
    if not refused:
        fw = _framework(valid_from=start, valid_to=end, versions=(version,))
        assert (fw.valid_from, fw.valid_to) == (start, end)
        return
    with pytest.raises(yj.InvalidDocument) as info:
        _framework(valid_from=start, valid_to=end, versions=(version,))
    assert [p.path for p in info.value.problems] == ["$.valid_to", "$.versions[0].valid_to"]
    assert f"found '{valid_to}'" in info.value.problems[0].message


def test_a_computed_area_needs_key_questions():
    from yjinspect.frameworks import Area, StandardRule, Threshold

    rule = StandardRule(thresholds=(Threshold(minimum=0, level="good"),))
    a = Area(code="a", title="A", kind=AreaKind.STANDARD, computed=True)
    q = Area(code="a.q", title="Q", kind=AreaKind.KEY_QUESTION, parent="a")
    with pytest.raises(yj.InvalidDocument) as info:
        _framework(areas=(a,), standard_rule=rule)
    assert [p.path for p in info.value.problems] == ["$.areas[0].computed"]
    assert "'a' has none" in info.value.problems[0].message
    fw = _framework(areas=(a, q), standard_rule=rule)
    assert fw.rate_standard("a", {"q": 10}).code == "good"


@pytest.mark.parametrize(
    ("levels", "bad"),
    [
        (("inadequate", "good", "requires-improvement"), [2]),
        (("good", "inadequate", "outstanding"), [1]),
        (("outstanding", "good", "inadequate"), [1, 2]),
        (("inadequate", "good", "good"), []),
        (("inadequate", "requires-improvement", "outstanding"), []),
    ],
)
def test_bands_follow_the_scale_order(levels, bad):
    from yjinspect.frameworks import Area, Band, OverallRule

    areas = tuple(Area(code=c, title=c, kind=AreaKind.STANDARD, scored=True) for c in "ab")
    bands = tuple(
        Band(minimum=lo, maximum=hi, level=lv)
        for (lo, hi), lv in zip([(0, 1), (2, 4), (5, 6)], levels, strict=True)
    )
    rule = OverallRule(bands=bands)
    if not bad:
        assert _framework(areas=areas, overall_rule=rule).band(6).code == levels[-1]
        return
    with pytest.raises(yj.InvalidDocument) as info:
        _framework(areas=areas, overall_rule=rule)
    assert [p.path for p in info.value.problems] == [
        f"$.overall_rule.bands[{i}].level" for i in bad
    ]


def test_catalogue_register_replace_and_unregister():
    fw = frameworks.loads(LOCAL)
    other = frameworks.loads(LOCAL.replace("Quality", "Quality of work"))
    frameworks.register(fw)
    try:
        with pytest.raises(ValueError, match="already registered"):
            frameworks.register(other)
        assert frameworks.register(other, replace=True) is other
        assert frameworks.get(fw.code).area("quality").title == "Quality of work"
    finally:
        frameworks.unregister(fw.code)
    with pytest.raises(yj.UnknownFramework):
        frameworks.get(fw.code)
    assert frameworks.builtin_codes() == BUILTIN


def test_registering_a_crosswalk_reaches_find():
    import attrs

    from yjinspect import crosswalks

    with pytest.raises(crosswalks.NoCrosswalk):
        crosswalks.find("hmip-youth-2021", "hmip-fji-2012")
    back = attrs.evolve(
        crosswalks.get("hmip-fji-2012--hmip-youth-2018"), code="test-back", bidirectional=True
    )
    crosswalks.register(back)
    try:
        found = crosswalks.find("hmip-youth-2018", "hmip-fji-2012")
        assert found.from_framework == "hmip-youth-2018"
        assert found.to_framework == "hmip-fji-2012"
    finally:
        crosswalks.unregister("test-back")
    assert "test-back" not in crosswalks.available()
    with pytest.raises(crosswalks.NoCrosswalk):
        crosswalks.find("hmip-youth-2018", "hmip-fji-2012")
