"""Check: a claimed figure checked against the stored facts, and the stored sources that disagree.

A journalist's claim ("Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan") goes
through the same spaCy pipeline as an article, with no publication date, and becomes the claim's
fact: region, year, metric, value and qualifier. ``--year`` fills a year the claim does not give.
The stored facts for the same region, year and metric then decide the verdict:

``supported``
    at least one stored figure agrees with the claim (see rounding, below);
``contradicted``
    stored figures exist and none agrees; they are the evidence;
``not_found``
    nothing stored for that region, year and metric; ``nearby`` says what is known: the same
    figure in other years, related metrics (participants / participants_new / participants_target,
    coverage rate / target, the money metrics), the region of the same name (Kota vs Kabupaten);
``incomplete``
    the claim has a figure but lacks a region, a year or a metric (``error`` says which, e.g.
    "no year: add one or use --year"); ``nearby`` lists stored figures that fit what it does say;
``no_figure``
    the claim holds no figure of coverage at all;
``error``
    the pipeline failed on the claim (``error`` says how); the other claims are still checked.

Conflicting sources. Besides the verdict, ``conflicting`` is true when the stored facts for the
claim's region, year and metric disagree among themselves: two figures from different articles
that do not agree beyond rounding. A claim can thus be ``supported`` by one source and still be
flagged, because another source says otherwise; the human output adds a note. ``find_conflicts``
lists every such region, year and metric in the database.

Rounding. A figure as written stands for an interval of true values (``bounds``): ``13 ribu`` is
12.500–13.500, ``13,3 ribu`` 13.250–13.350, ``36 persen`` 35,5–36,5, ``13.289`` itself. The
rounding step is read from how the figure is written (``rounding_step``): the last written digit,
times its scale word; trailing zeros of a whole number count as rounding down to two significant
digits (``13.000`` is like ``13 ribu``, ``10.000`` is 9.500–10.500, not 5.000–15.000), never in
a percentage (``40 persen`` is 39,5–40,5). Qualifiers widen the interval the way they read:
``sekitar`` ± the step or 5 %, ``hampir`` up to 10 % below, ``lebih dari`` / ``sedikitnya`` up
to 25 % above, ``kurang dari`` up to 25 % below; ``hingga`` (a ceiling, kept only for money) is
the figure itself. A stored range is the interval between its ends. Two figures agree when their
intervals overlap (``agrees``): for an exact stored figure this is "the stored value rounds to
the claim at the claim's precision", and it is symmetric, so the same test finds conflicts.

What counts as the same figure. The ``detail`` of a fact is read as a group
(``patterns/check/groups.csv``): a worker group (nelayan), a kind of benefit (santunan kematian and
santunan JKM are both a death benefit; beasiswa is a scholarship), or none (pekerja rentan, the
usual total). A claim is held against every stored fact of its region, year and metric except one
for another programme (JKK vs JKM) or another group when both name one; a claim about "nelayan"
is held against a total, as the only figure there is. Conflicts are stricter: the same programme
and the same group, so a subgroup ("500 nelayan") is never set against a total.

A claim that names its region by a bare name several regions share ("Semarang") is checked
against all of them, with a note; "Kota Semarang" or "Pemkab Semarang" is checked against that
region only, and its namesake shows up as nearby.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import raise_error

from . import dates, language, numbers, output, pipeline, regions
from . import facts as facts_module
from .language import LanguageData
from .records import METRIC_UNITS
from .store import Store, StoreError

log = logging.getLogger(__name__)

VERDICTS = ("supported", "contradicted", "not_found", "incomplete", "no_figure", "error")

# How far each qualifier lets the true value lie from the written figure, as a share of the
# figure, below and above it. The rounding step always applies on top (see ``bounds``).
QUALIFIER_MARGINS: dict[str, tuple[Decimal, Decimal]] = {
    "exact": (Decimal(0), Decimal(0)),
    "up_to": (Decimal(0), Decimal(0)),
    "approx": (Decimal("0.05"), Decimal("0.05")),
    "almost": (Decimal("0.10"), Decimal(0)),
    "more_than": (Decimal(0), Decimal("0.25")),
    "at_least": (Decimal(0), Decimal("0.25")),
    "less_than": (Decimal("0.25"), Decimal(0)),
}

# Metrics a claim's wording may blur into one another: evidence from them is shown as nearby.
RELATED_METRICS: dict[str, tuple[str, ...]] = {
    "participants": ("participants_new", "participants_target"),
    "participants_new": ("participants", "participants_target"),
    "participants_target": ("participants", "participants_new"),
    "coverage_pct": ("coverage_target_pct",),
    "coverage_target_pct": ("coverage_pct",),
    "workforce": ("population", "uncovered"),
    "population": ("workforce",),
    "uncovered": ("workforce",),
    "claims_count": (),
    "claims_paid": ("benefit_amount", "budget", "contribution"),
    "benefit_amount": ("claims_paid", "contribution"),
    "contribution": ("budget", "benefit_amount", "claims_paid"),
    "budget": ("contribution", "claims_paid"),
}
NEARBY_LIMIT = 8

MISSING_MESSAGES = {
    "figure": "no figure in the claim",
    "region": "no region named",
    "year": "no year: add one or use --year",
    "metric": "no metric: the claim does not say what the figure counts",
}


class CheckError(Exception):
    """The check cannot run at all (no database)."""


# --- Rounding: pure functions --------------------------------------------------------------


_WRITTEN_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_WORD = re.compile(r"\s?([^\W\d_]+)")


def _scale_words(data: LanguageData | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Scale word → exponent: words that scale any figure, and those only after Rp/IDR."""
    return (data or LanguageData.load()).derived("check.scale_words", _build_scale_words)


