"""Scrape: an HTML page (saved or fetched) into an article record, and URLs into articles.

``article_from_html`` turns the bytes of a page into an ``Article``: the headline, then the main
text in paragraphs, without page chrome, plus title, publication date, author, outlet and URL.

- Encoding: detected, not assumed: a byte-order mark, the HTTP header charset, the ``<meta>``
  charset, strict UTF-8, then charset-normalizer.
- Main text: page chrome (``patterns/scrape/remove.txt``: sidebars, related-news and "Baca Juga"
  boxes, share bars, captions, comment forms) is cut out with beautifulsoup4, then trafilatura
  finds the main content; when it finds none, the article-body container (``body.txt``) is read
  instead. Text debris that carries no markup ("Baca juga:" lines inside the body, ``(adv/one)``
  tags) is left to ``clean.py``, through ``prepare.py``: articles leave here with
  ``needs_cleaning=True``, so one set of text rules (``patterns/debris.jsonl``) serves plain
  text and HTML alike.
- Metadata: each field is a cascade, precise sources first, and the first confident answer wins.
  Title: JSON-LD ``headline``, ``og:title``, ``<h1>``, ``<title>``, minus the site-name suffix.
  Published: JSON-LD ``datePublished``, meta tags (``meta.csv``), ``<time datetime>`` by the
  headline, the dateline printed just below the headline, the URL; never the page's footer or
  sidebars (they are cut out before any text is read). Author: JSON-LD, meta tags, labelled
  bylines (``bylines.jsonl``), byline elements; never the outlet itself. Outlet: ``og:site_name``,
  the JSON-LD publisher, the domain.

``Fetcher`` reads URLs through the polite HTTP client of ``fetch.py``: one article per URL, or
with a follow pattern, the articles a listing page links to. The article id is the URL as given
(or as linked from the listing), not the final URL after redirects: the same input keeps the same
id, and so the same fact ids, from run to run; ``Article.url`` carries the canonical URL.
"""

from __future__ import annotations

import codecs
import html as html_lib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urldefrag, urljoin, urlsplit

import soupsieve
import trafilatura
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from charset_normalizer import from_bytes

from . import dates, fetch
from .language import LanguageData, PatternsError
from .records import Article, SourceError
from .settings import Settings

log = logging.getLogger(__name__)

NEWSROOM_UTC_OFFSET = timedelta(hours=7)
"""A timestamp given in UTC is dated as printed in Western Indonesia (WIB): WordPress and others
write ``2025-11-30T23:26:00+00:00`` for an article the site shows as 1 December."""
LISTING_MAX_AGE = 3600.0
"""A listing page is re-read after an hour (new articles appear); article pages stay cached."""
_HEADER_LINES = 12
"""How far below the headline a printed dateline is looked for."""
_WESTERN_SINGLE_BYTE = {"cp1252", "iso8859-1", "ascii", "latin-1"}
_LIKELY_LEGACY = ["cp1252", "iso8859_15", "utf_16"]
"""What an undeclared non-UTF-8 Indonesian page is written in. Asked first, because with a few
accented letters among ASCII, charset-normalizer finds Baltic and DOS code pages just as likely."""


# -- the rules, read from patterns/scrape/


@dataclass(frozen=True)
class _BylineLabel:
    pattern: re.Pattern
    role: str


