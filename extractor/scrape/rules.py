"""Rules: the scraping rules of ``patterns/scrape/``, compiled once per language data."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import soupsieve
from bs4 import Tag

from ..language import LanguageData, PatternsError


@dataclass(frozen=True)
class BylineLabel:
    pattern: re.Pattern
    role: str


@dataclass(frozen=True)
class Selectors:
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
    def compile(cls, selectors: Iterable[str], name: str) -> Selectors:
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
class Rules:
    remove_tags: tuple[str, ...]
    """Selectors of remove.txt that are bare tag names: found far faster with ``find_all``."""
    remove: Selectors
    body: Selectors
    meta: dict[str, tuple[str, ...]]
    article_types: frozenset[str]
    separators: re.Pattern
    bylines: tuple[BylineLabel, ...]
    not_authors: re.Pattern
    title_class: re.Pattern
    logo_class: re.Pattern


def rules_of(data: LanguageData | None = None) -> Rules:
    """The scraping rules of ``data`` (the bundled data when ``None``), compiled once."""
    return (data or LanguageData.load()).derived("scrape.rules", _build_rules)


def _build_rules(data: LanguageData) -> Rules:
    meta: dict[str, list[str]] = {}
    for row in data.table("scrape/meta.csv"):
        meta.setdefault(row["field"], []).append(row["name"].lower())
    separators = data.lines("scrape/title_separators.txt")
    bylines = tuple(
        BylineLabel(re.compile(record["label"], re.IGNORECASE), record["role"])
        for record in data.jsonl("scrape/bylines.jsonl")
    )
    not_authors = "|".join(f"(?:{line})" for line in data.lines("scrape/not_authors.txt"))
    remove = data.lines("scrape/remove.txt")
    classes: dict[str, list[str]] = {"title": [], "logo": []}
    for row in data.table("scrape/headline_classes.csv"):
        classes[row["kind"]].append(re.escape(row["word"]))
    tags = tuple(selector for selector in remove if re.fullmatch(r"[a-z][a-z0-9]*", selector))
    return Rules(
        remove_tags=tags,
        remove=Selectors.compile((s for s in remove if s not in tags), "remove.txt"),
        body=Selectors.compile(data.lines("scrape/body.txt"), "body.txt"),
        meta={field: tuple(names) for field, names in meta.items()},
        article_types=frozenset(t.lower() for t in data.lines("scrape/jsonld_types.txt")),
        separators=re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in separators) + r")\s+"),
        bylines=bylines,
        not_authors=re.compile(not_authors, re.IGNORECASE),
        title_class=re.compile("|".join(classes["title"]), re.IGNORECASE),
        logo_class=re.compile("|".join(classes["logo"]), re.IGNORECASE),
    )
