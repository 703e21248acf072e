"""Regions: every province, regency and city of Indonesia, recognised and attributed.

The gazetteer (``patterns/regions.csv``, the official Kemendagri list, plus
``patterns/region_aliases.csv``) becomes a case-insensitive PhraseMatcher. The spaCy component
``regions`` puts every mention in ``doc.spans["regions"]``, each with its resolved ``Region`` on
``span._.region`` and how it was named on ``span._.mention`` (``explicit``: Kabupaten X;
``actor``: Pemkab X, Bupati X; ``alias``; ``bare``; ``office``: a BPJS branch, not a region).
``doc._.main_region`` is the region the article is about. ``regions_for`` attributes a figure.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import patterns

log = logging.getLogger(__name__)

SPAN_KEY = "regions"
LEVEL_PREFIX = {"province": "Provinsi ", "regency": "Kabupaten ", "city": "Kota "}


@dataclass(frozen=True)
class Region:
    """One administrative region, named as the official list names it."""

    code: str | None
    name: str
    level: str
    province_code: str | None = None


NATIONAL = Region(None, "Indonesia", "national", None)


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Region]
    forms: dict[str, tuple[str, ...]]
    """Lower-cased surface form → codes it may name (several for a bare shared name)."""
    explicit_forms: frozenset[str]
    actors: dict[str, str]
    offices: tuple[str, ...]


def bare_name(name: str) -> str:
    """The name without its level word.

    >>> bare_name("Kabupaten Kutai Kartanegara"), bare_name("Kota Administrasi Jakarta Selatan")
    ('Kutai Kartanegara', 'Jakarta Selatan')
    """
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", *LEVEL_PREFIX.values()):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


@lru_cache(maxsize=8)
def gazetteer(patterns_dir: str | None = None) -> Gazetteer:
    """The region list with every surface form that names each region."""
    by_code: dict[str, Region] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    explicit: set[str] = set()
    for row in patterns.table(patterns_dir, "regions.csv"):
        region = Region(row["code"], row["name"], row["level"], row["province_code"])
        by_code[region.code] = region
        for form in {row["name"], LEVEL_PREFIX[region.level] + bare_name(row["name"])}:
            forms[form.lower()].add(region.code)
            explicit.add(form.lower())
        forms[bare_name(row["name"]).lower()].add(region.code)
    for row in patterns.table(patterns_dir, "region_aliases.csv"):
        if row["code"] not in by_code:
            raise patterns.PatternsError(f"region_aliases.csv: unknown code {row['code']}")
        forms[row["alias"].lower()].add(row["code"])
    actors = {
        row["phrase"].lower(): row["level"] for row in patterns.table(patterns_dir, "region_actors.csv")
    }
    offices = tuple(line.lower() for line in patterns.lines(patterns_dir, "region_offices.csv")[1:])
    return Gazetteer(
        by_code, {f: tuple(sorted(c)) for f, c in forms.items()}, frozenset(explicit), actors, offices
    )


for _name in ("region", "mention"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("main_region"):
    Doc.set_extension("main_region", default=None)


@Language.factory("regions", default_config={"patterns_dir": None})
def make_regions(nlp: Language, name: str, patterns_dir: str | None) -> RegionMarker:
    return RegionMarker(nlp, patterns_dir)


class RegionMarker:
    """spaCy component: region mentions into ``doc.spans["regions"]``, and the main region."""

    def __init__(self, nlp: Language, patterns_dir: str | None = None):
        self.gazetteer = gazetteer(patterns_dir)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form in self.gazetteer.forms:
            self.matcher.add(form, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        matches = [Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)]
        spans = []
        for span in filter_spans(matches):
            mention, level = self._mention_kind(doc, span)
            codes = self.gazetteer.forms[span.label_.lower()]
            candidates = [self.gazetteer.by_code[c] for c in codes]
            if level:
                candidates = [r for r in candidates if r.level == level] or candidates
            span._.mention = mention
            span._.region = candidates[0] if len(candidates) == 1 else None
            spans.append((span, candidates))
        self._resolve_ambiguous(spans)
        doc.spans[SPAN_KEY] = [span for span, _ in spans if span._.region is not None]
        doc._.main_region = main_region(doc)
        return doc

    def _mention_kind(self, doc: Doc, span: Span) -> tuple[str, str | None]:
        """How the mention names its region, and the level the naming implies."""
        form = span.text.lower()
        if form in self.gazetteer.explicit_forms:
            level = next(
                (lvl for word, lvl in self.gazetteer.actors.items() if form.startswith(word + " ")), None
            )
            return "explicit", level
        before = doc[max(0, span.start - 3) : span.start].text.lower()
        before = before.replace("(", " ").strip()
        for phrase in self.gazetteer.offices:
            if before.endswith(phrase):
                return "office", None
        for phrase, level in sorted(self.gazetteer.actors.items(), key=lambda a: -len(a[0])):
            if before.endswith(phrase):
                return "actor", level
        return (
            "alias"
            if form not in {bare_name(r.name).lower() for r in self.gazetteer.by_code.values()}
            else "bare"
        ), None

    @staticmethod
    def _resolve_ambiguous(spans: list[tuple[Span, list[Region]]]) -> None:
        """A bare shared name takes the region an unambiguous mention in the article names."""
        known = Counter(span._.region for span, _ in spans if span._.region is not None)
        for span, candidates in spans:
            if span._.region is None:
                named = [r for r in candidates if known[r]]
                by_preference = sorted(
                    named or candidates,
                    key=lambda r: (-known[r], ("regency", "province", "city").index(r.level)),
                )
                span._.region = by_preference[0]


def main_region(doc: Doc) -> Region | None:
    """The region the article is about: the most named one, the title and lead counting most."""
    lead_end = _lead_end(doc)
    scores: Counter[Region] = Counter()
    for span in doc.spans.get(SPAN_KEY, []):
        if span._.mention == "office":
            continue
        weight = 3 if span.start_char < lead_end else 1
        if span._.mention in ("actor", "explicit"):
            weight += 1
        scores[span._.region] += weight
    return scores.most_common(1)[0][0] if scores else None


def _lead_end(doc: Doc) -> int:
    """Character offset where the lead (title and first paragraph of body text) ends."""
    paragraphs = doc.text.split("\n\n")
    seen, long_paragraphs = 0, 0
    for paragraph in paragraphs:
        seen += len(paragraph) + 2
        if len(paragraph.split()) > 25:
            long_paragraphs += 1
            if long_paragraphs == 1:
                return seen
    return seen


def regions_for(span: Span) -> list[Region]:
    """The region(s) a figure belongs to: the one its sentence names, else the article's.

    An empty list means the figure is tied to no single region (an office, or none known).
    """
    doc = span.doc
    sentence = span.sent
    mentions = [m for m in doc.spans.get(SPAN_KEY, []) if sentence.start <= m.start < sentence.end]
    regions = [m for m in mentions if m._.mention != "office"]
    before = [m for m in regions if m.end <= span.start]
    if before:
        return [before[-1]._.region]
    if regions:
        return [regions[0]._.region]
    if doc._.main_region is not None:
        return [doc._.main_region]
    return []