@dataclass(frozen=True)
class _Selectors:
    """CSS selectors in order of preference, matched in one pass over the page: soupsieve is
    pure Python, and one pass per selector costs seconds on a heavy page."""

    each: tuple[soupsieve.SoupSieve, ...]
    any: soupsieve.SoupSieve | None
    tags: frozenset[str]
    """Bare tag names among the selectors."""
    attributes: frozenset[str] | None
    """The attributes the other selectors test; an element with none of them cannot match.
    ``None`` when some selector tests no attribute (``div > p``), so every element may match."""

    @classmethod
    def compile(cls, selectors: Iterable[str], name: str) -> _Selectors:
        selectors = tuple(selectors)
        tags = frozenset(s for s in selectors if re.fullmatch(r"[a-z][a-z0-9]*", s))
        attributes: set[str] | None = set()
        for selector in (s for s in selectors if s not in tags):
            tested = set(re.findall(r"\[\s*([\w:-]+)", selector))
            outside = re.sub(r"\[[^\]]*\]", "", selector)
            tested |= {"class"} if "." in outside else set()
            tested |= {"id"} if "#" in outside else set()
            if not tested:
                attributes = None
                break
            attributes |= tested
        try:
            each = tuple(soupsieve.compile(selector) for selector in selectors)
            combined = soupsieve.compile(", ".join(selectors)) if selectors else None
        except Exception as err:  # soupsieve's SelectorSyntaxError and the like: a data bug
            raise PatternsError(f"scrape/{name}: {err}") from None
        return cls(each, combined, tags, frozenset(attributes) if attributes is not None else None)

    def _may_match(self, tag: Tag) -> bool:
        return tag.name in self.tags or any(name in tag.attrs for name in self.attributes)

    def select(self, root: Tag) -> Iterator[Tag]:
        """The matching elements, those of the first selector first, each group in page order."""
        if self.any is None:
            return
        # soupsieve is slow on a heavy page; most elements lack the attributes the selectors
        # test, and skipping those spares most of its work.
        candidates = root.find_all(self._may_match if self.attributes is not None else True)
        found = [element for element in candidates if self.any.match(element)]
        for selector in self.each:
            yield from (element for element in found if selector.match(element))


@dataclass(frozen=True)
class _Rules:
    remove_tags: tuple[str, ...]
    """Selectors of remove.txt that are bare tag names: found far faster with ``find_all``."""
    remove: _Selectors
    body: _Selectors
    meta: dict[str, tuple[str, ...]]
    article_types: frozenset[str]
    separators: re.Pattern
    bylines: tuple[_BylineLabel, ...]
    author_selectors: _Selectors
    not_authors: re.Pattern
    title_class: re.Pattern
    logo_class: re.Pattern


def _rules(data: LanguageData | None = None) -> _Rules:
    """The scraping rules of ``data`` (the bundled data when ``None``), compiled once."""
    return (data or LanguageData.load()).derived("scrape.rules", _build_rules)


def _build_rules(data: LanguageData) -> _Rules:
    meta: dict[str, list[str]] = {}
    for row in data.table("scrape/meta.csv"):
        meta.setdefault(row["field"], []).append(row["name"].lower())
    separators = data.lines("scrape/title_separators.txt")
    bylines = tuple(
        _BylineLabel(re.compile(record["label"], re.IGNORECASE), record["role"])
        for record in data.jsonl("scrape/bylines.jsonl")
    )
    not_authors = "|".join(f"(?:{line})" for line in data.lines("scrape/not_authors.txt"))
    remove = data.lines("scrape/remove.txt")
    classes: dict[str, list[str]] = {"title": [], "logo": []}
    for row in data.table("scrape/headline_classes.csv"):
        classes[row["kind"]].append(re.escape(row["word"]))
    tags = tuple(selector for selector in remove if re.fullmatch(r"[a-z][a-z0-9]*", selector))
    return _Rules(
        remove_tags=tags,
        remove=_Selectors.compile((s for s in remove if s not in tags), "remove.txt"),
        body=_Selectors.compile(data.lines("scrape/body.txt"), "body.txt"),
        meta={field: tuple(names) for field, names in meta.items()},
        article_types=frozenset(t.lower() for t in data.lines("scrape/jsonld_types.txt")),
        separators=re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in separators) + r")\s+"),
        bylines=bylines,
        author_selectors=_Selectors.compile(
            data.lines("scrape/author_selectors.txt"), "author_selectors.txt"
        ),
        not_authors=re.compile(not_authors, re.IGNORECASE),
        title_class=re.compile("|".join(classes["title"]), re.IGNORECASE),
        logo_class=re.compile("|".join(classes["logo"]), re.IGNORECASE),
    )