def _build_scale_words(data: LanguageData) -> tuple[dict[str, int], dict[str, int]]:
    anywhere, money_only = {}, {}
    for row in data.table("numbers/scales.csv"):
        (money_only if row["after_currency_only"] else anywhere)[row["word"].lower()] = int(row["exponent"])
    return anywhere, money_only


def rounding_step(quote: str, data: LanguageData | None = None) -> Decimal:
    """The rounding step of a figure as written: what its last written digit is worth.

    >>> [str(rounding_step(q)) for q in ("13.289", "13 ribu", "13,3 ribu", "14rb", "13.000")]
    ['1', '1000', '100', '1000', '1000']
    >>> [str(rounding_step(q)) for q in ("10.000", "300.000", "200", "40", "1,5 juta", "1,48 Juta")]
    ['1000', '10000', '10', '1', '100000', '10000']
    >>> [str(rounding_step(q)) for q in ("36 persen", "36,4 persen", "40 %", "20 sampai 25 persen")]
    ['1', '0.1', '1', '1']
    >>> money = ("Rp 42 juta", "Rp42.000.000", "Rp 5 M", "Rp 16.800,00", "44.259 ribu")
    >>> [str(rounding_step(q)) for q in money]
    ['1000000', '1000000', '1000000000', '100', '1']
    >>> [str(rounding_step(q)) for q in ("Dua Belas Ribu", "tiga", "400–500 ribu")]
    ['1000', '1', '10000']
    """
    anywhere, money_only = _scale_words(data)
    money = re.search(r"\b(?:rp|idr)", quote, re.IGNORECASE) is not None
    scales = {**anywhere, **money_only} if money else anywhere
    found = list(_WRITTEN_NUMBER.finditer(quote))
    if not found:
        # Spelled out: "dua belas ribu" is rounded to its last scale word.
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", quote)]
        exponents = [anywhere[w] for w in words if w in anywhere]
        return Decimal(10) ** (exponents[-1] if exponents else 0)
    # The last number carries the scale of a range ("400–500 ribu").
    match = found[-1]
    digits, decimals = match.group(1), match.group(2) or ""
    word = _WORD.match(quote, match.end())
    exponent = scales.get(word.group(1).lower(), 0) if word else 0
    if "." in digits and not decimals:
        exponent = 0  # a scale word after fully grouped digits repeats them (44.259 ribu)
    if money and set(decimals) == {"0"}:
        decimals = ""  # Rp 16.800,00: the cents of a whole amount are no precision
    if decimals:
        return Decimal(10) ** (exponent - len(decimals))
    whole = digits.replace(".", "").lstrip("0") or "0"
    zeros = len(whole) - len(whole.rstrip("0"))
    percent = re.search(r"%|persen", quote, re.IGNORECASE) is not None
    rounded = 0 if percent else max(0, min(zeros, len(whole) - 2))
    return Decimal(10) ** (exponent + rounded)


