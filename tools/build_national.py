"""Build the shipped national record from its inputs.

Inputs (kept in the repository, so the record can be rebuilt and checked):

- ``tools/national/records.jsonl``: one JSON object a line per inspection found in public
  sources (HMIP reports and press releases, council papers, news), each with its sources and
  their exact quotes, a confidence, notes, and any disagreement between sources. Its fields:
  ``service``, ``local_authorities``, ``era`` (cci, fji, sqs, standards-2018, standards-2021,
  2025), ``inspection_kind``, ``fieldwork``, ``published``, ``overall``, ``score`` ("31/36"),
  ``areas`` (area name to rating), ``percentages`` and ``comments`` (CCI headline to percentage
  and to printed comment), ``broad_areas`` (2025 framework), ``recommendations_count``,
  ``report_url``, ``sources`` (url, title, publisher, date, quote, supports), ``confidence``,
  ``disagreements`` (field, values, sources, followed, why) and ``notes``.
- the analysts' CSV shipped with the importer (``yjinspect.importers.D2I_CSV``), read by
  :func:`yjinspect.importers.read_d2i_csv`, with the checks of ``CSV_CHECKS`` below (from
  ``tools/national/disagreements.md``).

Output: ``src/yjinspect/datasets/data/services/<service>.toml``, one corpus document per service,
and ``src/yjinspect/datasets/data/left-out.toml``, the records not loaded and why.

Run ``python tools/build_national.py`` to rebuild, ``--check`` to compare with what is shipped
(the test suite does this).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import attrs
import pendulum

import yjinspect as yj
from yjinspect.model import (
    Confidence,
    Disagreement,
    Inspection,
    InspectionKind,
    Judgement,
    JudgementStatus,
    Nation,
    PartialDate,
    Recommendation,
    Service,
    Source,
)

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "tools" / "national" / "records.jsonl"
OUT = ROOT / "src" / "yjinspect" / "datasets" / "data"

D2I_REPO = "https://github.com/data-to-insight/hmi-probation-youth-justice-scrape"

# The 22 Welsh principal areas, as named (with W06 codes) in mySociety's "UK Local Authorities
# (past and current)" table, CC BY 4.0, with the spellings the sources use. A service is in Wales
# when all its local authorities are.
WELSH = frozenset(
    {
        "Isle of Anglesey",
        "Gwynedd",
        "Conwy",
        "Denbighshire",
        "Flintshire",
        "Wrexham",
        "Ceredigion",
        "Pembrokeshire",
        "Carmarthenshire",
        "Swansea",
        "Neath Port Talbot",
        "Bridgend",
        "The Vale of Glamorgan",
        "Vale of Glamorgan",
        "Cardiff",
        "Rhondda Cynon Taff",
        "Rhondda Cynon Taf",
        "Caerphilly",
        "Blaenau Gwent",
        "Torfaen",
        "Monmouthshire",
        "Newport",
        "Powys",
        "Merthyr Tydfil",
    }
)

# The CSV's la_name, where it is not the name of the one local authority the service covers.
CSV_AUTHORITIES: dict[str, tuple[str, ...]] = {
    "An inspection of Tower Hamlets and City of London": ("Tower Hamlets", "City of London"),
    "Conwy & Denbighshire - JI": ("Conwy", "Denbighshire"),
    "Blaenau Gwent and Caerphilly": ("Blaenau Gwent", "Caerphilly"),
    "Dorset - JI": ("Dorset",),
    "Hackney - JI": ("Hackney",),
    "Nottinghamshire - JI": ("Nottinghamshire",),
    "Suffolk - JI": ("Suffolk",),
    "Royal Borough of Greenwich": ("Greenwich",),
    "Newcastle": ("Newcastle upon Tyne",),
    "Hull": ("Kingston upon Hull",),
}

ERA_FRAMEWORK = {
    "cci": "hmip-cci-2009",
    "fji": "hmip-fji-2012",
    "sqs": "hmip-fji-2012",
    "standards-2018": "hmip-youth-2018",
    "standards-2021": "hmip-youth-2021",
    "2025": "hmip-youth-2025",
}

KIND = {
    "core case inspection": InspectionKind.CORE_CASE,
    "full joint inspection": InspectionKind.FULL_JOINT,
    "short quality screening": InspectionKind.SHORT_QUALITY_SCREENING,
    "re-inspection": InspectionKind.REINSPECTION,
    "inspection": InspectionKind.STANDARDS,
}

# Records the sources leave between two frameworks: (service, era) -> (candidates, why).
UNCERTAIN: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("Brighton and Hove Youth Offending Service", "standards-2018"): (
        ("hmip-youth-2018", "hmip-youth-2021"),
        "fieldwork in April 2021, when the 2018 standards gave way to the 2021 refresh (the "
        "day of the change was not found); no resettlement rating is mentioned",
    ),
    ("Westmorland and Furness Youth Justice Service", "standards-2021"): (
        ("hmip-youth-2021", "hmip-youth-2025"),
        "published March 2025, when the 2021 standards gave way to the 2025 framework; the "
        "fieldwork date is not stated, and the era was read from the wording only",
    ),
    ("Pembrokeshire Youth Justice Team", "standards-2021"): (
        ("hmip-youth-2021", "hmip-youth-2025"),
        "the date is not known; the findings read like the 2021 standards, but the source "
        "could be of the 2025 framework",
    ),
}

SUPPORT_FIELDS = {
    "overall": "published_overall",
    "score": "published_score",
    "published": "published",
    "fieldwork": "fieldwork",
    "recommendations_count": "recommendations",
    "inspection_kind": "inspection_kind",
    "local_authorities": "service",
    "era": "framework",
    "areas": "judgements",
    "notes": "notes",
    "context": "notes",
}

# Checks of CSV rows against other sources (tools/national/disagreements.md, part A).
HMIP_WS = Source(
    title="HMIP press release: West Sussex Youth Justice Service rated 'Good', June 2022",
    url="https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/06/west-sussex-yjs",
    publisher="HMIP",
    date=PartialDate.parse("2022-06"),
    quote="West Sussex Youth Justice Service rated 'Good' ... has received an overall rating of "
    "'Good'",
    confidence=Confidence.PUBLISHED,
    supports=("published_overall",),
    note="Also ITV Meridian, 22 June 2022 (https://www.itv.com/news/meridian/2022-06-22/"
    "west-sussex-youth-justice-service-rated-good-as-staff-praised-in-report), and West Sussex "
    "County Council, 22 June 2022: 'overall rating of good'.",
)
HMIP_PORTSMOUTH = Source(
    title="HMIP press release: Portsmouth Youth Offending Team rated 'Good', June 2022",
    url="https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/06/portsmouth-yot/",
    publisher="HMIP",
    date=PartialDate.parse("2022-06"),
    quote="Portsmouth Youth Offending Team (YOT) has received an overall rating of 'Good'",
    confidence=Confidence.PUBLISHED,
    supports=("published_overall", "recommendations"),
    note="The release gives 4 recommendations.",
)
CARMARTHENSHIRE = Source(
    title="Carmarthenshire County Council newsroom: 'Outstanding' rating awarded to "
    "Carmarthenshire youth justice team, March 2024",
    url="https://newsroom.carmarthenshire.gov.wales/2024/03/outstanding-rating-awarded-to-"
    "carmarthenshire-youth-justice-team/",
    publisher="Carmarthenshire County Council",
    date=PartialDate.parse("2024-03"),
    quote="their newly published inspection ... published on Monday, 18 March 2024",
    confidence=Confidence.PUBLISHED,
    supports=("published",),
)


def _label_only(name: str, month: str, url: str, quote: str) -> Source:
    """An HMIP press release that confirms a CSV row's overall label and gives no score."""
    return Source(
        title=f"HMIP press release: {name} Youth Justice Service, {month}",
        url=url,
        publisher="HMIP",
        date=PartialDate.parse(pendulum.parse(f"1 {month}", strict=False).format("YYYY-MM")),
        quote=quote,
        confidence=Confidence.PUBLISHED,
        supports=("published_overall",),
        note="Confirms the CSV's overall label; gives no score.",
    )