# -- bytes to text


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """The text of an HTML page: by its byte-order mark, else the charset the HTTP header
    (``declared``) or the page's ``<meta>`` names, else UTF-8, else what charset-normalizer finds.

    A page declared Latin-1 or windows-1252 whose bytes are valid UTF-8 is UTF-8: the mislabel is
    common, and Latin-1 text is almost never valid UTF-8 by accident.

    >>> decode_html("Rp 42 juta “santunan”".encode("cp1252"), "iso-8859-1")
    'Rp 42 juta “santunan”'
    >>> decode_html("<p>Kaltim — 13.289</p>".encode())
    '<p>Kaltim — 13.289</p>'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, "replace")
    meta = _META_CHARSET.search(raw[:4096])
    for name in (declared, meta.group(1).decode("ascii", "ignore") if meta else None):
        encoding = _codec(name)
        if encoding is None:
            continue
        if encoding in _WESTERN_SINGLE_BYTE and not raw.isascii():
            utf8 = _strict(raw, "utf-8")
            if utf8 is not None:
                return utf8
        text = _strict(raw, encoding)
        if text is not None:
            return text
    text = _strict(raw, "utf-8")
    if text is not None:
        return text
    best = from_bytes(raw, cp_isolation=_LIKELY_LEGACY).best() or from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("cp1252", "replace")


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset; Latin-1 and ASCII mean windows-1252, as browsers read them."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    return "cp1252" if codec in _WESTERN_SINGLE_BYTE else codec


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# -- the page


def article_from_html(
    raw: bytes,
    source_id: str,
    url: str | None = None,
    *,
    charset: str | None = None,
    data: LanguageData | None = None,
) -> Article | SourceError:
    """The article of one HTML page, or a ``SourceError`` when it has no article text.

    ``url`` is where the page came from (a saved page may name its own); ``charset`` the one the
    HTTP header declared; ``data`` the language data whose ``scrape/`` rules read it (bundled
    when ``None``). A page that breaks the parsers is an error too, so a batch goes on.
    """
    rules = _rules(data)
    try:
        return _article(raw, source_id, url, charset, rules)
    except Exception as err:
        log.debug("%s: cannot read the page", source_id, exc_info=True)
        return SourceError(source_id, f"cannot read the page: {type(err).__name__}: {err}")


def _article(
    raw: bytes, source_id: str, url: str | None, charset: str | None, rules: _Rules
) -> Article | SourceError:
    soup = BeautifulSoup(decode_html(raw, charset), "lxml")
    page_url = canonical_url(soup) or url or _saved_from_url(soup)
    jsonld = _articles_first(_jsonld_objects(soup), rules, page_url)
    _remove_chrome(soup, rules)
    meta = _meta_values(soup)
    outlet = outlet_of(jsonld, meta, soup, page_url, rules)
    h1 = _headline_element(soup, outlet, rules)
    title = title_of(soup, jsonld, meta, h1, outlet, page_url, rules)
    paragraphs = body_paragraphs(soup, rules, title)
    if not paragraphs:
        return SourceError(source_id, "no article text found")
    lines = visible_lines(soup)
    start = _line_index(lines, title, h1)
    near_top = (_near_headline(lines, start, paragraphs), _above_headline(h1))
    published, published_source = published_of(jsonld, meta, soup, h1, near_top, (page_url, url), rules)
    return Article(
        id=source_id,
        text=article_text(title, paragraphs),
        url=page_url or url,
        title=title,
        author=author_of(jsonld, meta, soup, lines, start, outlet, page_url, rules),
        outlet=outlet,
        published=published,
        published_source=published_source,
        needs_cleaning=True,
    )


def article_text(title: str | None, paragraphs: list[str]) -> str:
    """The headline line, a blank line, then the paragraphs separated by blank lines.

    >>> article_text("Judul", ["Satu.", "Dua.\\nTiga."])
    'Judul\\n\\nSatu.\\n\\nDua.\\nTiga.\\n'
    """
    blocks = ([title] if title else []) + paragraphs
    return "\n\n".join(blocks) + "\n"


def canonical_url(soup: BeautifulSoup) -> str | None:
    """The page's own absolute http(s) URL: ``<link rel=canonical>``, else ``og:url``."""
    link = soup.find("link", rel=lambda rel: rel and "canonical" in [r.lower() for r in _as_list(rel)])
    candidates = [link.get("href") if link else None]
    og = soup.find("meta", attrs={"property": re.compile(r"^og:url$", re.IGNORECASE)})
    candidates.append(og.get("content") if og else None)
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip().startswith(("http://", "https://")):
            return candidate.strip()
    return None


_SAVED_FROM = re.compile(
    r"(?:saved from url=\(\d+\)|^\s*url:\s*)(https?://\S+)", re.IGNORECASE | re.MULTILINE
)