def bounds(
    value: Decimal, value_max: Decimal | None, qualifier: str, step: Decimal
) -> tuple[Decimal, Decimal]:
    """The interval of true values a written figure allows, given its qualifier and rounding step.

    >>> def show(*args):
    ...     return tuple(str(b) for b in bounds(*args))
    >>> show(Decimal(13000), None, "exact", Decimal(1000))
    ('12500', '13500')
    >>> show(Decimal(13000), None, "approx", Decimal(1000))
    ('12000', '14000')
    >>> show(Decimal(14000), None, "almost", Decimal(1000))
    ('12600.00', '14000')
    >>> show(Decimal(13000), None, "more_than", Decimal(1000))
    ('13000', '16250.00')
    >>> show(Decimal(400000), Decimal(500000), "exact", Decimal(10000))
    ('395000', '505000')
    """
    below, above = QUALIFIER_MARGINS.get(qualifier, (Decimal(0), Decimal(0)))
    high = value if value_max is None else value_max
    half = step / 2
    if qualifier == "approx":
        return value - max(step, below * abs(value)), high + max(step, above * abs(high))
    if qualifier == "almost" or qualifier == "less_than":
        return value - max(step, below * abs(value)), high
    if qualifier in ("more_than", "at_least"):
        return value, high + max(step, above * abs(high))
    return value - half, high + half


@dataclass(frozen=True)
class Figure:
    """A figure as written: value(s), qualifier and rounding step; what ``agrees`` compares."""

    value: Decimal
    value_max: Decimal | None = None
    qualifier: str = "exact"
    step: Decimal = Decimal(1)

    @classmethod
    def of(cls, record: dict, data: LanguageData | None = None) -> Figure:
        """The figure of a fact record (a stored row or a parsed claim)."""
        return cls(
            _decimal(record["value"]),
            None if record.get("value_max") is None else _decimal(record["value_max"]),
            record.get("qualifier") or "exact",
            rounding_step(record.get("quote") or "", data),
        )

    def bounds(self) -> tuple[Decimal, Decimal]:
        return bounds(self.value, self.value_max, self.qualifier, self.step)


def agrees(a: Figure, b: Figure) -> bool:
    """Whether two figures can be the same true value: their intervals overlap by more than a
    point (so ``5`` and ``6``, or ``13 ribu`` and ``14 ribu``, touch but disagree). Symmetric.

    >>> exact = Figure(Decimal(13289))
    >>> agrees(Figure(Decimal(13000), step=Decimal(1000)), exact)
    True
    >>> agrees(Figure(Decimal(13300), step=Decimal(100)), exact)
    True
    >>> agrees(Figure(Decimal(14000), qualifier="almost", step=Decimal(1000)), exact)
    True
    >>> agrees(Figure(Decimal(15000), step=Decimal(1000)), exact)
    False
    >>> agrees(Figure(Decimal(13000), step=Decimal(1000)), Figure(Decimal(14000), step=Decimal(1000)))
    False
    >>> agrees(Figure(Decimal(36), step=Decimal(1)), Figure(Decimal("36.4"), step=Decimal("0.1")))
    True
    >>> agrees(Figure(Decimal(1500000), step=Decimal(100000)), Figure(Decimal(1480000), step=Decimal(10000)))
    True
    """
    a_low, a_high = a.bounds()
    b_low, b_high = b.bounds()
    return a_low < b_high and b_low < a_high


