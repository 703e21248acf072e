"""Metadata: title, publication date, author and outlet of a page.

Each field is a cascade, precise sources first, and the first confident answer wins.
Title: JSON-LD ``headline``, ``og:title``, ``<h1>``, ``<title>``, minus the site-name suffix.
Published: JSON-LD ``datePublished``, meta tags (``meta.csv``), ``<time datetime>`` by the
headline, the dateline printed just below the headline, the URL; never the page's footer or
sidebars (they are cut out before any text is read). Author: JSON-LD, meta tags, labelled
bylines (``bylines.jsonl``), byline elements; never the outlet itself. Outlet: ``og:site_name``,
the JSON-LD publisher, the domain.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from .. import dates
from .byline import byline_author, first_segment, person_name
from .rules import Rules
from .sites import comparable, domain_of, names_site, site_names, strip_site_name
from .text import squash

log = logging.getLogger(__name__)


NEWSROOM_UTC_OFFSET = timedelta(hours=7)
"""A timestamp given in UTC is dated as printed in Western Indonesia (WIB): WordPress and others
write ``2025-11-30T23:26:00+00:00`` for an article the site shows as 1 December."""


def jsonld_objects(soup: BeautifulSoup) -> list[dict]:
    """Every JSON-LD object of the page, ``@graph`` and lists flattened, in page order."""
    objects: list[dict] = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.IGNORECASE)):
        data = _loads(script.string or script.get_text())
        objects.extend(_flatten(data))
    return objects


def _loads(text: str):
    """JSON-LD as sites write it: sometimes with raw newlines in strings or trailing commas."""
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    for attempt in (text, re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]+", " ", text))):
        try:
            return json.loads(attempt)
        except json.JSONDecodeError:
            continue
    log.debug("unreadable JSON-LD skipped")
    return None


def _flatten(data) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph"))
        if isinstance(data.get("mainEntity"), dict):
            yield from _flatten(data["mainEntity"])


def _types(obj: dict) -> set[str]:
    return {str(t).lower().rsplit("/", 1)[-1] for t in as_list(obj.get("@type"))}


def articles_first(jsonld: list[dict], rules: Rules, url: str | None = None) -> list[dict]:
    """The JSON-LD article objects, the one naming the page's URL first, then the others (a
    WebPage may carry the date alone)."""

    def rank(obj: dict) -> tuple[bool, bool]:
        own = [obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")]
        own = [o.get("@id") if isinstance(o, dict) else o for o in own]
        names_page = bool(url) and any(isinstance(o, str) and _same_url(o, url) for o in own)
        return (not _types(obj) & rules.article_types, not names_page)

    return sorted(jsonld, key=rank)


def _same_url(a: str, b: str) -> bool:
    """Same page, ignoring scheme, ``www.``, a trailing slash, query and fragment."""

    def norm(u: str) -> str:
        parts = urlsplit(u.strip())
        return (parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")).lower()

    return norm(a) == norm(b)


def meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Values of ``<meta>`` tags by lower-cased name/property/itemprop, and of other elements'
    ``itemprop`` (content=, datetime= or text), in page order. Read after the chrome is cut, so
    the microdata of a related-news box does not count."""
    values: dict[str, list[str]] = {}
    for element in soup.find_all(lambda tag: tag.name == "meta" or tag.has_attr("itemprop")):
        if element.name == "meta":
            keys = " ".join(str(element.get(a) or "") for a in ("name", "property", "itemprop"))
            value = element.get("content")
        else:
            keys = str(element.get("itemprop"))
            value = element.get("content") or element.get("datetime") or element.get_text(" ", strip=True)
        if not isinstance(value, str) or not value.strip():
            continue
        for key in keys.lower().split():
            values.setdefault(key, []).append(squash(value))
    return values


def _meta_field(meta: dict[str, list[str]], field: str, rules: Rules) -> Iterator[str]:
    for name in rules.meta.get(field, ()):
        yield from meta.get(name, ())


def outlet_of(
    jsonld: list[dict], meta: dict[str, list[str]], soup: BeautifulSoup, url: str | None, rules: Rules
) -> str | None:
    """The publication: ``og:site_name`` (and other meta names), else the JSON-LD publisher, else
    the site name ``<title>`` ends with ("… - detikSulsel"), else the domain."""
    for name in _meta_field(meta, "outlet", rules):
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
        if isinstance(obj.get("headline"), str) and _types(obj) & rules.article_types:
            candidates.append(obj["headline"])
    candidates.extend(_meta_field(meta, "title", rules))
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


def published_of(
    jsonld: list[dict],
    meta: dict[str, list[str]],
    soup: BeautifulSoup,
    h1: Tag | None,
    near_top: Iterable[list[str]],
    urls: Iterable[str | None],
    rules: Rules,
) -> tuple[date | None, str | None]:
    """The publication date and where it came from, by the first step that gives one:

    1. JSON-LD ``datePublished``, the object naming the page first     -> ``meta``
    2. meta tags, in the order of ``patterns/scrape/meta.csv``         -> ``meta``
    3. microdata ``itemprop="datePublished"`` (Blogger's ``<abbr>``)    -> ``meta``
    4. ``<time datetime>`` by the headline                             -> ``meta``
    5. the date printed below the headline, else above it in its block -> ``text``
    6. the URL: the canonical one, then the one given                  -> ``url``
    """
    structured = (
        *(value for obj in jsonld for value in as_list(obj.get("datePublished"))),
        *_meta_field(meta, "published", rules),
        *_microdata_dates(soup),
        *_time_elements(soup, h1),
    )
    for value in structured:
        found = date_from_value(value)
        if found:
            return found, "meta"
    for lines in near_top:
        found = plausible(dates.published_from_text("\n".join(lines))) if lines else None
        if found:
            return found, "text"
    for url in urls:
        found = plausible(dates.published_from_url(url))
        if found:
            return found, "url"
    return None, None