def _saved_from_url(soup: BeautifulSoup) -> str | None:
    """The URL a browser (``saved from url=``) or SingleFile (``url:``) wrote into a saved page."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment), limit=5):
        match = _SAVED_FROM.search(comment)
        if match:
            return match.group(1)
    return None


def _remove_chrome(soup: BeautifulSoup, rules: _Rules) -> None:
    """Cut the page chrome out of ``soup``; never an element holding a headline or the article
    body (a ``<div class="main has-sidebar">`` wrapping the article stays, its sidebar goes).
    Whole elements (``aside``, ``nav``, ``script``) go first, which leaves the selector pass
    far less to walk."""
    for element in soup.find_all(rules.remove_tags):
        if not element.decomposed and element.name not in ("html", "head", "body") and not element.find("h1"):
            element.decompose()
    keep: set[int] = set()
    for element in [*soup.find_all("h1"), _body_container(soup, rules)]:
        if element is not None:
            keep.add(id(element))
            keep.update(id(parent) for parent in element.parents)
    for element in list(rules.remove.select(soup)):
        if element.decomposed or id(element) in keep or element.name in ("html", "head", "body"):
            continue
        element.decompose()


_BODY_MIN_CHARS = 200
"""A body container with less text than this is a teaser or an empty template slot."""


def _body_container(soup: BeautifulSoup, rules: _Rules) -> Tag | None:
    """The first element matching the body selectors (most specific first) with real text."""
    for element in rules.body.select(soup):
        if len(element.get_text(" ", strip=True)) >= _BODY_MIN_CHARS:
            return element
    return None


# -- structured data: JSON-LD and meta tags


def _jsonld_objects(soup: BeautifulSoup) -> list[dict]:
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
    return {str(t).lower().rsplit("/", 1)[-1] for t in _as_list(obj.get("@type"))}


def _articles_first(jsonld: list[dict], rules: _Rules, url: str | None = None) -> list[dict]:
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


def _meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
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
            values.setdefault(key, []).append(_squash(value))
    return values


def _meta_field(meta: dict[str, list[str]], field: str, rules: _Rules) -> Iterator[str]:
    for name in rules.meta.get(field, ()):
        yield from meta.get(name, ())


# -- outlet and title


def outlet_of(
    jsonld: list[dict], meta: dict[str, list[str]], soup: BeautifulSoup, url: str | None, rules: _Rules
) -> str | None:
    """The publication: ``og:site_name`` (and other meta names), else the JSON-LD publisher, else
    the site name ``<title>`` ends with ("… - detikSulsel"), else the domain."""
    for name in _meta_field(meta, "outlet", rules):
        return name
    for obj in jsonld:
        for item in _as_list(obj.get("publisher")):
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                return _squash(name)
    if soup.title and soup.title.string:
        parts = rules.separators.split(_squash(soup.title.string))
        if len(parts) > 1 and _names_site(parts[-1], _site_names(None, url)):
            return parts[-1]
    return _domain(url)


def _domain(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``.

    >>> _domain("https://www.antaranews.com/berita/1"), _domain(None)
    ('antaranews.com', None)
    """
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


_SECOND_LEVEL = {"co", "go", "ac", "or", "my", "web", "sch", "com", "net", "org", "biz", "mil", "desa"}


def _site_core(host: str) -> str:
    """The distinctive label of a host name: ``kaltim.tribunnews.com`` → ``tribunnews``.

    >>> _site_core("kaltimtoday.co"), _site_core("sulsel.detik.com"), _site_core("pemkab.go.id")
    ('kaltimtoday', 'detik', 'pemkab')
    """
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) > 1:
        labels.pop()
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1]


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _site_names(outlet: str | None, url: str | None) -> set[str]:
    """Comparable forms of the site's own names: the outlet, the domain, the domain's core."""
    names = {_key(outlet)} if outlet else set()
    domain = _domain(url)
    if domain:
        names |= {_key(domain), _site_core(domain)}
    return {name for name in names if len(name) >= 3}


