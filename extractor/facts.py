"""Facts: decide, for every quantity of an article, whether it is a fact and which one.

The spaCy component ``facts`` reads what the earlier components marked (quantities, regions,
times, cues) and writes ``doc._.facts`` (the SCHEMA.md records) and ``doc._.decisions`` (every
quantity with the decision taken and why, for ``extract explain``). A decision goes:

1. what the figure counts: its unit (Rp, persen) or the noun after it (``patterns/facts/
   counted.csv``); durations, places, companies and the like are no facts;
2. the metric: cues in its sentence (and, weaker, the sentence before), each weighted by its
   strength and nearness; a target cue or a year after publication makes it a target;
3. region and year from ``regions.regions_for`` and ``dates.time_for``; no single region,
   no fact;
4. one figure, one fact: a headline figure, or a rounded restatement, repeating a body figure
   is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import cues as cues_module
from . import dates, numbers, patterns, regions
from .records import METRIC_UNITS, Fact

log = logging.getLogger(__name__)

PERSON_METRICS = {
    "stock": "participants",
    "coverage": "participants",
    "new": "participants_new",
    "target": "participants_target",
    "uncovered": "uncovered",
    "workforce": "workforce",
    "population": "population",
    "claims": "claims_count",
}
MONEY_METRICS = {
    "benefit": "benefit_amount",
    "paid": "claims_paid",
    "contribution": "contribution",
    "budget": "budget",
}
TARGET_OF = {
    "participants": "participants_target",
    "participants_new": "participants_target",
    "coverage_pct": "coverage_target_pct",
}
PREVIOUS_SENTENCE_WEIGHT = 0.5


@dataclass
class Decision:
    """What became of one quantity: the fact it made, or the reason it made none."""

    quote: str
    start: int
    end: int
    sentence: str
    fact: Fact | None
    reason: str


for _name, _default in (("facts", None), ("decisions", None), ("article_id", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@lru_cache(maxsize=8)
def counted_nouns(patterns_dir: str | None = None) -> dict[str, tuple[str, str]]:
    """Noun after a figure → (kind, reason): ``person``, ``case`` or ``reject``."""
    return {
        row["word"]: (row["kind"], row["reason"]) for row in patterns.table(patterns_dir, "facts/counted.csv")
    }


@Language.factory("facts", default_config={"patterns_dir": None})
def make_facts(nlp: Language, name: str, patterns_dir: str | None) -> FactBuilder:
    return FactBuilder(patterns_dir)


class FactBuilder:
    """spaCy component: facts and decisions for every quantity of the Doc."""

    def __init__(self, patterns_dir: str | None = None):
        self.counted = counted_nouns(patterns_dir)

    def __call__(self, doc: Doc) -> Doc:
        body_start = _body_start(doc)
        decisions = [self.decide(span, doc._.article_id or "") for span in doc.spans[numbers.SPAN_KEY]]
        doc._.decisions = _one_fact_per_figure(decisions, body_start)
        doc._.facts = [d.fact for d in doc._.decisions if d.fact is not None]
        return doc

    def decide(self, span: Span, article: str) -> Decision:
        quantity: numbers.Quantity = span._.quantity
        sentence = span.sent

        def no_fact(reason: str) -> Decision:
            return Decision(quantity.text, quantity.start, quantity.end, sentence.text.strip(), None, reason)

        if _cut_off(span):
            return no_fact("cut off at the end of the text")
        unit = quantity.unit
        if unit is None:
            kind, reason = self._counted_kind(span)
            if kind == "reject":
                return no_fact(reason)
            if kind is None and quantity.in_words:
                return no_fact("a number in words that counts nothing of coverage")
            unit = "case" if kind == "case" else "person"
        scores = cue_scores(span)
        time = dates.time_for(span)
        future = _is_future(time, span.doc)
        metric, why = choose_metric(unit, scores, future)
        if metric is None:
            return no_fact(why)
        found = regions.regions_for(span)
        if not found:
            return no_fact("tied to no single region (a BPJS office, or several regions)")
        region = found[0]
        fact = Fact(
            region=region.name,
            region_level=region.level,
            region_code=region.code,
            year=time.year,
            as_of=time.as_of,
            metric=metric,
            value=_number(quantity.value),
            value_max=_number(quantity.value_max),
            unit=METRIC_UNITS[metric],
            qualifier=_qualifier(quantity, metric),
            program=_program(span),
            detail=_detail(span),
            article=article,
            sentence=sentence.text.strip(),
            start=quantity.start,
            end=quantity.end,
            quote=quantity.text,
            confidence=_confidence(scores, metric, span, region),
        )
        return Decision(quantity.text, quantity.start, quantity.end, fact.sentence, fact, f"{metric}: {why}")

    def _counted_kind(self, span: Span) -> tuple[str | None, str]:
        """What the noun right after the figure says it counts."""
        following = [t for t in span.doc[span.end : span.end + 3] if not t.is_space]
        if not following:
            return None, ""
        word = following[0].lower_
        if word in {"(", "-"} and len(following) > 1:
            word = following[1].lower_
        return self.counted.get(word, (None, ""))


def cue_scores(span: Span) -> dict[str, tuple[float, str]]:
    """For each cue label, the best score of a cue near the figure and the cue's text."""
    doc = span.doc
    sentence = span.sent
    previous = _previous_sentence(sentence)
    best: dict[str, tuple[float, str]] = {}
    for cue, found in doc._.cues or []:
        if sentence.start <= cue.start < sentence.end:
            factor = 1.0
        elif previous is not None and previous.start <= cue.start < previous.end:
            factor = PREVIOUS_SENTENCE_WEIGHT
        else:
            continue
        if cue.start >= span.start and cue.end <= span.end:
            continue
        distance = _token_distance(cue, span) if factor == 1.0 else 6
        score = found.weight * factor / (1 + distance / 3)
        if score > best.get(cue.label_, (0.0, ""))[0]:
            best[cue.label_] = (score, cue.text)
    return best


