"""The gazetteer: every province, regency and city of Indonesia, and every name each goes by.

This module owns names → regions. The data is in ``patterns/``: the official Kemendagri list
(``regions.csv``), the short forms, spellings, old names and nicknames journalists use
(``region_aliases.csv``), the words that make a name a government (``region_actors.csv``) or a
BPJS office (``region_offices.csv``), the words around a name that change what it names
(``region_context.csv``), phrases for the nation or for several regions at once
(``region_phrases.csv``) and counts of regions (``region_counts.jsonl``). ``gazetteer(data)``
reads them once per ``LanguageData`` into a ``Gazetteer``: for each lower-cased form, the regions
it may name. Finding those names in a text is the ``regions`` component's
(``regionmentions.py``); reading a name a person types is ``regionnames.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .language import LanguageData, PatternsError

LEVELS = ("province", "regency", "city")
LEVEL_PREFIX = {"province": "Provinsi ", "regency": "Kabupaten ", "city": "Kota "}


@dataclass(frozen=True)
class Region:
    """One administrative region, named as the official list names it."""

    code: str | None
    name: str
    level: str
    province_code: str | None = None


NATIONAL = Region(None, "Indonesia", "national", None)
JAKARTA = "31"
"""The province code of Jakarta, where national institutions speak from."""


@dataclass(frozen=True)
class Candidate:
    """A region a surface form may name; ``needs`` restricts it to a form after a level word or
    government (``prefix``: any; a level: that level)."""

    code: str
    needs: str | None = None


@dataclass(frozen=True)
class Actor:
    kind: str
    """``level`` (Kabupaten), ``government`` (Pemkab, Bupati) or ``body`` (DPRD, APBD)."""
    level: str | None
    alone: bool
    """Without a name still the text's own region of that level (Pemkab menargetkan ...)."""
    after_named: bool = False
    """Alone, only the latest region of that level the text named ("71.300 orang di kota dan
    704 ribu orang di kabupaten" after Kota and Kabupaten Blitar), never the article's region."""


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Region]
    names: dict[str, tuple[Candidate, ...]]
    """Lower-cased form (official bare name or alias) → the regions it may name."""
    official: frozenset[str]
    seats: dict[str, tuple[str, ...]]
    """Lower-cased seat of government (Tanjung Redeb) → codes of the regions seated there."""
    seated_in: dict[str, str]
    """Code of a region → its lower-cased seat of government (Provinsi Riau → pekanbaru)."""
    actors: dict[str, Actor]
    offices: tuple[str, ...]
    phrases: dict[str, str]
    """Lower-cased phrase → ``national``, ``several`` or ``other``."""
    context: dict[str, frozenset[str]]
    """Role (``blocker``, ``speech``, ``locative``, ...) → lower-cased words."""
    counts: tuple[dict, ...]
    acronyms: frozenset[str] = frozenset()
    """Lower-cased aliases listed in capitals (OKI, NTB): written otherwise, before a name, they
    are a person's name ("Oki Widya")."""


@lru_cache(maxsize=4096)
def bare_name(name: str) -> str:
    """The name without its level word.

    >>> bare_name("Kabupaten Kutai Kartanegara"), bare_name("Kota Administrasi Jakarta Selatan")
    ('Kutai Kartanegara', 'Jakarta Selatan')
    """
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", *LEVEL_PREFIX.values()):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def official_forms(name: str) -> tuple[str, ...]:
    """The bare name, and its abbreviated form for an archipelago (Kep. Seribu).

    >>> official_forms("Kabupaten Administrasi Kepulauan Seribu")
    ('Kepulauan Seribu', 'Kep. Seribu')
    """
    bare = bare_name(name)
    if bare.startswith("Kepulauan ") and not name.startswith("Provinsi "):
        return bare, "Kep. " + bare[len("Kepulauan ") :]
    return (bare,)


def gazetteer(data: LanguageData | None = None) -> Gazetteer:
    """The region list with every surface form that names each region, and the words around;
    built once per ``LanguageData`` (the bundled one when ``None``)."""
    return (data or LanguageData.load()).derived("regions.gazetteer", _build_gazetteer)


def _build_gazetteer(data: LanguageData) -> Gazetteer:
    by_code: dict[str, Region] = {}
    names: dict[str, dict[str, Candidate]] = {}
    seats: dict[str, list[str]] = {}
    for row in data.table("regions.csv"):
        region = Region(row["code"], row["name"], row["level"], row["province_code"])
        by_code[region.code] = region
        for form in official_forms(row["name"]):
            names.setdefault(form.lower(), {})[region.code] = Candidate(region.code)
        if row.get("seat"):
            seats.setdefault(row["seat"].lower(), []).append(region.code)
    official = frozenset(names)
    acronyms = set()
    for row in data.table("region_aliases.csv"):
        code, needs = row["code"], row.get("needs") or None
        if code not in by_code:
            raise PatternsError(f"region_aliases.csv: {row['alias']}: unknown code {code}")
        if needs not in (None, "prefix", *LEVELS):
            raise PatternsError(f"region_aliases.csv: {row['alias']}: unknown needs {needs!r}")
        names.setdefault(row["alias"].lower(), {})[code] = Candidate(code, needs)
        if row["alias"].isupper() and row["alias"].isalpha():
            acronyms.add(row["alias"].lower())
    actors = {
        row["phrase"].lower(): Actor(
            row["kind"], row["level"] or None, row["alone"] in ("yes", "named"), row["alone"] == "named"
        )
        for row in data.table("region_actors.csv")
    }
    context: dict[str, set[str]] = {}
    for row in data.table("region_context.csv"):
        context.setdefault(row["role"], set()).add(row["phrase"].lower())
    return Gazetteer(
        by_code=by_code,
        names={form: tuple(found.values()) for form, found in names.items()},
        official=official,
        seats={seat: tuple(codes) for seat, codes in seats.items()},
        seated_in={code: seat for seat, codes in seats.items() for code in codes},
        actors=actors,
        offices=tuple(row["phrase"].lower() for row in data.table("region_offices.csv")),
        phrases={row["phrase"].lower(): row["kind"] for row in data.table("region_phrases.csv")},
        context={role: frozenset(words) for role, words in context.items()},
        counts=data.jsonl("region_counts.jsonl"),
        acronyms=frozenset(acronyms),
    )
