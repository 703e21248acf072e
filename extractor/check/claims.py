"""Claims: a journalist's sentence read as the fact it claims.

A claim ("Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan") goes through the
same spaCy pipeline as an article, with no publication date, and becomes the claim's fact:
region, year, metric, value and qualifier. ``--year`` fills a year the claim does not give; what
cannot be found is named in ``missing``.

A claim that names its region by a bare name several regions share ("Semarang") is checked
against all of them (``region_alternatives``); "Kota Semarang" or "Pemkab Semarang" names that
region only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import raise_error

from .. import dates, language, numbers, regions
from ..counted import counted_kind
from ..facts import plain_number
from ..gazetteer import NATIONAL, Region, bare_name
from ..language import LanguageData
from ..records import METRIC_UNITS

MISSING_MESSAGES = {
    "figure": "no figure in the claim",
    "region": "no region named",
    "year": "no year: add one or use --year",
    "metric": "no metric: the claim does not say what the figure counts",
}


@dataclass
class ParsedClaim:
    """The claim's fact as the pipeline read it; a field it could not find is None and named in
    ``missing``."""

    quote: str
    value: float | int
    value_max: float | int | None
    qualifier: str
    unit: str | None
    start: int
    end: int
    region: str | None = None
    region_level: str | None = None
    region_code: str | None = None
    year: int | None = None
    metric: str | None = None
    program: str | None = None
    detail: str | None = None
    year_from: str | None = None
    """``claim`` when the claim names the year, ``option`` when ``--year`` gave it."""
    region_from: str | None = None
    """``option`` when ``--region`` gave the region the claim does not name."""
    region_alternatives: list[str] = field(default_factory=list)
    """Other regions the claim's bare name may mean (Kota Semarang for a bare "Semarang")."""
    missing: list[str] = field(default_factory=list)

    def regions(self) -> list[str]:
        """The regions whose facts can check the claim."""
        return [self.region, *self.region_alternatives] if self.region else []

    def record(self) -> dict:
        return {
            "value": self.value,
            "value_max": self.value_max,
            "qualifier": self.qualifier,
            "quote": self.quote,
        }


def parse_claim(
    claim: str, nlp: Language, year: int | None = None, region: Region | None = None
) -> tuple[ParsedClaim | None, str | None]:
    """The claim's fact and, when the pipeline made none of it, the pipeline's reason. The claim
    runs through the pipeline as a one-sentence article with no publication date; ``year`` and
    ``region`` fill what the claim does not say (``--year``, ``--region``).

    The first figure the pipeline makes a fact of is the claim's. When it makes none, the first
    figure is still read: its region and year from the same components, and, when only a region
    is wanting, its metric from the pipeline's decision; what cannot be found is named in
    ``missing``. ``(None, reason)`` when there is no figure of coverage.
    """
    text = claim.strip()
    # The facts stage drops a figure at the very end of a text as cut off.
    if not text.endswith((".", "!", "?")):
        text += "."
    doc = _read(text, nlp)
    reason = None
    if doc._.facts:
        parsed = _parsed_from_fact(_claimed_fact(doc._.facts))
    else:
        spans = list(doc.spans.get(numbers.SPAN_KEY, []))
        if not spans:
            return None, MISSING_MESSAGES["figure"]
        quantity = spans[0]._.quantity
        reason = next((d.reason for d in doc._.decisions or [] if d.start == quantity.start), None)
        kind, why = counted_kind(spans[0])
        if kind == "reject" or (kind is None and quantity.in_words):
            what = f"counts something else ({why})" if why else "counts nothing of coverage"
            return None, f"no figure of coverage in the claim: {quantity.text!r} {what}"
        parsed = _parsed_from_span(spans[0])
    if parsed.region is None and _NATIONAL.search(text):
        # A claim about the whole country names no region of the gazetteer.
        national = NATIONAL
        parsed.region, parsed.region_level, parsed.region_code = national.name, national.level, national.code
        parsed.missing.remove("region")
    if parsed.region is None and region is not None:
        parsed.region, parsed.region_level, parsed.region_code = region.name, region.level, region.code
        parsed.region_from = "option"
        parsed.missing.remove("region")
    elif parsed.region is not None:
        parsed.region_alternatives = _region_alternatives(doc, parsed.region)
    if parsed.year is None:
        if year is not None:
            parsed.year, parsed.year_from = year, "option"
        else:
            parsed.missing.append("year")
    return parsed, reason