_DOMAIN_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def _names_site(text: str, sites: set[str], exact: bool = False) -> bool:
    """Whether ``text`` is the site's name: one of ``sites``, or a domain; or, unless ``exact``,
    a few words that contain one ("detikSulsel", "ANTARA News Kaltim") or are most of one.

    >>> sites = _site_names("ANTARA News", "https://kaltim.antaranews.com/berita/1")
    >>> _names_site("ANTARA News Kalimantan Timur", sites), _names_site("Kompas.com", sites)
    (True, True)
    >>> _names_site("Antara Pemkab dan BPJS Terjalin Kerja Sama", sites)
    False
    """
    key = _key(text)
    if not key:
        return False
    if key in sites or _DOMAIN_LIKE.match(text.strip()):
        return True
    if exact or len(text.split()) > 4:
        return False
    return any(
        (len(site) >= 5 and site in key) or (len(key) >= 0.6 * len(site) and key in site) for site in sites
    )


def strip_site_name(title: str, sites: set[str], rules: _Rules) -> str:
    """``title`` without the site's name after its last separator (or before its first).

    >>> rules = _rules()
    >>> strip_site_name("Kukar Tambah 13.289 Peserta - Kaltim Today", {"kaltimtoday"}, rules)
    'Kukar Tambah 13.289 Peserta'
    >>> strip_site_name("Iuran Naik - Ini Rinciannya | Tribunkaltim.co", set(), rules)
    'Iuran Naik - Ini Rinciannya'
    """
    separators = list(rules.separators.finditer(title))
    parts = rules.separators.split(title)
    first, last = 0, len(parts) - 1
    while last > first and _names_site(parts[last], sites):
        last -= 1
    while first < last and _names_site(parts[first], sites):
        first += 1
    start = separators[first - 1].end() if first else 0
    end = separators[last].start() if last < len(parts) - 1 else len(title)
    return title[start:end].strip()


def _headline_element(soup: BeautifulSoup, outlet: str | None, rules: _Rules) -> Tag | None:
    """The page's headline: the first ``<h1>`` inside an article body, else the first that is not
    the site's logo; when every ``<h1>`` is the logo (a Pemda site's name), the first ``<h2>`` or
    ``<h3>`` marked as a title, or inside the article."""
    candidates = [h1 for h1 in soup.find_all("h1") if h1.get_text(strip=True)]
    if outlet:
        candidates = [h1 for h1 in candidates if _key(h1.get_text()) != _key(outlet)] or candidates
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


def _is_logo(h1: Tag, soup: BeautifulSoup, rules: _Rules) -> bool:
    """An ``<h1>`` that is the site's name: in a logo or header block, or the ``<title>``'s own
    site part ("Berita - Pemerintah Kabupaten Buleleng")."""
    for parent in [h1, *h1.parents]:
        if parent.name == "header" or rules.logo_class.search(
            " ".join([*parent.get("class", []), parent.get("id", "")])
        ):
            return True
        if parent.name in ("article", "main", "body"):
            break
    text = _key(h1.get_text())
    page_title = _key(soup.title.string) if soup.title and soup.title.string else ""
    return bool(text) and page_title != text and page_title.endswith(text)


def title_of(
    soup: BeautifulSoup,
    jsonld: list[dict],
    meta: dict[str, list[str]],
    h1: Tag | None,
    outlet: str | None,
    url: str | None,
    rules: _Rules,
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
    sites = _site_names(outlet, url)
    cleaned = [strip_site_name(_squash(html_lib.unescape(c)), sites, rules) for c in candidates]
    # A title that is only the site's name is a template default, not this article's headline.
    cleaned = [c for c in cleaned if c and not _names_site(c, sites, exact=True)]
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


def _is_head_of(head: str, title: str, rules: _Rules) -> bool:
    """Whether ``title`` is ``head`` followed by a separator and more."""
    return title.startswith(head) and rules.separators.match(title, len(head)) is not None


# -- the main text


_BLOCK_TAGS = {"p", "head", "item", "quote", "code"}


def body_paragraphs(soup: BeautifulSoup, rules: _Rules, title: str | None = None) -> list[str]:
    """The paragraphs of the main text: trafilatura's, else the body container's; not the
    headline."""
    paragraphs = _trafilatura_paragraphs(str(soup))
    if not paragraphs:
        log.debug("trafilatura found no main text; reading the body container")
        paragraphs = _container_paragraphs(soup, rules)
    if title:
        # trafilatura sometimes keeps the headline; it is the article's first line already.
        paragraphs = [paragraph for paragraph in paragraphs if _key(paragraph) != _key(title)]
    return paragraphs


def _trafilatura_paragraphs(markup: str) -> list[str]:
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)
    return list(_xml_blocks(body)) if body is not None else []