HMIP_BRIDGEND = _label_only(
    "Bridgend",
    "June 2022",
    "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/06/bridgend-yjs",
    "Bridgend ... 'Requires improvement'",
)
HMIP_CEREDIGION = _label_only(
    "Ceredigion",
    "November 2024",
    "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/11/ceredigionyjs2024",
    "Ceredigion ... 'Inadequate'",
)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("&", "and")).strip("-")


def nation(authorities: tuple[str, ...]) -> Nation:
    return Nation.WALES if all(a in WELSH for a in authorities) else Nation.ENGLAND


def service_where(
    las: tuple[str, ...], name: str, when: PartialDate | None, slug: str | None = None
) -> tuple[dict[str, Any], str | None]:
    """The Service fields that say where a service is, and a note when they cannot be found.

    With ``yjinspect.places`` (a Service holding the GSS codes of its local authorities, its
    nation derived from them), the codes of each named authority in office on the record's date
    (or, failing that, of the service by name or HMIP slug); otherwise the nation read from the
    authorities' names (see WELSH).
    """
    if "authorities" not in attrs.fields_dict(Service):
        return {"nation": nation(las)}, None
    from yjinspect import places

    on = when.earliest() if when is not None else None
    joint = places.service(name, slug=slug, on=on)
    if joint is not None:  # a joint service with its sources in the places table
        return {"authorities": tuple(joint.authorities)}, None
    try:
        codes = tuple(places.authority(la, on=on).gss_code for la in las)
    except LookupError as exc:
        return {}, (
            f"The GSS codes of {' and '.join(las)} are not recorded ({exc}); the nation is "
            "not known."
        )
    return {"authorities": tuple(dict.fromkeys(codes))}, None