def _microdata_dates(soup: BeautifulSoup) -> list[str]:
    """Values of schema.org microdata ``datePublished``, from whichever attribute holds them."""
    values = []
    for element in soup.find_all(attrs={"itemprop": "datePublished"}):
        value = element.get("content") or element.get("datetime") or element.get("title")
        if isinstance(value, str) and value.strip():
            values.append(value)
    return values


def _time_elements(soup: BeautifulSoup, h1: Tag | None) -> list[str]:
    """``datetime`` values of the ``<time>`` elements by the headline: in its article, in its
    own block, then just after it; a ``pubdate`` or "published" one first. Not the page's first
    ``<time>``, which is often today's date in the top bar."""
    if h1 is not None:
        scopes = [h1.find_parent(["article", "main"]), h1.parent if h1.parent.name != "body" else None]
        times = [time for scope in scopes if scope for time in scope.find_all("time", datetime=True)]
        times += h1.find_all_next("time", datetime=True, limit=3)
    else:
        times = [
            t
            for article in soup.find_all("article", limit=1)
            for t in article.find_all("time", datetime=True)
        ]
    marked = [
        t for t in times if t.has_attr("pubdate") or "publish" in " ".join(as_list(t.get("class"))).lower()
    ]
    return [t["datetime"] for t in marked + times]


_ISO_DATE = re.compile(
    r"^\s*(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d\d)(?::\d\d(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)


def date_from_value(value: object) -> date | None:
    """The date of a structured value: an ISO timestamp (a UTC one dated in WIB), ``2025/03/03
    10:15``, a Unix timestamp, or an Indonesian date; ``None`` for anything implausible.

    >>> date_from_value("2025-12-01T07:26:00+08:00"), date_from_value("2025-11-30T23:26:00Z")
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 1))
    >>> date_from_value("2025/03/03 10:15:21"), date_from_value("Senin, 3 Maret 2025")
    (datetime.date(2025, 3, 3), datetime.date(2025, 3, 3))
    >>> date_from_value("1740971700"), date_from_value("March 3, 2025"), date_from_value("0000-00-00")
    (datetime.date(2025, 3, 3), datetime.date(2025, 3, 3), None)
    """
    if isinstance(value, (int, float)):
        value = str(int(value))
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value[:10])
        return plausible((datetime.fromtimestamp(seconds, timezone.utc) + NEWSROOM_UTC_OFFSET).date())
    match = _ISO_DATE.match(value)
    if match:
        try:
            found = datetime(
                int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"] or 0), int(match["M"] or 0)
            )
        except ValueError:
            return None
        if match["tz"] in ("Z", "+00:00", "+0000", "-00:00") and match["H"]:
            found += NEWSROOM_UTC_OFFSET
        return plausible(found.date())
    return plausible(dates.published_from_text(value)) or plausible(_parsed_date(value))


def _parsed_date(value: str) -> date | None:
    """A full date in any wording dateparser knows ("March 3, 2025"); the slow last resort,
    only for values a meta tag already says are dates."""
    import dateparser  # imported here: loading it costs half a second most pages never need

    parsed = dateparser.parse(
        value,
        languages=["id", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed else None


def plausible(found: date | None) -> date | None:
    """``found`` unless it is before the web news era or in the future (a template placeholder)."""
    if found is None or found.year < 1995 or found > date.today() + timedelta(days=2):
        return None
    return found


def author_of(
    jsonld: list[dict],
    meta: dict[str, list[str]],
    soup: BeautifulSoup,
    lines: list[str],
    start: int | None,
    outlet: str | None,
    url: str | None,
    rules: Rules,
) -> str | None:
    """Who wrote the article: JSON-LD ``author``, meta tags, a labelled byline (``Pewarta:``,
    ``Penulis:``; never ``Editor:``), a byline element. Never the outlet or a newsroom account."""
    sites = site_names(outlet, url)
    for names in (_jsonld_authors(jsonld, rules), list(_meta_field(meta, "author", rules))):
        # "Sitti Aminah - detikSulsel": the name before the outlet it is paired with.
        names = [SEPARATED.split(name)[0] for name in names]
        accepted = [name for name in (person_name(n, sites, rules) for n in names) if name]
        if accepted:
            return ", ".join(dict.fromkeys(accepted))
    ordered = lines[start:] + lines[:start] if start is not None else lines
    for line in ordered:
        name = byline_author(line, sites, rules)
        if name:
            return name
    for element in rules.author_selectors.select(soup):
        name = person_name(first_segment(element.get_text(" ", strip=True)), sites, rules)
        if name:
            return name
    return None


def _jsonld_authors(jsonld: list[dict], rules: Rules) -> list[str]:
    """Author names of the first JSON-LD article with authors; ``@id`` references resolved,
    organisations skipped."""
    by_id = {obj["@id"]: obj for obj in jsonld if isinstance(obj.get("@id"), str)}
    for obj in jsonld:
        if not _types(obj) & rules.article_types:
            continue
        names = []
        for author in as_list(obj.get("author")):
            if isinstance(author, dict):
                author = by_id.get(author.get("@id"), author) if "name" not in author else author
                if _types(author) & {"organization", "newsmediaorganization", "corporation"}:
                    continue
                author = author.get("name")
            if isinstance(author, str):
                names.append(author)
        if names:
            return names
    return []


SEPARATED = re.compile(r"\s+[-–—|]\s+")


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]