def choose_metric(unit: str, scores: dict[str, tuple[float, str]], future: bool) -> tuple[str | None, str]:
    """The metric the cues make of a figure of this unit, with a short reason."""

    def score(label: str) -> float:
        return scores.get(label, (0.0, ""))[0]

    if unit == "IDR":
        label = max(MONEY_METRICS, key=score)
        if score(label) == 0:
            return None, "an amount of money with no benefit, premium, claim or budget cue"
        if score("reject") > score(label):
            return None, f"an amount of another kind ({scores['reject'][1]!r})"
        return MONEY_METRICS[label], f"cue {scores[label][1]!r}"
    if unit == "percent":
        coverage = max(score("coverage"), score("stock") * 0.5)
        if coverage == 0:
            return None, "a percentage that is not a coverage rate"
        if score("reject") >= coverage:
            return None, f"a percentage of another kind ({scores['reject'][1]!r})"
        metric = "coverage_pct"
        if future or score("target") > 0:
            return TARGET_OF[metric], "a coverage target"
        return metric, "a coverage rate"
    if unit == "case":
        return "claims_count", "counts cases or claims"
    label = max(PERSON_METRICS, key=score)
    if score(label) == 0:
        return None, "no cue says it counts people covered"
    metric = PERSON_METRICS[label]
    if future and metric in TARGET_OF:
        return TARGET_OF[metric], f"cue {scores[label][1]!r}, in a future year"
    return metric, f"cue {scores[label][1]!r}"


def _token_distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _previous_sentence(sentence: Span) -> Span | None:
    """The sentence before, when it stands in the same paragraph."""
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    between = sentence.doc.text[previous.end_char : sentence.start_char]
    return None if "\n" in between or "\n" in previous.text.strip("\n") else previous


def _is_future(time: dates.TimeRef, doc: Doc) -> bool:
    published = doc._.published
    return published is not None and time.year is not None and time.year > published.year