def _claimed_fact(found: list) -> object:
    """The fact a claim is about: its first, passing over a bare year read as a count ("Pada
    2025 peserta ...") when the claim holds another figure."""
    figures = [fact for fact in found if not _YEAR.fullmatch(fact.quote.strip())]
    return (figures or found)[0]


_YEAR = re.compile(r"(?:19|20)\d\d")


def _read(text: str, nlp: Language):
    """The claim's Doc: the article pipeline over a text with no publication date."""
    doc = nlp.make_doc(text)
    doc._.article_id = "claim"
    doc._.published = None
    # A claim is about the programme whether or not it names it ("Kukar menambah 13.289 peserta").
    doc._.assume_topic = True
    # pipeline.annotate installs a handler that collects errors for its own outcomes; here a
    # failing component must raise, so that the caller reports the claim.
    nlp.set_error_handler(raise_error)
    return nlp(doc)


_NATIONAL = re.compile(r"\b(?:indonesia|nasional)\b", re.IGNORECASE)


def _parsed_from_fact(fact) -> ParsedClaim:
    return ParsedClaim(
        quote=fact.quote,
        value=fact.value,
        value_max=fact.value_max,
        qualifier=fact.qualifier,
        unit=fact.unit,
        start=fact.start,
        end=fact.end,
        region=fact.region,
        region_level=fact.region_level,
        region_code=fact.region_code,
        year=fact.year,
        metric=fact.metric,
        program=fact.program,
        detail=fact.detail,
        year_from="claim" if fact.year is not None else None,
    )


def _parsed_from_span(span: Span) -> ParsedClaim:
    """What can be read of a figure the pipeline made no fact of."""
    quantity: numbers.Quantity = span._.quantity
    found = regions.regions_for(span)
    region = found[0] if found else None
    time = dates.time_for(span)
    parsed = ParsedClaim(
        quote=quantity.text,
        value=plain_number(quantity.value),
        value_max=plain_number(quantity.value_max),
        qualifier=quantity.qualifier,
        unit=quantity.unit,
        start=quantity.start,
        end=quantity.end,
        region=region.name if region else None,
        region_level=region.level if region else None,
        region_code=region.code if region else None,
        year=time.year,
        year_from="claim" if time.year is not None else None,
    )
    if region is None:
        # The pipeline makes no fact without a region, but its decision says what the figure counts.
        decision = next((d for d in span.doc._.decisions or [] if d.start == quantity.start), None)
        if decision is not None and decision.metric is not None:
            parsed.metric, parsed.unit = decision.metric, METRIC_UNITS[decision.metric]
            parsed.program, parsed.detail = decision.program, decision.detail
    parsed.missing = [
        name for name, value in (("region", region), ("metric", parsed.metric)) if value is None
    ]
    return parsed


def _region_alternatives(doc, region: str) -> list[str]:
    """The other regions a claim may mean when it names its region only by a bare name that
    several regions share ("Semarang"); none when it says Kota, Kabupaten, Pemkab, Wali Kota."""
    mentions = [
        m
        for m in doc.spans.get(regions.SPAN_KEY, [])
        if getattr(m._.region, "name", None) == region and m._.mention != "office"
    ]
    if not mentions or any(m._.mention not in ("bare", "alias") for m in mentions):
        return []
    index = _regions_by_bare_name(language.of(doc))
    names = {name for m in mentions for name in index.get(m.text.lower(), ())}
    return sorted(names - {region}) if region in names else []


def _regions_by_bare_name(data: LanguageData | None = None) -> dict[str, tuple[str, ...]]:
    """Lower-cased bare name → the official names of every region called so (Kota and
    Kabupaten Semarang), from the official region list."""
    return (data or LanguageData.load()).derived("check.regions_by_bare_name", _build_regions_by_bare_name)


def _build_regions_by_bare_name(data: LanguageData) -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for row in data.table("regions.csv"):
        index.setdefault(bare_name(row["name"]).lower(), set()).add(row["name"])
    return {bare: tuple(sorted(names)) for bare, names in index.items()}


def namesakes(region: str | None, data: LanguageData | None = None) -> list[str]:
    """Other regions of the same name (Kota Semarang for Kabupaten Semarang).

    >>> namesakes("Kabupaten Semarang")
    ['Kota Semarang']
    """
    names = _regions_by_bare_name(data).get(bare_name(region or "").lower(), ())
    return [name for name in names if name != region]