def service_key(authorities: tuple[str, ...]) -> str:
    return slug(" and ".join(authorities))


def partial(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def fieldwork(text: str | None) -> tuple[dict[str, Any], str | None]:
    """Interval or start day when the days are known; otherwise a note."""
    if not text:
        return {}, None
    parts = text.split("/")
    if all(len(p) == 10 for p in parts):
        days = [pendulum.parse(p).date() for p in parts]  # type: ignore[union-attr]
        if len(days) == 2:
            return {"fieldwork": pendulum.interval(days[0], days[1])}, None
        return {"fieldwork_start": days[0]}, None
    shown = " to ".join(parts)
    return {}, f"Fieldwork: {shown} (the record holds fieldwork to the day; the source gives less)."


def framework_area(fw: Any, name: str, era: str) -> tuple[str, ...]:
    """The codes of the rated areas a staged area name means (several for 'all 12 standards',
    none when the name does not decide)."""
    if name == "all 12 standards":
        return tuple(a.code for a in fw.scored_areas)
    m = re.match(r"^(\d\.\d) (.+)$", name)
    if m and fw.has_area(m.group(1)) and fw.area(m.group(1)).title == m.group(2):
        return (m.group(1),)
    m = re.match(r"^(.+) \((court disposals|out-of-court disposals)\)$", name)
    if m:
        domain = "2" if m.group(2) == "court disposals" else "3"
        found = [
            a.code
            for a in fw.rated_areas()
            if a.parent == domain and a.title.casefold() == m.group(1).casefold()
        ]
        return tuple(found)
    if era in ("fji", "cci", "2025"):
        found = [a.code for a in fw.rated_areas() if a.title.casefold() == name.casefold()]
        return tuple(found)
    return ()


BROAD = {"work with children": "children", "work with victims": "victims"}


def level_code(fw: Any, text: str) -> str | None:
    try:
        return str(fw.scale.level(text).code)
    except yj.UnknownRating:
        for lv in fw.scale.levels:
            if lv.code == text.casefold():
                return str(lv.code)
        return None


class Builder:
    def __init__(self) -> None:
        self.inspections: dict[str, list[Inspection]] = defaultdict(list)
        self.titles: dict[str, str] = {}
        self.left_out: list[dict[str, str]] = []
        self.ids: set[str] = set()
        self.available = set(yj.frameworks.available())

    def ident(self, key: str, when: PartialDate | None, kind: str) -> str:
        base = f"{key}-{when or 'undated'}-{kind}"
        ident, k = base, 2
        while ident in self.ids:
            ident, k = f"{base}-{k}", k + 1
        self.ids.add(ident)
        return ident

    def leave_out(self, service: str, era: str, published: str | None, why: str) -> None:
        self.left_out.append(
            {"service": service, "era": era, "published": published or "not known", "why": why}
        )

    # -- the staged records -------------------------------------------------------------------
    def staged(self, rec: dict[str, Any], line: int) -> None:
        era = rec["era"]
        code = ERA_FRAMEWORK[era]
        candidates, uncertain_why = UNCERTAIN.get((rec["service"], era), ((), None))
        missing = [c for c in (code, *candidates) if c not in self.available]
        if missing:
            self.leave_out(
                rec["service"],
                era,
                rec["published"],
                f"framework {', '.join(missing)} is not in this release's catalogue"
                + (f" (the framework is uncertain: {uncertain_why})" if uncertain_why else ""),
            )
            return
        fw = yj.frameworks.get(code)
        las = tuple(rec["local_authorities"])
        key = service_key(las)
        notes: list[str] = []
        if rec["notes"]:
            notes.append(rec["notes"])
        judgements: dict[str, dict[str, Any]] = {}
        support_map: dict[str, list[str]] = defaultdict(list)

        def assign(name: str, value: str, what: str) -> list[str]:
            codes = framework_area(fw, name, era) if what != "broad" else (BROAD.get(name),)
            codes = tuple(c for c in codes if c)
            rating = level_code(fw, value)
            if not codes:
                notes.append(f"Rated {value!r}: {name!r} (not assigned to one area of {code}).")
                return []
            for c in codes:
                j = judgements.setdefault(c, {"area": c})
                if rating is None:
                    j["status"] = JudgementStatus.NOT_KNOWN
                    j["summary"] = f"Printed as {value!r}, a word not on the {fw.scale.code} scale."
                else:
                    j["rating"] = rating
            support_map[f"areas.{name}"] = [f"judgements.{c}" for c in codes]
            return list(codes)

        for name, value in rec["areas"].items():
            assign(name, value, "area")
        for name, value in rec["broad_areas"].items():
            assign(name, value, "broad")
            support_map[f"broad_areas.{name}"] = [f"judgements.{BROAD[name]}"]
        for name, pct in rec["percentages"].items():
            (c,) = framework_area(fw, name, era)
            judgements.setdefault(c, {"area": c})["percentage"] = float(pct)
            support_map[f"percentages.{name}"] = [f"judgements.{c}.percentage"]
        for name, comment in rec["comments"].items():
            (c,) = framework_area(fw, name, era)
            rating = level_code(fw, comment)
            assert rating is not None, (line, comment)
            judgements.setdefault(c, {"area": c})["rating"] = rating
            support_map[f"comments.{name}"] = [f"judgements.{c}"]

        kind = KIND[rec["inspection_kind"]]
        if era == "sqs":
            kind = InspectionKind.SHORT_QUALITY_SCREENING
        fieldwork_fields, fieldwork_note = fieldwork(rec["fieldwork"])
        if fieldwork_note:
            notes.append(fieldwork_note)
        published = partial(rec["published"])
        overall = level_code(fw, rec["overall"]) if rec["overall"] else None
        assert rec["overall"] is None or overall is not None, (line, rec["overall"])
        score = int(rec["score"].split("/")[0]) if rec["score"] else None
        recommendations = tuple(
            Recommendation(id=f"R{k}") for k in range(1, (rec["recommendations_count"] or 0) + 1)
        )
        if recommendations:
            notes.append(
                f"{len(recommendations)} recommendations; their words and addressees are not "
                "in the record."
            )
        version = None
        if era == "fji":
            if "court-work" in judgements:
                version = "court-work"
            elif "interventions" in judgements:
                version = "interventions"

        confidence = Confidence(rec["confidence"])
        sources = []
        for s in rec["sources"]:
            supports: list[str] = []
            for sup in s["supports"]:
                head = sup.split(":")[0].strip()
                if head in support_map:
                    supports.extend(support_map[head])
                elif head == "fieldwork" and not fieldwork_fields:
                    supports.append("notes")  # month-precision fieldwork is in the notes
                elif head in SUPPORT_FIELDS:
                    supports.append(SUPPORT_FIELDS[head])
                elif head.split(".")[0] in ("areas", "percentages", "comments", "broad_areas"):
                    # a value the record does not hold (see its notes and disagreements)
                    supports.append("notes")
                else:
                    raise ValueError(f"line {line}: unknown supports {sup!r}")
            sources.append(
                Source(
                    title=s["title"],
                    url=s["url"],
                    publisher=s["publisher"],
                    date=partial(s["date"]),
                    quote=s["quote"],
                    confidence=confidence,
                    supports=tuple(dict.fromkeys(supports)),
                )
            )
        supported = {p for s in sources for p in s.supports}
        dated = [f for f in ("published", *fieldwork_fields) if f not in supported]
        if published is None:
            dated = [f for f in dated if f != "published"]
        if dated:
            sources.append(
                Source(
                    title="Read from the address or the dating of the sources above",
                    url=rec["report_url"] or rec["sources"][0]["url"],
                    confidence=Confidence.INFERRED,
                    supports=tuple(dated),
                    quote=rec["notes"],
                    note="No source states this date in words; how it was read is in the "
                    "record's notes.",
                )
            )
        if rec["report_url"] and not any(s.url == rec["report_url"] for s in sources):
            sources.append(
                Source(
                    title=f"HMIP report ({rec['service']})",
                    url=rec["report_url"],
                    publisher="HMIP",
                    note="The report's address; the report itself was not read for this record.",
                )
            )
        disagreements = tuple(self.staged_disagreements(rec))
        if uncertain_why:
            notes.append(
                f"Framework uncertain ({' or '.join(candidates)}): {uncertain_why}. Its ratings "
                f"are written against {code}."
            )
        when = published or (
            PartialDate.from_date(fieldwork_fields["fieldwork"].start)
            if "fieldwork" in fieldwork_fields
            else None
        )
        short = {"cci": "cci", "fji": "fji", "sqs": "sqs", "2025": "2025-framework"}.get(
            era, "standards"
        )
        if kind is InspectionKind.REINSPECTION:
            short += "-reinspection"
        where, where_note = service_where(las, rec["service"], when)
        if where_note:
            notes.append(where_note)
        insp = Inspection(
            id=self.ident(key, when, short),
            service=Service(
                name=rec["service"],
                local_authority=" and ".join(las),
                codes={"national": key},
                **where,
            ),
            framework=code,
            framework_version=version,
            inspection_kind=kind,
            published=published,
            judgements=tuple(Judgement(**j) for j in judgements.values()),
            published_overall=overall,
            published_score=score,
            recommendations=recommendations,
            sources=tuple(sources),
            notes=" ".join(notes) or None,
            disagreements=disagreements,
            framework_candidates=candidates,
            **fieldwork_fields,
        )
        self.add(key, insp)

    def staged_disagreements(self, rec: dict[str, Any]) -> list[Disagreement]:
        out = []
        for d in rec["disagreements"]:
            note = f"The record follows {d['followed']}. {d['why']}"
            for (label, value), url in zip(d["values"].items(), d["sources"], strict=True):
                field = d["field"].split(" (")[0]
                if field == "percentages":
                    area = value.split(" ", 1)[0]
                    code = {"Safeguarding": "safeguarding", "Risk": "risk-of-harm"}[area]
                    field, value = f"judgements.{code}.percentage", value.rsplit(" ", 1)[-1]
                out.append(
                    Disagreement(
                        field=field,
                        value=value,
                        source=Source(
                            title=label, url=url, confidence=Confidence(rec["confidence"])
                        ),
                        note=note,
                    )
                )
        return out

    def add(self, key: str, insp: Inspection) -> None:
        self.inspections[key].append(insp)

    # -- the analysts' CSV ---------------------------------------------------------------------
    def csv(self) -> None:
        path = yj.importers.D2I_CSV
        text = path.read_text(encoding="utf-8-sig")
        lines = text.splitlines()
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0]
        result = yj.importers.read_d2i_csv(path)
        by_id = {i.id: i for i in result.inspections}
        for n, ident in sorted(result.rows.items()):
            cells = dict(zip(header, rows[n - 1], strict=False))
            candidates: tuple[str, ...] = ()
            insp = by_id.get(ident) if ident else None
            if insp is None:
                insp, candidates = self.csv_uncertain(header, lines[n - 1], result, n)
                if insp is None:
                    why = "; ".join(p.message for p in result.problems_for(n))
                    self.leave_out(cells["la_name"], "csv", cells["publication_date"], why)
                    continue
            self.csv_row(n, lines[n - 1], cells, insp, candidates, result)

    def csv_uncertain(
        self, header: list[str], line: str, result: Any, n: int
    ) -> tuple[Inspection | None, tuple[str, ...]]:
        """A row the importer left out because two frameworks fit it: read it under each."""
        named = getattr(result, "uncertain", {}).get(n, ())
        if not named and not any("could fall under" in p.message for p in result.problems_for(n)):
            return None, ()
        text = ",".join(header) + "\n" + line + "\n"
        read = {}
        for code in named or yj.importers.d2i.D2I_FRAMEWORKS:
            r = yj.importers.parse_d2i_csv(text, frameworks=(code,))
            if r.inspections:
                read[code] = r.inspections[0]
        if len(read) < 2:
            return None, ()
        last = sorted(read)[-1]
        return read[last], tuple(sorted(read))

    def csv_row(
        self,
        n: int,
        line: str,
        cells: dict[str, str],
        insp: Inspection,
        candidates: tuple[str, ...],
        result: Any,
    ) -> None:
        name = cells["la_name"].strip()
        las = CSV_AUTHORITIES.get(name, (name,))
        key = service_key(las)
        supports = ["service", "published", "framework"]
        if insp.published_overall is not None:
            supports.append("published_overall")
        if insp.published_score is not None:
            supports.append("published_score")
        supports += [f"judgements.{j.area}" for j in insp.judgements if j.rating is not None]
        csv_source = Source(
            title=f"data-to-insight: HMI youth justice inspection ratings (CSV), row {n}",
            url=D2I_REPO,
            publisher="data-to-insight",
            quote=line,
            confidence=Confidence.REPORTED,
            supports=tuple(supports),
            note="A scrape of HMIP's reports (MIT licence), read with yjinspect.importers."
            "read_d2i_csv; blank cells are not known.",
        )
        url = cells["report_url"].strip()
        report = Source(
            title=f"HMIP inspection report ({name})",
            url=url or None,
            publisher="HMIP",
            note="The report the CSV row was scraped from; not read for this record.",
        )
        sources = [csv_source, report]
        disagreements: list[Disagreement] = []
        overall = insp.published_overall
        published = insp.published
        notes = [insp.notes or ""]
        csv_said = Source(
            title=csv_source.title,
            url=D2I_REPO,
            publisher="data-to-insight",
            quote=line,
            confidence=Confidence.REPORTED,
        )
        if name == "West Sussex":
            overall = "good"
            sources.insert(0, HMIP_WS)
            disagreements.append(
                Disagreement(
                    field="published_overall",
                    value=cells["overall_rating"],
                    source=csv_said,
                    note="The record follows HMIP's press release ('Good'), confirmed by ITV "
                    "Meridian and the council; the CSV's score 26/36 lies in the Good band "
                    "(19-30). The CSV's label is a scrape error.",
                )
            )
        elif name == "Portsmouth":
            overall = "good"
            sources.insert(0, HMIP_PORTSMOUTH)
            insp = attrs.evolve(
                insp, recommendations=tuple(Recommendation(id=f"R{k}") for k in range(1, 5))
            )
            disagreements.append(
                Disagreement(
                    field="published_overall",
                    value=cells["overall_rating"],
                    source=csv_said,
                    note="The CSV's overall cell holds a report footnote; the record follows "
                    "HMIP's press release ('Good'); the CSV's score 22/36 lies in the Good band.",
                )
            )
        elif name == "Carmarthenshire":
            published = PartialDate.parse("2024-03")
            sources.append(CARMARTHENSHIRE)
            why = (
                "The record holds the month both agree on (March 2024) and neither day: the "
                "CSV's date comes from HMIP's listing, the council's from its own news; the "
                "one-day gap may be listing against release."
            )
            disagreements += [
                Disagreement(field="published", value="2024-03-19", source=csv_said, note=why),
                Disagreement(
                    field="published", value="2024-03-18", source=CARMARTHENSHIRE, note=why
                ),
            ]
        elif name in ("Bridgend", "Ceredigion"):
            sources.append(HMIP_BRIDGEND if name == "Bridgend" else HMIP_CEREDIGION)
            disagreements.append(
                Disagreement(
                    field="published_score",
                    value=f"{cells['score_%']}% (score_%)",
                    source=csv_said,
                    note="Not a whole number of 36ths, so not a possible score: a mis-parse. No "
                    "source gives the score; the record holds it as not known. HMIP's release "
                    "confirms the overall label.",
                )
            )
        if candidates:
            notes.append(
                f"Framework uncertain ({' or '.join(candidates)}): published {published}, "
                "fieldwork in the six months before could fall under either, and the row's "
                "filled columns are common to both. Its ratings are written against "
                f"{insp.framework}."
            )
        when = published
        slug = cells["la_ref"].strip()
        where, where_note = service_where(las, name, when, slug or None)
        if where_note:
            notes.append(where_note)
        new = attrs.evolve(
            insp,
            id=self.ident(key, when, "standards"),
            service=Service(
                name=name,
                local_authority=" and ".join(las),
                codes={"national": key, "d2i": slug},
                **where,
            ),
            published=published,
            published_overall=overall,
            sources=tuple(sources),
            disagreements=tuple(disagreements),
            framework_candidates=candidates,
            notes=" ".join(x for x in notes if x) or None,
        )
        self.add(key, new)

    # -- writing ---------------------------------------------------------------------------------
    def write(self, out: Path) -> None:
        services = out / "services"
        services.mkdir(parents=True, exist_ok=True)
        for old in services.glob("*.toml"):
            old.unlink()
        for key, items in sorted(self.inspections.items()):
            items.sort(key=lambda i: (str(i.when) if i.when else "9999", i.id))
            names = list(dict.fromkeys(i.service.name for i in items))
            corpus = yj.Corpus(
                inspections=tuple(items),
                title=f"{items[-1].service.local_authority}: HMIP youth justice inspections",
                notes="Part of the yjinspect national record. Service names as the sources give "
                f"them: {'; '.join(names)}. HMIP material: Open Government Licence v3.0; the "
                "analysts' CSV: MIT (see NOTICE.md).",
            )
            (services / f"{key}.toml").write_text(
                "# Built by tools/build_national.py: edit its inputs and rebuild.\n"
                + yj.dumps(corpus, format="toml"),
                encoding="utf-8",
            )
        lines = [
            "# Records found in the sources but not loaded into the national record, and why.",
            "# Built by tools/build_national.py.",
            "",
        ]
        for item in self.left_out:
            lines.append("[[record]]")
            for k, v in item.items():
                lines.append(f"{k} = {json.dumps(v, ensure_ascii=False)}")
            lines.append("")
        (out / "left-out.toml").write_text("\n".join(lines), encoding="utf-8")


def build(out: Path) -> Builder:
    b = Builder()
    for line, text in enumerate(RECORDS.read_text(encoding="utf-8").splitlines(), start=1):
        if text.strip():
            b.staged(json.loads(text), line)
    b.csv()
    b.write(out)
    return b


def same(a: Path, b: Path) -> list[str]:
    """The names of the files that differ between two built record folders."""
    names = {p.relative_to(a) for p in a.rglob("*.toml")} | {
        p.relative_to(b) for p in b.rglob("*.toml")
    }
    return sorted(
        str(n)
        for n in names
        if not (a / n).exists()
        or not (b / n).exists()
        or (a / n).read_text(encoding="utf-8") != (b / n).read_text(encoding="utf-8")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped files")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))
            differ = same(Path(tmp), OUT)
        for name in differ:
            print(f"differs from a rebuild: {name}")
        return 1 if differ else 0
    b = build(OUT)
    total = sum(len(v) for v in b.inspections.values())
    print(f"{total} inspections of {len(b.inspections)} services; {len(b.left_out)} left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
