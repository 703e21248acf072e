"""Region names as people type them: "Kukar", "samarinda", "Kab. Bogor" → the canonical region.

Stored facts name their region as the official list does ("Kabupaten Kutai Kartanegara"); a
journalist filtering them (``extract export --region``, ``extract check --region``, ``extract
chart --region``) types what she would write. ``resolve`` reads such a name through the same
gazetteer the pipeline uses (``gazetteer.py``: official names, bare names, aliases, a level word or
government before them) and returns exactly one region, or says why it cannot: no region of that
name (with the closest names), or several (listing them, so she can pick one).
"""

from __future__ import annotations

import difflib

from .gazetteer import NATIONAL, Gazetteer, Region, gazetteer
from .language import LanguageData

NATIONAL_NAMES = frozenset({"indonesia", "nasional", "national", "nusantara"})


class RegionNameError(ValueError):
    """A region name that names no region, or several: the message says which, or lists them."""


def resolve(name: str, data: LanguageData | None = None) -> Region:
    """The one region ``name`` names.

    >>> resolve("Kukar").name, resolve("samarinda").name, resolve("Pemkab Berau").name
    ('Kabupaten Kutai Kartanegara', 'Kota Samarinda', 'Kabupaten Berau')
    >>> resolve("Kota Semarang").name, resolve("kabupaten kutai kartanegara").code
    ('Kota Semarang', '64.02')
    >>> resolve("Semarang")
    Traceback (most recent call last):
    ...
    extractor.regionnames.RegionNameError: 'Semarang' may be any of: Kabupaten Semarang, Kota Semarang
    """
    found = candidates(name, data)
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(region.name for region in found)
        raise RegionNameError(f"{name!r} may be any of: {names}")
    suggestions = close_names(name, data)
    hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
    raise RegionNameError(f"no region named {name!r}{hint}")


def candidates(name: str, data: LanguageData | None = None) -> list[Region]:
    """Every region ``name`` may name, in the official list's order: one for an official name,
    an unambiguous alias or a level word before a bare name; several for a bare name regions
    share ("Semarang"); none for a name the gazetteer does not know."""
    places = gazetteer(data)
    text = " ".join(name.split()).lower()
    if text in NATIONAL_NAMES:
        return [NATIONAL]
    official = _by_official_name(places)
    if text in official:
        return [official[text]]
    level, bare = _level_and_name(text, places)
    # A user's filter is no sentence: an alias the pipeline reads only after a level word
    # ("needs") is still that region here.
    regions = [places.by_code[c.code] for c in places.names.get(bare, ())]
    regions = [r for r in regions if level is None or r.level == level]
    return sorted(set(regions), key=lambda region: region.code or "")


def close_names(name: str, data: LanguageData | None = None, limit: int = 3) -> list[str]:
    """The official names closest to a name that matched none ("Samrinda" → Kota Samarinda)."""
    places = gazetteer(data)
    official = _by_official_name(places)
    bare = {form: codes for form, codes in places.names.items()}
    text = " ".join(name.split()).lower()
    found: list[str] = []
    starting = sorted(form for form in official if form.split(" ", 1)[-1].startswith(text + " "))
    for form in [*starting, *difflib.get_close_matches(text, [*official, *bare], n=limit, cutoff=0.75)]:
        names = (
            [official[form].name] if form in official else [places.by_code[c.code].name for c in bare[form]]
        )
        found.extend(n for n in names if n not in found)
    return found[:limit]


def _by_official_name(places: Gazetteer) -> dict[str, Region]:
    return {region.name.lower(): region for region in places.by_code.values()}


def _level_and_name(text: str, places: Gazetteer) -> tuple[str | None, str]:
    """The level a leading level word or government names ("pemkab", "kab.", "kota") and the
    name after it; ``(None, text)`` when there is none."""
    for phrase in sorted(places.actors, key=len, reverse=True):
        actor = places.actors[phrase]
        if actor.level and text.startswith(phrase + " "):
            return actor.level, text[len(phrase) + 1 :].strip()
    return None, text
