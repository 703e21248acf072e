"""Facts: decide, for every quantity of an article, whether it is a fact and which one.

The spaCy component ``facts`` reads what the earlier components marked (quantities, regions,
times, cues) and writes ``doc._.facts`` (the SCHEMA.md records) and ``doc._.decisions`` (every
quantity with the decision taken and why, for ``extract explain``). A decision goes:

1. what the figure counts: its unit (Rp, persen), its table column's header (``tables.py``)
   or the noun after it (``patterns/facts/counted.csv``); durations, places, companies and the
   like are no facts;
2. the metric, from the cues around it (``metrics.choose``); a target cue or a date after
   publication makes it a target;
3. region and year from ``regions.regions_for`` and ``dates.time_for``; no single region,
   no fact;
4. one figure, one fact: a headline figure, or a rounded restatement, repeating a body figure
   is dropped.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import clauses, corrections, dates, language, metrics, numbers, regions, spanindex, tables, topic
from . import cues as cues_module
from .counted import counted_kind, counted_nouns, label_kind
from .doctext import doc_text, extension, kept, paragraph_of, span_text
from .gazetteer import bare_name, gazetteer
from .language import LanguageData
from .layout import is_menu, list_item_at, list_items, on_a_menu_line, opens_with_a_heading
from .records import METRIC_UNITS, Fact
from .sharewords import share_words
from .spelling import one_edit_forms
from .timeexpressions import time_lexicon

log = logging.getLogger(__name__)


FLAT_RATE_METRICS = frozenset({"benefit_amount", "contribution"})
ACHIEVED = {"coverage_target_pct": "coverage_pct", "participants_target": "participants"}
"""A target's metric → the metric of what was reached."""
TARGETS = frozenset(ACHIEVED)
"""The metrics of targets (``coverage_target_pct`` too, which does not end in ``_target``)."""
MORE_THAN_ANY_HEADCOUNT = Decimal(1_000_000_000)
"""Indonesia has under 300 million people: a larger figure without "Rp" is an amount of money."""
CONTEXT_METRICS = frozenset({"workforce", "population"})
ONE_IS_NO_COUNT = frozenset(
    {"participants", "participants_new", "participants_target", "workforce", "population", "uncovered"}
)
"""The metrics a lone "satu" never counts: it names one person, an example."""
TIES_TO_PROGRAMME = frozenset({"contribution", "topic", "programme"})
"""Cue labels that tie money to the programme: its premiums, its name, a word pointing to it."""
PARTS_TOLERANCE = Decimal("0.03")
"""Parts add up to their whole within this share of it (rounded parts: 22 + 4,6 + 8 ≈ 35 juta)."""
PARTS_REACH_CHARS = 600
"""How far back before the parts' sentence their whole may stand."""
PART_OVERRIDES_BELOW = 0.5
"""A part takes its whole's metric over a cue of its own weaker than this."""
FLAT_RATE_METRIC_OF = {"benefit": "benefit_amount", "contribution": "contribution"}
SAID_OPENING = 4
"""How many words a speaker's opening ("Ia mengatakan,") may take before what a sentence is about."""
POSSESSIVE_REACH = 4
"""How many words from a figure the "-nya" pointing its people back to a place may stand."""
BELOW_REGENCY_AFTER = 5
"""How far after a figure a village or district it is counted in may stand ("45 persen di Desa X")."""


class Latest(NamedTuple):
    """The latest figure of a unit read so far: what it counts, and how it was written."""

    metric: str
    quote: str
    start: int = -1
    """Its character offset in the text."""


@dataclass
class Decision:
    """What became of one quantity: the fact it made, or the reason it made none."""

    quote: str
    start: int
    end: int
    sentence: str
    fact: Fact | None
    reason: str
    metric: str | None = None
    """The metric read even when no fact was made (a figure tied to no single region): what a
    claim without a region counts, for ``check``."""
    program: str | None = None
    detail: str | None = None


class DecisionsSoFar(list):
    """The decisions taken so far in an article, in order, with the lookup a later figure makes
    of them kept as they are added, so that a figure never rereads the whole article."""

    def __init__(self) -> None:
        super().__init__()
        self.latest_fact: dict[tuple[str, Decimal], Fact] = {}
        """The latest fact of each metric and value."""
        self.facts_of: dict[str, list[Decision]] = {}
        """The decisions that made a fact of each metric, in order."""
        self.quoted: dict[str, tuple[Decision, bool]] = {}
        """The latest decision on each figure as written, and whether all of them made no fact."""

    def extend(self, made: Iterable[Decision], quotable: bool = True) -> None:
        """Add decisions; those not ``quotable`` (a correction notice's) are no figure a later
        one restates: the body prints the right figure again as a fact of its own."""
        for decision in made:
            self.append(decision, quotable)

    def append(self, decision: Decision, quotable: bool = True) -> None:
        super().append(decision)
        fact = decision.fact
        if fact is not None:
            self.latest_fact[fact.metric, Decimal(str(fact.value))] = fact
            self.facts_of.setdefault(fact.metric, []).append(decision)
        if not quotable:
            return
        _, set_aside = self.quoted.get(decision.quote, (decision, True))
        self.quoted[decision.quote] = (decision, set_aside and fact is None)


