"""Sites: the names a site goes by (outlet, domain), to tell them from headlines and authors."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import courlan

from .rules import Rules


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``.

    >>> domain_of("https://www.antaranews.com/berita/1"), domain_of(None)
    ('antaranews.com', None)
    """
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def site_core(url: str) -> str | None:
    """The distinctive label of a site's registered domain (public suffixes as courlan knows them).

    >>> hosts = ("kaltim.tribunnews.com", "pemkab.go.id", "warta.blogspot.com")
    >>> [site_core(f"https://{host}/x") for host in hosts], site_core("http://127.0.0.1/x")
    (['tribunnews', 'pemkab', 'warta'], None)
    """
    domain = courlan.extract_domain(url)
    return domain.split(".")[0] if domain else None


def comparable(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def site_names(outlet: str | None, url: str | None) -> set[str]:
    """Comparable forms of the site's own names: the outlet, the domain, the domain's core."""
    names = {comparable(outlet)} if outlet else set()
    domain = domain_of(url)
    if domain:
        names |= {comparable(domain), site_core(url) or ""}
    return {name for name in names if len(name) >= 3}


_DOMAIN_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def names_site(text: str, sites: set[str], exact: bool = False) -> bool:
    """Whether ``text`` is the site's name: one of ``sites``, or a domain; or, unless ``exact``,
    a few words that contain one ("detikSulsel", "ANTARA News Kaltim") or are most of one.

    >>> sites = site_names("ANTARA News", "https://kaltim.antaranews.com/berita/1")
    >>> names_site("ANTARA News Kalimantan Timur", sites), names_site("Kompas.com", sites)
    (True, True)
    >>> names_site("Antara Pemkab dan BPJS Terjalin Kerja Sama", sites)
    False
    """
    key = comparable(text)
    if not key:
        return False
    if key in sites or _DOMAIN_LIKE.match(text.strip()):
        return True
    if exact or len(text.split()) > 4:
        return False
    return any(
        (len(site) >= 5 and site in key) or (len(key) >= 0.6 * len(site) and key in site) for site in sites
    )


def strip_site_name(title: str, sites: set[str], rules: Rules) -> str:
    """``title`` without the site's name after its last separator (or before its first).

    >>> from extractor.scrape.rules import rules_of
    >>> rules = rules_of()
    >>> strip_site_name("Kukar Tambah 13.289 Peserta - Kaltim Today", {"kaltimtoday"}, rules)
    'Kukar Tambah 13.289 Peserta'
    >>> strip_site_name("Iuran Naik - Ini Rinciannya | Tribunkaltim.co", set(), rules)
    'Iuran Naik - Ini Rinciannya'
    """
    separators = list(rules.separators.finditer(title))
    parts = rules.separators.split(title)
    first, last = 0, len(parts) - 1
    while last > first and names_site(parts[last], sites):
        last -= 1
    while first < last and names_site(parts[first], sites):
        first += 1
    start = separators[first - 1].end() if first else 0
    end = separators[last].start() if last < len(parts) - 1 else len(title)
    return title[start:end].strip()