def supports(stored: list[Figure], claim: Figure) -> bool:
    """Whether the stored figures support the claim: it agrees with one of them and with what
    that one's sources know together (the overlap of every figure agreeing with it), so a vague
    ``lebih dari 13 ribu`` does not back ``15 ribu`` when another source says ``13.289``.

    >>> exact, vague = Figure(Decimal(13289)), Figure(Decimal(13000), None, "more_than", Decimal(1000))
    >>> supports([exact, vague], Figure(Decimal(13000), step=Decimal(1000)))
    True
    >>> supports([exact, vague], Figure(Decimal(15000), step=Decimal(1000)))
    False
    >>> supports([vague], Figure(Decimal(15000), step=Decimal(1000)))
    True
    """
    for figure in stored:
        if not agrees(figure, claim):
            continue
        camp = [other.bounds() for other in stored if agrees(figure, other)]
        low, high = max(b[0] for b in camp), min(b[1] for b in camp)
        if low > high:  # the camp is not consistent as a whole: this figure alone
            low, high = figure.bounds()
        claim_low, claim_high = claim.bounds()
        if claim_low < high and low < claim_high:
            return True
    return False


def _decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


# --- Records ---------------------------------------------------------------------------------


@dataclass
class Evidence:
    """A stored fact shown as evidence, with what a journalist needs to open its source."""

    article: str
    url: str | None
    title: str | None
    published: str | None
    sentence: str
    quote: str
    start: int
    end: int
    value: float | int
    value_max: float | int | None
    qualifier: str
    region: str
    year: int | None
    metric: str
    as_of: str | None = None
    program: str | None = None
    detail: str | None = None
    agrees: bool | None = None
    """Whether the figure agrees with the claim (None in a list of conflicts)."""
    why: str | None = None
    """For nearby facts: how it relates to the claim (another year, a related metric, ...)."""

    @classmethod
    def of(cls, row: dict, agrees: bool | None = None, why: str | None = None) -> Evidence:
        return cls(
            article=row["article"],
            url=row.get("article_url"),
            title=row.get("article_title"),
            published=row.get("article_published"),
            sentence=row["sentence"],
            quote=row["quote"],
            start=row["start"],
            end=row["end"],
            value=output.tidy(row["value"]),
            value_max=output.tidy(row["value_max"]),
            qualifier=row["qualifier"],
            region=row["region"],
            year=row["year"],
            metric=row["metric"],
            as_of=row.get("as_of"),
            program=row.get("program"),
            detail=row.get("detail"),
            agrees=agrees,
            why=why,
        )


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


@dataclass
class ClaimResult:
    """The verdict on one claim, with its evidence."""

    claim: str
    verdict: str
    parsed: ParsedClaim | None = None
    evidence: list[Evidence] = field(default_factory=list)
    conflicting: bool = False
    nearby: list[Evidence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "conflicting": self.conflicting,
            "parsed": asdict(self.parsed) if self.parsed else None,
            "evidence": [asdict(e) for e in self.evidence],
            "nearby": [asdict(e) for e in self.nearby],
            "notes": self.notes,
            "error": self.error,
        }


@dataclass
class Conflict:
    """A region, year and metric for which stored articles give figures that disagree."""

    region: str
    year: int
    metric: str
    facts: list[Evidence]
    pairs: list[tuple[int, int]]
    """Indices into ``facts`` of the pairs of figures that disagree."""

    def records(self) -> list[dict]:
        """One flat record per disagreeing pair, for ``output.write``."""
        rows = []
        for i, j in self.pairs:
            row = {"region": self.region, "year": self.year, "metric": self.metric}
            for side, fact in (("a", self.facts[i]), ("b", self.facts[j])):
                for name in (
                    "quote",
                    "value",
                    "value_max",
                    "qualifier",
                    "as_of",
                    "article",
                    "published",
                    "url",
                ):
                    row[f"{name}_{side}"] = getattr(fact, name)
                row[f"title_{side}"] = fact.title
                row[f"sentence_{side}"] = fact.sentence
                row[f"start_{side}"], row[f"end_{side}"] = fact.start, fact.end
            rows.append(row)
        return rows