def _cut_off(span: Span) -> bool:
    """A figure at the very end of a text that stops mid-sentence was cut off."""
    tail = span.doc.text[span._.quantity.end :].strip()
    return tail == ""


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _qualifier(quantity: numbers.Quantity, metric: str) -> str:
    """``hingga`` gives a ceiling only for amounts of money; before a count it means reaching."""
    if quantity.qualifier == "up_to" and METRIC_UNITS[metric] != "IDR":
        return "exact"
    return quantity.qualifier


def _program(span: Span) -> str | None:
    """The programme, when the sentence names exactly one."""
    found = {cue.value for _, cue in cues_module.cues_in(span.sent) if cue.label == "program"}
    return found.pop() if len(found) == 1 else None


def _detail(span: Span) -> str | None:
    """The worker group or benefit nearest the figure in its sentence."""
    details = [(s, cue) for s, cue in cues_module.cues_in(span.sent) if cue.label == "detail"]
    if not details:
        return None
    return min(details, key=lambda d: _token_distance(d[0], span))[1].value


def _confidence(scores: dict, metric: str, span: Span, region: regions.Region) -> float:
    """How sure the decision is, in [0, 1]: the best cue's score, less when the region is only
    the article's and not named in the figure's sentence."""
    best = max((s for s, _ in scores.values()), default=0.0)
    if METRIC_UNITS[metric] in ("percent", "IDR", "case"):
        best = max(best, 0.5)
    confidence = 0.5 + 0.5 * min(best, 1.0)
    sentence = span.sent
    named = any(sentence.start <= m.start < sentence.end for m in span.doc.spans.get(regions.SPAN_KEY, []))
    if not named:
        confidence *= 0.9
    return round(confidence, 2)


def _body_start(doc: Doc) -> int:
    """Where the body starts: the first line of running text (20 words or more)."""
    offset = 0
    for line in doc.text.split("\n"):
        if len(line.split()) >= 20:
            return offset
        offset += len(line) + 1
    return 0


def _one_fact_per_figure(decisions: list[Decision], body_start: int) -> list[Decision]:
    """Drop repeats: a headline figure the body states too, a body figure stated before for the
    same region and year, and a rounded restatement of an exact figure."""
    body = [d.fact for d in decisions if d.fact is not None and d.start >= body_start]
    kept: list[Fact] = []
    result = []
    for decision in decisions:
        fact = decision.fact
        if fact is not None:
            in_header = decision.start < body_start
            repeat = next(
                (k for k in (body if in_header else kept) if _same_figure(fact, k, in_header)), None
            )
            if repeat is None:
                repeat = next((k for k in [*kept, *body] if k is not fact and _restates(fact, k)), None)
            if repeat is not None:
                decision = replace(decision, fact=None, reason=f"repeats {repeat.quote!r} ({repeat.metric})")
            else:
                kept.append(fact)
        result.append(decision)
    return result


def _same_figure(fact: Fact, other: Fact, in_header: bool) -> bool:
    if fact.value != other.value or fact.value_max != other.value_max:
        return False
    return in_header or (fact.region == other.region and fact.year == other.year)


def _restates(rounded: Fact, exact: Fact) -> bool:
    """``14 ribu lebih`` after ``14.880``: a round figure within 10% of an exact one, same region."""
    if rounded.region != exact.region or rounded.unit != exact.unit or rounded.value_max is not None:
        return False
    if rounded.value == exact.value or not rounded.value or not _is_round(rounded.value):
        return False
    if _is_round(exact.value) and rounded.qualifier == "exact":
        return False
    if rounded.year != exact.year and rounded.start >= exact.start:
        return False
    return abs(rounded.value - exact.value) / abs(rounded.value) < 0.1


def _is_round(value: float) -> bool:
    """A figure written rounded: two significant digits or fewer (14000, 800000, 60).

    >>> _is_round(14000), _is_round(14880), _is_round(135), _is_round(60)
    (True, False, False, True)
    """
    if value != int(value):
        return False
    digits = str(abs(int(value))).rstrip("0")
    return len(digits) <= 2