for _name, _default in (("facts", None), ("decisions", None), ("article_id", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("figure_time"):
    Span.set_extension("figure_time", default=None)  # a figure's time, once read (``dates.time_for``)


@Language.factory("facts", default_config={"patterns": None})
def make_facts(nlp: Language, name: str, patterns: str | None) -> FactBuilder:
    return FactBuilder(LanguageData.load(patterns))


WORDS_COUNT_FROM = 1000
"""A number in words this large ("enam ribu delapan ratus") is said as a count, not as a condition
("lima puluh orang per desa"), and is read as one by its cues."""
DISTRIBUTED_WITHIN = 3
"""How near after a distributive word ("masing-masing Rp 42 juta") the figure it is said of starts."""


class FactBuilder:
    """spaCy component: facts and decisions for every quantity of the Doc."""

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        self.distributive = frozenset(self.data.lines("facts/distributive.txt"))
        self.still = share_words(self.data)["still"]
        units = self.data.lines("facts/below_regency.txt")
        # Long unit words are matched with a typing error too ("Keluruhan Sesetan").
        self.below_regency = frozenset(units).union(
            *(one_edit_forms(u) for u in units if len(u) >= cues_module.TYPO_MIN_LETTERS)
        )
        # One unit pointed at: "desa kami", "kelurahan ini", or with "-nya" ("Desanya mendaftarkan").
        self.pointing = frozenset(self.data.lines("facts/pointing.txt"))
        self.own_units = frozenset(units) | {f"{unit}nya" for unit in units}
        # The units of place an amount may be allotted to each of ("Rp100 juta per desa").
        self.places = frozenset(units) | {
            word for word, (_, reason) in counted_nouns(self.data).items() if reason == "a count of regions"
        }
        # ... and the measures a price is per ("Rp 110 ribu per kilogram").
        self.measures = frozenset(
            word
            for word, (_, reason) in counted_nouns(self.data).items()
            if reason in ("a weight", "a volume", "a distance", "an area")
        )
        self.uninsured = {
            role: frozenset(r["word"] for r in self.data.table("facts/uninsured.csv") if r["role"] == role)
            for role in ("not", "covered", "opens")
        }
        self.hypothetical = {
            role: frozenset(r["word"] for r in self.data.table("facts/hypothetical.csv") if r["role"] == role)
            for role in ("opens", "opens_with_then", "example", "reckons", "then")
        }
        self.openers = (
            self.hypothetical["opens"] | self.hypothetical["opens_with_then"] | self.hypothetical["example"]
        )

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        body_start = kept(doc, ("facts.body_start",), lambda: _body_start(doc))
        decisions = DecisionsSoFar()
        last: dict[str, Latest] = {}
        first_dated: dict[tuple, dates.TimeRef] = {}
        taken_back: dict[tuple, str] = {}  # wrong figures a correction notice gave right ones for
        article_id = extension(doc, "article_id") or ""
        for span in doc.spans[numbers.SPAN_KEY]:
            key = _restatable(span)
            if key is not None:
                time = dates.time_for(span)
                if time.kind == "now" and key in first_dated:
                    # Restated later with no time of its own, a figure keeps the time it was
                    # first stated with ("pada tahun 2015, terdapat 19.255 tenaga kerja ...
                    # Dia menambahkan, dari 19.255 tenaga kerja ...").
                    time = replace(first_dated[key], as_of=None, carried=True)
                elif time.kind not in ("now", "event") and not time.carried:
                    first_dated.setdefault(key, time)
                span._.figure_time = time
            notice = corrections.in_notice(doc, span.start_char)
            made = (
                self.decide(span, article_id, last, decisions)
                if notice is None
                else _as_corrected(
                    span,
                    notice,
                    decisions,
                    taken_back,
                    lambda wrong: self.decide(wrong, article_id, last, decisions),
                    body_start,
                )
            )
            decisions.extend(made, quotable=notice is None)
            for d in made:
                metric = d.fact.metric if d.fact is not None else d.metric
                if metric is not None:
                    last[METRIC_UNITS[metric]] = Latest(metric, d.quote, d.start)
        body_figures = {
            (quantity.value, quantity.value_max)
            for q in doc.spans[numbers.SPAN_KEY]
            if q.start_char >= body_start
            for quantity in [extension(q, "quantity")]
        }
        decisions = _without_retracted(decisions, {**_retracted(doc), **taken_back})
        parts = {q.start_char for q in doc.spans[numbers.SPAN_KEY] if _a_part_pointing_back(q)}
        doc._.decisions = _one_fact_per_figure(decisions, body_start, body_figures, parts)
        doc._.facts = [d.fact for d in extension(doc, "decisions") if d.fact is not None]
        return doc

    def decide(
        self,
        span: Span,
        article: str,
        last: dict[str, Latest] | None = None,
        earlier: DecisionsSoFar | None = None,
    ) -> list[Decision]:
        """The decisions on one quantity: one fact per region it is given to (several for
        ``masing-masing``), or one reason why it is no fact. ``last`` holds the article's latest
        fact of each unit, which a figure with no cue of its own may continue (``continued``);
        ``earlier``, the decisions taken so far, among which parts find the whole they add up to."""
        quantity: numbers.Quantity = extension(span, "quantity")
        sentence = span.sent
        earlier = earlier if earlier is not None else DecisionsSoFar()

        def no_fact(reason: str) -> list[Decision]:
            return [
                Decision(
                    quantity.text, quantity.start, quantity.end, span_text(sentence).strip(), None, reason
                )
            ]

        if (other := _another_programme(span.sent)) is not None and not _counts_residents(span):
            # The residents of a region are no programme's ("UHC ... 98 persen dari jumlah
            # penduduk 281.000 jiwa"): they stay a population figure.
            return no_fact(f"a figure of another kind (another programme: {other!r})")
        set_aside = _set_aside_before(span, earlier)
        if set_aside is not None:
            return no_fact(f"points back to {set_aside.quote!r}, which is no fact ({set_aside.reason})")
        set_aside = _sum_of_set_aside(span, earlier)
        if set_aside is not None:
            return no_fact(f"adds up counts set aside before it, to {set_aside.quote!r} ({set_aside.reason})")
        header = tables.header_of(span)
        if header is None and _on_a_ticker(span):
            return no_fact("on a menu or a ticker of other stories above the article")
        workers = False
        if header is None and _cut_off(span):
            return no_fact("cut off at the end of the text")
        unit = quantity.unit
        if header is not None and header.row_number:
            return no_fact(f"numbers the rows of a table ({header.text!r})")
        if header is not None and (rows := self._rows_below_regency(header, span)):
            return no_fact(
                f"a row of a table by {rows!r} ({header.row_label!r}), below any region of the gazetteer"
            )
        if header is None and (listed := self._listed_below_regency(span)):
            return no_fact(f"an item of a list by {listed}, below any region of the gazetteer")
        if unit is None and header is not None and (column := _column_of_no_people(span.doc, header)):
            return no_fact(f"a column of {header.text!r}: {column}")  # "Kabupaten | Desa | Peserta"
        if unit is None and header is not None and header.percent:
            unit = "percent"
        if unit is None and header is not None and header.money_exponent is not None:
            # "Nilai klaim (Rp miliar) | 41,6 | 48,2": bare figures in the header's money.
            unit = "IDR"
            scale = Decimal(10) ** header.money_exponent
            quantity = replace(
                quantity,
                unit=unit,
                value=quantity.value * scale,
                value_max=None if quantity.value_max is None else quantity.value_max * scale,
            )
        if unit is None and quantity.value >= MORE_THAN_ANY_HEADCOUNT:
            unit = "IDR"  # "Total nominalnya mencapai 1,65 miliar": no count of people is that large
        if unit is None and _priced_per_period(span):
            unit = "IDR"  # "iurannya mulai 37.600 sebulan": a price with its "Rp" left out
        if unit is None and _scaled_after_a_money_word(span):
            unit = "IDR"  # "santunan kematian 42 jt": an amount with its "Rp" left out
        if unit is None:
            kind, reason = counted_kind(span)
            if (
                kind is None
                and header is not None
                and header.year
                and not _row_of_a_region(span, header.row_label)
            ):
                # "Perusahaan terdaftar | 1.204 | 1.288": with years over the columns, the rows
                # say what their figures count (a row of a region, "Kota Denpasar | 58,4 | 62,1",
                # counts what its table does).
                kind, reason = label_kind(span.doc, header.row_label)
            if kind == "reject" and _split_by_unit_type(span):
                kind = "person"  # "11.017 Ketua RT (9.747 desa, 1.270 kelurahan)": the RT heads, by place
            whole = None if kind == "reject" else _counted_by_its_whole(span)
            if whole is not None and whole[0] == "reject":
                kind, reason = whole  # "Dari 412 perusahaan ..., 37 di antaranya": companies too
            if kind == "reject":
                return no_fact(reason)
            if kind is None and whole is not None:
                # "14 klaim. Sepuluh di antaranya ...": cases too; a part of a group of workers is
                # counted as the group is ("menanggung iuran 18.500 pekerja ... 2.300 di antaranya").
                kind = "person" if whole[0] == "worker" else whole[0]
            # "Hanya tiga yang ahli warisnya menerima santunan": a number in words that a relative
            # clause describes counts the people it speaks of; the clause's words decide what.
            described = kind is None and span.end < len(span.doc) and span.doc[span.end].lower_ == "yang"
            said_as_a_count = (
                quantity.value >= WORDS_COUNT_FROM and not _in_a_name(span) and not _a_year_in_words(span)
            )
            if (
                quantity.in_words
                and kind in (None, "child")
                and not described
                and not said_as_a_count
                and not (kind == "child" and _children_paid_a_benefit(span))
            ):
                return no_fact("a number in words that counts nothing of coverage (a condition)")
            if (ratio := _ratio(span)) is not None:
                return no_fact(f"a proportion ({ratio!r}), not a count")
            if kind is None and not described and (rate := _rate_left_unmarked(span)) is not None:
                return no_fact(f"a rate with its percent sign left out, after {rate!r}")
            unit = "case" if kind == "case" else "person"
            workers = kind == "worker" or (kind in (None, "person") and _workers_numbered(span) is not None)
            if (quantity.qualifier == "at_least" or quantity.in_words) and self._after_distributive(span):
                return no_fact("a number per unit (a condition, not a count)")
            if self._per_place(span):
                return no_fact("a number for each village, district or region (a quota per unit)")
        if (per_unit := _per_unit_of_a_rate(span)) is not None:
            return no_fact(f"a rate per unit ({per_unit!r}), not a figure of its own")
        if unit == "IDR" and (place := self._amount_per_place(span)):
            return no_fact(f"an amount for each {place} (an allocation or a price per unit), not a total")
        if unit == "IDR" and self._per_place(span, self.places) and not metrics.each_persons(span):
            # "setiap kampung menyisihkan Rp16.800 per orang per bulan": each person's premium
            return no_fact("an amount for each village, district or region (an allocation per unit)")
        if (answer := _answered_otherwise(span)) is not None:
            return no_fact(f"a figure asked about, which the answer gives as {answer!r}")
        if (regions_described := _bound_on_regions_described(span)) is not None:
            return no_fact(f"a condition on regions not named ({regions_described!r}), not a figure of one")
        if (unnamed := _region_not_named(span)) is not None:
            return no_fact(f"a figure of a region not named ({unnamed!r}): an example or a supposition")
        if unit == "percent" and span.end < len(span.doc) and span.doc[span.end].lower_ in self.still:
            return no_fact(f"a share still to go ({span.doc[span.end].text!r}), not a coverage rate")
        if unit == "percent" and (group := _a_group_of_the_workforce(span)):
            return no_fact(f"the share of the workers who are {group!r}, not a coverage rate")
        if unit == "percent" and (employers := _share_of_employers(span)):
            return no_fact(f"a share of employers ({employers!r}), not of workers")
        if unit == "percent" and (enrolled := _share_of_participants(span, last or {})):
            return no_fact(f"a share of the participants ({enrolled!r}), not a rate")
        if unit == "percent" and (whole := _share_worked_out(span, earlier)):
            return no_fact(f"the count before it as a share of {whole!r} participants, not a rate")
        if unit == "percent" and (rate := _share_of_the_target(span, earlier)):
            return no_fact(f"the rate {rate} as a share of the target after it, not a rate")
        if unit == "percent" and (target := _share_of_a_target_before(span)):
            return no_fact(f"the count before it as a share of the target {target!r}, not a rate")
        if unit == "percent" and (uncovered := _share_of_the_uncovered(span, last or {})):
            return no_fact(
                f"the share of the uncovered it points back to ({uncovered!r}), not a coverage rate"
            )
        if unit in ("person", "case") and (opener := self._imagined(span)):
            return no_fact(f"an imagined case ({opener!r}), not a count that was reported")
        if unit == "IDR" and (supposed := self._reckoned_from_a_supposition(span)) is not None:
            return no_fact(f"an amount reckoned from a supposed figure ({supposed!r}), not one reported")
        if unit in ("person", "case", "percent") and (place := self._below_regency(span)):
            return no_fact(f"counts a village or district ({place!r}), below any region of the gazetteer")
        if unit in ("person", "case") and quantity.value != quantity.value.to_integral_value():
            return no_fact("a count of people or cases cannot have a fraction")  # "IPM naik menjadi 74,88"
        if unit in ("person", "case") and quantity.value == 0:
            return no_fact("a count of none (nol): a condition of places, no figure of coverage")
        own = extension(span, "figure_time") or dates.time_for(span)
        time = _standing_rate_time(_lead_in_time(own, span), span)
        if header is not None and (header.year or header.dated):
            # "Indikator | 2023 | 2024", "Terdaftar 2025": the column's year
            time = dates.TimeRef(header.year or header.dated)
        if time.kind == "now" and (pointed := _time_pointed_back_to(span, earlier)) is not None:
            # "Dari klaim JKK dan JKM tersebut, 74 anak peserta juga menerima beasiswa": the
            # figures pointed back to, in an earlier paragraph, give their year.
            time = pointed
        if time.carried and unit == "IDR" and self._opens_with_a_condition(span.sent):
            # "Tahun lalu, lima nelayan meninggal ... Kalau sudah terdaftar, ahli waris bisa
            # menerima santunan Rp 42 juta": what a condition promises is the rule as it stands.
            time = _now(span.doc)
        if (
            time.carried
            and (_is_future(time, span.doc) or _after_a_plan(span, last or {}))
            and _stated_as_done(span)
        ):
            # "Untuk tahun depan, sasarannya 8.000. Tanjabbar ... yang sudah mendaftarkan 6.215
            # nelayan": a plan's year carried from before does not date what is already done.
            time = _now(span.doc)
        whole = _whole_of_parts(span, earlier) if unit in ("person", "case", "IDR") else None
        pointed_at = whole if whole is not None and len(numbers.figures_of(sentence)) > 1 else None
        # A breakdown with no word pointing back dates its parts, but the sum alone says too
        # little of what they count, unless the parts are items listed right under the whole.
        dating = whole or (
            _whole_broken_down(span, earlier, unit) if unit in ("person", "case", "IDR") else None
        )
        if whole is None and dating is not None and _listed_under(span, dating):
            whole = dating
        whole_time = dates.TimeRef(dating.year, dating.as_of, "carried", carried=True) if dating else None
        if whole_time is not None and (
            time.carried or (time.kind == "now" and not _is_future(whole_time, span.doc))
        ):
            # A year carried from the sentence before (an aside: "Sementara akhir tahun lalu ..."),
            # or none at all ("Rinciannya, JHT 8.930 kasus senilai Rp146,7 miliar; ..."), gives way
            # to the whole's: the parts, and the sums beside them, are of that figure.
            # Not a plan's year ("... seharusnya dilindungi pada tahun 2025"): parts stated now are now.
            time = whole_time
        if unit == "IDR":
            whole = None  # a sum beside the parts takes their time, not their metric
        if unit == "person" and time.kind == "now" and _paid_by_a_draft_line(span, earlier):
            # "Rp 3,36 miliar untuk iuran BPJS Ketenagakerjaan 16.667 pekerja rentan" in a draft for
            # next year: the people its line will pay for are planned.
            time = dates.TimeRef(earlier[-1].fact.year, None, "carried", carried=True)
        choice = metrics.choose(
            span,
            unit,
            quantity.value,
            # Parts of a whole are what it is: a plan only when the whole is one.
            # A column's own year ("Terdaftar 2025") says more than a plan heading over the table.
            _is_future(time, span.doc) or (_under_a_plan_heading(span) and not (header and header.dated))
            if whole is None
            else whole.metric in TARGETS,
            self._counts_beside(span),
            header,
            workers and whole is None,
        )
        if whole is not None and (choice.metric is None or choice.strength < PART_OVERRIDES_BELOW):
            choice = metrics.Choice(whole.metric, f"a part of {whole.quote!r} (the parts add up to it)", 0.5)
        if (
            unit == "IDR"
            and choice.metric in (None, "budget")
            and (line := _a_line_of_a_list_of_allocations(span)) is not None
        ):
            # "Rp 48,6 miliar untuk iuran PBI JKN BPJS Kesehatan, Rp 3,36 miliar untuk iuran BPJS
            # Ketenagakerjaan 16.667 pekerja rentan, serta Rp 2,1 miliar untuk seragam": each
            # amount is what its own purpose says, whatever the line before it spoke of.
            purpose, premiums = line
            if not premiums:
                return no_fact(f"a budget line for another purpose ({purpose!r})")
            choice = metrics.Choice("budget", f"a budget line for premiums ({purpose!r})", 0.8)
        if choice.metric in ACHIEVED and time.compared_from is not None and not _is_future(time, span.doc):
            # "target 35% dibandingkan tahun sebelumnya yang hanya sekitar 21%": the baseline of a
            # comparison was reached, whatever the sentence plans.
            reason = f"{choice.reason}; a baseline reached"
            choice = replace(choice, metric=ACHIEVED[choice.metric], reason=reason)
        if unit == "person" and _still_to_reach(span):
            # "Jadi tinggal 3.580 lagi yang harus kami kejar": people still to enrol.
            choice = metrics.Choice("uncovered", "people still to reach (tinggal ... lagi)", 0.7)
        if unit == "person" and choice.metric == "workforce" and (rate := _a_share_of_the_workforce(span)):
            # "mendaftarkan pekerja ..., dengan jumlah tenaga kerja 22.405 orang atau 45 persen":
            # a count that is a share of the workers, in words of enrolment, is the part covered.
            choice = metrics.Choice("participants", f"enrolled, and restated as {rate!r} of the workers", 0.6)
        if unit == "person" and (restated := _pointed_back_to(span, earlier)) is not None:
            # "Sekitar 12 ribu pekerja itu" after "12.140 pekerja rentan terlindungi": the same
            # figure again, counting what it counted.
            choice = metrics.Choice(restated.metric, f"points back to {restated.quote!r}", 0.5)
        if unit in ("person", "case") and (parallel := _parallel_item(span, last or {})) is not None:
            # "kepada ahli waris 19 peserta di Sikka dan tujuh peserta di Flores Timur": what
            # governs the first item governs the second, which repeats its noun.
            choice = metrics.Choice(parallel.metric, f"an item parallel to {parallel.quote!r} before it", 0.5)
        if (
            unit == "IDR"
            and choice.metric in (None, "benefit_amount")
            and (paid := _benefits_times_people(span, earlier))
        ):
            # "12 ahli waris ... masing-masing Rp 42 juta. Jadi totalnya Rp 504 juta": what each
            # received, times how many, is the sum paid out.
            choice = metrics.Choice("claims_paid", f"the benefit times the people paid ({paid})", 0.7)
        if unit == "person" and (compared := _compared_with_the_one_before(span, choice, last or {})):
            choice = compared
        if choice.metric is None:
            choice = _continued(span, unit, choice, last or {}) or choice
        elif unit == "person" and whole is None:
            choice = _adds_to_a_plan(span, choice, last or {}) or choice
        if choice.metric is None:
            return no_fact(choice.reason)
        if quantity.in_words and quantity.value == 1 and _for_emphasis(span):
            return no_fact("one said for emphasis ('satu kasus pun', 'satu saja'), no count")
        if quantity.in_words and quantity.value == 1 and choice.metric in ONE_IS_NO_COUNT:
            # "satu pekerja butuh Rp 201.600", "menyelamatkan satu keluarga": one person named
            # as an example; one case, heir or claim is a count all the same.
            return no_fact("one person named as an example, no count of coverage")
        if choice.metric == "claims_count" and self._were_uninsured(span):
            return no_fact("people who died or were hurt uninsured (tidak terdaftar): nothing claimed")
        if choice.metric == "budget" and (purse := _a_whole_purse(span)):
            return no_fact(f"the size of a whole purse ({purse!r}), not what it sets aside for premiums")
        if choice.metric == "budget" and (purpose := _for_another_purpose(span)):
            return no_fact(f"money for another purpose ({purpose!r}), not for premiums")
        if choice.metric == "budget" and (other := _broken_into_other_purposes(span, quantity.value)):
            return no_fact(f"a whole that parts after it break down, some for other purposes ({other!r})")
        if choice.metric in ("budget", "claims_paid") and (payer := _a_company_pays(span)):
            # "PT X menyalurkan dana tanggung jawab sosial senilai Rp 100,8 juta": a gift, neither
            # a budget nor benefits paid.
            return no_fact(f"money a company gives ({payer!r}), no public budget")
        metric = choice.metric
        if metric == "participants_target" and not _is_future(time, span.doc) and _filled(span):
            # "kuota 6.000 pekerja rentan sudah berjalan sejak Februari": the quota is filled.
            metric = "participants"
            choice = replace(choice, metric=metric, reason=f"{choice.reason}, filled (sudah berjalan, aktif)")
        if metric in TARGETS and time.carried and _is_past(time, span.doc):
            # "Tahun lalu pemkab melindungi 2.750 perangkat desa. Dengan tambahan pecalang, jumlahnya
            # akan menjadi 6.650 orang": a plan stated with no time of its own is from now on,
            # whatever past the sentence before told of.
            time = _now(span.doc)
        if (
            metric == "budget"
            and time.kind == "now"
            and not _proposed(span)
            and not _where_a_change_starts(span)
            and (draft := dates.draft_budget_year_before(span))
        ):
            # "membahas Rancangan APBD 2026 ... TAPD menyebut ... Rp 3,36 miliar untuk iuran":
            # the lines of a draft under debate are for the year it is drafted for.
            time = replace(draft, as_of=None, carried=True)
        if (
            (metric in TARGETS or (metric == "budget" and _proposed(span)))
            and (time.kind == "now" or (time.carried and not _is_future(time, span.doc)))
            and (plan := dates.plan_year_before(span))
        ):
            # A plan with no year of its own is for the year plans were last set for, not the
            # year of the story around it; so is a budget proposed for it ("Ada pula usulan iuran
            # bagi 2.118 ketua RT sebesar Rp 427 juta" in a debate on the 2026 draft).
            time = replace(plan, as_of=None, carried=True)
        if (
            metric in TARGETS
            and (time.kind == "now" or time.carried)
            and (same := _same_target_before(metric, quantity, earlier)) is not None
        ):
            # "... ditargetkan 60 persen pada 2029. ... Tanpa gotong royong, target 60 persen sulit
            # tercapai": the same target again, of the year it was set for.
            time = dates.TimeRef(same.year, same.as_of, "carried", carried=True)
        if time.kind == "target" and metric not in TARGETS:
            # "kekurangan 98 ribu pekerja lagi untuk mencapai target 2029": the year is the
            # target's; what falls short of it is counted now.
            time = _now(span.doc)
        if not _on_topic(span, metric):
            return no_fact(
                "not about workers' social insurance (no BPJS Ketenagakerjaan, Jamsostek, JKK ... near it)"
            )
        program, detail = _program(span), _detail(span)
        found = _flat_rate_region(span, metric) or regions.regions_for(span)
        recipients = metrics.recipient_count(span) if unit == "IDR" else None
        if recipients is not None and not regions.regions_for(recipients):
            found = []  # paid to people of a BPJS office's area, or of several regions together
        if self._national_scale(metric, quantity.value) and not _several_regions_counted(sentence):
            found = [regions.NATIONAL]
        elif (
            len(found) == 1
            and found[0].level in ("regency", "city")
            and self._national_scale(metric, quantity.value, "local")
            and regions.nation_named_near(span)
        ):
            found = [regions.NATIONAL]  # "Secara nasional ... Sementara itu, ... baru 9,2 juta orang"
        if not found and pointed_at is not None and pointed_at.region_code in gazetteer(self.data).by_code:
            # "... di Kabupaten Morowali 58.412 orang. Kepala Cabang Palu mengatakan angka tersebut
            # terdiri atas 41.230 PU, 9.856 BPU dan 7.326 jasa konstruksi": the parts of a whole
            # are of its region, though only an office speaks of them.
            found = [gazetteer(self.data).by_code[pointed_at.region_code]]
        if not found:
            [decision] = no_fact("tied to no single region (a BPJS office, or several regions)")
            return [replace(decision, metric=metric, program=program, detail=detail)]
        confidence = _confidence(choice, span)
        decisions = []
        for region in found:
            fact = Fact(
                region=region.name,
                region_level=region.level,
                region_code=region.code,
                year=time.year,
                as_of=time.as_of,
                metric=metric,
                value=plain_number(quantity.value),
                value_max=plain_number(quantity.value_max),
                unit=METRIC_UNITS[metric],
                qualifier=_qualifier(quantity, metric),
                program=program,
                detail=detail,
                article=article,
                sentence=span_text(sentence).strip(),
                start=quantity.start,
                end=quantity.end,
                quote=quantity.text,
                confidence=confidence,
            )
            reason = f"{metric}: {choice.reason}"
            decisions.append(
                Decision(quantity.text, quantity.start, quantity.end, fact.sentence, fact, reason)
            )
        return decisions

    def _were_uninsured(self, span: Span) -> bool:
        """``lima nelayan meninggal dunia. Karena tidak terdaftar, keluarga mereka tidak mendapat
        santunan``: the people counted were not insured (``uninsured.csv``), as the rest of their
        sentence or the opening of the next sentence in their paragraph says."""
        doc, sentence = span.doc, span.sent
        following = spanindex.first_in(doc, numbers.SPAN_KEY, span.end, sentence.end)
        if self._says_uninsured(doc, span.end, following.start if following else sentence.end):
            return True
        after = sentence.end
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after == len(doc) or paragraph_of(doc, doc[after].idx) != paragraph_of(doc, span.start_char):
            return False  # the next paragraph speaks of something else
        opening = after
        while opening < len(doc) and doc[opening].lower_ in self.uninsured["opens"]:
            opening += 1
        return self._says_uninsured(doc, opening, min(opening + 1, doc[after].sent.end))

    def _says_uninsured(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a word of role ``not`` starting in ``start..end`` is followed within two words
        by one of role ``covered``, not as a relative clause of people in general (``yang belum
        terdaftar``)."""
        for i in range(start, end):
            if doc[i].lower_ not in self.uninsured["not"] or (i > 0 and doc[i - 1].lower_ == "yang"):
                continue
            if any(t.lower_ in self.uninsured["covered"] for t in doc[i + 1 : min(i + 4, len(doc))]):
                return True
        return False

    def _national_scale(self, metric: str, value: Decimal, scope: str = "any") -> bool:
        """Whether a figure is too large for any region (``scope`` "any") or for any regency or
        city ("local") but the nation (``national_scale.csv``)."""
        scale = self.data.derived(
            "facts.national_scale",
            lambda data: {
                (row["metric"], row["scope"]): Decimal(row["min"])
                for row in data.table("facts/national_scale.csv")
            },
        )
        return (metric, scope) in scale and value >= scale[(metric, scope)]

    def _per_place(self, span: Span, places: frozenset[str] | None = None) -> bool:
        """``Masing-masing desa ... dijatah kuota 150 pekerja``, ``setiap kelurahan 30 orang``: a
        distributive word before a unit earlier in the clause makes the count a quota per unit
        (for an amount, a unit of ``places``: "setiap desa menerima Rp300 juta")."""
        doc = span.doc
        start, _ = clauses.clause_of(span)
        counted = counted_nouns(self.data)
        for i in spanindex.words_in(doc, self.distributive, start, span.start):
            following = _next_word(doc, i, span.start)
            if following is None:
                continue
            word = following.lower_.split("/")[0]
            unit = places is None and counted.get(word, ("", ""))[1].startswith("a count of")
            if unit or (places is not None and word in places):
                return True
        return False

    def _amount_per_place(self, span: Span) -> str | None:
        """``Rp100 juta per desa/kelurahan``: the unit of place (``places``) after a distributive
        word right after an amount, which is then each unit's share, no region's budget."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in self.distributive:
            return None
        following = _next_word(doc, span.end, min(len(doc), span.end + 3))
        if following is None:
            return None
        word = following.lower_.split("/")[0]
        return word if word in self.places or word in self.measures else None

    def _opens_with_a_condition(self, sentence: Span) -> bool:
        """Whether a sentence's first word opens a condition ("Kalau", "Jika", "Apabila")."""
        first = next((t for t in sentence if not (t.is_punct or t.is_space or t.is_quote)), None)
        conditions = self.hypothetical["opens"] | self.hypothetical["opens_with_then"]
        return first is not None and first.lower_ in conditions

    def _reckoned_from_a_supposition(self, span: Span) -> str | None:
        """``Jika ada 20 nelayan meninggal, maka uang yang kembali Rp 840 juta``: an amount in what
        follows ("maka") from a condition heading its sentence that supposes a figure is a sum
        worked out from that figure. A condition with no figure ("Jika peserta meninggal, maka
        ahli waris menerima Rp 42 juta") states the standing rule, which is a fact."""
        doc, sentence = span.doc, span.sent
        if not self._opens_with_a_condition(sentence):
            return None
        then = spanindex.words_in(doc, self.hypothetical["then"], sentence.start, span.start)
        layout = extension(doc, "region_layout")
        if layout is None:
            return None
        supposed = layout.figures_in(sentence.start, span.start)
        if not supposed:
            return None
        if not then:
            # "Seandainya ... 18 ribu orang, didaftarkan ..., pemkot perlu Rp3,6 miliar": with no
            # "maka", any amount after a supposed count of several people but a price per period
            # ("iuran Rp16.800 per bulan") is reckoned from it; not after a duration or a rule's
            # bound ("Apabila ... lebih dari tiga tahun, ... maksimal dua anak ... Rp 174 juta").
            several = any(
                extension(q, "quantity").unit is None
                and extension(q, "quantity").value > 1
                and counted_kind(q)[0] in ("person", "worker")
                for q in supposed
            )
            if not several or _priced_per_period(span):
                return None
        return supposed[0].text

    def _imagined(self, span: Span) -> str | None:
        """The word opening an example or a condition before the figure in its clause
        (``hypothetical.csv``), unless it reckons a real figure ("jika dibandingkan")."""
        doc = span.doc
        start, _ = clauses.clause_of(span)
        first = next((t.i for t in doc[span.sent.start : start] if not (t.is_punct or t.is_space)), None)
        # A condition heading the sentence ("Jika ada kecelakaan, 10 pekerja ...") governs it all.
        heading = [] if first is None else [first]
        for i in [*heading, *spanindex.words_in(doc, self.openers, start, span.start)]:
            word = doc[i].lower_
            if word in self.hypothetical["opens_with_then"] and spanindex.words_in(
                doc, self.hypothetical["then"], i + 1, span.sent.end
            ):
                return doc[i].text  # "Kalau 33 perusahaan terlibat, maka sudah 33 ribu ..."
            after = doc[i + 1] if i + 1 < len(doc) else None
            if (
                word in self.hypothetical["example"]
                and after is not None
                and (after.like_num or after.lower_ in self.hypothetical["opens"] | {"ada"})
            ):
                return doc[i].text  # "Misalnya ada 100 orang, perusahaan hanya daftar 20 orang"
            if word in self.hypothetical["opens"]:
                if after is not None and after.lower_ in self.hypothetical["reckons"]:
                    continue
                return doc[i].text
        return None

    def _rows_below_regency(self, header: tables.Header, span: Span) -> str | None:
        """What a table's rows are, when they are units below a regency ("Kecamatan | Peserta")
        and the figure's row is one of them, not their total ("Jumlah")."""
        words = re.split(r"[\W_]+", header.rows_by.lower())
        if not any(word in self.below_regency for word in words) or tables.is_total(span.doc, header):
            return None
        return header.rows_by

    def _listed_below_regency(self, span: Span) -> str | None:
        """``merinci sebaran peserta per distrik sebagai berikut:`` then ``- Samofa: 820 orang``:
        an item of a list whose lead-in breaks its figures down by a unit below a regency (the
        unit's word after a distributive one: "per distrik", "setiap kecamatan") is that unit's,
        unless its label names a region with its kind ("Kabupaten Supiori: ...", not "Biak Timur")
        or sums the items ("Total: ...")."""
        doc, sentence = span.doc, span.sent
        lead = tables.lead_in(sentence)
        if lead is None:
            return None
        units = spanindex.words_in(doc, self.below_regency, lead.start + 1, lead.end)
        by = next((i for i in units if doc[i - 1].lower_ in self.distributive), None)
        if by is None:
            return None
        named = spanindex.spans_in(doc, regions.SPAN_KEY, sentence.start, span.start)
        if any(extension(mention, "mention") == "explicit" for mention in named):
            return None  # "Kabupaten Supiori: 1.000 orang", not a district named after its regency
        label = doc[sentence.start : span.start].text.strip(" -•*:")
        if tables.names_a_total(doc, label):
            return None
        # The label tells the items apart, so that their sum is no village's (``_sum_of_set_aside``).
        return f"{doc[by - 1 : by + 1].text!r} ({label!r})"

    def _below_regency(self, span: Span) -> str | None:
        """A village or district named by its unit word and a capitalised name in the figure's
        clause, before the figure ("Desa Sukamaju mencatat 120 warganya") or a few words after it
        as where the people are ("45 persen di Kelurahan Tanjung"): the figure is that unit's."""
        doc = span.doc
        start, end = clauses.clause_of(span)
        words = share_words(language.of(doc))
        for i in spanindex.words_in(doc, self.own_units, start, span.start):
            suffixed = doc[i].lower_.endswith("nya")
            pointed = suffixed or (i + 1 < len(doc) and doc[i + 1].lower_ in self.pointing)
            before = next((t for t in reversed(doc[start:i]) if not (t.is_punct or t.is_space)), None)
            if pointed and (before is None or before.lower_ in words["opens_a_place"]):
                # "Di desa kami ada 13 perangkat", "Desanya mendaftarkan 25 ketua RT", "mengatakan
                # nagarinya mendaftarkan 120 petani": one village's.
                return doc[i : i + 1 if suffixed else i + 2].text
            if before is not None and before.lower_ in words["one_of"] and doc[i + 1 : i + 2].text == "yang":
                # "Ada nagari yang bahkan sudah mendaftarkan lebih dari 100 orang": one village's.
                return doc[before.i : i + 1].text
        for i in spanindex.words_in(doc, self.own_units, span.end, min(end, span.end + BELOW_REGENCY_AFTER)):
            pointed = i + 1 < len(doc) and doc[i + 1].lower_ in self.pointing
            if pointed and doc[i - 1].lower_ == "di":
                # "640 nelayan di kelurahan itu belum ...": the people of the village named before.
                return doc[i : i + 2].text
        for i in [
            *spanindex.words_in(doc, self.below_regency, start, span.start),
            *spanindex.words_in(doc, self.below_regency, span.end, min(end, span.end + BELOW_REGENCY_AFTER)),
        ]:
            if i + 1 >= len(doc):
                continue
            name = doc[i + 1]
            if not (name.is_title or name.is_upper) or name.like_num or name.is_punct:
                continue
            if i > span.start and doc[i - 1].lower_ not in ("di", "dari", "se"):
                continue
            if i > span.start and counted_kind(span)[0] == "case":
                continue  # "kepada tiga ahli waris nelayan dari Kecamatan X": where the heirs are from
            if i > span.start and _several_places(doc, i + 1):
                continue  # "5.000 petani di Kecamatan Belo, Monta, dan Lambu": the regency's, in several
            return doc[i : i + 2].text
        return self._opening_place_below_regency(span.sent, span.start) or self._place_pointed_back_to(span)

    def _opening_place_below_regency(self, sentence: Span, upto: int) -> str | None:
        """``Di Desa Sumberjaya, Kecamatan X, yang dikenal ..., sedikitnya 640 warga ...``,
        ``Kalurahan Nglanggeran menjadi contoh, dengan 212 warga ...``: a sentence that opens with
        a village or district ("Di" before it or not) is about that place throughout (up to the
        token ``upto``)."""
        doc = sentence.doc
        start = sentence.start
        said = spanindex.words_in(doc, metrics.COMMA, start, min(start + SAID_OPENING, upto))
        if said and doc[start].lower_ not in self.below_regency and doc[start].lower_ != "di":
            start = said[0] + 1  # "Ia mengatakan, Desa Perlang ...": what follows the speaker
        words = [t for t in doc[start : min(start + 4, upto)] if not t.is_space]
        if words and words[0].lower_ == "di":
            words = words[1:]
        if len(words) < 2 or words[0].lower_ not in self.below_regency:
            return None
        name = words[1]
        named = (name.is_title or name.is_upper) and not name.like_num
        return doc[words[0].i : name.i + 1].text if named else None

    def _place_pointed_back_to(self, span: Span) -> str | None:
        """``Desa X menjadi desa terbaik ... "Hampir 80 persen pekerja rentannya sudah
        terlindungi"``: a sentence that names no region and points back with "-nya" on its
        figure's people, after one that opened with a village or district, is that place's."""
        doc, sentence = span.doc, span.sent
        previous = _sentence_before(sentence)
        if previous is sentence:
            return None
        place = self._opening_place_below_regency(previous, previous.end)
        if place is None or _names_a_region(sentence, regions.NAMED):
            return None
        nouns = counted_nouns(self.data)
        near = doc[
            max(sentence.start, span.start - POSSESSIVE_REACH) : min(
                sentence.end, span.end + POSSESSIVE_REACH
            )
        ]
        for token in near:
            base = token.lower_.removesuffix("nya")
            if base != token.lower_ and (base in nouns or doc[token.i - 1].lower_ in nouns):
                return place
        return None

    def _after_distributive(self, span: Span) -> bool:
        """A word such as ``setiap`` or ``per`` earlier in the sentence, or right after the figure's
        noun ("20 warga per lingkungan"): the minimum is a rule. Not one with a figure of its own
        right after it ("masing-masing Rp 42 juta kepada lima ahli waris"), nor one after a comma,
        which opens another figure's phrase ("kepada tiga ahli waris, masing-masing Rp 42 juta")."""
        doc, sentence = span.doc, span.sent
        for i in spanindex.words_in(doc, self.distributive, sentence.start, span.start):
            if (
                spanindex.first_in(doc, numbers.SPAN_KEY, i + 1, min(i + DISTRIBUTED_WITHIN, span.start))
                is None
            ):
                return True
        after = spanindex.words_in(doc, self.distributive, span.end, min(span.end + 5, sentence.end))
        return bool(after) and not any(t.text == "," for t in doc[span.end : after[0]])

    def _counts_beside(self, span: Span) -> bool:
        """Whether the figure's sentence also counts people or cases in digits."""
        sentence = span.sent
        counts = kept(
            span.doc,
            ("facts.counts", sentence.start, sentence.end),
            lambda: [
                other.start
                for other in numbers.figures_of(sentence)
                if extension(other, "quantity").unit is None
                and (
                    counted_kind(other)[0] in ("person", "worker", "case")
                    if extension(other, "quantity").in_words
                    else counted_kind(other)[0] != "reject"
                )
            ][:2],  # two tell whether there is one besides any figure
        )
        return any(start != span.start for start in counts)


MONEY_WORD_REACH = 3
"""How far before a bare price its premium or benefit word may stand ("iurannya mulai 37.600")."""


def _priced_per_period(span: Span) -> bool:
    """A bare number after a word of premium or benefit and before a period ("sebulan", "per
    bulan") or "rupiah" is money: "iurannya cukup 16.800 per bulan". People added per month
    ("500 peserta per bulan") have their noun between."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : min(span.end + 2, span.sent.end)]]
    per_period = share_words(language.of(doc))["per_period"]
    if not after or not (after[0] in per_period or " ".join(after[:2]) in per_period):
        return False
    window = doc[max(span.sent.start, span.start - MONEY_WORD_REACH) : span.start]
    return any(
        cue.label in ("contribution", "benefit") and cue_span.end <= span.start
        for cue_span, cue in cues_module.cues_in(window)
    )


def _under_a_plan_heading(span: Span) -> bool:
    """``TARGET 2025`` in capitals opening the block of labelled lines a figure stands in ("UCJ
    provinsi: 38%", "Pekerja rentan ditanggung Pemprov: 8.000 orang"): a plan heading makes its
    lines plans, as a table's column header does its cells."""
    doc = span.doc
    text = doc_text(doc)
    blank = text.rfind("\n\n", 0, span.start_char)
    start = blank + 2 if blank >= 0 else 0
    if not opens_with_a_heading(text, start):
        return False
    heading = doc[spanindex.token_at(doc, start)].sent
    return heading.end <= span.start and any(cue.label == "target" for _, cue in cues_module.cues_in(heading))


def _still_to_reach(span: Span) -> bool:
    """A count between a word of what remains and "lagi" ("tinggal 3.580 lagi", "kurang 1.200
    pekerja lagi"): people still to enrol, which the gold counts as uncovered."""
    doc = span.doc
    words = share_words(language.of(doc))
    before = span.start - 1
    while before >= span.sent.start and doc[before].lower_ in words["skip"]:
        before -= 1
    if before < span.sent.start or doc[before].lower_ not in words["remaining"]:
        return False
    after = [t.lower_ for t in doc[span.end : min(span.end + 3, span.sent.end)]]
    return bool(set(after) & words["still"])


SHARE_RESTATED_WITHIN = 3
"""How many tokens ("orang atau sekitar") may stand between a count and the rate restating it."""
WHOLE_NAMED_WITHIN = 5
"""How many tokens before a count a "dari" makes it the whole of another ("dari total angkatan
kerja 110.540")."""


def _a_share_of_the_workforce(span: Span) -> str | None:
    """The rate under 100 that restates a count of workers right after it ("22.405 orang atau 45
    persen", "22.405 orang (45 persen dari jumlah pekerja)"), when a word of enrolment stands
    before the count and none of what is missing: the whole workforce is no share of itself,
    so the count is the part enrolled. Not when the rate is of another whole ("60 persen dari
    jumlah penduduk": the workers as a share of the residents)."""
    doc = span.doc
    words = share_words(language.of(doc))
    end = min(span.end + SHARE_RESTATED_WITHIN + 1, span.sent.end)
    rate = spanindex.first_in(doc, numbers.SPAN_KEY, span.end, end)
    if (
        rate is None
        or extension(rate, "quantity").unit != "percent"
        or extension(rate, "quantity").value >= 100
    ):
        return None
    between = {t.lower_ for t in doc[span.end : rate.start]}
    if not between & (words["restates"] | {"("}):
        return None
    if any(
        t.lower_ == "dari" for t in doc[max(span.sent.start, span.start - WHOLE_NAMED_WITHIN) : span.start]
    ):
        return None  # "38.910 pekerja ... dari total angkatan kerja 110.540 orang (35,2 persen)"
    found = metrics.evidence(span, "person")
    stock = found.get("stock")
    if stock is None or not stock.before or stock.carried or "uncovered" in found:
        return None
    after = [t for t in doc[rate.end : min(rate.end + 2, span.sent.end)] if not t.is_space]
    if after and after[0].lower_ == "dari":
        whole = next(
            iter(cues_module.cues_in(doc[after[0].i + 1 : min(after[0].i + 4, span.sent.end)])), None
        )
        if whole is None or whole[1].label != "workforce":
            return None
    return rate.text


def _scaled_after_a_money_word(span: Span) -> bool:
    """A number with a scale word ("42 jt", "1,5 miliar") right after a word of benefit,
    premium or budget, counting nothing named after it, is money: "santunan kematian 42 jt"."""
    quantity = extension(span, "quantity")
    if quantity.in_words or not any(c.isalpha() for c in quantity.text) or counted_kind(span)[0] is not None:
        return False
    doc = span.doc
    window = doc[max(span.sent.start, span.start - 4) : span.start]
    return any(
        cue.label in ("contribution", "benefit", "budget")
        and cue.weight >= MONEY_WORD_MIN_WEIGHT
        and span.start - cue_span.end <= 1
        for cue_span, cue in cues_module.cues_in(window)
    )


MONEY_WORD_MIN_WEIGHT = 0.8
"""How strongly a word must speak of money to make a bare scaled number an amount ("santunan
kematian 42 jt"; not "sebesar", said of any quantity)."""


SPLIT_NOUN_WORDS = 3
"""How many words may name what a count counts before the bracket that splits it by place."""


POINTING_BACK_OPENS = 3
"""How many words into its sentence a word pointing back ("Jumlah tersebut") may stand."""


def _share_of_participants(span: Span, last: dict[str, Latest]) -> str | None:
    """``Dari 305 ribu peserta BPU, pekerja rentan baru 10 persennya``: a percentage whose
    "-nya" points back to a count of participants earlier in its sentence is a share of them,
    not of the workforce; so is one the participants follow ("71 persen peserta merupakan
    pekerja penerima upah")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in share_words(language.of(doc))["enrolled"]:
        return doc[span.end].text
    previous = last.get("person")
    if not span.text.lower().endswith("nya") or previous is None or previous.metric != "participants":
        return None
    return previous.quote if previous.start >= span.sent.start_char else None


def _share_worked_out(span: Span, earlier: list[Decision]) -> str | None:
    """``total peserta aktif di Wajo 68.960 orang. ... peserta BPU 40.550 orang (58,8 persen)``:
    a percentage right after a count of people that is that count divided by an earlier, larger
    count of participants (to the percentage's precision) is its share of them, not a rate of
    coverage."""
    part = _previous_figure(span)
    if part is None or span.start - part.end > SHARE_AFTER_COUNT:
        return None
    counted = next((d.fact for d in reversed(earlier) if d.start == part.start_char), None)
    if counted is None or counted.unit != "person" or not counted.value:
        return None
    share = extension(span, "quantity").value
    tolerance = Decimal("0.051") if share != share.to_integral_value() else Decimal("0.51")
    near = part.start_char - SHARE_WHOLE_REACH_CHARS
    for decision in reversed(earlier):
        whole = decision.fact
        if decision.start < near:
            break
        if whole is None or decision.start >= part.start_char or whole.metric != "participants":
            continue
        if whole.value > counted.value:
            worked_out = Decimal(str(counted.value)) * 100 / Decimal(str(whole.value))
            if abs(worked_out - share) <= tolerance:
                return whole.quote
    return None


def _facts_back(span: Span, earlier: DecisionsSoFar, metric: str, reach: int) -> Iterator[Decision]:
    """The decisions before the figure that made a fact of ``metric``, latest first, back to
    character ``reach``."""
    for decision in reversed(earlier.facts_of.get(metric, [])):
        if decision.start < reach:
            return
        if decision.start < span.start_char:
            yield decision


TARGET_NAMED_WITHIN = 10
"""How many tokens after a percentage the target it is a share of may stand."""


SHARE_OF_TARGET_WORDS = 20
"""How many words before a percentage the count and the target it restates may stand."""


def _share_of_a_target_before(span: Span) -> str | None:
    """``baru 11.250 orang dari target 15.000 orang, atau 75 persen``: a percentage that works
    out, to its precision, as a count before it over a target named after that count (both a
    few words before the percentage) is the share of the target reached."""
    doc, sentence = span.doc, span.sent
    # Only the few words before it: a sentence of thousands of figures stays linear.
    window = max(sentence.start, span.start - SHARE_OF_TARGET_WORDS)
    counts = [
        q
        for q in spanindex.spans_in(doc, numbers.SPAN_KEY, window, span.start)
        if extension(q, "quantity").unit is None and q.end <= span.start
    ]
    share = extension(span, "quantity").value
    tolerance = Decimal("0.06") if share != share.to_integral_value() else Decimal("0.6")
    for i, target in enumerate(counts[1:], 1):
        named = cues_module.cues_in(
            doc[max(sentence.start, target.start - TARGET_NAMED_WITHIN) : target.start]
        )
        whole = extension(target, "quantity").value
        if not whole or not any(cue.label in ("of_target", "target") for _, cue in named):
            continue
        for reached in counts[:i]:
            if abs(extension(reached, "quantity").value * 100 / whole - share) <= tolerance:
                return target.text
    return None


def _share_of_the_target(span: Span, earlier: DecisionsSoFar) -> str | None:
    """``UCJ Bitung 48,3 persen ... capaian itu baru hampir 88 persen dari target UCJ tahun ini,
    yakni 55 persen``: a percentage that works out, to its precision, as the latest coverage
    rate over a rate its sentence names as the target after it, is the share of the target
    reached."""
    doc = span.doc
    target = spanindex.first_in(
        doc, numbers.SPAN_KEY, span.end, min(span.end + TARGET_NAMED_WITHIN, span.sent.end)
    )
    if target is None or extension(target, "quantity").unit != "percent":
        return None
    named = cues_module.cues_in(doc[span.end : target.start])
    if not any(cue.label in ("of_target", "target") for _, cue in named):
        return None
    share, whole = extension(span, "quantity").value, extension(target, "quantity").value
    if not whole:
        return None
    tolerance = Decimal("0.06") if share != share.to_integral_value() else Decimal("0.6")
    near = span.sent.start_char - SHARE_WHOLE_REACH_CHARS
    for decision in _facts_back(span, earlier, "coverage_pct", near):
        fact = decision.fact
        if abs(Decimal(str(fact.value)) * 100 / whole - share) <= tolerance:
            return repr(fact.quote)
        return None  # only the latest rate is the one reached
    return None


SHARE_AFTER_COUNT = 3
"""How many tokens after a count its share may stand ("40.550 orang (58,8 persen)")."""
SHARE_WHOLE_REACH_CHARS = 600
"""How far before the count the participants it is a share of may stand."""


def _share_of_the_uncovered(span: Span, last: dict[str, Latest]) -> str | None:
    """``675.524 pekerja ... belum terdaftar. Jumlah tersebut mencapai 56 persen dari total``:
    a rate whose sentence opens by pointing back at a count of the uncovered ("jumlah tersebut",
    "angka itu"; not "sementara itu") is their share."""
    previous = last.get("person")
    if previous is None or previous.metric != "uncovered":
        return None
    doc, sentence = span.doc, span.sent
    words = share_words(language.of(doc))
    opening = min(sentence.start + POINTING_BACK_OPENS, span.start)
    for i in spanindex.words_in(doc, words["points_back"], sentence.start + 1, opening):
        if doc[i - 1].lower_ in words["figure_noun"]:
            return previous.quote
    return None


EMPLOYERS_REACH = 8
"""How many words before a percentage its subject may stand ("Perusahaan besar dan menengah
hampir 90 persen")."""


def _share_of_employers(span: Span) -> str | None:
    """The employers a percentage is a share of: named right after it ("85 persen perusahaan"),
    or the first of employers and people named in its clause shortly before it ("Perusahaan
    besar dan menengah hampir 90 persen telah terlindungi"). "Perusahaan mencatat 45 persen
    pekerjanya ..." and "cakupan pekerja perusahaan 60 persen" are shares of workers."""
    doc = span.doc
    data = language.of(doc)
    employers, people = share_words(data)["employer"], counted_nouns(data)

    def names_people(token: Token) -> bool:
        word = token.lower_.removesuffix("nya")
        return people.get(word, ("",))[0] in ("person", "worker", "classifier")

    after = _phrase_at(doc, span.end, employers)
    if after is not None:
        return after
    if span.end < len(doc) and names_people(doc[span.end]):
        return None
    clause_start, _ = clauses.clause_of(span)
    for i in range(max(clause_start, span.start - EMPLOYERS_REACH), span.start):
        if names_people(doc[i]):
            return None
        found = _phrase_at(doc, i, employers)
        if found is not None:
            return found
    return None


PAYER_REACH = 12
"""How many words before an amount its payer may stand ("dana yang dikucurkan perusahaan itu
sebesar Rp16.800.000"): a bound, so a sentence of many amounts is read in linear time."""


PURSE_PART_REACH = 4
"""How many words before a purse the budget line it holds may be named ("anggaran yang disiapkan
dalam APBD")."""


PURSE_NAME_WORDS = 4
"""How many words a purse's name may take ("Alokasi Dana Desa")."""


def _a_whole_purse(span: Span) -> str | None:
    """The purse an amount is the whole of: named shortly before it ("total APBD Perubahan 2024
    yang mencapai Rp3,41 triliun", "Dana Desa tahun ini sebesar Rp287 miliar"), with no word of
    allocation, premium or programme after it in its clause."""
    doc = span.doc
    words = share_words(language.of(doc))
    clause_start, clause_end = clauses.clause_of(span)
    before = cues_module.cues_in(doc[max(clause_start, span.start - PAYER_REACH) : span.start])
    purse = next((s for s, _ in reversed(before) if s.text.lower() in words["purse"]), None)
    if purse is None:
        return None
    # "Melalui APBD Perubahan (APBD-P) 2025 ...": the abbreviation repeats the purse named before
    # the bracket, whose own words lead it.
    while purse.start > 0 and doc[purse.start - 1].text == "(":
        bracket = purse.start - 1
        named_before = cues_module.cues_in(doc[max(clause_start, bracket - PURSE_NAME_WORDS) : bracket])
        spelled = next(
            (s for s, _ in named_before if s.end == bracket and s.text.lower() in words["purse"]), None
        )
        if spelled is None:
            break
        purse = spelled
    # "anggaran yang disiapkan dalam APBD PPU 2025 mencapai Rp 3,7 miliar": a line of it; not the
    # purse's own name before its abbreviation ("Anggaran Pendapatan dan Belanja Daerah (APBD)").
    named = purse.start > 0 and doc[purse.start - 1].text == "("
    lead = doc[max(clause_start, purse.start - PURSE_PART_REACH) : purse.start]
    if not named and any(
        t.lower_ in words["purse_part"] and not _has_the_purse(t, words) and not _the_whole_of(t, words)
        for t in lead
    ):
        return None
    if any(cue.label in TIES_TO_PROGRAMME for _, cue in cues_module.cues_in(lead)):
        return None  # "Anggaran iuran (APBD Provinsi): Rp 1,61 M": the premiums' line of it
    # "... (APBD) dengan anggaran Rp 2,54 miliar", "APBD mengalokasikan Rp 3 miliar": a line of it.
    if any(t.lower_ in words["allocates"] for t in doc[purse.end : clause_end]):
        return None
    if any(cue.label in TIES_TO_PROGRAMME for _, cue in cues_module.cues_in(doc[purse.end : clause_end])):
        return None  # "Dana Desa sebesar Rp 500 juta dipakai untuk iuran BPJS": what it pays for
    return purse.text


def _the_whole_of(word: Token, words: dict[str, frozenset[str]]) -> bool:
    """``dari total belanja APBD``: a word of the purse's part after "total" names the whole, and
    "dari" right before such a phrase opens it."""
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (word.i > 0 and doc[word.i - 1].lower_ in words["purse_whole"]) or (
        following is not None and following.lower_ in words["purse_whole"]
    )


def _has_the_purse(word: Token, words: dict[str, frozenset[str]]) -> bool:
    """``kota dengan APBD sekitar Rp3,9 triliun``: "dengan" after a place says it has the purse."""
    return word.lower_ == "dengan" and word.i > 0 and word.doc[word.i - 1].lower_ in words["region_kind"]


FILLED_REACH = 6
"""How many words after a planned count the words saying it is filled may stand ("kuota 6.000
pekerja rentan sudah berjalan", "30 ribu, dan semuanya sudah aktif")."""


def _filled(span: Span) -> bool:
    """Whether a word of completion and a word of realisation follow a planned count closely in
    its sentence, with no other figure between: the quota is filled."""
    doc = span.doc
    words = share_words(language.of(doc))
    end = min(span.end + FILLED_REACH + 1, span.sent.end)
    if spanindex.first_in(doc, numbers.SPAN_KEY, span.end, end) is not None:
        return False
    return any(
        doc[i].lower_ in words["done"] and doc[i + 1].lower_ in words["realised"]
        for i in range(span.end, end - 1)
    )


def _a_company_pays(span: Span) -> str | None:
    """The company word in the clause shortly before an amount ("dana yang dikucurkan
    perusahaan itu sebesar Rp16.800.000", "dana CSR"), when its sentence names no public money
    or government: a company's gift is no budget."""
    doc = span.doc
    words = share_words(language.of(doc))
    clause_start, _ = clauses.clause_of(span)
    payer = next(
        (
            t.text
            for t in doc[max(clause_start, span.start - PAYER_REACH) : span.start]
            if t.lower_.startswith("csr") or _phrase_at(doc, t.i, words["employer"])
        ),
        None,
    )
    if payer is None or spanindex.words_in(doc, words["public"], span.sent.start, span.sent.end):
        return None
    return payer


def _phrase_at(doc: Doc, i: int, phrases: frozenset[str]) -> str | None:
    """The phrase of ``phrases`` the tokens from ``i`` spell, in lower case."""
    first = doc[i].lower_ if i < len(doc) else ""
    for phrase in phrases:
        if not phrase.startswith(first):
            continue
        n = phrase.count(" ") + 1
        if i + n <= len(doc) and " ".join(t.lower_ for t in doc[i : i + n]) == phrase:
            return phrase
    return None


def _split_by_unit_type(span: Span) -> bool:
    """A figure inside a bracket right after a count of people and its noun ("11.017 Ketua RT
    (9.747 desa, 1.270 kelurahan)") is part of that count, split by the type of place (R4)."""
    doc, sentence = span.doc, span.sent
    brackets = spanindex.words_in(doc, BRACKETS, sentence.start, span.start)
    if not brackets or doc[brackets[-1]].text != "(":
        return False
    i = brackets[-1]
    counts = [
        q
        for q in spanindex.spans_ending_in(
            doc, numbers.SPAN_KEY, max(sentence.start, i - SPLIT_NOUN_WORDS), i + 1
        )
        if q.start >= sentence.start
    ]
    if not counts:
        return False
    count = max(counts, key=lambda q: (q.start, q.end))
    return extension(count, "quantity").unit is None and counted_kind(count)[0] != "reject"


BRACKETS = frozenset({"(", ")"})
POINTS_BACK_REACH = 3
"""How many words after a figure a word pointing back ("24 penerima tersebut") may stand."""


def _next_word(doc: Doc, i: int, end: int) -> Token | None:
    """The first token after ``i`` and before ``end`` that is not white space."""
    for j in range(i + 1, end):
        if not doc[j].is_space:
            return doc[j]
    return None


def _parts_total(sentence: Span) -> Decimal | None:
    """What the counts of a sentence add up to, when there are several and a word pointing back
    stands before them ("Dari jumlah tersebut, ..."), or what the counts of a list add up to,
    for an item of it ("Rincian per program: / - JHT: 4.318 kasus ... / - JKK: 1.046 kasus
    ..."); kept per sentence."""

    def total() -> Decimal | None:
        introduced = tables.lead_in(sentence)
        if introduced is not None:
            # Kept per list, not per item: every item of a long list asks for the same sum.
            return kept(
                sentence.doc,
                ("facts.list_total", introduced.start, introduced.end),
                lambda: _list_total(introduced),
            )
        figures = [q for q in numbers.figures_of(sentence) if extension(q, "quantity").unit is None]
        if len(figures) < 2:
            return None
        if _whole_pointed_back_to(figures[0]):
            # "dari 20.830 peserta tersebut, 9.460 orang petani, 6.215 nelayan ...": the whole
            # named again, then its parts.
            figures = figures[1:]
        elif not any(
            cue.label == "anaphor" and s.end <= figures[0].start for s, cue in cues_module.cues_in(sentence)
        ):
            return None
        if any(
            cue.label == "change" and s.end <= figures[0].start for s, cue in cues_module.cues_in(sentence)
        ):
            # "Jumlah itu bertambah 2.240 orang dibanding tahun sebelumnya, ketika ... 5.200": a
            # rise and where it rose from add up to the figure pointed back to, but are no parts.
            return None
        return sum(extension(q, "quantity").value for q in figures) if len(figures) >= 2 else None

    return kept(sentence.doc, ("facts.parts_total", sentence.start, sentence.end), total)


def _list_total(introduced: Span) -> Decimal | None:
    """What the counts of the items a lead-in introduces add up to, when there are two or more."""
    counts = [
        extension(q, "quantity").value
        for item in _items_of(introduced)
        for q in numbers.figures_of(item)
        if extension(q, "quantity").unit is None
    ]
    return sum(counts) if len(counts) >= 2 else None


def _items_of(introduced: Span) -> list[Span]:
    """The sentences a lead-in introduces: the items of its list or the rows of its table."""
    doc, items = introduced.doc, []
    start = introduced.end
    while start < len(doc):
        sentence = doc[start].sent
        if not doc[start].is_space:
            if tables.lead_in(sentence) != introduced:
                break
            items.append(sentence)
        start = sentence.end
    return items


def _whole_pointed_back_to(span: Span) -> bool:
    """``dari 20.830 peserta tersebut``: a whole named again, after "dari" and before a word
    pointing back."""
    doc = span.doc
    before = [t for t in doc[max(span.sent.start, span.start - 2) : span.start] if not t.is_space]
    return bool(before) and before[-1].lower_ == "dari" and _points_back(span)


def _whole_opening(whole: Span, figure: Span, previous: Latest) -> bool:
    """``Dari 2,71 juta peserta di Sumut, kelompok PU berjumlah 2,18 juta orang dan BPU 530 ribu
    orang``: a sentence that opens on a whole ("Dari N ...,") whose parts follow it, read so far
    in this sentence (the latest figure of their unit is the whole, or a part before)."""
    doc = whole.doc
    sentence = whole.sent
    opening = [t for t in doc[sentence.start : whole.start] if not t.is_space]
    return (
        len(opening) == 1
        and opening[0].lower_ == "dari"
        and any(t.text == "," for t in doc[whole.end : figure.start])
        and previous.start >= sentence.start_char
        # "Dari 743 PPPK, 412 orang merupakan guru": parts of a count of workers are what they do
        and previous.metric not in ("workforce", "population")
    )


def _points_back(span: Span) -> bool:
    """Whether a word pointing back ("tersebut", "itu") follows the figure's noun closely."""
    doc = span.doc
    after = {t.lower_ for t in doc[span.end : min(span.end + POINTS_BACK_REACH, span.sent.end)]}
    return bool(after & share_words(language.of(doc))["points_back"])


def _set_aside_before(span: Span, earlier: DecisionsSoFar) -> Decision | None:
    """``Sebanyak 24 penerima tersebut terdiri dari ...`` after ``penghargaan ... kepada 24
    penerima``: a figure whose noun points back restates the earlier figure written the same way;
    when that one was set aside, so is this one."""
    if not _points_back(span):
        return None
    latest, set_aside = earlier.quoted.get(extension(span, "quantity").text, (None, False))
    return latest if set_aside else None


def _same_target_before(metric: str, quantity: numbers.Quantity, earlier: DecisionsSoFar) -> Fact | None:
    """The latest target stated before with the same metric and value, which a target with no
    time of its own restates."""
    return earlier.latest_fact.get((metric, quantity.value))


def _sum_of_set_aside(span: Span, earlier: list[Decision]) -> Decision | None:
    """``Desanya mendaftarkan 25 ketua RT selain 11 perangkat desa. ... totalnya 36 orang``: a
    count that is the sum of the two or more counts set aside right before it, all for one reason
    (one village's), is set aside with them (the last of them is returned). Parts set aside for
    different places, as the rows of a table by district, add up to their region's figure."""
    quantity = extension(span, "quantity")
    if quantity.unit is not None:
        return None
    counts = kept(span.doc, "facts.counts_by_start", lambda: _counts_by_start(span.doc))
    near = span.sent.start_char - PARTS_REACH_CHARS
    parts: list[Decimal] = []
    for decision in reversed(earlier):
        value = counts.get(decision.start)
        if decision.start < near or decision.fact is not None or value is None or len(parts) == SUM_PARTS_MAX:
            return None
        if decision.reason != earlier[-1].reason:
            return None
        parts.append(value)
        if len(parts) > 1 and sum(parts) == quantity.value:
            return decision
    return None


SUM_PARTS_MAX = 4
"""How many counts set aside right before a figure may add up to it."""


def _counts_by_start(doc: Doc) -> dict[int, Decimal]:
    """The value of each count (a figure with no unit) by its first character."""
    quantities = (extension(q, "quantity") for q in doc.spans[numbers.SPAN_KEY])
    return {q.start: q.value for q in quantities if q.unit is None}


NUMBERED_REACH = 10
"""How many words before "berjumlah" the group of workers it numbers may stand."""


LISTED_NOUN_WORDS = 2
"""How many words the noun of an item of an elliptical list ("petani tambak 1.100") may take."""


def _worker_item_before(span: Span, counted: dict) -> str | None:
    """``lebih dari 2.000 penambang emas rakyat, nelayan 3.450, petani tambak 1.100``: an item of
    an elliptical list after a figure of its sentence, its group of workers named right before
    its figure (after a comma or "dan")."""
    doc = span.doc
    start = max(span.sent.start, span.start - LISTED_NOUN_WORDS)
    nouns = [t for t in doc[start : span.start] if counted.get(t.lower_, ("",))[0] == "worker"]
    if not nouns or nouns[0].i == 0 or not metrics.joins_items(doc[nouns[0].i - 1]):
        return None
    earlier = spanindex.first_in(doc, numbers.SPAN_KEY, span.sent.start, nouns[0].i)
    return nouns[0].text if earlier is not None else None


def _workers_numbered(span: Span) -> str | None:
    """The group of workers a figure numbers ("pekerja informal di Inhil berjumlah 74.215
    orang", "nelayan di Berau berjumlah 5.000 orang"): a worker noun before a numbering word
    right before the figure, in its clause, with no other people named between."""
    doc = span.doc
    words = share_words(language.of(doc))
    at = span.start - 1
    while at >= 0 and doc[at].lower_ in words["skip"]:
        at -= 1
    if at > 0 and doc[at].lower_ in words["estimator"] and doc[at - 1].lower_ in words["numbering"]:
        at -= 1  # "perkiraan kami tiga sampai empat ribu orang"
    clause_start, _ = clauses.clause_of(span)
    counted = counted_nouns(language.of(doc))
    if (listed := _worker_item_before(span, counted)) is not None:
        return listed
    if at < 0 or doc[at].lower_ not in words["numbering"]:
        return _workers_headed_by_jumlah(span, clause_start, counted)
    floor = clause_start
    opening = doc[clause_start]
    if opening.lower_ in words["numbering"] and opening.lower_.endswith("nya") and opening.is_sent_start:
        # "... pekerja tambang emas rakyat di sepanjang sungai. Jumlahnya diperkirakan 12-15 ribu
        # orang": the group the sentence before named.
        return _workers_named_before(span, counted)
    if opening.lower_ == "yang" and clause_start > 0 and doc[clause_start - 1].text == ",":
        # "penambang emas, yang kami perkirakan lima ribu orang": a relative clause numbers
        # the noun before its comma.
        floor = clauses.clause_of(doc[clause_start - 2 : clause_start - 1])[0] if clause_start > 1 else 0
    for i in range(at - 1, max(floor, at - NUMBERED_REACH) - 1, -1):
        kind = counted.get(doc[i].lower_, ("",))[0]
        if kind == "worker":
            return doc[i].text
        if kind in ("person", "case"):
            return None  # other people named between: "peserta ... berjumlah"
    return None


def _workers_named_before(span: Span, counted: dict) -> str | None:
    """The last worker noun of the sentence before, with no other people counted after it."""
    doc, start = span.doc, span.sent.start
    if start == 0:
        return None
    for token in reversed(doc[doc[start - 1].sent.start : start]):
        kind = counted.get(token.lower_, ("",))[0]
        if kind == "worker":
            return token.text
        if kind in ("person", "case") or token.like_num:
            return None
    return None


def _workers_headed_by_jumlah(span: Span, clause_start: int, counted: dict) -> str | None:
    """``Jumlah peternak itik saja lk. 3.000 orang``: "jumlah" and a worker noun opening the
    figure's clause, with no other people or figure between them and it."""
    doc = span.doc
    they = share_words(language.of(doc))["they"]
    for i in spanindex.words_in(doc, frozenset({"jumlah"}), clause_start, span.start):
        if i + 1 >= span.start:
            continue
        between = doc[i + 2 : span.start]
        if any(
            counted.get(t.lower_, ("",))[0] in ("person", "case", "worker") or t.like_num for t in between
        ):
            continue
        if counted.get(doc[i + 1].lower_, ("",))[0] == "worker":
            return doc[i + 1].text
        if doc[i + 1].lower_ in they and doc[i].is_sent_start:
            # "Nasib petani karet tak jauh berbeda. Jumlah mereka di OKI hampir 60 ribu orang":
            # the workers the sentence before named.
            return _workers_named_before(span, counted)
    return None


def _counted_by_its_whole(span: Span) -> tuple[str | None, str] | None:
    """``Dari 412 perusahaan yang terdaftar, 37 di antaranya ...``, ``... mencatat 14 klaim.
    Sepuluh di antaranya ...``: a figure an anaphor right after it ("di antaranya") makes a part
    of the figure before it (in its sentence, else the last of the sentence before) counts what
    that one counts."""
    doc = span.doc
    if not _a_part_pointing_back(span):
        return _counted_by_an_opening_whole(span)
    before = _counts(spanindex.spans_ending_in(doc, numbers.SPAN_KEY, span.sent.start, span.start))
    if not before and spanindex.words_in(doc, metrics.FROM, span.sent.start, span.start):
        return None  # "Dari seluruh peserta aktif, 1,28 juta di antaranya ...": the whole is named in words
    if not before:
        previous = _sentence_before(span.sent)
        before = [] if previous is span.sent else _counts(spanindex.spans_within(previous, numbers.SPAN_KEY))
    # A part is no larger than its whole: "kuota 10.000 pekerja bagi empat kabupaten. Merauke
    # mendapat 4.200 di antaranya" is a part of the 10.000.
    value = extension(span, "quantity").value
    wholes = [q for q in before if extension(q, "quantity").value >= value]
    return counted_kind(wholes[-1]) if wholes else None


def _counted_by_an_opening_whole(span: Span) -> tuple[str | None, str] | None:
    """``dari 227 perusahaan yang beroperasi di Muba, baru 181 yang ...``: a figure with no noun
    of its own ("yang" right after it), after a whole its sentence opens with "dari" and a comma
    closes, counts what the whole counts."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "yang":
        return None
    commas = spanindex.words_in(doc, metrics.COMMA, span.sent.start, span.start)
    comma = commas[-1] if commas else None
    opening = spanindex.words_in(doc, metrics.FROM, span.sent.start, comma) if comma is not None else []
    whole = spanindex.first_in(doc, numbers.SPAN_KEY, opening[0], comma) if opening else None
    if (
        whole is None
        or not _counts([whole])
        or extension(whole, "quantity").value < extension(span, "quantity").value
    ):
        return None
    return counted_kind(whole)


def _counts(figures) -> list[Span]:
    """The figures that count something (no money, no rate): what "di antaranya" can be a part of
    ("37 kecelakaan ..., dengan total klaim Rp 2,9 miliar. Tiga di antaranya ...")."""
    return [q for q in figures if extension(q, "quantity").unit is None]


DESCRIBED_REACH = 8
"""How many words before a bound the "yang" describing the regions it is set for may stand."""


def _bound_on_regions_described(span: Span) -> str | None:
    """``Kami minta kabupaten yang UCJ-nya di bawah 25 persen menambah kuota``: a bound in a
    clause that describes regions by a kind of region, not by name, is a condition they must
    meet, no figure of a region (the words "kabupaten yang")."""
    doc = span.doc
    if extension(span, "quantity").qualifier not in regions.BOUNDS:
        return None
    kinds = share_words(language.of(doc))["region_kind"]
    start = max(span.sent.start + 1, span.start - DESCRIBED_REACH)
    for i in spanindex.words_in(doc, frozenset({"yang"}), start, span.start):
        if doc[i - 1].lower_ in kinds:
            return doc[i - 1 : i + 1].text
    return None


def _region_not_named(span: Span) -> str | None:
    """``Sebuah kabupaten di Sultra memiliki 10 ribu nelayan``: a region brought in with an
    indefinite article before the figure in its sentence is no region the text names (an example
    or a supposition), so its figures are no region's."""
    doc = span.doc
    words = share_words(language.of(doc))
    layout = extension(doc, "region_layout")
    for i in spanindex.words_in(doc, words["region_kind"], span.sent.start + 1, span.start):
        # "Bintan, sebuah kabupaten di Kepri, ...": after a name, the phrase describes it.
        named_before = layout is not None and layout.anchors_in(span.sent.start, i)
        if doc[i - 1].lower_ in words["indefinite"] and not named_before:
            return doc[i - 1 : i + 1].text
    return None


def _time_pointed_back_to(span: Span, earlier: list[Decision]) -> dates.TimeRef | None:
    """The year of the latest fact before a sentence that opens by pointing back at earlier
    figures ("Dari klaim JKK dan JKM tersebut, ..."): "dari" first, then a word pointing back
    before the first comma, a few words in."""
    sentence = span.sent
    words = [t for t in sentence[:POINTING_OPENING] if not t.is_space]
    if not words or words[0].lower_ != "dari":
        return None
    opening = list(itertools.takewhile(lambda t: t.text != ",", words))
    points_back = share_words(language.of(span.doc))["points_back"]
    if len(opening) == len(words) or not any(t.lower_ in points_back for t in opening[1:]):
        return None
    for decision in reversed(earlier):
        if decision.start < sentence.start_char and decision.fact is not None and decision.fact.year:
            return dates.TimeRef(decision.fact.year, None, "carried", carried=True)
    return None


POINTING_OPENING = 8
"""How many words a sentence's opening that points back ("Dari klaim JKK dan JKM tersebut,") may take."""


def _a_part_pointing_back(span: Span) -> bool:
    """Whether an anaphor right after the figure ("Sepuluh di antaranya") makes it a part of the
    figure before."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : min(span.end + ANAPHOR_AFTER, span.sent.end)] if not t.is_space]
    of_them = share_words(language.of(doc))["of_them"]
    return any(" ".join(words[:n]) in of_them for n in range(1, len(words) + 1))


ANAPHOR_AFTER = 3
"""How many words an anaphor right after a figure may take ("di antaranya")."""


def _counts_residents(span: Span) -> bool:
    """Whether a word of all residents ("penduduk") stands right beside the figure, in its
    clause: the region's residents ("warga miskin" may be a programme's members)."""
    residents = metrics.evidence(span, None).get("population")
    return (
        residents is not None
        and residents.same_clause
        and residents.distance <= 1
        and bool(set(residents.text.lower().split()) & share_words(language.of(span.doc))["residents"])
    )


def _set_aside_opening(sentence: Span) -> int:
    """Where a sentence goes on after an opening that sets its topic aside ("Selain BPJS
    Ketenagakerjaan, nelayan juga didorong ikut asuransi nelayan ..."): the token after its
    comma, else the sentence's start."""
    doc = sentence.doc
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in share_words(language.of(doc))["besides"]:
        return sentence.start
    comma = spanindex.words_in(doc, frozenset({","}), first.i, sentence.end)
    return comma[0] + 1 if comma else sentence.start


def _another_programme(sentence: Span) -> str | None:
    """The other programme a sentence is about ("BPJS Kesehatan ... membayar klaim Rp 310
    miliar"), when it names that programme and none of this one's words; kept per sentence."""

    def find() -> str | None:
        found = cues_module.cues_in(sentence)
        aside = _set_aside_opening(sentence)
        if any(cue.label == "topic" and span.start >= aside for span, cue in found):
            return None
        words = share_words(language.of(sentence.doc))["other_programme"]
        return next((span.text for span, cue in found if span.text.lower() in words), None)

    return kept(sentence.doc, ("facts.another_programme", sentence.start, sentence.end), find)


def _pointed_back_to(span: Span, earlier: list[Decision]) -> Fact | None:
    """The count of people read shortly before that a figure pointing back restates: its noun
    followed by "itu" or "tersebut" ("12 ribu pekerja itu"), its value that count's, rounded
    (only the last few facts are looked at)."""
    if not _points_back(span):
        return None
    value = float(extension(span, "quantity").value)
    recent = [
        d.fact for d in earlier[-POINTED_BACK_LOOKED_AT:] if d.fact is not None and d.fact.unit == "person"
    ]
    return next(
        (f for f in reversed(recent) if abs(value - f.value) <= ZEROS_RESTATE_SHARE * f.value),
        None,
    )


POINTED_BACK_LOOKED_AT = 10
"""How many decisions back a figure pointing back may find what it restates."""


RESTATABLE_MIN = Decimal(1000)
"""Counts and amounts from this size up are distinctive enough to recognise when restated."""


def _restatable(span: Span) -> tuple | None:
    """The key a figure is recognised by when the article states it again: its value, for a
    figure precise enough not to recur by chance (a count or amount of four digits or more, a
    rate with decimals)."""
    quantity = extension(span, "quantity")
    if quantity.unit == "percent":
        distinctive = quantity.value != quantity.value.to_integral_value()
    else:
        distinctive = quantity.value >= RESTATABLE_MIN
    return (quantity.unit, quantity.value, quantity.value_max) if distinctive else None


def _whole_of_parts(span: Span, earlier: list[Decision]) -> Fact | None:
    """``Total peserta 35 juta. Akhir tahun lalu 30,6 juta. Dari jumlah tersebut, 22 juta pekerja
    formal, 4,6 juta informal dan 8 juta jasa konstruksi``: counts listed after words that point
    back are parts of the earlier fact they add up to (within a few percent), and count what it
    counts, when it does: people, or cases ("48 korban ... 14 orang meninggal dunia, 19 orang
    luka berat dan 15 orang luka ringan")."""
    sentence = span.sent
    total = _parts_total(sentence)
    if total is None:
        return None
    near = sentence.start_char - PARTS_REACH_CHARS
    for decision in reversed(earlier):
        fact = decision.fact
        if decision.start < near:
            break
        if fact is None or decision.start >= sentence.start_char or fact.unit not in ("person", "case"):
            continue
        if abs(Decimal(str(fact.value)) - total) <= PARTS_TOLERANCE * total:
            return fact
    return None


def _whole_broken_down(span: Span, earlier: list[Decision], unit: str) -> Fact | None:
    """``... sepanjang 2024 mencapai Rp 187,3 miliar. ... JHT Rp 151,8 miliar ... JP Rp 14,2
    miliar ... JKK Rp 12,6 miliar ... JKM Rp 7,9 miliar ... JKP Rp 0,8 miliar``: a figure of a
    run of figures that add up to an earlier fact (``_breakdowns``) is a part of that fact, over
    however many sentences the breakdown runs, with no word pointing back; cases are no part of
    a count of people."""
    whole_start = kept(span.doc, "facts.breakdowns", lambda: _breakdowns(span.doc)).get(span.start_char)
    if whole_start is None:
        return None
    for decision in reversed(earlier):
        if decision.start < whole_start:
            break
        if decision.start == whole_start and decision.fact is not None:
            # Cases are no part of a count of people (those paid may be part of the cases).
            return None if unit == "case" and decision.fact.unit == "person" else decision.fact
    return None


def _listed_under(span: Span, whole: Fact) -> bool:
    """``Pekerja terlindungi: 612.950 orang`` then ``- Penerima upah: 571.300``, ``- Bukan
    penerima upah: 34.210``: a part that is an item of a list starting on the line right after
    the whole's line (blank lines aside) is listed under it, and counts what it counts."""
    text = doc_text(span.doc)
    items = kept(span.doc, "facts.list_items", lambda: list_items(text))
    item = list_item_at(items, text, span.start_char)
    if item is None:
        return False
    line_end = text.find("\n", whole.end)
    return line_end != -1 and line_end <= item[1] and not text[line_end : item[1]].strip()


def _breakdowns(doc: Doc) -> dict[int, int]:
    """The first character of each figure that, with the figures of its kind (amounts, or
    whole counts) next to it, adds up to a figure of its kind before it, mapped to that whole's first
    character. A run has two to ``BREAKDOWN_PARTS_MAX`` figures, all within
    ``BREAKDOWN_REACH_CHARS`` after the whole, and a whole may be broken down more than once (by
    segment, then by region); the nearest whole a figure adds up to wins (the body's figure, not
    the headline's it repeats)."""
    by_kind: dict[str | None, list[numbers.Quantity]] = {}
    in_tables: set[int] = set()
    for span in doc.spans[numbers.SPAN_KEY]:
        quantity = extension(span, "quantity")
        counted = quantity.unit is not None or quantity.value == quantity.value.to_integral_value()
        if quantity.unit in (None, "IDR") and quantity.value_max is None and counted:
            by_kind.setdefault(quantity.unit, []).append(quantity)
            if tables.header_of(span) is not None:
                in_tables.add(quantity.start)
    parts: dict[int, int] = {}
    for figures in by_kind.values():
        for w, whole in enumerate(figures):
            if whole.value < BREAKDOWN_WHOLE_MIN or whole.start in in_tables:
                # A cell of a table is broken down by the table's own rows and columns, not by
                # the cells after it ("1.008.000.000" of one row is no sum of the next rows').
                continue
            following = [
                q
                for q in figures[w + 1 : w + 1 + BREAKDOWN_SPAN]
                if q.start - whole.end <= BREAKDOWN_REACH_CHARS
            ]
            while run := _run_adding_up_to(whole.value, following):
                # Every breakdown of the whole: by segment, then by region.
                for part in run:
                    parts[part.start] = whole.start
                following = following[following.index(run[-1]) + 1 :]
    return parts


def _run_adding_up_to(total: Decimal, figures: list[numbers.Quantity]) -> list[numbers.Quantity]:
    """The first run of two or more consecutive ``figures`` that adds up to ``total``, as
    closely as their rounding allows (``_rounding``, never off by more than
    ``BREAKDOWN_SLACK_MAX``): the closest of the runs from one first figure. Exact counts must
    add up exactly.

    >>> q = lambda v: numbers.Quantity(Decimal(v))
    >>> amounts = ["163600000000", "151800000000", "14200000000", "12600000000", "7900000000", "800000000"]
    >>> [f.value / 10**8 for f in _run_adding_up_to(Decimal("187300000000"), [q(v) for v in amounts])]
    [Decimal('1518'), Decimal('142'), Decimal('126'), Decimal('79'), Decimal('8')]
    >>> _run_adding_up_to(Decimal("159003"), [q("22307"), q("121186"), q("10249"), q("4800")])
    []
    """
    for first in range(len(figures)):
        added, slack, best = Decimal(0), _rounding(total), None
        for last in range(first, min(len(figures), first + BREAKDOWN_PARTS_MAX)):
            added += figures[last].value
            slack += _rounding(figures[last].value)
            off, within = abs(added - total), min(slack, BREAKDOWN_SLACK_MAX * total)
            if added > total + within:
                break
            if last > first and off <= within and (best is None or off < best[0]):
                best = (off, last)
        if best is not None:
            return figures[first : best[1] + 1]
    return []


def _rounding(value: Decimal) -> Decimal:
    """Half the unit of a figure's last written digit when its trailing zeros suggest rounding
    (``Rp 151,8 miliar``: 0,05 miliar), else nothing (``7.415`` is exact).

    >>> [str(_rounding(Decimal(v))) for v in ("151800000000", "7415", "4800")]
    ['5E+7', '0', '5E+1']
    """
    exponent = value.normalize().as_tuple().exponent
    return Decimal(0) if exponent <= 0 else Decimal(5).scaleb(exponent - 1)


BREAKDOWN_PARTS_MAX = 8
"""How many figures a breakdown into parts may have."""
BREAKDOWN_SPAN = 12
"""How many figures of its kind after a whole its parts may stand among."""
BREAKDOWN_REACH_CHARS = 1500
"""How far after a whole its parts may stand (a few paragraphs)."""
BREAKDOWN_SLACK_MAX = Decimal("0.01")
"""However round the figures, parts add up to their whole within this share of it."""
BREAKDOWN_WHOLE_MIN = 20
"""The least whole a breakdown is looked for (small counts add up by chance: 2 + 3 = 5)."""


def _several_regions_counted(sentence: Span) -> bool:
    """A sentence counting several regions together ("di seluruh provinsi di Sulawesi, Maluku,
    dan Maluku Utara", "empat provinsi"): its large figure is theirs together, not the nation's."""
    return any(group.label_ == "several" for group in spanindex.spans_within(sentence, regions.GROUP_KEY))


def _on_topic(span: Span, metric: str) -> bool:
    """A figure speaks of the programme when its passage does (``topic.py``); in an article about
    the programme, so does any figure but a budget, which needs its own sentence or a neighbour
    to tie it to the programme, since "anggaran", "APBD" and "dana" are said of every purse."""
    if topic.passage_on_topic(span):
        return True
    if metric in CONTEXT_METRICS:
        # The workforce and population of the region are the denominators of its coverage,
        # wherever an article that speaks of the programme states them.
        return topic.article_mentions_topic(span.doc)
    if not topic.article_on_topic(span.doc):
        return False
    return metric != "budget" or _budget_tied(span)


def _budget_tied(span: Span) -> bool:
    """A budget whose sentence, the one before it (ending the paragraph before, too: a quote
    going on with what was said) or the one after it in its paragraph, names the premiums it
    pays, the programme, or points back to it ("Anggaran iuran untuk RT dan RW ...",
    "dialokasikan untuk program ini", "... anggaran Rp 3,36 miliar. Iurannya Rp16.800"), or whose
    own sentence enrols people ("akan mendaftarkan 1.800 nelayan dengan pagu Rp362,9 juta")."""
    doc, sentence = span.doc, span.sent
    # Past a paragraph break too: the quote a paragraph goes on with is its neighbour.
    before = _sentence_before(sentence)
    sentences = [sentence, before]
    if before is not sentence and before.text.strip().endswith("?"):
        # "Untuk tahun depan?" / "Kami usulkan ... anggaran sekitar Rp1 miliar": an interview's
        # answer goes on with the answer before the question.
        sentences.extend(_paragraph_before(before))
    if sentence.end < len(doc) and "\n\n" not in doc_text(doc)[sentence.end_char : doc[sentence.end].idx + 1]:
        sentences.append(doc[sentence.end].sent)
    first = _first_row(sentence)
    if first is not sentence:
        # "Rekap 2024 (daerah; pekerja rentan; anggaran iuran)" over rows of cells: each row's
        # budget is tied as the first row's is, by the caption above them all.
        sentences.extend((first, _sentence_before(first)))
    own = cues_module.cues_in(sentence)
    if any(cue.label == "enrols" for _, cue in own):
        return True  # "akan mendaftarkan 1.800 nelayan ... dengan pagu Rp362,9 juta"
    labels = {cue.label for s in sentences for _, cue in cues_module.cues_in(s)}
    if labels & TIES_TO_PROGRAMME:
        return True
    # "... memperluas kepesertaan kepada ketua RT. Sasarannya 2.500 orang, dengan anggaran ...
    # Rp504 juta": enrolment beside it, unless the budget names another purpose of its own
    # ("Anggaran pelatihan disiapkan Rp900 juta" after people trained and enrolled).
    return "stock" in labels and not any(cue.label == "reject" and s.end <= span.start for s, cue in own)


def _lead_in_time(time: dates.TimeRef, span: Span) -> dates.TimeRef:
    """A row of a table or an item of a list with no time of its own takes its lead-in's
    ("Berikut rincian klaim ... sepanjang 2024:"), over one carried from the sentences before.
    Of a lead-in that dates its data and names a budget's year ("Capaian UCJ per 31 Desember
    2025 dan alokasi APBD 2026"), the data's date dates the rows (the budget's column names its
    year in its header)."""
    if time.kind != "now" and not time.carried:
        return time
    introduced = tables.lead_in(span.sent)
    if introduced is None:
        return time
    own = [extension(t, "time") for t in spanindex.spans_within(introduced, dates.SPAN_KEY)]
    dated = [t for t in own if t.kind != "budget"] or own
    return replace(dated[-1], carried=True) if dated else time


def _standing_rate_time(time: dates.TimeRef, span: Span) -> dates.TimeRef:
    """A premium or standard benefit stated as a rule is today's: a plan's future year carried
    from the sentence before ("tahun depan ... 58 juta. Iuran paling rendah Rp 16.800"), or the
    year a review looks back on, does not date it. The metric is not known yet, so this looks at
    the figure itself: money with no time of its own in its sentence, dated after publication or
    by the review."""
    doc = span.doc
    quantity = extension(span, "quantity")
    # "berhak atas beasiswa hingga Rp 174 juta" after "meninggal pada Oktober tahun lalu": the
    # most a benefit pays is a rule, not the year the story before it told of.
    ceiling = time.carried and quantity.qualifier == "up_to"
    dated = _is_future(time, doc) or time.kind == "reviewed" or ceiling
    if quantity.unit != "IDR" or not dated or dates.now(doc) is None:
        return time
    sentence = span.sent
    if spanindex.spans_within(sentence, dates.SPAN_KEY):
        return time
    cues = {cue.label for _, cue in cues_module.cues_in(sentence)}
    ranges = metrics.money_ranges(language.of(doc))
    # Only an amount the size of a premium or a benefit is the rule: "Rp 16.800 per bulan dikali
    # 12 bulan untuk 5.000 pekerja, total Rp 1,008 miliar" keeps the plan's year for the total.
    if not any(
        label in cues and ranges[metric][0] <= quantity.value <= ranges[metric][1]
        for label, metric in FLAT_RATE_METRIC_OF.items()
    ):
        return time
    return dates.TimeRef(dates.now(doc).year, None, "now")


def _flat_rate_region(span: Span, metric: str) -> list[regions.Region]:
    """A standard benefit or premium quoted in a sentence that names no region is the article's
    region's (SCHEMA.md: national flat rates belong to the region the article is about), not
    that of a region the sentences before happened to name."""
    if metric not in FLAT_RATE_METRICS or extension(span.doc, "main_region") is None:
        return []
    if regions.counts_regions_back(span):
        return []  # "Kedua pemkab sama-sama membayar Rp16.800": each of the two
    if each := regions.each_counted_after(span):
        return each  # "iuran Rp16.800 ... bagi pekerja rentan di kedua kabupaten": each one's
    main = extension(span.doc, "main_region")
    if metric == "benefit_amount" and _paid_to_people_counted(span):
        # "... membayar santunan kepada tiga ahli waris, masing-masing Rp190 juta" after a sentence
        # about Sarolangun: what these heirs were paid, where the sentences before place them, no
        # standard rate. Not the province around the story's region, which only places it.
        placed = regions.regions_for(span)
        if placed and all(r != main and r.code != main.province_code for r in placed):
            return []
    named = {
        extension(m, "region")
        for m in spanindex.spans_within(span.sent, regions.SPAN_KEY)
        if extension(m, "mention") in regions.NAMING
    }
    # "... santunan JKM sebesar Rp42 juta kepada ..., pedagang di Kelurahan X, Kota Serang": a
    # sentence naming the story's region alone leaves the rate the story's region's.
    return [main] if named <= {main} else []


def _row_of_a_region(span: Span, label: str) -> bool:
    """Whether a table row's label is a region's name ("Kota Denpasar", "Badung")."""
    names = gazetteer(language.of(span.doc)).names
    return bare_name(label).lower() in names or label.lower() in names


def _paid_to_people_counted(span: Span) -> bool:
    """Whether a count of people or cases stands before an amount in its sentence: the amount is
    what they were paid."""
    before = spanindex.spans_in(span.doc, numbers.SPAN_KEY, span.sent.start, span.start)
    return any(
        extension(q, "quantity").unit in ("person", "case")
        or counted_kind(q)[0] in ("person", "worker", "case", "child")
        for q in before
    )


def _retracted(doc: Doc) -> dict[tuple, str]:
    """Figures the text takes back, wherever they stand: "Bukan 12 ribu, melainkan 10.450 peserta"
    retracts 12 ribu (keyed by value and kind of unit, with the words that retract it)."""
    words = share_words(language.of(doc))
    found = {}
    for span in doc.spans[numbers.SPAN_KEY]:
        before = [t for t in doc[max(span.sent.start, span.start - 2) : span.start] if not t.is_space]
        if not before or before[-1].lower_ not in words["negates"]:
            continue
        rest = doc[span.end : min(span.end + RETRACTION_WORDS, span.sent.end)]
        instead = next((t for t in rest if t.lower_ in words["instead"]), None)
        other = instead and spanindex.first_in(doc, numbers.SPAN_KEY, instead.i + 1, span.sent.end)
        quantity = extension(span, "quantity")
        if other is not None and _unit_kind(extension(other, "quantity").unit) == _unit_kind(quantity.unit):
            key = (plain_number(quantity.value), _unit_kind(quantity.unit))
            found[key] = doc[before[-1].i : other.end].text
    found.update(_revised(doc, words["revises"]))
    found.update(_written_before(doc, words["written_before"]))
    found.update(_misspoken(doc, words["misspoke"]))
    return found


MISSPOKE_REACH = 6
"""How many tokens a figure, the word that corrects it and the right figure span together."""


def _misspoken(doc: Doc, misspoke: frozenset[str]) -> dict[tuple, str]:
    """``Usulan kami untuk 22 ribu... maaf, koreksi, 21 ribu pekerja``: a figure a speaker
    corrects at once, with a word of correction and then a figure of the same kind of unit, is
    taken back."""
    found = {}
    for i in spanindex.word_positions(doc, misspoke):
        before = spanindex.spans_in(doc, numbers.SPAN_KEY, max(0, i - MISSPOKE_REACH), i)
        after = spanindex.first_in(doc, numbers.SPAN_KEY, i + 1, min(len(doc), i + MISSPOKE_REACH))
        if not before or after is None or after.start - before[-1].end > MISSPOKE_REACH:
            continue
        wrong, right = extension(before[-1], "quantity"), extension(after, "quantity")
        if _unit_kind(wrong.unit) == _unit_kind(right.unit) and wrong.value != right.value:
            found[(plain_number(wrong.value), _unit_kind(wrong.unit))] = doc[
                before[-1].start : after.end
            ].text
    return found


def _written_before(doc: Doc, phrases: frozenset[str]) -> dict[tuple, str]:
    """``14.600 (sebelumnya tertulis 12.000) pekerja``: a figure in brackets after words saying
    the article printed it before is taken back."""
    found = {}
    last_words = frozenset(phrase.split()[-1] for phrase in phrases)
    for i in spanindex.word_positions(doc, last_words):
        if i < 2 or f"{doc[i - 1].lower_} {doc[i].lower_}" not in phrases or doc[i - 2].text != "(":
            continue
        figure = spanindex.first_in(doc, numbers.SPAN_KEY, i + 1, min(i + 3, len(doc)))
        if figure is not None:
            quantity = extension(figure, "quantity")
            found[(plain_number(quantity.value), _unit_kind(quantity.unit))] = doc[i - 1 : figure.end].text
    return found


def _revised(doc: Doc, revises: frozenset[str]) -> dict[tuple, str]:
    """``menyebut ... 9.500 pekerja rentan. Namun ..., angka itu direvisi menjadi 8.950 orang``:
    the figure before a word of revision and "menjadi" (in its sentence, else the one before)
    with the unit of the new figure after it is taken back."""
    found = {}
    for i in spanindex.word_positions(doc, revises):
        sentence = doc[i].sent
        if i + 1 >= sentence.end or doc[i + 1].lower_ != "menjadi":
            continue
        new = spanindex.first_in(doc, numbers.SPAN_KEY, i + 2, sentence.end)
        if new is None:
            continue
        kind = _unit_kind(extension(new, "quantity").unit)
        previous = _sentence_before(sentence)
        earlier = [
            q
            for q in spanindex.spans_in(doc, numbers.SPAN_KEY, previous.start, i)
            if q.end <= i and _unit_kind(extension(q, "quantity").unit) == kind
        ]
        if earlier and extension(earlier[-1], "quantity").value != extension(new, "quantity").value:
            key = (plain_number(extension(earlier[-1], "quantity").value), kind)
            found[key] = doc[i : new.end].text
    return found


RETRACTION_WORDS = 4
"""How far after a figure taken back the word that brings the right one may stand."""


def _unit_kind(unit: str | None) -> str:
    return "count" if unit in (None, "person", "case") else unit


PAID_KINDS = frozenset({"person", "worker", "case"})
"""What a count of those a benefit was paid to counts."""
PRODUCT_TOLERANCE = Decimal("0.005")
"""A sum paid works out as a benefit times a count within this share of it."""


def _column_of_no_people(doc: Doc, header: tables.Header) -> str | None:
    """Why a table's column counts no people: its header opens with a noun of things that are
    never coverage ("Desa", "Jumlah Desa", "Perusahaan"), not one that only says what the rows
    are ("PER KABUPATEN (peserta aktif | UCJ)")."""
    skip = share_words(language.of(doc))["skip"]  # "Jumlah Desa", "Total perusahaan"
    words = [w for w in re.findall(r"\w+", header.text.lower()) if w not in skip]
    if not words:
        return None
    kind, reason = counted_nouns(language.of(doc)).get(words[0], (None, ""))
    return reason if kind == "reject" else None


PLACES_LISTED_WITHIN = 6
"""How many tokens after a place's name another place joined to it may start."""


def _a_year_in_words(span: Span) -> bool:
    """Whether a number in words is a year said aloud ("APBD tahun dua ribu dua puluh lima")."""
    value = extension(span, "quantity").value
    return (
        YEARS_SAID[0] <= value <= YEARS_SAID[1]
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "tahun"
    )


YEARS_SAID = (1900, 2100)
"""The numbers a year said in words after "tahun" may be."""


def _in_a_name(span: Span) -> bool:
    """Whether a number in words is written with a capital inside its sentence, as part of a
    name ("Kota Sejuta Angkot", "Gerakan Seribu Kartu")."""
    return span[0].is_title and not span[0].is_sent_start


def _several_places(doc: Doc, name: int) -> bool:
    """Whether the capitalised name at token ``name`` is the first of a list of places ("Belo,
    Monta, dan Lambu"): a comma or "dan" then another capitalised name follows it soon."""
    for i in range(name + 1, min(name + PLACES_LISTED_WITHIN, len(doc) - 1)):
        token = doc[i]
        if token.text in (".", ";", "(", ")") or token.is_space and "\n" in token.text:
            return False
        if metrics.joins_items(token):
            if spanindex.first_in(doc, numbers.SPAN_KEY, name + 1, i) is not None:
                return False  # a figure between: each place has its own ("Ubung Kaja seribu orang dan")
            following = doc[i + 1]
            if following.lower_ in ("dan", "serta") and i + 2 < len(doc):
                following = doc[i + 2]
            return following.is_title and not following.like_num
    return False


def _rate_left_unmarked(span: Span) -> str | None:
    """``UCJ kabupaten sudah 44,1 persen, kita masih di bawah 30``: a bare number under a hundred
    that ends its clause, after a percentage of its sentence, is a rate too, its sign left out;
    no count of people."""
    if extension(span, "quantity").value >= 100:
        return None
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is not None and not after.is_punct and not after.is_space:
        return None
    sentence = span.sent
    ends, rates = kept(  # the sentence's rates, found once for all its bare numbers
        span.doc, ("facts.rates", sentence.start, sentence.end), lambda: _rates_of(sentence)
    )
    before = bisect.bisect_right(ends, span.start)
    return rates[before - 1] if before else None


def _rates_of(sentence: Span) -> tuple[list[int], list[str]]:
    """Where the percentages of a sentence end, and their texts."""
    rates = [q for q in numbers.figures_of(sentence) if extension(q, "quantity").unit == "percent"]
    return [q.end for q in rates], [q.text for q in rates]


def _benefits_times_people(span: Span, earlier: DecisionsSoFar) -> str | None:
    """An amount that works out as a benefit stated just before it (in its sentence or the one
    before) times a count of people or cases of that benefit's sentence or the one before it: the
    sum paid out to them ("12 ahli waris ..., masing-masing Rp 42 juta. Jadi totalnya Rp 504 juta";
    "tiga nelayan meninggal. Ahli warisnya menerima masing-masing Rp42 juta, totalnya Rp126 juta")."""
    doc = span.doc
    value = extension(span, "quantity").value
    reach = _sentence_before(span.sent).start_char
    for decision in _facts_back(span, earlier, "benefit_amount", reach):
        fact = decision.fact
        benefit = doc.char_span(decision.start, decision.end, alignment_mode="expand")
        before = _sentence_before(benefit.sent)
        counted = numbers.figures_of(benefit.sent)
        if before is not benefit.sent:
            counted = [*numbers.figures_of(before), *counted]
        for count in counted:
            quantity = extension(count, "quantity")
            if quantity.unit is not None or quantity.value < 2 or counted_kind(count)[0] not in PAID_KINDS:
                continue
            if abs(quantity.value * Decimal(str(fact.value)) - value) <= PRODUCT_TOLERANCE * value:
                return f"{count.text} × {fact.quote}"
    return None


def _as_corrected(
    span: Span,
    notice: corrections.Notice,
    decisions: list[Decision],
    taken_back: dict[tuple, str],
    read_wrong: Callable[[Span], list[Decision]],
    body_start: int,
) -> list[Decision]:
    """The decision on a figure of a correction notice. A right figure takes the fact its wrong
    one made in the body (region, year and metric), and the wrong one is taken back (into
    ``taken_back``); the notice's other figures repeat the body, or say what was wrong. Where
    the body was mended and prints neither figure, the right one takes the fact the wrong one
    makes read in the notice's own words (``read_wrong``: "menyebut cakupan Kota Bekasi 64,1
    persen. Angka yang benar adalah 46,1 persen")."""
    quantity: numbers.Quantity = extension(span, "quantity")
    sentence = span_text(span.sent).strip()

    def decision(fact: Fact | None, reason: str) -> list[Decision]:
        return [Decision(quantity.text, quantity.start, quantity.end, sentence, fact, reason)]

    pair = next((c for c in notice.corrections if c.right.start == span.start), None)
    if pair is None:
        wrong = any(c.wrong.start == span.start for c in notice.corrections)
        return decision(
            None, "printed wrongly, says the correction notice" if wrong else "in a correction notice"
        )
    was = extension(pair.wrong, "quantity")
    key = (plain_number(was.value), _unit_kind(was.unit))
    printed = next(
        (
            d.fact
            for d in reversed(decisions)
            if d.fact is not None
            and d.start < notice.start
            and (d.fact.value, _unit_kind(d.fact.unit)) == key
        ),
        None,
    )
    if printed is None:
        if _printed_in_the_body(span, notice, body_start):
            return decision(None, f"corrects {pair.wrong.text!r}, which the article no longer prints")
        printed = next((d.fact for d in read_wrong(pair.wrong) if d.fact is not None), None)
        if printed is None:
            return decision(None, f"corrects {pair.wrong.text!r}, which says nothing of coverage")
    else:
        taken_back[key] = f"corrected to {quantity.text!r} by {notice.by}"
    fact = replace(
        printed,
        value=plain_number(quantity.value),
        value_max=plain_number(quantity.value_max),
        qualifier=_qualifier(quantity, printed.metric),
        sentence=sentence,
        start=quantity.start,
        end=quantity.end,
        quote=quantity.text,
        id="",
    )
    return decision(fact, f"{fact.metric}: corrects {pair.wrong.text!r} ({notice.by})")


def _printed_in_the_body(span: Span, notice: corrections.Notice, body_start: int) -> bool:
    """Whether the body, outside the notice, prints the figure ``span`` of a notice (the right
    one, where the body was mended)."""
    quantity: numbers.Quantity = extension(span, "quantity")
    doc = span.doc
    # Read once per notice: a notice pairing many figures stays linear.
    printed = kept(
        doc,
        ("facts.printed_outside", notice.start, notice.end, body_start),
        lambda: {
            (other.value, _unit_kind(other.unit))
            for q in doc.spans[numbers.SPAN_KEY]
            if q.start_char >= body_start and not notice.start <= q.start_char < notice.end
            for other in [extension(q, "quantity")]
        },
    )
    return (quantity.value, _unit_kind(quantity.unit)) in printed


def _without_retracted(decisions: list[Decision], retracted: dict[tuple, str]) -> list[Decision]:
    """The decisions, with the facts of a figure the text takes back made no facts."""
    if not retracted:
        return decisions
    kept = []
    for decision in decisions:
        fact = decision.fact
        said = fact and retracted.get((fact.value, _unit_kind(fact.unit)))
        if said:
            decision = replace(decision, fact=None, reason=f"taken back by the text ({said!r})")
        kept.append(decision)
    return kept


RATIO_BASES = frozenset({10, 100})
"""The round wholes of a proportion: "enam dari sepuluh PMI", "1 dari 100 pekerja" ("312 dari
1.000 peserta" may well be a count of the thousand)."""


ONE_IN_MOST = 10
"""The largest whole of "one (or a few, in words) in N" read as a proportion ("satu dari tiga",
"dua dari tiga")."""


def _ratio(span: Span) -> str | None:
    """``enam dari sepuluh PMI``: two numbers around "dari", the second a round whole (ten, a
    hundred), or one in a few (``satu dari tiga``), make a proportion, whichever of the two the
    figure is."""
    doc = span.doc
    for first, second in ((span, _next_figure(span)), (_previous_figure(span), span)):
        if (
            first is None
            or second is None
            or second.start != first.end + 1
            or doc[first.end].lower_ != "dari"
        ):
            continue
        part, whole = extension(first, "quantity"), extension(second, "quantity")
        # "satu dari tiga", "dua dari tiga pekerja": a few in a few, in words
        few_in_few = part.value < whole.value <= ONE_IN_MOST and (part.value == 1 or part.in_words)
        if (whole.value in RATIO_BASES or few_in_few) and whole.unit is None:
            return doc[first.start : second.end].text
    return None


def _next_figure(span: Span) -> Span | None:
    return spanindex.first_in(span.doc, numbers.SPAN_KEY, span.end, span.sent.end)


def _previous_figure(span: Span) -> Span | None:
    before = spanindex.spans_ending_in(span.doc, numbers.SPAN_KEY, span.sent.start, span.start + 1)
    return before[-1] if before else None


def _share_of_a_group_before(span: Span) -> bool:
    """``sekitar 96 ribu pekerja, dan 70 persen di antaranya petani karet``: a percentage right
    before words pointing back to a group is a share of that group, no rate of a list."""
    following = span.doc[span.end : span.end + ANAPHOR_WORDS]
    return any(cue.label == "anaphor" and s.start == span.end for s, cue in cues_module.cues_in(following))


ANAPHOR_WORDS = 3
"""The most words of a phrase pointing back ("dari jumlah tersebut")."""


def _continued(
    span: Span, unit: str, choice: metrics.Choice, last: dict[str, Latest]
) -> metrics.Choice | None:
    """The metric of the article's latest figure of the same unit (a fact, or a figure read for
    several regions together), for a figure with no cue of its own that continues it:

    - a percentage naming a region after a coverage rate: one more rate of a list ("Kabupaten
      Madiun berada di posisi berikutnya dengan 38,9 persen");
    - people the sentence points back to ("dari jumlah itu, 3.870 orang merupakan pengemudi
      ojol", "di antaranya"): a part of the figure before;
    - money a change leads to ("dinaikkan menjadi Rp 2,4 miliar"): the same amount, changed, or
      starts from ("tumbuh ... dibanding 2023 yang sebesar Rp 163,6 miliar").
    """
    previous = last.get("percent" if unit == "percent" else "IDR" if unit == "IDR" else "person")
    if previous is None or "another kind" in choice.reason:
        return None
    sentence = span.sent
    labels = {cue.label for _, cue in cues_module.cues_in(sentence)}
    introduced = tables.lead_in(sentence)
    if introduced is not None:
        labels |= {cue.label for _, cue in cues_module.cues_in(introduced)}
    if unit == "percent":
        names_region = bool(spanindex.spans_within(sentence, regions.SPAN_KEY))
        modal = metrics.modality(span)
        planned = modal is not None and modal.label in ("target", "result")
        # "Untuk 2026, minimal 45 persen" after a coverage target: the next one, dated ahead.
        time = dates.time_for(span)
        ahead = previous.metric == "coverage_target_pct" and not time.carried and _is_future(time, span.doc)
        # "naik dari 32,9 persen di semester I menjadi 34,6 persen" after that rate: where it rose from.
        started = modal is not None and modal.label == "from" and previous.metric == "coverage_pct"
        # "Katingan ditargetkan naik ke 30 persen. Tahun lalu angkanya 15,1 persen": where the
        # region stood, dated before the target of the sentence before.
        stood = (
            previous.metric == "coverage_target_pct"
            and not time.carried
            and _is_past(time, span.doc)
            and _in_the_sentence_before(previous, sentence)
        )
        # "Tahun depan kami pasang target 58 persen" after a coverage rate: the next rate aimed at.
        follows = (
            previous.metric in ("coverage_pct", "coverage_target_pct")
            and (names_region or planned or ahead or started or stood)
            and not _share_of_a_group_before(span)
            # "Sekitar 65 persen pekerja Kotim bekerja di sektor sawit": a share of the workers by
            # what they do, which no word of coverage makes a rate.
            and not (names_region and counted_kind(span)[0] in ("worker", "person"))
        )
    elif unit == "IDR":
        modal = metrics.modality(span)
        changed = modal is not None and modal.label in ("result", "change") and modal.distance <= 1
        follows = changed or metrics.level_at_a_baseline(span)
    else:
        # "Dari 6.200 peserta itu, 2.870 orang adalah nelayan": a part of the whole named again.
        first = spanindex.first_in(span.doc, numbers.SPAN_KEY, sentence.start, span.start)
        pointed_back = first is not None and (
            _whole_pointed_back_to(first) or _whole_opening(first, span, previous)
        )
        follows = "anaphor" in labels or pointed_back or _a_series_by_time(span, previous)
        if first is not None and _whole_pointed_back_to(first) and counted_kind(first)[0] == "reject":
            # "dari 96 perusahaan itu, 61 sudah melunasi": a part of a count of companies counts them.
            follows = False
    if not follows:
        return None
    metric = previous.metric
    if unit == "percent":
        aimed = modal is not None and modal.label == "target" or _is_future(time, span.doc)
        metric = "coverage_target_pct" if aimed else "coverage_pct"
    return metrics.Choice(metric, f"continues {previous.quote!r} before it", 0.3)


SERIES_GAP = 2
"""The most words between a month and the first figure of a series by month ("Januari tercatat")."""


def _a_series_by_time(span: Span, previous: Latest) -> bool:
    """``Pada Januari tercatat 53.104 peserta, Februari 53.560, Maret 53.977``: a figure right
    after a month's name, the latest one of its unit earlier in the sentence a few words after a
    month's name too: the same count, in another month."""
    doc, sentence = span.doc, span.sent
    if not sentence.start_char <= previous.start < span.start_char:
        return False
    months = time_lexicon(language.of(doc)).months
    first = spanindex.token_at(doc, previous.start)
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in months
        and any(doc[i].lower_ in months for i in range(max(sentence.start, first - SERIES_GAP - 1), first))
    )


def _compared_with_the_one_before(
    span: Span, choice: metrics.Choice, last: dict[str, Latest]
) -> metrics.Choice | None:
    """``... 48 ribu pekerja formal yang belum terlindungi. Jumlah pekerja informal bahkan lebih
    besar, mencapai 68 ribu orang``: a count whose sentence, before it and before any other
    figure, calls its group larger or smaller with no object of comparison sets it against the
    count of the sentence before, and counts what that one counted. A word of what it counts
    in the sentence itself (not a mere group noun) says more."""
    previous = last.get("person")
    doc, sentence = span.doc, span.sent
    if previous is None or choice.metric not in (None, "workforce") or sentence.start == 0:
        return None
    if not _in_the_sentence_before(previous, sentence):
        return None
    if spanindex.first_in(doc, numbers.SPAN_KEY, sentence.start, span.start) is not None:
        return None
    words = share_words(language.of(doc))
    for i in range(sentence.start, span.start - 2):
        if f"{doc[i].lower_} {doc[i + 1].lower_}" in words["than_before"]:
            if doc[i + 2].lower_ in words["compares"] | {"dari"}:
                return None  # "lebih banyak dari tahun lalu": compared with something named
            if not _another_kind_of_the_same(doc, previous, sentence.start, i):
                return None
            said = f"{doc[i].text} {doc[i + 1].text}"
            return metrics.Choice(previous.metric, f"{said!r} than {previous.quote!r} before it", 0.5)
    return None


def _another_kind_of_the_same(doc: Doc, previous: Latest, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` name the noun of the figure before with another word of
    its kind ("pekerja informal" after "48 ribu pekerja formal"): a group set beside that one. The
    noun alone or with a place ("jumlah pekerja di kabupaten") is everyone, another measure."""
    figure = doc.char_span(previous.start, previous.start + len(previous.quote), alignment_mode="expand")
    if figure is None or figure.end + 1 >= len(doc):
        return False
    noun, kind = doc[figure.end], doc[figure.end + 1]
    return any(
        doc[i].lower_ == noun.lower_
        and doc[i + 1].is_alpha
        and not doc[i + 1].is_stop
        and doc[i + 1].lower_ != kind.lower_
        for i in range(start, end - 1)
    )


PARALLEL_GAP = 6
"""How many words may stand between one item's noun and the next item of a pair of parallel items
("19 peserta di Sikka dan tujuh peserta")."""


def _parallel_item(span: Span, last: dict[str, Latest]) -> Latest | None:
    """The figure before, when this one is its parallel item: the two are joined by "dan" or
    "serta" and each has the same noun, and the same word after it ("19 peserta di Sikka dan
    tujuh peserta di Flores Timur"), so the noun says no more of the second than of the first."""
    layout = extension(span.doc, "region_layout")
    doc, sentence = span.doc, span.sent
    before = layout.figures_in(sentence.start, span.start) if layout is not None else ()
    if not before or span.end + 1 >= sentence.end:
        return None
    first = before[-1]
    previous = next(
        (p for p in (last.get("person"), last.get("case")) if p and p.start == first.start_char), None
    )
    if previous is None:
        return None
    if first.end + 1 >= span.start or span.start - first.end - 1 > PARALLEL_GAP:
        return None
    same_words = all(
        doc[a].lower_ == doc[b].lower_ and doc[a].is_alpha
        for a, b in ((first.end, span.end), (first.end + 1, span.end + 1))
    )
    joined = doc[span.start - 1].lower_ in share_words(language.of(doc))["joins"]
    return previous if same_words and joined else None


def _adds_to_a_plan(span: Span, choice: metrics.Choice, last: dict[str, Latest]) -> metrics.Choice | None:
    """``... untuk sebanyak 6 ribu pekerja rentan. Ditambah 3 ribu jiwa dari Pemprov. Jadi, totalnya
    9.000 jiwa``: an addition to, or the total of, the planned figure just before, with no word of
    its own saying what it counts, is planned too."""
    previous = last.get("person")
    if previous is None or previous.metric != "participants_target":
        return None
    if choice.metric not in ("participants", "participants_new"):
        return None
    if previous.start < _sentence_before(span.sent).start_char:
        return None  # a plan stated further back: "penambahan 2.870 peserta baru" is done
    modal = metrics.modality(span)
    if modal is None or modal.label not in ("new", "change", "total"):
        return None
    own = metrics.evidence(span, None)
    if any(label in metrics.PERSON_BASE and not e.carried for label, e in own.items()):
        return None
    return metrics.Choice("participants_target", f"adds to the plan {previous.quote!r} before it", 0.4)


def _paragraph_before(sentence: Span) -> list[Span]:
    """The sentences of the paragraph before the one a sentence opens."""
    doc = sentence.doc
    text = doc_text(doc)
    end = text.rfind("\n\n", 0, sentence.start_char)
    if end < 0:
        return []
    start = text.rfind("\n\n", 0, end) + 2 if text.rfind("\n\n", 0, end) >= 0 else 0
    first, last = spanindex.token_at(doc, start), spanindex.token_at(doc, end)
    return list({doc[i].sent.start: doc[i].sent for i in range(first, last) if not doc[i].is_space}.values())


ROWS_LOOKED_BACK = 12
"""How many rows of cells above a row are walked back over to the first one."""


def _first_row(sentence: Span) -> Span:
    """The first of the lines of cells ("Kota Batu; 5.400; Rp 1,09 miliar") a line of them
    follows without a blank line, cells split by the same separator; the line itself when it
    is no row or the first."""
    text = doc_text(sentence.doc)
    separator = next((c for c in ";|\t" if c in text[sentence.start_char : sentence.end_char]), None)
    row = sentence
    for _ in range(ROWS_LOOKED_BACK if separator else 0):
        before = _sentence_before(row)
        if before is row or "\n\n" in text[before.start_char : row.start_char]:
            break
        if (
            separator not in text[before.start_char : before.end_char]
            or "\n" not in text[before.end_char - 1 : row.start_char + 1]
        ):
            break
        row = before
    return row


def _sentence_before(sentence: Span) -> Span:
    """The sentence before (past a paragraph break), or the sentence itself when it is first."""
    doc, before = sentence.doc, sentence.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    return doc[before].sent if before >= 0 else sentence


def _sentence_after(sentence: Span) -> Span | None:
    """The sentence after (past a paragraph break), or ``None`` when it is the last."""
    doc, after = sentence.doc, sentence.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    return doc[after].sent if after < len(doc) else None


def _now(doc: Doc) -> dates.TimeRef:
    """The time of a figure that names none: the publication year."""
    published = dates.now(doc)
    return dates.TimeRef(published.year if published else None, None, "now")


def _after_a_plan(span: Span, last: dict[str, Latest]) -> bool:
    """Whether the sentence before set a target, so the year carried from it is the plan's (in an
    undated text no year can be known to lie ahead: "... mencapai 40 persen pada 2027. Secara
    nasional, ... sudah lebih dari 1,1 juta")."""
    before = _sentence_before(span.sent)
    return before is not span.sent and any(
        latest.metric in TARGETS and latest.start >= before.start_char for latest in last.values()
    )


def _stated_as_done(span: Span) -> bool:
    """A word of completion ("sudah", "telah") before the figure in its clause."""
    clause_start, _ = clauses.clause_of(span)
    done = share_words(language.of(span.doc))["done"]
    return bool(spanindex.words_in(span.doc, done, clause_start, span.start))


def _is_past(time: dates.TimeRef, doc: Doc) -> bool:
    """A figure dated in a year before the year of publication."""
    published = dates.now(doc)
    return published is not None and time.year is not None and time.year < published.year


def _in_the_sentence_before(latest: Latest, sentence: Span) -> bool:
    """Whether the latest figure read stands in the sentence right before ``sentence``."""
    doc = sentence.doc
    return (
        sentence.start > 0 and doc[sentence.start - 1].sent.start_char <= latest.start < sentence.start_char
    )


def _per_unit_of_a_rate(span: Span) -> str | None:
    """``tiap satu persen itu hampir delapan ribu pekerja``: the unit a word such as "tiap" puts
    right before a figure, and the figure its clause gives per that unit, are a rate worked out,
    neither a figure of the region; the words of the unit when so."""
    doc = span.doc
    words = share_words(language.of(doc))["per_unit"]
    start, _ = clauses.clause_of(span)
    for i in spanindex.words_in(doc, words, start, span.start + 1):
        unit = spanindex.first_in(doc, numbers.SPAN_KEY, i + 1, i + 2)
        # "tiap 3 bulan, 200 peserta ...": a period is no unit of a rate of people.
        if unit is not None and unit.start <= span.start and counted_kind(unit)[0] != "reject":
            return doc[i : unit.end].text
    return None


def _is_future(time: dates.TimeRef, doc: Doc) -> bool:
    """A figure dated after publication (a later year, or a later month: "mulai Oktober")."""
    published = dates.now(doc)
    if published is None or time.year is None:
        return False
    if time.as_of:
        return time.as_of > published.isoformat()[: len(time.as_of)]
    return time.year > published.year


_NOT_SPACE = re.compile(r"\S")
_SHORT_GROUP = re.compile(r"\d{1,3}")
_LIST_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*▪])\s|^[^.\n]{1,60}:\s*\S")


def _cut_off(span: Span) -> bool:
    """A figure at the very end of a text that stops mid-sentence was cut off; the last line of
    a list ("2. Kota Malang: 55,8 persen") is complete without a full stop."""
    text = doc_text(span.doc)
    quantity = extension(span, "quantity")
    end = quantity.end
    if _SHORT_GROUP.fullmatch(quantity.text) and text[end : end + 1] in (".", ","):
        end += 1  # "... untuk 31." at the very end: the next group of digits was cut ("31.245")
    if _NOT_SPACE.search(text, end):
        return False
    line = text[text.rfind("\n", 0, quantity.start) + 1 : quantity.start]
    return not _LIST_LINE.match(line)


def plain_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number the fact record holds: whole values as ``int``."""
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
    programs = cues_module.cues_by_label(span.sent).get("program")
    found = {cue.value for _, cue in programs.entries} if programs else set()
    return found.pop() if len(found) == 1 else None


def _detail(span: Span) -> str | None:
    """The worker group or benefit nearest the figure in its sentence."""
    details = cues_module.cues_by_label(span.sent).get("detail")
    if details is None:
        return None
    # The nearest stands around the figure's place in the cues, in order (looked up, not scanned:
    # a sentence of thousands of groups stays linear); the one before a long one may reach past it.
    at = bisect.bisect_left(details.starts, span.start)
    near = details.entries[max(0, at - 2) : at + 2]
    return min(near, key=lambda d: metrics.token_distance(d[0], span))[1].value


def _confidence(choice: metrics.Choice, span: Span) -> float:
    """How sure the decision is, in [0, 1]: the strength of the cue that chose the metric, less
    when no region is named in the figure's own sentence (it fell back to the article's)."""
    confidence = 0.5 + 0.5 * min(choice.strength, 1.0)
    if not _names_a_region(span.sent):
        confidence *= 0.9
    return round(confidence, 2)


def _names_a_region(sentence: Span, kinds: frozenset[str] = regions.NAMING) -> bool:
    """Whether the sentence names a region, by a mention of one of ``kinds`` (kept per sentence)."""
    return kept(
        sentence.doc,
        ("facts.names_a_region", sentence.start, sentence.end, kinds),
        lambda: any(
            extension(m, "mention") in kinds for m in spanindex.spans_within(sentence, regions.SPAN_KEY)
        ),
    )


def _paid_by_a_draft_line(count: Span, earlier: DecisionsSoFar) -> bool:
    """Whether the decision just before a count of people is a budget line set aside "untuk"
    something, in the count's clause, of a draft for a later year ("Rp 3,36 miliar untuk iuran
    BPJS Ketenagakerjaan 16.667 pekerja rentan")."""
    if not earlier or earlier[-1].fact is None or earlier[-1].fact.metric != "budget":
        return False
    doc = count.doc
    at = spanindex.token_at(doc, earlier[-1].start)
    line = spanindex.first_in(doc, numbers.SPAN_KEY, at, at + 1)
    if line is None or line.start_char != earlier[-1].start or not metrics.set_aside_for(line):
        return False
    if clauses.clause_of(line) != clauses.clause_of(count):
        return False
    draft = dates.draft_budget_year_before(line)
    return draft is not None and draft.year == earlier[-1].fact.year


def _a_line_of_a_list_of_allocations(amount: Span) -> tuple[str, bool] | None:
    """An amount's own purpose, and whether it pays this programme's premiums, when the amount is
    a line of a list of allocations in its sentence, each amount followed by "untuk" and what it
    is for; ``None`` for an amount that is no such line."""
    doc = amount.doc
    if not metrics.set_aside_for(amount):
        return None
    sentence = amount.sent
    allocations = kept(
        doc,
        ("facts.allocations", sentence.start, sentence.end),
        lambda: sum(
            1
            for q in numbers.figures_of(sentence)
            if extension(q, "quantity").unit == "IDR" and metrics.set_aside_for(q)
        ),
    )
    if allocations < 2:
        return None
    following = spanindex.first_in(doc, numbers.SPAN_KEY, amount.end, sentence.end)
    end = following.start if following is not None else sentence.end
    commas = [t.i for t in doc[amount.end : end] if t.text in (",", ";")]
    purpose = doc[amount.end + 1 : commas[-1] if commas and following is not None else end]
    if not len(purpose):
        return None  # "Rp 1 miliar untuk 5.000 pekerja, ...": the people it pays for say what it is
    cues = cues_module.cues_in(purpose)
    other = share_words(language.of(doc))["other_programme"]
    premiums = any(cue.label in TIES_TO_PROGRAMME for _, cue in cues) and not any(
        s.text.lower() in other for s, _ in cues
    )
    return purpose.text, premiums


def _for_another_purpose(amount: Span) -> str | None:
    """The purpose an amount is set aside for, right after it, when it is money of another kind
    and nothing in it ties the money to the programme or names people ("Dari jumlah itu, Rp 3,2
    miliar untuk belanja pegawai, ..."): a line of a purse that pays for something else."""
    doc = amount.doc
    if not metrics.set_aside_for(amount):
        return None
    _, clause_end = clauses.clause_of(amount)
    purpose = doc[amount.end + 1 : min(clause_end, amount.sent.end)]
    if not len(purpose) or spanindex.spans_in(doc, numbers.SPAN_KEY, purpose.start, purpose.end):
        return None  # "Rp420 juta untuk 6.250 pekerja": the premiums of the people it counts
    cues = [cue for _, cue in cues_module.cues_in(purpose)]
    if any(cue.label in TIES_TO_PROGRAMME for cue in cues):
        return None
    if not any(cue.label == "reject" and cue.applies_to("IDR") for cue in cues):
        return None
    return purpose.text


PARTS_LOOKED_AT = 8
"""How many amounts after a whole are read as its parts."""


def _broken_into_other_purposes(whole: Span, value: Decimal) -> str | None:
    """The part spent on something else, when the amounts of the sentence after an amount (the
    last of its own sentence, in the same paragraph) add up to no more than it and one of them is
    money of another kind: "mengusulkan belanja Rp 14,6 miliar. Di dalamnya ada pelatihan kerja
    Rp 2,3 miliar, job fair Rp 450 juta, serta pembayaran iuran ... Rp 9,8 miliar": the
    department's whole spending, of which only a line pays premiums."""
    doc = whole.doc
    following = _sentence_after(whole.sent)
    if following is None or paragraph_of(doc, following.start_char) != paragraph_of(doc, whole.start_char):
        return None
    after_it = spanindex.spans_in(doc, numbers.SPAN_KEY, whole.end, whole.sent.end, PARTS_LOOKED_AT + 1)
    if len(after_it) > PARTS_LOOKED_AT or any(extension(q, "quantity").unit == "IDR" for q in after_it):
        return None  # an item of a list of amounts, not the whole before them
    parts = [
        q
        for q in spanindex.spans_in(doc, numbers.SPAN_KEY, following.start, following.end, PARTS_LOOKED_AT)
        if extension(q, "quantity").unit == "IDR"
    ]
    if len(parts) < 2 or sum(extension(q, "quantity").value for q in parts) > value * (1 + PARTS_TOLERANCE):
        return None
    for part in parts:
        quantity = extension(part, "quantity")
        choice = metrics.choose(part, "IDR", quantity.value, False, False)
        if choice.metric is None and choice.reason.startswith("an amount of another kind"):
            return part.text
    return None


ANSWER_FIGURES_LOOKED_AT = 1
"""How many figures after a question are read as its answer: the first."""


def _answered_otherwise(figure: Span) -> str | None:
    """The answer's figure, when a figure stands in a question and the answer right after it
    gives another of its unit ("Berarti masih ada sekitar 300 ribu yang belum terlindungi?" /
    "Lebih. Kurang lebih 313 ribu."): the interviewer's guess, put right."""
    doc, question = figure.doc, figure.sent
    last = question.end - 1
    while last > question.start and doc[last].is_space:
        last -= 1
    if doc[last].text != "?":
        return None
    after = spanindex.spans_in(doc, numbers.SPAN_KEY, question.end, len(doc), ANSWER_FIGURES_LOOKED_AT)
    if not after or metrics.previous_sentence(after[0].sent) != question:
        return None
    asked, answer = extension(figure, "quantity"), extension(after[0], "quantity")
    if answer.unit != asked.unit or answer.value == asked.value:
        return None
    return after[0].text


SAYS_WHAT_A_GROUP_IS = frozenset({"detail", "topic", "name", "workforce"})
"""Cue labels that only say which workers a rate's subject is, not that they are enrolled."""


def _a_group_of_the_workforce(rate: Span) -> str | None:
    """The group of workers a rate counts as a share of all workers, when its clause names the
    group before it and nothing of enrolment ("pekerja informal mencapai 71 persen dari total
    pekerja"): how the workforce is made up, not how much of it is covered ("pekerja informal
    yang terlindungi baru 12 persen dari total pekerja" is)."""
    doc = rate.doc
    coverage = metrics.evidence(rate, "percent").get("coverage")
    if coverage is None or coverage.before or coverage.carried or coverage.text.lower().split()[0] != "dari":
        return None  # only a whole after it ("dari total pekerja"), not "... cakupan kepesertaannya"
    clause_start = max(clauses.clause_of(rate)[0], rate.sent.start)
    before = cues_module.cues_in(doc[clause_start : rate.start])
    if any(cue.label not in SAYS_WHAT_A_GROUP_IS for _, cue in before):
        return None
    group = next((s for s, cue in before if cue.label == "detail"), None)
    if group is None:
        return None
    commas = [t.i for t in doc[clause_start : group.start] if t.text == ","]
    opening = [
        t for t in doc[commas[-1] if commas else clause_start : group.start] if not (t.is_punct or t.is_space)
    ]
    # The group opens its clause, or what follows a place set off by a comma ("Di Berau, pekerja
    # sektor informal mencapai ...", "padahal pekerja informal ..."), as the subject the rate is
    # of; "Penerima program untuk pekerja informal hanya 2,4 persen" speaks of recipients.
    return group.text if len(opening) <= GROUP_OPENS_WITHIN else None


GROUP_OPENS_WITHIN = 1
"""How many words (a connective: "padahal", "sedangkan") may open a clause before its subject."""


EMPHASIS_WORDS = 3
"""How far after "satu" a word making it emphatic ("saja", "pun") may stand ("Satu kasus kecelakaan saja")."""


def _for_emphasis(one: Span) -> bool:
    """Whether "satu" is said for emphasis, not as a count ("Satu kasus kecelakaan saja sudah
    terlalu banyak", "tidak ada satu kasus pun")."""
    doc = one.doc
    emphatic = share_words(language.of(doc))["emphasis"]
    following = doc[one.end : min(one.end + EMPHASIS_WORDS + 1, one.sent.end)]
    return any(t.lower_ in emphatic for t in following)


def _where_a_change_starts(amount: Span) -> bool:
    """Whether an amount is where a change starts from ("penambahan anggaran dari Rp 360 juta"):
    what stands now."""
    modal = metrics.modality(amount)
    doc, i = amount.doc, amount.start - 1
    while i >= amount.sent.start and doc[i].is_space:
        i -= 1
    after_dari = i >= amount.sent.start and doc[i].lower_ == "dari"
    return (modal is not None and modal.label == "from") or after_dari


def _proposed(amount: Span) -> bool:
    """Whether an amount's own words propose it ("usulan iuran ... sebesar Rp 427 juta"); a
    target aimed at ("menargetkan ..., seiring penambahan anggaran dari Rp 2,48 miliar") does not."""
    modal = metrics.modality(amount)
    proposes = share_words(language.of(amount.doc))["proposes"]
    return (
        modal is not None
        and modal.label == "target"
        and not modal.carried
        and any(word in proposes for word in modal.text.lower().split())
    )


def _on_a_ticker(figure: Span) -> bool:
    """Whether a figure stands on a menu line above the body: a ticker of other stories
    ("TERKINI » Banjir Rendam 3 Desa » Dispar Siapkan 12 Event Wisata"). Its caller has made sure
    it is no table's: a row is set apart by bars as a menu is."""
    doc = figure.doc
    if figure.start_char >= kept(doc, ("facts.body_start",), lambda: _body_start(doc)):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, figure.start_char) + 1
    return kept(doc, ("facts.menu_line", line_start), lambda: on_a_menu_line(text, figure.start_char))


def _body_start(doc: Doc) -> int:
    """Where the body starts: the first line of running text, 20 words or more, or one a hard
    wrap cuts mid-sentence (a text copied from a narrow column: the line goes on in lower case
    on the next)."""
    offset = 0
    lines = doc_text(doc).split("\n")
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        words = line.split()
        if len(words) >= 20 and not is_menu(line):  # not a ticker ("BREAKING NEWS ▸ ...")
            return offset
        wrapped = following[:1].islower() and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))
        if len(words) >= HARD_WRAP_MIN_WORDS and wrapped:
            return offset
        offset += len(line) + 1
    return 0


HARD_WRAP_MIN_WORDS = 6
"""How many words a line cut by a hard wrap has at least, unlike a short heading."""


def _one_fact_per_figure(
    decisions: list[Decision],
    body_start: int,
    body_figures: set[tuple] = frozenset(),
    parts: set[int] = frozenset(),
) -> list[Decision]:
    """Drop repeats: a headline figure the body states too (the body's reading wins, and a body
    figure that is no fact makes its headline repeat none either), a body figure stated before
    for the same region and year, and a rounded restatement of an exact figure (not a part of
    one, which starts at one of ``parts``: "14 klaim. Sepuluh di antaranya ...")."""
    body = [d.fact for d in decisions if d.fact is not None and d.start >= body_start]
    body_values = {(f.value, f.value_max) for f in body}
    # Facts by figure, so that each is compared with those of the same value only, and a figure
    # written rounded with those it could round (a sentence listing 2,000 figures stays linear).
    body_by_value = _by_value(body)
    kept_by_value: dict[tuple, list[Fact]] = {}
    body_by_size, kept_by_size = _BySize(body), _BySize()
    copied: dict[tuple, Fact] = {}
    kept: list[Fact] = []
    result = []
    for decision in decisions:
        fact = decision.fact
        if (
            fact is not None
            and decision.start < body_start
            and not _in(fact, body_values)
            and _in(fact, body_figures)
        ):
            decision = replace(decision, fact=None, reason="repeats a figure of the body that is no fact")
            fact = None
        if fact is not None:
            in_header = decision.start < body_start
            same_value = (body_by_value if in_header else kept_by_value).get((fact.value, fact.value_max), [])
            repeat = next((k for k in same_value if _same_figure(fact, k, in_header)), None)
            if repeat is None and not in_header:
                # A paragraph a page printed twice: its figures were read once already, whatever
                # time the copy picked up from the paragraph before it.
                repeat = copied.get(_copy_key(fact))
            if repeat is None and _may_restate(fact, in_header) and decision.start not in parts:
                step = max(_written_step(fact), _zeros_step(fact, in_header), _hedged_reach(fact))
                repeat = next(
                    (
                        k
                        for k in [*kept_by_size.near(fact.value, step), *body_by_size.near(fact.value, step)]
                        if k is not fact and _restates(fact, k, in_header)
                    ),
                    None,
                )
            if repeat is not None:
                decision = replace(decision, fact=None, reason=f"repeats {repeat.quote!r} ({repeat.metric})")
            else:
                kept.append(fact)
                kept_by_value.setdefault((fact.value, fact.value_max), []).append(fact)
                copied.setdefault(_copy_key(fact), fact)
                kept_by_size.add(fact)
        result.append(decision)
    return result


def _children_paid_a_benefit(span: Span) -> bool:
    """``beasiswa untuk tujuh anak peserta``: more children than one claim pays for, whom a word
    of a benefit or a payment in their clause is paid to, are counted as figures are; "memiliki
    dua anak" is a condition, "beasiswa untuk dua anak" one family's benefit."""
    if extension(span, "quantity").value <= metrics.CHILDREN_OF_ONE_CLAIM:
        return False
    found = metrics.evidence(span, "person")
    return any(label in found and found[label].same_clause for label in ("benefit", "paid"))


def _copy_key(fact: Fact) -> tuple:
    """What a copy of a fact's sentence gives again: the same sentence, figure, region and metric."""
    return (fact.sentence, fact.quote, fact.region, fact.metric)


class _BySize:
    """Facts in order of their value, to find those a rounded figure could stand for; those
    found come back in the order they were added."""

    def __init__(self, facts: list[Fact] = ()):
        self.values: list[float] = []
        self.entries: list[tuple[int, Fact]] = []
        self.added = 0
        for fact in facts:
            self.add(fact)

    def add(self, fact: Fact) -> None:
        at = bisect.bisect_right(self.values, fact.value)
        self.values.insert(at, fact.value)
        self.entries.insert(at, (self.added, fact))
        self.added += 1

    def near(self, value: float, step: float) -> list[Fact]:
        """The facts within one written step of ``value`` (a little more, for rounding errors):
        every figure that rounds or truncates to ``value`` at that step is among them."""
        reach = step * 1.01
        low, high = (
            bisect.bisect_left(self.values, value - reach),
            bisect.bisect_right(self.values, value + reach),
        )
        return [fact for _, fact in sorted(self.entries[low:high], key=lambda entry: entry[0])]


def _by_value(facts: list[Fact]) -> dict[tuple, list[Fact]]:
    grouped: dict[tuple, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault((fact.value, fact.value_max), []).append(fact)
    return grouped


HEADLINE_ZEROS, BODY_ZEROS = 2, 3
"""How many trailing zeros make a count written in full a rounded one: in a headline two ("Tembus
3.400 Kasus" for 3.412), in the body three ("37.000")."""


def _may_restate(rounded: Fact, in_header: bool = False) -> bool:
    """Whether a figure is written so that it could restate another rounded: a single figure, a
    rate, or one whose last written digit is worth more than one."""
    return rounded.value_max is None and (
        rounded.unit == "percent" or _written_step(rounded) > 1 or _zeros_step(rounded, in_header) > 1
    )


def _in(fact: Fact, figures: set[tuple]) -> bool:
    """Whether the fact's figure is among ``(value, value_max)`` pairs (Decimal or number)."""
    return any(
        fact.value == float(value) and fact.value_max == (None if value_max is None else float(value_max))
        for value, value_max in figures
    )


def _same_figure(fact: Fact, other: Fact, in_header: bool) -> bool:
    if fact.value != other.value or fact.value_max != other.value_max:
        return False
    return in_header or (fact.region == other.region and fact.year == other.year)


def _restates(rounded: Fact, exact: Fact, in_header: bool) -> bool:
    """``14 ribu lebih`` after ``14.880``: a figure the exact one (same region, unit and, outside
    the headline, year) rounds or truncates to at the precision the figure is written with."""
    if (
        not _same_region(rounded, exact, in_header)
        or rounded.unit != exact.unit
        or rounded.value_max is not None
    ):
        return False
    if rounded.sentence == exact.sentence and not _restating_words_before(rounded):
        return False  # "1,3 juta di sektor formal dan 1 juta di sektor informal": two items
    if _side(rounded.metric) != _side(exact.metric):
        # A part is no whole ("1,7 juta pekerja ... lebih dari satu juta yang belum"), nor are
        # those still uncovered the covered ("20.830 peserta ... 20 ribu lagi yang belum").
        return False
    if (rounded.metric in TARGETS) != (exact.metric in TARGETS):
        return False  # "baru 3.875 orang ... kuotanya dinaikkan menjadi 4 ribu": a plan, not a reach
    if rounded.value == exact.value or not (in_header or rounded.year == exact.year):
        return False
    if _hedged_restatement(rounded, exact, in_header):
        return True
    step = _written_step(rounded)
    if step <= 1 and rounded.unit != "percent" and not in_header and rounded.start < exact.start:
        # Zeros alone restate only what was said before: "4.000 orang" in the body ahead of "mendapat
        # jatah 4.200" is another count (a headline may round what the body gives later).
        return False
    if step <= 1 and rounded.unit != "percent":
        # "37.000" after "37.783": written in full, but its zeros say it is rounded. Only for a
        # figure of the same metric (a target of 37.000 is no restatement of 37.783 reached) and
        # close to it: "1.000 kartu ... 200 ... dan 200" after "1.400" is a part, not 1.400 again.
        close = abs(rounded.value - exact.value) <= ZEROS_RESTATE_SHARE * exact.value
        step = _zeros_step(rounded, in_header) if rounded.metric == exact.metric and close else 1
        if step <= 1:
            return False
    return rounded.value in (round(exact.value / step) * step, (exact.value // step) * step)


HEDGED = {"approx": (True, True), "almost": (True, False), "more_than": (False, True)}
"""Qualifiers that say a figure is a rough one, and whether the exact figure it restates may lie
below it and above it: "sekitar" either side, "hampir" below, "lebih dari" above."""


def _hedged_reach(fact: Fact) -> float:
    """How far from a hedged figure ("sekitar 150 ribu") the exact one it restates may lie."""
    return ZEROS_RESTATE_SHARE * fact.value if fact.qualifier in HEDGED and fact.unit != "percent" else 0


def _hedged_restatement(rounded: Fact, exact: Fact, in_header: bool = False) -> bool:
    """``sekitar 150 ribu orang yang belum terlindungi`` after ``153.890``: a hedged count of the
    same metric close to an exact one, on the side its qualifier allows, restates it. In the
    headline, read with fewer words around it, the metric may differ ("Santunan Hampir Rp870
    Juta" over "Total manfaat yang diserahkan Rp869,1 juta")."""
    if rounded.metric != exact.metric and not in_header:
        return False
    if not _hedged_reach(rounded) or exact.qualifier != "exact":
        return False
    below, above = HEDGED[rounded.qualifier]
    difference = exact.value - rounded.value
    return (
        abs(difference) <= _hedged_reach(rounded)
        and (difference >= 0 or below)
        and (difference <= 0 or above)
    )


def _same_region(rounded: Fact, exact: Fact, in_header: bool) -> bool:
    """The same region, or in the headline one of the same name ("Statistik Jamsostek Gorontalo
    ...: Peserta Aktif 211 Ribu" rounds the province's 211.384, whichever Gorontalo the bare name
    was read as)."""
    if rounded.region == exact.region:
        return True
    return (
        in_header
        and rounded.region is not None
        and exact.region is not None
        and rounded.metric == exact.metric
        and bare_name(rounded.region) == bare_name(exact.region)
    )


def _side(metric: str) -> str:
    """Which side of coverage a metric counts: the whole, those still uncovered, or the covered."""
    return "whole" if metric in CONTEXT_METRICS else "uncovered" if metric == "uncovered" else "covered"


RESTATING = re.compile(r"(?:\batau|\(|\bsetara|\bsekitar|\bkira-kira|\bhampir|\blebih dari)\s*\S*\s*$", re.I)


def _restating_words_before(fact: Fact) -> bool:
    """Whether a word that restates ("atau", "(", "sekitar") stands right before the figure in its
    sentence."""
    at = fact.sentence.find(fact.quote)
    return at >= 0 and bool(RESTATING.search(fact.sentence[max(0, at - 25) : at]))


_MANTISSA = re.compile(r"(\d[\d.,]*)")


ZEROS_RESTATE_SHARE = 0.05
"""A figure written in full with trailing zeros restates an exact one at most this share away."""


def _zeros_step(fact: Fact, in_header: bool = False) -> float:
    """What the trailing zeros of a count written in full say it is rounded to: 1000 for
    ``37.000``, 1 for too few zeros (``HEADLINE_ZEROS`` in a headline) or a rate."""
    if fact.unit == "percent" or fact.value != int(fact.value) or _written_step(fact) != 1:
        return 1
    digits = str(abs(int(fact.value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    least = HEADLINE_ZEROS if in_header else BODY_ZEROS
    return 10**zeros if zeros >= least and len(digits) > zeros else 1


def _written_step(fact: Fact) -> float:
    """What the last written digit of a figure is worth: 1000 for ``14 ribu``, 100000 for ``1,5
    juta``, 1 for ``14.880`` or ``41 persen``; for words, its trailing zeros (``dua belas ribu``)."""
    match = _MANTISSA.search(fact.quote)
    if match is None:
        digits = str(abs(int(fact.value)))
        return 10 ** (len(digits) - len(digits.rstrip("0")))
    mantissa = int(match.group(1).replace(".", "").replace(",", ""))
    return float(fact.value) / mantissa if mantissa else 1.0
