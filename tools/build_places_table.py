"""Build ``src/yjinspect/places/data/authorities.csv`` from mySociety's local authority table.

Not part of the package: kept so that the shipped table can be rebuilt and checked. Run::

    python tools/build_places_table.py uk_local_authorities_current.csv > \
        src/yjinspect/places/data/authorities.csv

with ``uk_local_authorities_current.csv`` from the repository
mysociety/uk_local_authority_names_and_codes (``data/packages/uk_la_past_current/``; the
shipped table was built from commit 67ef8b1 of
10 July 2025, data package ``uk_la_past_current`` 1.6.1, licence CC BY 4.0). Needs pycountry
for the ISO 3166-2:GB codes. What the script does is described in
``src/yjinspect/places/data/SOURCE.md``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import re
import sys

import pycountry

# The upper-tier authorities (those that run youth justice services), by mySociety's type code.
TIERS = {
    "CTY": "county",
    "UA": "unitary",
    "MD": "metropolitan-district",
    "LBO": "london-borough",
    "CC": "city-corporation",
    "WPA": "welsh-principal-area",
}
# ISO 3166-2:GB subdivision types that fit each tier.
ISO_TYPES = {
    "county": {"Two-tier county"},
    "unitary": {"Unitary authority"},
    "metropolitan-district": {"Metropolitan district"},
    "london-borough": {"London borough"},
    "city-corporation": {"City corporation"},
    "welsh-principal-area": {"Unitary authority"},
}
ISO_PARENT = {"England": "GB-ENG", "Wales": "GB-WLS"}
COLUMNS = (
    "gss_code",
    "name",
    "official_name",
    "nation",
    "tier",
    "iso_3166_2",
    "start",
    "end",
    "replaced_by",
    "former_gss_codes",
    "other_names",
)


def _key(name: str) -> str:
    name = re.sub(r"\[.*?\]", "", name).casefold()
    name = re.sub(r",\s*(the|city of|county)$", "", name.strip())
    name = name.replace("&", " and ").replace("-", " ")
    name = re.sub(r"[^\w ]", " ", name)
    words = [w for w in name.split() if w not in {"the", "city", "of", "county", "council"}]
    return " ".join(words)


def _repaired(name: str) -> str | None:
    """A name as the source meant it, or None when the source's text is damaged past repair.

    Some of the source's alternative names are UTF-8 read as Latin-1 and written back as UTF-8
    ("Sir Ynys M\u00ef\u00bf\u00bdn"); undoing that gives the text that was written, and a
    name that still holds a replacement or half-width character lost its letters before the
    source saw it, so it is dropped.
    """
    if all(ord(c) < 128 for c in name):
        return name
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        name = name.encode("latin-1").decode("utf-8")
    if any(0xFF00 <= ord(c) <= 0xFFFF for c in name):
        return None
    return name


def _welsh_names(iso: str) -> list[str]:
    """The Welsh-language names ISO 3166-2:GB prints in brackets after a Welsh principal
    area's English name ("Isle of Anglesey [Sir Ynys M\u00f4n GB-YNM]")."""
    if not iso:
        return []
    subdivision = pycountry.subdivisions.get(code=iso)
    found = re.search(r"\[(.*?)\]", subdivision.name) if subdivision is not None else None
    if found is None:
        return []
    return [re.sub(r"\s+GB-[A-Z]{3}$", "", part.strip()) for part in found.group(1).split(";")]


def _ascii(name: str) -> str:
    return "".join(c for c in name.casefold() if ord(c) < 128)


def _restored(name: str, welsh: list[str]) -> str:
    """A lower-case name the source wrote with its non-ASCII letters dropped ("ynys mn"),
    restored from the Welsh name it is the tail of ("Sir Ynys M\u00f4n" gives "ynys m\u00f4n")."""
    for full in welsh:
        words = full.casefold().split()
        for start in range(len(words)):
            tail = " ".join(words[start:])
            if tail != name and _ascii(tail) == name:
                return tail
    return name


def _iso(row: dict[str, str], tier: str) -> str:
    candidates = [
        s
        for s in pycountry.subdivisions.get(country_code="GB")
        if s.parent_code == ISO_PARENT[row["nation"]] and s.type in ISO_TYPES[tier]
    ]
    by_code = {s.code: s for s in candidates}
    own = by_code.get("GB-" + row["local-authority-code"])
    names = {_key(row["nice-name"]), _key(row["official-name"])}
    if own is not None and _key(own.name) in names:
        return str(own.code)
    matches = [s for s in candidates if _key(s.name) in names]
    return str(matches[0].code) if len(matches) == 1 else ""


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    gss = {r["local-authority-code"]: r["gss-code"] for r in rows}
    starts = {r["local-authority-code"]: r["start-date"] for r in rows}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    chosen = [
        r
        for r in rows
        if r["nation"] in ISO_PARENT and r["local-authority-type"] in TIERS and r["gss-code"]
    ]
    for r in sorted(chosen, key=lambda r: (r["gss-code"], r["start-date"])):
        tier = TIERS[r["local-authority-type"]]
        successors = [s for s in r["replaced-by"].split(",") if s]
        end = r["end-date"]
        if successors:
            # the last day in office: the day before the successors began
            first = min(datetime.date.fromisoformat(starts[s]) for s in successors)
            end = (first - datetime.timedelta(days=1)).isoformat()
        iso = _iso(r, tier)
        # ISO 3166-2:GB keeps the two-tier counties abolished in 2019-2023 as counties: their
        # code belongs to the county council, not to the unitary that followed it.
        if iso and tier == "county" and not end and r["current-authority"] != "True":
            iso = ""
        others: list[str] = []
        welsh = _welsh_names(iso) if tier == "welsh-principal-area" else []
        # names are separated by commas without a space ("Bristol, City of" is one name)
        for raw in [r["official-name"], *re.split(r",(?! )", r["alt-names"]), *welsh]:
            alt = _repaired(raw.strip())
            if alt is None:
                continue
            alt = _restored(alt, welsh)
            if (
                alt
                and alt.casefold() not in {o.casefold() for o in others}
                and alt != r["nice-name"]
            ):
                others.append(alt)
        out.writerow(
            (
                r["gss-code"],
                r["nice-name"],
                r["official-name"],
                r["nation"].lower(),
                tier,
                iso,
                r["start-date"],
                end,
                ";".join(gss[s] for s in successors),
                ";".join(c for c in r["former-gss-codes"].split(",") if c),
                ";".join(o for o in others if o != r["official-name"]),
            )
        )


if __name__ == "__main__":
    main(sys.argv[1])