CONFLICT_COLUMNS = ("region", "year", "metric", "quote_a", "article_a", "quote_b", "article_b")


# --- Reading a claim -------------------------------------------------------------------------


def parse_claim(claim: str, nlp: Language, year: int | None = None) -> tuple[ParsedClaim | None, str | None]:
    """The claim's fact and, when the pipeline made none of it, the pipeline's reason. The claim
    runs through the pipeline as a one-sentence article with no publication date.

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
        kind, why = facts_module.counted_kind(spans[0])
        if kind == "reject" or (kind is None and quantity.in_words):
            what = f"counts something else ({why})" if why else "counts nothing of coverage"
            return None, f"no figure of coverage in the claim: {quantity.text!r} {what}"
        parsed = _parsed_from_span(spans[0])
    if parsed.region is None and _NATIONAL.search(text):
        # A claim about the whole country names no region of the gazetteer.
        national = regions.NATIONAL
        parsed.region, parsed.region_level, parsed.region_code = national.name, national.level, national.code
        parsed.missing.remove("region")
    if parsed.region is not None:
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
        value=facts_module.plain_number(quantity.value),
        value_max=facts_module.plain_number(quantity.value_max),
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
        index.setdefault(regions.bare_name(row["name"]).lower(), set()).add(row["name"])
    return {bare: tuple(sorted(names)) for bare, names in index.items()}


# --- Checking --------------------------------------------------------------------------------

_KEY = "facts.region = ? and facts.year = ? and facts.metric = ?"


def open_store(db_path: str | Path) -> Store:
    """The database to check against; a missing file is an error, never a new empty database."""
    try:
        return Store(db_path, create=False)
    except StoreError as err:
        raise CheckError(str(err)) from None


def check_claims(
    claims: Iterable[str],
    store: Store,
    year: int | None = None,
    nlp: Language | None = None,
    data: LanguageData | None = None,
) -> Iterator[ClaimResult]:
    """One result per claim, in input order; ``year`` is the year of claims that name none."""
    nlp = nlp or pipeline.load(data)
    for claim in claims:
        yield check_claim(claim, store, nlp, year, data)


def check_claim(
    claim: str, store: Store, nlp: Language, year: int | None = None, data: LanguageData | None = None
) -> ClaimResult:
    """The verdict on one claim with its evidence (see the module docstring)."""
    try:
        parsed, reason = parse_claim(claim, nlp, year)
    except Exception as err:  # one claim that breaks a component must not stop the others
        log.warning("claim %r failed: %s", claim, err, exc_info=log.isEnabledFor(logging.DEBUG))
        return ClaimResult(claim, "error", error=f"the claim could not be read: {err}")
    if parsed is None:
        return ClaimResult(claim, "no_figure", error=reason)
    result = ClaimResult(claim, "", parsed)
    if reason:
        result.notes.append(f"the extractor made no fact of {parsed.quote!r}: {reason}")
    if parsed.year_from == "option":
        result.notes.append(f"year {parsed.year} from --year")
    if parsed.missing:
        result.verdict = "incomplete"
        result.error = "; ".join(MISSING_MESSAGES[name] for name in parsed.missing)
        result.nearby = _fitting_figures(store, parsed, data)
        return result
    figure = Figure.of(parsed.record(), data)
    rows = _facts_for(store, parsed.regions(), parsed.year, parsed.metric)
    if parsed.region_alternatives:
        names = " or ".join(parsed.regions())
        result.notes.append(f"the claim's region may be {names}: all are checked")
    comparable = [row for row in rows if _comparable_to_claim(parsed, row, data)]
    figures = [Figure.of(row, data) for row in comparable]
    evidence = [
        Evidence.of(row, agrees(figure, stored)) for row, stored in zip(comparable, figures, strict=True)
    ]
    result.evidence = sorted(evidence, key=lambda e: (not e.agrees, e.published or ""))
    result.conflicting = bool(disagreeing_pairs(comparable, data))
    if supports(figures, figure):
        result.verdict = "supported"
    elif result.evidence:
        result.verdict = "contradicted"
        if any(e.agrees for e in result.evidence):
            result.notes.append("a vaguer source is consistent with the claim; a more precise one is not")
        result.notes.extend(_related_agreement(store, parsed, figure, data))
    else:
        result.verdict = "not_found"
        others = [
            Evidence.of(row, agrees(figure, Figure.of(row, data)), _difference(parsed, row)) for row in rows
        ]
        result.nearby = (others + _nearby(store, parsed, figure, data))[:NEARBY_LIMIT]
        result.notes.extend(_known_for_region(store, parsed, bool(result.nearby)))
    if result.conflicting:
        result.notes.append("the stored sources disagree among themselves for this region, year and metric")
    return result


def _facts_for(store: Store, names: list[str], year: int, metric: str) -> list[dict]:
    where = f"{_in('facts.region', names)} and facts.year = ? and facts.metric = ?"
    return list(store.facts(where, [*names, year, metric]))


def _comparable_to_claim(parsed: ParsedClaim, row: dict, data: LanguageData | None = None) -> bool:
    """A stored fact the claim can be held against: not for another programme, nor for another
    group or benefit when both name one."""
    if parsed.program and row["program"] and parsed.program != row["program"]:
        return False
    claimed, stored = group_of(parsed.detail, data), group_of(row["detail"], data)
    return not (claimed and stored and claimed != stored)


def _difference(parsed: ParsedClaim, row: dict) -> str:
    if parsed.program and row["program"] and parsed.program != row["program"]:
        return f"another programme ({row['program']})"
    return f"another group ({row['detail']})"


def group_of(detail: str | None, data: LanguageData | None = None) -> str:
    """The group a fact's detail names, "" for none (``patterns/check/groups.csv``).

    >>> [group_of(d) for d in ("santunan jkm", "beasiswa pendidikan", "nelayan", "pekerja rentan", None)]
    ['death benefit', 'scholarship', 'nelayan', '', '']
    """
    if not detail:
        return ""
    groups = (data or LanguageData.load()).derived("check.groups", _groups)
    return groups.get(detail.lower(), detail.lower())


def _groups(data: LanguageData) -> dict[str, str]:
    return {row["detail"].lower(): row["group"] or "" for row in data.table("check/groups.csv")}


def disagreeing_pairs(rows: list[dict], data: LanguageData | None = None) -> list[tuple[int, int]]:
    """Index pairs of stored facts from different articles, for the same region, programme and
    group, whose figures do not agree beyond rounding. Two figures dated to different months or
    days of the year (``as_of``) are two points in time, not a disagreement."""
    figures = [Figure.of(row, data) for row in rows]
    seen, pairs = set(), []
    for i, j in combinations(range(len(rows)), 2):
        a, b = rows[i], rows[j]
        if a["article"] == b["article"] or _kind(a, data) != _kind(b, data):
            continue
        if _different_dates(a["as_of"], b["as_of"]):
            continue
        key = (a["article"], a["value"], a["value_max"], b["article"], b["value"], b["value_max"])
        if key not in seen and not agrees(figures[i], figures[j]):
            seen.add(key)
            pairs.append((i, j))
    return pairs


def _different_dates(a: str | None, b: str | None) -> bool:
    """Whether two ``as_of`` dates name different times (2025-06 and 2025-06-30 do not).

    >>> pairs = (("2025-06", "2025-11"), ("2025-06", "2025-06-30"), (None, "2025-06"))
    >>> [_different_dates(a, b) for a, b in pairs]
    [True, False, False]
    """
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def _kind(row: dict, data: LanguageData | None) -> tuple:
    """What makes two stored figures the same figure: region, year, metric, programme, group."""
    return row["region"], row["year"], row["metric"], row["program"], group_of(row["detail"], data)


def _in(column: str, values: Sequence) -> str:
    """An SQL ``column in (?, ...)`` test for as many values."""
    return f"{column} in ({', '.join('?' * len(values))})"


def _nearby(store: Store, parsed: ParsedClaim, figure: Figure, data: LanguageData | None) -> list[Evidence]:
    """What is stored near a claim that found nothing: other years, related metrics, the region
    of the same name; figures that agree with the claim first."""
    found: list[Evidence] = []

    def add(rows: Iterable[dict], why) -> None:
        for row in rows:
            found.append(Evidence.of(row, agrees(figure, Figure.of(row, data)), why(row)))

    names = parsed.regions()
    other_years = store.facts(
        f"{_in('facts.region', names)} and facts.metric = ? and facts.year is not ?",
        [*names, parsed.metric, parsed.year],
    )
    by_distance = sorted(other_years, key=lambda r: abs(r["year"] - parsed.year) if r["year"] else 1000)
    add(by_distance, lambda r: f"another year ({r['year'] or 'unknown'})")
    add(_related_facts(store, parsed), lambda r: f"related metric ({r['metric']})")
    namesakes = [name for name in _namesakes(parsed, data) if name not in names]
    if namesakes:
        rows = store.facts(
            f"{_in('facts.region', namesakes)} and facts.year = ? and facts.metric = ?",
            [*namesakes, parsed.year, parsed.metric],
        )
        add(rows, lambda r: f"same name ({r['region']})")
    return sorted(found, key=lambda e: not e.agrees)


def _related_facts(store: Store, parsed: ParsedClaim) -> list[dict]:
    """Stored facts of the claim's regions and year under a metric related to the claim's."""
    related = RELATED_METRICS.get(parsed.metric, ())
    if not related:
        return []
    names = parsed.regions()
    where = f"{_in('facts.region', names)} and facts.year = ? and {_in('facts.metric', related)}"
    return list(store.facts(where, [*names, parsed.year, *related]))


def _namesakes(parsed: ParsedClaim, data: LanguageData | None) -> list[str]:
    """Other regions of the same name (Kota Semarang for Kabupaten Semarang)."""
    names = _regions_by_bare_name(data).get(regions.bare_name(parsed.region or "").lower(), ())
    return [name for name in names if name != parsed.region]


def _known_for_region(store: Store, parsed: ParsedClaim, any_nearby: bool) -> list[str]:
    names = parsed.regions()
    metrics = sorted({row["metric"] for row in store.facts(_in("facts.region", names), names)})
    if not metrics:
        return [f"nothing is stored for {' or '.join(names)}"]
    if any_nearby:
        return []
    return [f"stored for {parsed.region}: {', '.join(metrics)}"]


def _related_agreement(
    store: Store, parsed: ParsedClaim, figure: Figure, data: LanguageData | None
) -> list[str]:
    """A note when the claimed figure is stored under a related metric: the claim's wording may
    name it differently from its source."""
    return [
        f"{row['quote']!r} in {row['article']} agrees, stored as {row['metric']}"
        for row in _related_facts(store, parsed)
        if agrees(figure, Figure.of(row, data))
    ]


def _fitting_figures(store: Store, parsed: ParsedClaim, data: LanguageData | None) -> list[Evidence]:
    """For an incomplete claim: stored figures that fit what it does say. Without a year, every
    year of its region and metric; otherwise the figures that agree with it."""
    conditions, params = [], []
    if parsed.region is not None:
        conditions.append(_in("facts.region", parsed.regions()))
        params.extend(parsed.regions())
    for column in ("year", "metric"):
        value = getattr(parsed, column)
        if value is not None:
            conditions.append(f"facts.{column} = ?")
            params.append(value)
    if parsed.metric is None:
        units = [parsed.unit] if parsed.unit in ("IDR", "percent") else ["person", "case"]
        conditions.append(_in("facts.unit", units))
        params.extend(units)
    figure = Figure.of(parsed.record(), data)
    only_year_missing = parsed.missing == ["year"]
    found = []
    for row in store.facts(" and ".join(conditions), params):
        agreeing = agrees(figure, Figure.of(row, data))
        if agreeing or only_year_missing:
            found.append(Evidence.of(row, agreeing, _fit(parsed, row)))
    return sorted(found, key=lambda e: (not e.agrees, -(e.year or 0)))[:NEARBY_LIMIT]


def _fit(parsed: ParsedClaim, row: dict) -> str:
    return ", ".join(
        f"{name} {row[name]}" for name in ("region", "year", "metric") if getattr(parsed, name) is None
    )


# --- Conflicts -------------------------------------------------------------------------------


def find_conflicts(store: Store, data: LanguageData | None = None) -> list[Conflict]:
    """Every region, year and metric where stored articles give figures that differ beyond
    rounding, in region, year, metric order."""
    groups = store.db.query(
        "select region, year, metric from facts where year is not null group by region, year, metric "
        "having count(distinct article) > 1 order by region, year, metric"
    )
    conflicts = []
    for group in list(groups):
        rows = list(store.facts(_KEY, [group["region"], group["year"], group["metric"]]))
        pairs = disagreeing_pairs(rows, data)
        if pairs:
            evidence = [Evidence.of(row) for row in rows]
            conflicts.append(Conflict(group["region"], group["year"], group["metric"], evidence, pairs))
    return conflicts


# --- Reports (what the command line prints) --------------------------------------------------


def format_result(result: ClaimResult) -> str:
    """The human-readable verdict: a verdict line, the claim as read, then one indented line per
    piece of evidence: ``article (date): «quote» — sentence``."""
    flag = " (conflicting sources)" if result.conflicting else ""
    lines = [f"{result.verdict}{flag}: {result.claim}"]
    parsed = result.parsed
    if parsed is not None:
        qualifier = f" ({parsed.qualifier})" if parsed.qualifier != "exact" else ""
        read = ", ".join(
            str(v) if v is not None else "?" for v in (parsed.region, parsed.year, parsed.metric)
        )
        lines.append(f"  read as: {read}: «{parsed.quote}»{qualifier}")
    if result.error:
        lines.append(f"  error: {result.error}")
    for evidence in result.evidence:
        lines.append(f"  {'✓' if evidence.agrees else '✗'} {_evidence_line(evidence)}")
    if result.nearby:
        lines.append("  nearby:")
        for evidence in result.nearby:
            mark = "✓" if evidence.agrees else "·"
            lines.append(f"    {mark} [{evidence.why}] {_evidence_line(evidence)}")
    lines.extend(f"  note: {note}" for note in result.notes)
    return "\n".join(lines)


def _evidence_line(evidence: Evidence) -> str:
    where = evidence.published or "undated"
    if evidence.as_of:
        where += f", figure as of {evidence.as_of}"
    if evidence.url and evidence.url != evidence.article:
        where += f", {evidence.url}"
    qualifier = f" ({evidence.qualifier})" if evidence.qualifier != "exact" else ""
    sentence = excerpt(evidence.sentence, evidence.quote)
    return f"{evidence.article} ({where}): «{evidence.quote}»{qualifier} — {sentence}"


def excerpt(sentence: str, quote: str, width: int = 160) -> str:
    """The sentence, or a window of it around the quote when it is long.

    >>> excerpt("Pendek saja.", "x")
    'Pendek saja.'
    >>> excerpt("a " * 100 + "13.289 peserta " + "b " * 100, "13.289", 40)
    '…a a a a a a a a 13.289 peserta b b b b…'
    """
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(quote), 0)
    start = max(0, min(at + len(quote) // 2 - width // 2, len(sentence) - width))
    window = sentence[start : start + width].strip()
    return ("…" if start > 0 else "") + window + ("…" if start + width < len(sentence) else "")