def _xml_blocks(container) -> Iterator[str]:
    """Paragraph texts of the elements in trafilatura's output: a list is one paragraph of items,
    a table one paragraph of rows with cells joined by `` | ``, two line breaks in a row end a
    paragraph (``<br><br>`` bodies); text between elements (a tail) is a paragraph of its own."""
    yield from _paragraphs_of(container.text or "")
    for child in container:
        if child.tag in ("quote", "div") and any(c.tag in _BLOCK_TAGS | {"list", "table"} for c in child):
            yield from _xml_blocks(child)
        elif child.tag == "list":
            items = [_squash(_xml_text(item)) for item in child.findall("item")]
            yield from _paragraphs_of("\n".join(items))
        elif child.tag == "table":
            yield from _paragraphs_of("\n".join(_table_rows(child)))
        else:
            yield from _paragraphs_of(_xml_text(child))
        yield from _paragraphs_of(child.tail or "")


def _table_rows(table) -> Iterator[str]:
    for row in table.iter("row"):
        cells = [cell for cell in (_squash(_xml_text(cell)) for cell in row.findall("cell")) if cell]
        if cells:
            yield " | ".join(cells)


def _xml_text(element) -> str:
    """The text of an element with ``<lb/>`` as a line break."""
    for lb in element.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    return "".join(element.itertext())


