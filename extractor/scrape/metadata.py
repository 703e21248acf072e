"""Metadata: title, publication date, author and outlet of a page, most trusted source first.

Each field is a cascade; the first confident answer wins. What the page writes for machines
comes first (``structured.py`` gathers it), then what it prints for its readers by the headline
(``byline.py``: the Indonesian dateline and labelled byline), then weaker clues.

- Published: htmldate chooses among the page's machine-readable dates (JSON-LD, date meta tags,
  microdata, ``<time>``, ``<abbr title>``; ``structured.machine_dates``), else the dateline
  printed below the headline (or above it in its header block), else the URL. A UTC timestamp is
  dated as the newsroom (WIB) prints it.
- Author: the JSON-LD article's persons and the author meta tags (``meta.csv``), else the
  labelled byline (``Pewarta:``, ``Penulis:``; never ``Editor:``), else the byline markup
  trafilatura's metadata finds. Never the outlet, a newsroom account or a press office.
- Title: the JSON-LD article's ``headline``, ``og:title``, the headline element, ``<title>``,
  with the site's name cut off; a headline cut short gives way to a fuller one.
- Outlet: ``og:site_name`` and kin, the JSON-LD publisher, the site name ``<title>`` ends with,
  the domain.

The title and the outlet stay rules of their own: trafilatura's choice among the same sources
differs (``og:title`` before the JSON-LD headline, a site suffix kept, a lower-case outlet name
capitalised, a logo ``<h1>`` taken for the headline), and on the saved pages in ``tests/`` its
choice was the worse one.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import htmldate
from bs4 import BeautifulSoup, Tag
from trafilatura import extract_metadata

from .. import pubdate
from .byline import labelled_author, person_name
from .rules import Rules
from .sites import comparable, domain_of, names_site, site_names, strip_site_name
from .structured import as_list, meta_field, types
from .text import squash

NEWSROOM_UTC_OFFSET = timedelta(hours=7)
"""A timestamp given in UTC is dated as printed in Western Indonesia (WIB): WordPress and others
write ``2025-11-30T23:26:00+00:00`` for an article the site shows as 1 December."""
EARLIEST = date(1995, 1, 1)
"""No news site dates an article before the web news era; an earlier date is a placeholder."""


# -- outlet


def outlet_of(
    jsonld: list[dict], meta: dict[str, list[str]], soup: BeautifulSoup, url: str | None, rules: Rules
) -> str | None:
    """The publication: ``og:site_name`` (and other meta names), else the JSON-LD publisher, else
    the site name ``<title>`` ends with ("… - detikSulsel"), else the domain."""
    for name in meta_field(meta, "outlet", rules):
        return name
    for obj in jsonld:
        for item in as_list(obj.get("publisher")):
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                return squash(name)
    if soup.title and soup.title.string:
        parts = rules.separators.split(squash(soup.title.string))
        if len(parts) > 1 and names_site(parts[-1], site_names(None, url)):
            return parts[-1]
    return domain_of(url)


# -- title


def headline_element(soup: BeautifulSoup, outlet: str | None, rules: Rules) -> Tag | None:
    """The page's headline: the first ``<h1>`` inside an article body, else the first that is not
    the site's logo; when every ``<h1>`` is the logo (a Pemda site's name), the first ``<h2>`` or
    ``<h3>`` marked as a title, or inside the article."""
    candidates = [h1 for h1 in soup.find_all("h1") if h1.get_text(strip=True)]
    if outlet:
        candidates = [
            h1 for h1 in candidates if comparable(h1.get_text()) != comparable(outlet)
        ] or candidates
    candidates = [h1 for h1 in candidates if not _is_logo(h1, soup, rules)]
    inside = [h1 for h1 in candidates if h1.find_parent(["article", "main"])]
    if inside or candidates:
        return (inside or candidates)[0]
    headings = [h for h in soup.find_all(["h2", "h3"]) if len(h.get_text(" ", strip=True).split()) >= 4]
    marked = [
        h for h in headings if rules.title_class.search(" ".join([*h.get("class", []), h.get("id", "")]))
    ]
    inside = [h for h in headings if h.find_parent(["article", "main"])]
    return (marked or inside or [None])[0]


_CUT_TITLE_LENGTH = 100
"""JSON-LD and meta titles are often cut at 100 to 110 characters, mid-word."""


def _is_logo(h1: Tag, soup: BeautifulSoup, rules: Rules) -> bool:
    """An ``<h1>`` that is the site's name: in a logo or header block, or the ``<title>``'s own
    site part ("Berita - Pemerintah Kabupaten Buleleng")."""
    for parent in [h1, *h1.parents]:
        if parent.name == "header" or rules.logo_class.search(
            " ".join([*parent.get("class", []), parent.get("id", "")])
        ):
            return True
        if parent.name in ("article", "main", "body"):
            break
    text = comparable(h1.get_text())
    page_title = comparable(soup.title.string) if soup.title and soup.title.string else ""
    return bool(text) and page_title != text and page_title.endswith(text)


def title_of(
    soup: BeautifulSoup,
    jsonld: list[dict],
    meta: dict[str, list[str]],
    h1: Tag | None,
    outlet: str | None,
    url: str | None,
    rules: Rules,
) -> str | None:
    """The headline: JSON-LD ``headline``, ``og:title``, ``<h1>``, ``<title>``, site name cut off.
    A headline cut short with an ellipsis gives way to a later source that has it in full."""
    candidates: list[str] = []
    for obj in jsonld:
        if isinstance(obj.get("headline"), str) and types(obj) & rules.article_types:
            candidates.append(obj["headline"])
    candidates.extend(meta_field(meta, "title", rules))
    if h1 is not None:
        candidates.append(h1.get_text(" ", strip=True))
    if soup.title and soup.title.string:
        candidates.append(soup.title.string)
    sites = site_names(outlet, url)
    cleaned = [strip_site_name(squash(html_lib.unescape(c)), sites, rules) for c in candidates]
    # A title that is only the site's name is a template default, not this article's headline.
    cleaned = [c for c in cleaned if c and not names_site(c, sites, exact=True)]
    for index, title in enumerate(cleaned):
        # "Judul - Berita Daerah" beside an <h1> "Judul": the suffix is the site's, unrecognised.
        shorter = next((c for c in cleaned if len(c) < len(title) and _is_head_of(c, title, rules)), None)
        if shorter:
            return shorter
        stem = title.rstrip(" .…")
        # Cut short: with an ellipsis, or mid-word at a length limit ("... Siapkan Rp 12 Mi").
        cut = stem != title or (len(title) >= _CUT_TITLE_LENGTH and title[-1:] not in '.!?"”')
        if cut and len(stem) > 10:
            fuller = next(
                (
                    c
                    for c in cleaned[index + 1 :]
                    if c.startswith(stem) and len(c) > len(stem) and not rules.separators.match(c, len(stem))
                ),
                None,
            )
            if fuller:
                return fuller
        return title
    return None


def _is_head_of(head: str, title: str, rules: Rules) -> bool:
    """Whether ``title`` is ``head`` followed by a separator and more."""
    return title.startswith(head) and rules.separators.match(title, len(head)) is not None


# -- publication date


def published_of(
    machine: str, near_top: Iterable[list[str]], urls: Iterable[str | None]
) -> tuple[date | None, str | None]:
    """The publication date and where it came from, by the first step that gives one:

    1. htmldate over the machine-readable dates (``structured.machine_dates``) -> ``meta``
    2. the date printed below the headline, else above it in its block      -> ``text``
    3. the URL: the canonical one, then the one given                       -> ``url``

    >>> empty = "<html><head></head><body></body></html>"
    >>> published_of(empty, [["Senin, 3 Maret 2025 10:15 WIB"]], ["https://x.id/2025/03/05/a"])
    (datetime.date(2025, 3, 3), 'text')
    >>> published_of(empty, [["Selasa"]], ["https://x.id/2025/03/05/a"])
    (datetime.date(2025, 3, 5), 'url')
    """
    found = machine_date(machine)
    if found:
        return found, "meta"
    for lines in near_top:
        found = _plausible(pubdate.published_from_text("\n".join(lines))) if lines else None
        if found:
            return found, "text"
    for url in urls:
        found = _plausible(pubdate.published_from_url(url))
        if found:
            return found, "url"
    return None, None


def machine_date(machine: str) -> date | None:
    """The publication date htmldate reads from a document of machine-readable dates, a UTC
    timestamp dated in WIB; ``None`` for none or one outside 1995 to the day after tomorrow.

    >>> def page(value):
    ...     return f'<html><head><meta name="date" content="{value}"></head><body></body></html>'
    >>> machine_date(page("2025-11-30T23:26:00Z")), machine_date(page("2025-12-01T07:26:00+08:00"))
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 1))
    >>> machine_date(page("Senin, 3 Maret 2025")), machine_date(page("2099-01-01")), machine_date(page("x"))
    (datetime.date(2025, 3, 3), None, None)
    >>> machine_date(page("2025-03-03T03:15:00+00:00")), machine_date(page("2025/03/03 10:15:21"))
    (datetime.date(2025, 3, 3), datetime.date(2025, 3, 3))
    """
    found = htmldate.find_date(
        machine,
        extensive_search=False,
        original_date=True,
        outputformat="%Y-%m-%d %H:%M:%S %z",
        min_date=datetime.combine(EARLIEST, datetime.min.time()),
        max_date=datetime.combine(date.today() + timedelta(days=2), datetime.min.time()),
    )
    if found is None:
        return None
    day, clock, *zone = found.split(" ")
    moment = datetime.fromisoformat(f"{day}T{clock}")
    if zone in (["+0000"], ["-0000"]) and clock != "00:00:00":
        moment += NEWSROOM_UTC_OFFSET
    return moment.date()


def _plausible(found: date | None) -> date | None:
    """``found`` unless it is before the web news era or in the future (a template placeholder)."""
    if found is None or found < EARLIEST or found > date.today() + timedelta(days=2):
        return None
    return found


# -- author


def author_of(
    jsonld: list[dict],
    meta: dict[str, list[str]],
    markup: str,
    lines: list[str],
    start: int | None,
    sites: set[str],
    rules: Rules,
) -> str | None:
    """Who wrote the article (see the module docstring); ``markup`` is the page without its
    chrome, ``lines`` its visible lines and ``start`` the headline's line."""
    for names in (_jsonld_authors(jsonld, rules), list(meta_field(meta, "author", rules))):
        # "Sitti Aminah - detikSulsel": the name before the outlet it is paired with.
        names = [_SEPARATED.split(name)[0] for name in names]
        accepted = [name for name in (person_name(n, sites, rules) for n in names) if name]
        if accepted:
            return ", ".join(dict.fromkeys(accepted))
    labelled = labelled_author(lines, start, sites, rules)
    if labelled:
        return labelled
    # trafilatura's own reading: author meta tags it knows, JSON-LD, then byline markup
    # (class="author", rel="author", "byline" ...), names cleaned of dates and trailing outlets.
    found = extract_metadata(markup, extensive=False).author or ""
    return next(filter(None, (person_name(name, sites, rules) for name in found.split("; "))), None)


_SEPARATED = re.compile(r"\s+[-–—|]\s+")


def _jsonld_authors(jsonld: list[dict], rules: Rules) -> list[str]:
    """Author names of the first JSON-LD article with authors; ``@id`` references resolved,
    organisations skipped."""
    by_id = {obj["@id"]: obj for obj in jsonld if isinstance(obj.get("@id"), str)}
    for obj in jsonld:
        if not types(obj) & rules.article_types:
            continue
        names = []
        for author in as_list(obj.get("author")):
            if isinstance(author, dict):
                author = by_id.get(author.get("@id"), author) if "name" not in author else author
                if types(author) & {"organization", "newsmediaorganization", "corporation"}:
                    continue
                author = author.get("name")
            if isinstance(author, str):
                names.append(author)
        if names:
            return names
    return []
