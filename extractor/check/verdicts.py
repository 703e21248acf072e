"""Verdicts: a claim held against the stored facts.

The stored facts for the claim's region, year and metric decide the verdict:

``supported``
    at least one stored figure agrees with the claim (``agreement``: allowing its rounding);
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

A claim is held against every stored fact of its region, year and metric except one for another
programme (JKK vs JKM) or another group when both name one; a claim about "nelayan" is held
against a total, as the only figure there is. Besides the verdict, ``conflicting`` is true when
those stored facts disagree among themselves (``conflicts``): a claim can be ``supported`` by one
source and still be flagged, because another source says otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from spacy.language import Language

from .. import pipeline
from ..gazetteer import Region
from ..language import LanguageData
from ..store import Store
from .agreement import Figure, agrees, group_of, supports
from .claims import MISSING_MESSAGES, ParsedClaim, namesakes, parse_claim
from .conflicts import disagreeing_pairs
from .evidence import Evidence, facts_for, in_list

log = logging.getLogger(__name__)

RESULT_COLUMNS = ("verdict", "claim", "region", "year", "metric", "evidence")
"""The columns of a table of verdicts (``ClaimResult.row``)."""

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

    def row(self) -> dict:
        """The verdict as one flat record (a table row, a CSV line): the claim as read, how many
        stored facts bear on it, and the first of them."""
        parsed, first = self.parsed, (self.evidence or self.nearby or [None])[0]
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "conflicting": self.conflicting,
            **{name: getattr(parsed, name, None) for name in ("region", "year", "metric", "value", "quote")},
            "evidence_count": len(self.evidence),
            "evidence": f"{first.article} ({first.published or 'undated'}): «{first.quote}»"
            if first
            else None,
            "notes": "; ".join(filter(None, [self.error, *self.notes])) or None,
        }


def check_claims(
    claims: Iterable[str],
    store: Store,
    year: int | None = None,
    nlp: Language | None = None,
    data: LanguageData | None = None,
    region: Region | None = None,
) -> Iterator[ClaimResult]:
    """One result per claim, in input order; ``year`` and ``region`` are the year and region of
    claims that name none."""
    nlp = nlp or pipeline.load(data)
    for claim in claims:
        yield check_claim(claim, store, nlp, year, data, region)


def check_claim(
    claim: str,
    store: Store,
    nlp: Language,
    year: int | None = None,
    data: LanguageData | None = None,
    region: Region | None = None,
) -> ClaimResult:
    """The verdict on one claim with its evidence (see the module docstring)."""
    try:
        parsed, reason = parse_claim(claim, nlp, year, region)
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
    if parsed.region_from == "option":
        result.notes.append(f"region {parsed.region} from --region")
    if parsed.missing:
        result.verdict = "incomplete"
        result.error = "; ".join(MISSING_MESSAGES[name] for name in parsed.missing)
        result.nearby = _fitting_figures(store, parsed, data)
        return result
    figure = Figure.of(parsed.record(), data)
    rows = facts_for(store, parsed.regions(), parsed.year, parsed.metric)
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


def _nearby(store: Store, parsed: ParsedClaim, figure: Figure, data: LanguageData | None) -> list[Evidence]:
    """What is stored near a claim that found nothing: other years, related metrics, the region
    of the same name; figures that agree with the claim first."""
    found: list[Evidence] = []

    def add(rows: Iterable[dict], why) -> None:
        for row in rows:
            found.append(Evidence.of(row, agrees(figure, Figure.of(row, data)), why(row)))

    names = parsed.regions()
    other_years = store.facts(
        f"{in_list('facts.region', names)} and facts.metric = ? and facts.year is not ?",
        [*names, parsed.metric, parsed.year],
    )
    by_distance = sorted(other_years, key=lambda r: abs(r["year"] - parsed.year) if r["year"] else 1000)
    add(by_distance, lambda r: f"another year ({r['year'] or 'unknown'})")
    add(_related_facts(store, parsed), lambda r: f"related metric ({r['metric']})")
    others = [name for name in namesakes(parsed.region, data) if name not in names]
    if others:
        add(facts_for(store, others, parsed.year, parsed.metric), lambda r: f"same name ({r['region']})")
    return sorted(found, key=lambda e: not e.agrees)


def _related_facts(store: Store, parsed: ParsedClaim) -> list[dict]:
    """Stored facts of the claim's regions and year under a metric related to the claim's."""
    related = RELATED_METRICS.get(parsed.metric, ())
    if not related:
        return []
    names = parsed.regions()
    where = f"{in_list('facts.region', names)} and facts.year = ? and {in_list('facts.metric', related)}"
    return list(store.facts(where, [*names, parsed.year, *related]))


def _known_for_region(store: Store, parsed: ParsedClaim, any_nearby: bool) -> list[str]:
    names = parsed.regions()
    metrics = sorted({row["metric"] for row in store.facts(in_list("facts.region", names), names)})
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
        conditions.append(in_list("facts.region", parsed.regions()))
        params.extend(parsed.regions())
    for column in ("year", "metric"):
        value = getattr(parsed, column)
        if value is not None:
            conditions.append(f"facts.{column} = ?")
            params.append(value)
    if parsed.metric is None:
        units = [parsed.unit] if parsed.unit in ("IDR", "percent") else ["person", "case"]
        conditions.append(in_list("facts.unit", units))
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