def _paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a text whose blank lines separate paragraphs; spaces collapsed."""
    paragraphs = (_squash_lines(block) for block in re.split(r"\n[ \t\u00a0]*\n", text))
    return [paragraph for paragraph in paragraphs if paragraph]


def _container_paragraphs(soup: BeautifulSoup, rules: _Rules) -> list[str]:
    """The lines of the first article-body container with text, one paragraph each."""
    for container in rules.body.select(soup):
        lines = [line for line in _block_text(container).split("\n") if len(line.split()) >= 3]
        if lines:
            return lines
    return []


_BLOCK_ELEMENTS = frozenset(
    {"p", "div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "blockquote", "figure"}
    | {"dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"}
)
"""Elements that start a new line of visible text."""


_END_OF_BLOCK = object()


def _block_text(element: Tag) -> str:
    """The visible text of ``element``, one line per block (a ``<br>`` breaks a line too).
    Walked with a stack, not recursion: broken pages can nest deeper than Python recurses."""
    parts: list[str] = []
    stack: list = list(reversed(element.contents))
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCK_ELEMENTS:
                parts.append("\n")
                stack.append(_END_OF_BLOCK)
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not comments, doctypes or script text
            parts.append(str(node))
    return _squash_lines("".join(parts))


def visible_lines(soup: BeautifulSoup) -> list[str]:
    """The page's visible text (chrome already cut), one line per block."""
    root = soup.body or soup
    return [line for line in _block_text(root).split("\n") if line]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _squash_lines(text: str) -> str:
    """Spaces collapsed within lines, blank lines dropped."""
    lines = (re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _line_index(lines: list[str], title: str | None, h1: Tag | None) -> int | None:
    """Where the headline stands among the visible lines."""
    keys = {_key(t) for t in (title, h1.get_text(" ", strip=True) if h1 else None) if t}
    for index, line in enumerate(lines):
        if _key(line) in keys:
            return index
    return None


def _near_headline(lines: list[str], start: int | None, paragraphs: list[str]) -> list[str]:
    """The lines just below the headline, down to the lead paragraph: where the printed dateline
    stands. Without a headline line, the few lines above the lead paragraph and the lead itself."""
    lead = _key(paragraphs[0])[:60]
    lead_index = next((i for i, line in enumerate(lines) if lead and _key(line).startswith(lead)), None)
    if start is not None:
        end = start + 1 + _HEADER_LINES
        if lead_index is not None and lead_index > start:
            end = min(end, lead_index + 1)
        return lines[start + 1 : end]
    if lead_index is not None:
        return lines[max(0, lead_index - 5) : lead_index + 1]
    return paragraphs[:1]


_HEADER_BLOCK_CHARS = 600
"""A headline's parent with less text than this is the article's header block (title, date,
byline), not a wrapper of the whole page with its top bar."""


def _above_headline(h1: Tag | None) -> list[str]:
    """The lines above the headline inside its own header block: some sites print the date
    there. Empty when the headline's parent is the page or the whole article."""
    if h1 is None or h1.parent is None or h1.parent.name in ("body", "html", "article", "main"):
        return []
    if len(h1.parent.get_text(" ", strip=True)) > _HEADER_BLOCK_CHARS:
        return []
    before = reversed([sibling for sibling in h1.find_previous_siblings() if isinstance(sibling, Tag)])
    return [line for sibling in before for line in _block_text(sibling).split("\n") if line]


# -- publication date


def published_of(
    jsonld: list[dict],
    meta: dict[str, list[str]],
    soup: BeautifulSoup,
    h1: Tag | None,
    near_top: Iterable[list[str]],
    urls: Iterable[str | None],
    rules: _Rules,
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
        *(value for obj in jsonld for value in _as_list(obj.get("datePublished"))),
        *_meta_field(meta, "published", rules),
        *_microdata_dates(soup),
        *_time_elements(soup, h1),
    )
    for value in structured:
        found = date_from_value(value)
        if found:
            return found, "meta"
    for lines in near_top:
        found = _plausible(dates.published_from_text("\n".join(lines))) if lines else None
        if found:
            return found, "text"
    for url in urls:
        found = _plausible(dates.published_from_url(url))
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
        t for t in times if t.has_attr("pubdate") or "publish" in " ".join(_as_list(t.get("class"))).lower()
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
        return _plausible((datetime.fromtimestamp(seconds, timezone.utc) + NEWSROOM_UTC_OFFSET).date())
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
        return _plausible(found.date())
    return _plausible(dates.published_from_text(value)) or _plausible(_parsed_date(value))


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


def _plausible(found: date | None) -> date | None:
    """``found`` unless it is before the web news era or in the future (a template placeholder)."""
    if found is None or found.year < 1995 or found > date.today() + timedelta(days=2):
        return None
    return found


# -- author


def author_of(
    jsonld: list[dict],
    meta: dict[str, list[str]],
    soup: BeautifulSoup,
    lines: list[str],
    start: int | None,
    outlet: str | None,
    url: str | None,
    rules: _Rules,
) -> str | None:
    """Who wrote the article: JSON-LD ``author``, meta tags, a labelled byline (``Pewarta:``,
    ``Penulis:``; never ``Editor:``), a byline element. Never the outlet or a newsroom account."""
    sites = _site_names(outlet, url)
    for names in (_jsonld_authors(jsonld, rules), list(_meta_field(meta, "author", rules))):
        # "Sitti Aminah - detikSulsel": the name before the outlet it is paired with.
        names = [_SEPARATED.split(name)[0] for name in names]
        accepted = [name for name in (_person_name(n, sites, rules) for n in names) if name]
        if accepted:
            return ", ".join(dict.fromkeys(accepted))
    ordered = lines[start:] + lines[:start] if start is not None else lines
    for line in ordered:
        name = _byline_author(line, sites, rules)
        if name:
            return name
    for element in rules.author_selectors.select(soup):
        name = _person_name(_first_segment(element.get_text(" ", strip=True)), sites, rules)
        if name:
            return name
    return None


def _jsonld_authors(jsonld: list[dict], rules: _Rules) -> list[str]:
    """Author names of the first JSON-LD article with authors; ``@id`` references resolved,
    organisations skipped."""
    by_id = {obj["@id"]: obj for obj in jsonld if isinstance(obj.get("@id"), str)}
    for obj in jsonld:
        if not _types(obj) & rules.article_types:
            continue
        names = []
        for author in _as_list(obj.get("author")):
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


_SEPARATED = re.compile(r"\s+[-–—|]\s+")
_NAME_CUT = re.compile(r"\s+[-–—]\s+|[|/•·,;(\[]|\d")


def _first_segment(text: str) -> str:
    """Text up to the first separator, bracket or digit: "Nurul — Kaltim Today 01 Des" → "Nurul"."""
    return _NAME_CUT.split(text, maxsplit=1)[0].strip(" :.-–—")


def _person_name(name: str | None, sites: set[str], rules: _Rules) -> str | None:
    """``name`` when it reads as a person's name: 1 to 6 words, the first and last capitalised
    (so "Oleh karena itu" is no byline), no digits, no URL, not the outlet, not a newsroom account.

    >>> rules = _rules()
    >>> _person_name("M Jaini Rasyid", set(), rules), _person_name("karena itu", set(), rules)
    ('M Jaini Rasyid', None)
    """
    if not name:
        return None
    name = _squash(html_lib.unescape(name)).strip(" :.-–—")
    if not name or "://" in name or "@" in name or re.search(r"\d", name):
        return None
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if rules.not_authors.fullmatch(name) or _names_site(name, sites):
        return None
    return name


def _byline_author(line: str, sites: set[str], rules: _Rules) -> str | None:
    """The author a byline line names after an author label (``Pewarta: Ahmad``); the value of
    one label ends where the next begins (``Penulis: A | Editor: B``)."""
    if len(line) > 160:
        return None
    labels = sorted(
        ((m.start(), m.end(), label.role) for label in rules.bylines for m in label.pattern.finditer(line)),
    )
    for index, (_, end, role) in enumerate(labels):
        if role != "author":
            continue
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(line)
        name = _person_name(_first_segment(line[end:stop]), sites, rules)
        if name:
            return name
    return None


# -- URLs


class Fetcher:
    """URLs into articles, politely (see ``fetch.Client``): one article per URL, or with
    ``settings.follow``, the articles a listing page links to, up to ``settings.max_pages``.

    The HTTP client is made on first use, so a run over files alone opens no cache.
    """

    def __init__(self, settings: Settings | None = None, client: fetch.Client | None = None):
        self.settings = settings or Settings()
        self._client = client

    @property
    def client(self) -> fetch.Client:
        if self._client is None:
            self._client = fetch.Client(self.settings)
        return self._client

    def articles(self, url: str) -> Iterator[Article | SourceError]:
        """The article at ``url`` (or the articles it lists); every failure a ``SourceError``."""
        try:
            if self.settings.follow:
                yield from self._listed_articles(url, self.settings.follow)
            else:
                yield self.article(url)
        except Exception as err:  # one bad page must not end the batch
            log.debug("%s: unexpected error", url, exc_info=True)
            yield SourceError(url, f"unexpected error: {type(err).__name__}: {err}")

    def article(self, url: str) -> Article | SourceError:
        """The article of one page; its id is ``url`` as given."""
        try:
            page = self.client.get(url)
        except fetch.FetchError as err:
            return SourceError(url, str(err))
        return article_from_html(
            page.content,
            source_id=url,
            url=page.url,
            charset=page.charset,
            data=self.settings.language,
        )

    def _listed_articles(self, url: str, follow: str) -> Iterator[Article | SourceError]:
        try:
            pattern = re.compile(follow)
        except re.error as err:
            yield SourceError(url, f"bad follow pattern {follow!r}: {err}")
            return
        try:
            page = self.client.get(url, max_age=LISTING_MAX_AGE)
        except fetch.FetchError as err:
            yield SourceError(url, str(err))
            return
        links = links_matching(page.content, page.url, pattern, page.charset)
        links = [link for link in links if link not in (url, page.url)][: self.settings.max_pages]
        if not links:
            yield SourceError(url, f"no links matching {follow!r}")
            return
        log.info("%s: following %d link(s)", url, len(links))
        for link in links:
            yield self.article(link)


def links_matching(raw: bytes, base_url: str, pattern: re.Pattern, charset: str | None = None) -> list[str]:
    """The absolute http(s) links of a page whose URL matches ``pattern``, without fragments,
    de-duplicated, in page order."""
    soup = BeautifulSoup(decode_html(raw, charset), "lxml")
    base = soup.find("base", href=True)
    base_url = urljoin(base_url, base["href"]) if base else base_url
    return list(dict.fromkeys(_matching(_absolute_links(soup, base_url), pattern)))


def _absolute_links(soup: BeautifulSoup, base_url: str) -> Iterator[str]:
    for anchor in soup.find_all("a", href=True):
        link = urldefrag(urljoin(base_url, anchor["href"].strip())).url
        if link.startswith(("http://", "https://")):
            yield link


def _matching(links: Iterable[str], pattern: re.Pattern) -> Iterator[str]:
    return (link for link in links if pattern.search(link))


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]
