"""Metrics: which of SCHEMA.md's thirteen metrics a figure counts, read from the words around it.

A figure's evidence is the cues (``cues.py``) of its sentence, each scored by its weight and
its nearness (the noun right after the figure counts most), and discounted when it stands in
another clause (``clauses.py``) or in the sentence before, which is
read only when the figure's own sentence says nothing. A cue of modality (target, addition,
growth, result) belongs to the figure nearest to it only: in "menanggung 9.200 ... dan
menargetkan 12 ribu" the target is 12 ribu. The decision then goes by unit:

- money (Rp): benefit, claims paid, premium or budget, the best cue among the metrics whose
  plausible range (``patterns/facts/ranges.csv``) holds the amount; ``total`` beside a count
  of beneficiaries makes it claims paid;
- percent: a coverage rate when a coverage cue says so, otherwise no fact (a percentage right
  after a verb of growth, "naik 18 persen", is growth);
- people: the best base cue (enrolled, uncovered, workforce, population, beneficiaries),
  then, for participants, the modality nearest the figure: a target cue or a date after
  publication makes a target; a word naming an addition (``penambahan``, ``peserta baru``) or
  a verb of growth (``bertambah 13.289``) an addition; a level reached (``menjadi``, ``hingga
  mencapai``, ``total``) or started from (``naik dari``) a stock. ``dari N ..., baru M`` makes
  N the workforce M is a share of.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from . import language, numbers, regions, spanindex, tables
from .clauses import clause_breaks, clause_of
from .counted import counted_kind, counted_nouns
from .cues import Cue, LabelledCues, cues_by_label, cues_in, cues_labelled, labelled, outward
from .doctext import doc_text, extension, kept
from .language import LanguageData
from .sharewords import share_words

SAME_CLAUSE, OTHER_CLAUSE, PREVIOUS_SENTENCE = 1.0, 0.35, 0.3
MAX_RATE = 200
"""A coverage rate past 100 percent is printed as it was reported ("126,15 persen" where more
workers enrolled than the estimated workforce); beyond twice the workforce it is no rate."""
CHANGE_MAX_TOKENS = 8
"""No cue of change, origin or result is longer than this many tokens (for looking one up in a
window before a word)."""
DECAY_TOKENS = 5
"""A cue this many tokens away counts half as much as an adjacent one."""
HEAD_NOUN_BONUS = 1.5
"""The cue right after a figure is the noun it counts ("978.400 peserta")."""
HEAD_NOUN_MIN_WEIGHT = 0.5
"""Weak hint words ("sebesar", "senilai") next to a figure are no head noun."""
MODALITY = frozenset({"target", "of_target", "new", "change", "result", "from", "total"})
COMMA = frozenset({","})
FROM = frozenset({"dari"})
COMMA_OR_SEMICOLON = frozenset({",", ";"})
LEADING_ONLY = frozenset({"result", "from", "total", "of_target"})
DENOMINATOR_NOUN_WORDS = 3
"""A word of work this near a whole's noun of residents makes them workers ("penduduk angkatan kerja")."""
RESTATED_RATE_GAP = 10
"""How many tokens a count restating a rate may stand after it ("21% dari jumlah pekerja atau sekitar")."""
CONTEXT_WHOLES = frozenset({"workforce", "population"})
FIRST_FIGURE_ONLY = frozenset({"uncovered", "share"})
"""Words of a shortfall or a share before several figures speak of the first of them only."""
"""Modalities whose words must stand before the figure ("menjadi 9.000", "naik dari 2.400")."""
BASE_LABELS = frozenset(
    {
        "stock", "enrolled_in", "coverage", "uncovered", "workforce", "population", "claims", "benefit",
        "paid", "contribution", "budget",
    }
)  # fmt: skip

PERSON_BASE = {
    "stock": "participants",
    "enrolled_in": "participants",
    "coverage": "participants",
    "uncovered": "uncovered",
    "workforce": "workforce",
    "population": "population",
    "claims": "claims_count",
    # People counted beside a benefit or a payment are its beneficiaries.
    "benefit": "claims_count",
    "paid": "claims_count",
    # People whose premium is paid ("17.800 buruh sawit yang iurannya dibayar") are enrolled.
    "contribution": "participants",
}
MONEY = {
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


@dataclass(frozen=True)
class Evidence:
    """The strongest cue of one label near a figure."""

    label: str
    score: float
    text: str
    same_clause: bool
    distance: int
    carried: bool = False
    """From the sentence before, not the figure's own."""
    before: bool = False
    """It stands before the figure."""
    per_unit: bool = False
    """A rate per unit ("per bulan", "setiap orang"), not the name of what is counted."""


@dataclass(frozen=True)
class Choice:
    """The metric chosen for a figure (``None``: not a fact) and why."""

    metric: str | None
    reason: str
    strength: float = 0.0


def standard_benefits(data: LanguageData) -> frozenset[Decimal]:
    """The amounts paid each beneficiary by rule (``patterns/facts/standard_benefits.csv``)."""
    return data.derived(
        "metrics.standard_benefits",
        lambda d: frozenset(Decimal(row["amount"]) for row in d.table("facts/standard_benefits.csv")),
    )


def money_ranges(data: LanguageData) -> dict[str, tuple[Decimal, Decimal]]:
    """Metric → the plausible range of an amount of it (``patterns/facts/ranges.csv``)."""
    return data.derived("metrics.money_ranges", _build_money_ranges)


def _build_money_ranges(data: LanguageData) -> dict[str, tuple[Decimal, Decimal]]:
    return {
        row["metric"]: (Decimal(row["min"]), Decimal(row["max"])) for row in data.table("facts/ranges.csv")
    }


def evidence(span: Span, unit: str | None = None) -> dict[str, Evidence]:
    """For each cue label, the strongest cue near the figure (of ``unit``: cues that speak of
    other units are skipped). Cues of the sentence before count only when the figure's own
    sentence has no cue of what it counts."""
    own = _evidence_in(span, span.sent, unit=unit)
    # A purse named beside a count ("6.000 orang (APBD 2025)") says nothing of what it counts.
    counting = BASE_LABELS - {"budget"} if unit == "person" else BASE_LABELS
    if any(label in counting for label in own):
        return own
    previous = previous_sentence(span.sent)
    if previous is None or _cut_short(span):
        return own  # a cut sentence may have gone on to say what it counts: nothing is carried
    carried = _carried_from(span, previous, unit)
    if not carried and previous == tables.lead_in(span.sent):
        # "... memaparkan jumlah peserta aktif per kabupaten/kota. Empat daerah dibahas sebagai
        # berikut:" over the items: a lead-in that only announces the list says what its items
        # count in the sentence before it.
        before = _sentence_before_on_its_line(previous)
        carried = _carried_from(span, before, unit) if before is not None else {}
    return {**carried, **own}


def _carried_from(span: Span, sentence: Span, unit: str | None) -> dict[str, Evidence]:
    """The cues of what is counted in a sentence before the figure's, weakened as carried."""
    return {
        label: Evidence(label, e.score * PREVIOUS_SENTENCE, e.text, False, e.distance, carried=True)
        for label, e in _evidence_in(span, sentence, True, unit).items()
        if label in BASE_LABELS
    }


def _evidence_in(
    span: Span, sentence: Span, distance_from_end: bool = False, unit: str | None = None
) -> dict[str, Evidence]:
    """The strongest cue of each label in ``sentence`` for the figure ``span`` (the first in the
    sentence among equals). Each label's cues are read outward from the figure, and only as far
    as one could still beat the best found: a crowded sentence costs each figure the cues near
    it, not all of the sentence's."""
    found: dict[str, tuple[Evidence, int]] = {}
    # Words of the workforce or population that head an earlier figure count only when nothing
    # else says what this one counts ("... berpenduduk sekitar 3,7 juta jiwa itu mencapai 1,68
    # juta" after "jumlah pekerja").
    headed: dict[str, tuple[Evidence, int]] = {}
    taken_from = sentence.end if distance_from_end else _later_figure_takes_all(span)
    for label, cues in cues_by_label(sentence).items():
        if cues.weight <= 0:
            continue  # a score must be above nought to count
        walk = _from_end(cues, sentence.end) if distance_from_end else outward(cues, span, 0, taken_from)
        for least, order, cue_span, cue in walk:
            held = found.get(label)
            if held is not None and _ceiling(cues, least) < held[0].score:
                break
            evidence = _cue_evidence(span, sentence, cue_span, cue, distance_from_end, unit)
            if evidence is None:
                continue
            into = found
            if label in CONTEXT_WHOLES and not distance_from_end and _heads_an_earlier_figure(cue_span, span):
                into, held = headed, headed.get(label)
            if held is None or (evidence.score, -order) > (held[0].score, -held[1]):
                into[label] = (evidence, order)
    if headed and not any(label in BASE_LABELS for label in found) and counted_kind(span)[0] != "worker":
        # "Kota berpenduduk sekitar 190 ribu jiwa itu memiliki 82 ribu pekerja": a figure with
        # a noun of workers of its own counts them, not what the earlier figure's word says.
        found = {**headed, **found}
    return {label: evidence for label, (evidence, _) in found.items()}


TAKERS_LOOKED_AT = 5
"""How many later figures are looked at for one that takes every word after it."""


def _later_figure_takes_all(figure: Span) -> int:
    """Where the words after the figure stop being its own for sure: the end of the first later
    figure of the sentence that takes every word after it (one that neither restates the figure,
    nor counts no people, nor is the whole it is taken from). Only a few are looked at."""
    doc = figure.doc
    sentence_end = figure.sent.end
    for other in spanindex.spans_in(doc, numbers.SPAN_KEY, figure.end, sentence_end, TAKERS_LOOKED_AT):
        if not (
            _restates(figure, other)
            or _no_people(other)
            or _whole_of(figure, other)
            or _joined(figure, other)
        ):
            return other.end
    return sentence_end


def _ceiling(cues: LabelledCues, least: int) -> float:
    """The highest score a cue of ``cues`` at least ``least`` tokens from the figure could give."""
    ceiling = cues.weight * SAME_CLAUSE * HEAD_NOUN_BONUS / (1 + least / DECAY_TOKENS)
    return ceiling * (1 + 1e-9)  # kept above a score rounded the other way


def _from_end(cues: LabelledCues, end: int) -> Iterator[tuple[int, int, Span, Cue]]:
    """The cues from the last, each with the fewest tokens that can stand between it (or any cue
    before it) and ``end``."""
    for i in range(len(cues.entries) - 1, -1, -1):
        yield max(0, end - cues.starts[i] - cues.longest), i, *cues.entries[i]


def _cue_evidence(
    span: Span, sentence: Span, cue_span: Span, cue: Cue, distance_from_end: bool, unit: str | None
) -> Evidence | None:
    """What one cue of ``sentence`` says of the figure ``span``, or ``None`` when it is not the
    figure's to take."""
    doc = span.doc
    if span.start <= cue_span.start < span.end or _earlier_figures_noun(cue_span, span):
        return None
    if cue.label == "reject" and cue_span[-1].like_num and not cue_span.end > span.start >= cue_span.start:
        return None  # "turun 1.200 peserta": a count the words hold is theirs, not a figure's after them
    if not cue.applies_to(unit):
        return None
    sent = span.sent
    if cue.label in FIRST_FIGURE_ONLY and any(
        q.end <= span.start
        for q in spanindex.spans_in(doc, numbers.SPAN_KEY, max(cue_span.end, sent.start), span.start)
    ):
        return None  # "tertinggal 14 persen dari target 80 persen": the gap is the first figure
    if cue.label == "benefit" and _each_region_named(span, cue_span):
        return None  # "masing-masing Rp1,73 miliar (Sidrap) dan Rp1,05 miliar (Pinrang)": per region
    if cue.label == "reject" and cue.units == PERCENT_ONLY and _pays_for_a_count_before(cue_span, span):
        return None  # a word of a share of the cost (only percentages have it) paid for people
    clause_start, clause_end = clause_of(span)
    target = (
        spanindex.first_in(doc, numbers.SPAN_KEY, max(span.end, cue_span.end), min(clause_end, sent.end))
        if cue.label == "of_target"
        else None
    )
    if target is not None and extension(target, "quantity").unit == extension(span, "quantity").unit:
        # "38,2 persen dari target 45,6 persen": the words introduce the target, a rate of its
        # own; "63 persen dari target 29.000 peserta" is the share of the target reached.
        return None
    if distance_from_end:
        same, distance = False, sentence.end - cue_span.end
    else:
        same = clause_start <= cue_span.start and cue_span.end <= clause_end
        distance = token_distance(cue_span, span)
        if cue.label in CONTEXT_WHOLES and _narrowed_to_the_covered(span, cue_span):
            return None  # "Jumlah tenaga kontrak peserta BPJS ... sebanyak 1.647": those enrolled
        if cue.label in BASE_LABELS and (
            _names_the_whole(span, cue_span)
            or _names_the_rates_whole(span, cue_span)
            or (cue.label in CONTEXT_WHOLES and _a_whole_left_unsaid(span, cue_span))
        ):
            return None
        if cue_span.start >= span.end and _compared_with(span, cue_span):
            return None  # "9,8 juta orang, jauh di bawah jumlah pekerja informal": what it is set against
        if cue_span.start >= span.end and _later_figure_takes(span, cue_span, distance):
            # A word after the figure that stands nearer the next one, or after it, is that
            # one's: in "978.400 peserta dari 1.876.300 penduduk bekerja" the workforce is the
            # second, in "86.607 (12,6%) dari 687 ribu angkatan kerja" the third.
            return None
    score = cue.weight * (SAME_CLAUSE if same else OTHER_CLAUSE) / (1 + distance / DECAY_TOKENS)
    if (
        distance == 0
        and (cue_span.start >= span.end or extension(span, "quantity").unit == "IDR")
        and (cue.weight >= HEAD_NOUN_MIN_WEIGHT)
    ):
        # The noun a figure counts stands after it ("978.400 peserta"); an amount's, before
        # it ("iuran Rp 16.800", "honor Rp 1,2 juta").
        score *= HEAD_NOUN_BONUS
    if score <= 0:
        return None
    return Evidence(cue.label, score, cue_span.text, same, distance, before=cue_span.end <= span.start)


def _premiums_reckoned(found: dict[str, Evidence]) -> bool:
    """Whether the money is reckoned from a premium, with no word of benefits or claims."""
    return "contribution" in found and not any(label in found for label in ("benefit", "claims", "paid"))


def _each_region_named(span: Span, cue: Span) -> bool:
    """Whether a distributive word ("masing-masing") gives each region its own figure, named in
    brackets after it, rather than each person an amount."""
    return (
        cue.text.lower() in _distributive(language.of(span.doc)) and regions.bracketed_after(span) is not None
    )


WHOLE_OPENS_BEFORE = 3
"""How many tokens before a whole's noun the ``dari`` that opens it may stand."""


def _a_whole_left_unsaid(figure: Span, cue: Span) -> bool:
    """``Dari potensi yang ada, sebanyak 30 ribu pekerja rentan sudah dicover``: a whole's noun
    in an opening ``dari ...,`` with no figure of its own names what the figure is taken from,
    not what it counts."""
    doc = figure.doc
    if cue.end > figure.start:
        return False
    commas = spanindex.words_in(doc, COMMA, cue.end, figure.start)
    opening = spanindex.words_in(
        doc, FROM, max(figure.sent.start, cue.start - WHOLE_OPENS_BEFORE), cue.start + 1
    )
    return (
        bool(commas and opening) and spanindex.first_in(doc, numbers.SPAN_KEY, opening[-1], commas[0]) is None
    )


def _compared_with(figure: Span, cue: Span) -> bool:
    """Whether a word of comparison ("di bawah", "dibanding") stands between the figure and a
    word after it, which then names what the figure is set against."""
    compares = share_words(language.of(figure.doc))["compares"]
    return bool(spanindex.words_in(figure.doc, compares, figure.end, cue.start))


def _added_to(span: Span, cue: Span) -> bool:
    """Whether only "dari" (and words like "sekitar") stands between a word of addition and the
    figure ("tambahan dari 9.400"): the figure is what was added to, not the addition."""
    doc = span.doc
    skip = share_words(language.of(doc))["skip"]
    between = [t.lower_ for t in doc[cue.end : span.start] if t.lower_ not in skip]
    return between == ["dari"]


def _compares_next(cue: Span) -> bool:
    """Whether a word of comparison follows a word right after it ("meningkat dibanding tahun
    lalu"): the growth is of the figure before it against an earlier level, not its amount."""
    compares = share_words(language.of(cue.doc))["compares"]
    return bool(spanindex.words_in(cue.doc, compares, cue.end, min(cue.end + 2, cue.sent.end)))


def _later_figure_takes(figure: Span, cue: Span, distance: int) -> bool:
    """Whether a later figure of the sentence takes a word after ``figure``: the first one
    after the word when it stands nearer to it, or one standing between them, unless that one
    only qualifies the figure; a whole the figure is taken from takes only its own noun ("dari
    687 ribu angkatan kerja")."""
    doc = figure.doc
    if _in_its_relative_clause(figure, cue):
        return False  # "baru 2.140 petani tembakau yang terdaftar, nelayan 1.320, ...": its own
    if _joined_to_the_next(figure, cue):
        return False  # "1.486 ketua RT dan RW serta 3.210 tenaga honorer kini terdaftar": both are
    sent_end = figure.sent.end
    following = spanindex.first_in(doc, numbers.SPAN_KEY, cue.start + 1, sent_end)
    if following is not None and _in_its_clause_before_the_next(figure, cue, following):
        return False  # "41 ribu pekerja di Pacitan sudah terlindungi, dari sekitar 157 ribu pekerja"
    if following is not None and spanindex.words_in(
        doc, share_words(language.of(doc))["adjunct"], cue.end, following.start
    ):
        return False  # "57 anak menerima beasiswa dengan nilai total Rp 412,5 juta": the later one qualifies
    if following is not None and (
        token_distance(cue, following) < distance
        or _opens_the_clause_of(cue, following, figure)
        or _opens_a_later_figure(figure, cue)
    ):
        return True
    return any(
        _takes_cue_between(figure, q, cue)
        for q in spanindex.spans_in(doc, numbers.SPAN_KEY, figure.end, cue.start + 1)
    )


JOINED_NOUN_WORDS = 5
"""The most words of a figure's noun before "dan"/"serta" and the next figure ("ketua RT dan RW serta")."""


def _joined_to_the_next(figure: Span, cue: Span) -> bool:
    """Whether the only figure between a figure and a word after it is joined to it, with the
    word right after the second's noun: the word speaks of both ("1.486 ketua RT dan RW serta
    3.210 tenaga honorer kini terdaftar")."""
    between = spanindex.spans_in(figure.doc, numbers.SPAN_KEY, figure.end, cue.start, 2)
    return (
        len(between) == 1
        and _joined(figure, between[0])
        and token_distance(between[0], cue) <= JOINED_NOUN_WORDS
    )


def _joined(figure: Span, other: Span) -> bool:
    """Whether a later figure is joined to a figure by "dan" or "serta" right after its noun,
    both counting people ("1.486 ketua RT dan RW serta 3.210 tenaga honorer")."""
    doc = figure.doc
    if other.start - figure.end > 2 * JOINED_NOUN_WORDS:
        return False
    words = [t for t in doc[figure.end : other.start] if not t.is_space]
    joins = share_words(language.of(doc))["joins"]
    if not words or len(words) > JOINED_NOUN_WORDS or words[-1].lower_ not in joins:
        return False
    if any(t.is_punct and t.text != "/" for t in words):
        return False
    return all(counted_kind(q)[0] in ("person", "worker") for q in (figure, other))


def _in_its_clause_before_the_next(figure: Span, cue: Span, following: Span) -> bool:
    """Whether a word after the figure stands in the figure's own clause and the next figure in
    a later one: the word is the figure's, however near the next figure stands."""
    own = clause_of(figure)
    return (
        own[0] <= cue.start
        and cue.end <= own[1]
        and clause_of(following)[0] >= own[1]
        and spanindex.first_in(figure.doc, numbers.SPAN_KEY, figure.end, cue.start) is None
    )


RELATIVE_REACH = 4
"""How many words a figure's noun and the "yang" opening its relative clause may take."""


def _in_its_relative_clause(figure: Span, cue: Span) -> bool:
    """Whether a word after the figure stands in the relative clause its noun opens ("2.140
    petani tembakau yang terdaftar"), with no punctuation between: the figure's, whatever
    figure follows."""
    between = figure.doc[figure.end : cue.start]
    return (
        0 < len(between) <= RELATIVE_REACH
        and between[-1].lower_ == "yang"
        and not any(t.is_punct for t in between)
        and spanindex.first_in(figure.doc, numbers.SPAN_KEY, figure.end, cue.start) is None
    )


def _opens_the_clause_of(cue: Span, following: Span, figure: Span) -> bool:
    """``3.500 orang, dengan peserta ... 500 orang``: a word in a later clause than the figure's,
    in the clause of the next figure, is that figure's."""
    return clause_of(figure)[1] <= cue.start and clause_of(following)[0] <= cue.start


def _takes_cue_between(figure: Span, other: Span, cue: Span) -> bool:
    """Whether ``other``, standing between ``figure`` and ``cue``, takes the cue."""
    if other.end > cue.start:
        return False
    if _restates(figure, other) or _no_people(other):
        return False
    return not _whole_of(figure, other) or token_distance(cue, other) == 0


def _names_the_whole(figure: Span, cue: Span) -> bool:
    """``298.595 pekerja atau 21,44 persen dari total jumlah pekerja informal ... 1.393.042
    orang``: a word after ``dari`` that follows the figure (and its noun), before a later figure,
    names the whole that figure is a share of."""
    doc = figure.doc
    if extension(figure, "quantity").unit == "IDR":
        return False  # "Rp 3 miliar dari APBD": where money comes from, not a whole
    if cue.start <= figure.end or spanindex.first_in(doc, numbers.SPAN_KEY, cue.end, figure.sent.end) is None:
        return False
    # "dari" may open the word itself ("71.906 orang dari total pekerja sekitar 189 ribu").
    return bool(spanindex.words_in(doc, FROM, figure.end, cue.start + 1))


NARROWING = frozenset({"stock", "uncovered"})


def _narrowed_to_the_covered(figure: Span, cue: Span) -> bool:
    """``Jumlah tenaga kontrak peserta BPJS Ketenagakerjaan sebanyak 1.647``: a word of a whole
    before the figure, followed in the same stretch (no comma, no other figure) by a word of
    those enrolled or left out, names the group that word narrows, not the whole; "Potensi
    kepesertaan pekerja ... 86 juta" is still the whole."""
    doc = figure.doc
    if cue.end > figure.start or spanindex.first_in(doc, numbers.SPAN_KEY, cue.end, figure.start) is not None:
        return False  # a figure between is looked up first: it decides most pairs of a crowded sentence
    if spanindex.words_in(doc, COMMA_OR_SEMICOLON, cue.end, figure.start):
        return False
    # A word of enrolment right after the whole's is its object ("Potensi kepesertaan pekerja"),
    # a noun of people there names those of the whole who are enrolled ("nelayan peserta").
    next_kind = counted_nouns(language.of(doc)).get(doc[cue.end].lower_, (None,))[0]
    after = cue.end if next_kind == "person" else cue.end + 1
    return any(c.label in NARROWING for _, c in cues_in(doc[after : figure.start]))


def _names_the_rates_whole(figure: Span, cue: Span) -> bool:
    """``21% dari jumlah pekerja atau sekitar 336.000 jiwa``: a count restating a rate, and a word
    after the rate's ``dari`` between them: the word names the rate's whole, not the count."""
    doc = figure.doc
    if cue.end > figure.start or figure.start - cue.end > RESTATED_RATE_GAP:
        return False
    window_start = max(figure.sent.start, figure.start - RESTATED_RATE_GAP)
    rates = [
        q
        for q in spanindex.spans_in(doc, numbers.SPAN_KEY, window_start, cue.start)
        if q.end <= cue.start and extension(q, "quantity").unit == "percent"
    ]
    if not rates:
        return False
    rate = rates[0]
    between = [t.lower_ for t in doc[rate.end : cue.start + 1]]  # the cue may begin with "dari"
    after = {t.lower_ for t in doc[cue.end : figure.start]}
    return "dari" in between and bool(after & share_words(language.of(doc))["restates"])


def _earlier_figures_noun(cue: Span, figure: Span) -> bool:
    """``Dari 75 ribu sasaran, sudah 59 ribu orang ...``: a word right after an earlier figure of
    the sentence, with a comma or clause break before the figure, is that figure's noun."""
    doc = figure.doc
    if cue.end > figure.start:
        return False
    # Looked up, not scanned: a figure of the sentence ends at the cue, spaces aside (this test
    # runs for every cue and figure of a sentence; it decides most pairs before the walk below).
    after = cue.start
    while after > 0 and doc[after - 1].is_space:
        after -= 1
    sentence_start = figure.sent.start
    ending = spanindex.spans_ending_in(doc, numbers.SPAN_KEY, after, cue.start + 1)
    if not any(q.start >= sentence_start for q in ending):
        return False
    between = doc[cue.end : figure.start]
    return any(t.text in (",", ";") for t in between) or bool(
        clause_breaks(doc).between(doc, between.start, between.end)
    )


HEADS_WITHIN = 2
"""How many words (qualifiers: "sekitar", "lebih dari") may stand between a noun and the figure
it heads."""


PERCENT_ONLY = frozenset({"percent"})


def _pays_for_a_count_before(cue: Span, figure: Span) -> bool:
    """``Pemkab menanggung iuran 4.200 nelayan, atau baru 38,2 persen dari jumlah tersebut``: a
    word of paying whose object is a count of people before the percentage says nothing of the
    percentage (unlike "menanggung 40 persen iuran, kabupaten/kota 60 persen", a cost shared)."""
    if cue.end > figure.start:
        return False
    between = spanindex.spans_in(figure.doc, numbers.SPAN_KEY, cue.end, figure.start)
    return any(extension(q, "quantity").unit is None and q.end <= figure.start for q in between)


def _heads_an_earlier_figure(cue: Span, figure: Span) -> bool:
    """``jumlah pekerja di kabupaten berpenduduk sekitar 3,7 juta jiwa itu mencapai 1,68 juta``:
    a word of the workforce or population right before an earlier figure of the sentence is
    that figure's rather than one after it."""
    if cue.end > figure.start:
        return False
    doc = figure.doc
    headed = spanindex.first_in(doc, numbers.SPAN_KEY, cue.end, min(cue.end + HEADS_WITHIN + 1, figure.start))
    return headed is not None and headed.end <= figure.start


def _restates(figure: Span, other: Span) -> bool:
    """``other`` restates ``figure`` right after it: "26.994 orang (55,11 persen)", "46,2% atau
    sekitar 465.940 pekerja"."""
    between = [t.lower_ for t in figure.doc[figure.end : other.start] if not t.is_space]
    return len(between) <= 3 and bool(set(between) & {"(", "atau"})


def _no_people(other: Span) -> bool:
    """``other`` counts no people ("di 11 kabupaten"), so it takes no word about people."""
    return extension(other, "quantity").unit is None and counted_kind(other)[0] == "reject"


def _whole_of(figure: Span, other: Span) -> bool:
    """``other`` is the whole ``figure`` is taken from: "52.430 pekerja dari total 277.400"."""
    skip = share_words(language.of(figure.doc))["skip"]
    between = [t.lower_ for t in figure.doc[figure.end : other.start] if not t.is_space]
    before = [w for w in between if w not in skip]
    return bool(before) and before[-1] == "dari"


def modality(span: Span) -> Evidence | None:
    """The cue of modality that governs the figure: a target cue of its clause, else the
    nearest one.

    A cue after the figure that stands nearer a later figure is that figure's ("menanggung
    9.200 ... dan menargetkan 12 ribu"); result, from and total words count only before it.
    Plans and the other modalities are each read outward from the figure, only as far as a cue
    could still win: a far plan beats a near word of growth, a far word of growth never does.
    """
    doc = span.doc
    clause_start, clause_end = clause_of(span)
    found: list[tuple[tuple, Evidence]] = []
    for labels, reach in ((PLANS, 0), (MODALITY - PLANS, 1)):
        best: tuple[tuple, Evidence] | None = None
        for least, order, cue_span, cue in outward(labelled(doc, labels), span, clause_start, clause_end):
            if best is not None and least > max(best[1].distance, reach):
                break  # "from" wins from one word away, whatever stands nearer
            distance = _modal_distance(span, cue_span, cue, clause_start, clause_end)
            if distance is None:
                continue
            # "3,7 juta dari target 3,4 juta": the target is the figure after the words only.
            label = "target" if cue.label == "of_target" else cue.label
            # A plan governs its whole clause ("ditargetkan naik menjadi 20.000"); the other
            # modalities are about the words right before or after the figure.
            key = (_modal_rank(label, distance), distance, -cue.weight, order)
            if best is None or key < best[0]:
                best = (key, Evidence(label, cue.weight, cue_span.text, True, distance))
        if best is not None:
            found.append(best)
    nearest = min(found, key=lambda f: f[0])[1] if found else None
    if nearest is None and not _clause_has_cues(span, clause_start, clause_end):
        nearest = _plan_of_the_sentence(span, clause_start)
    elif nearest is not None and nearest.label in ("new", "result") and _goes_on_from(span, clause_start):
        # "target cakupan 33 persen pada akhir 2025, atau tambahan sekitar 190 ribu peserta",
        # "usulkan tambah 2.500 orang, sehingga totalnya 6.800": the additions, or what they come
        # to, restate or follow from the plan, and are planned too.
        nearest = _plan_of_the_sentence(span, clause_start) or nearest
    return nearest


def _goes_on_from(span: Span, clause_start: int) -> bool:
    """Whether the figure's clause opens with a word that restates the clause before, or says
    what follows from it ("atau", "sehingga")."""
    words = [t for t in span.doc[clause_start : span.start] if not t.is_space and not t.is_punct]
    return bool(words) and words[0].lower_ in share_words(language.of(span.doc))["goes_on_from"]


PLANS = frozenset({"target", "of_target"})
TARGET = frozenset({"target"})


def _modal_distance(span: Span, cue_span: Span, cue: Cue, clause_start: int, clause_end: int) -> int | None:
    """How far a cue of modality of the figure's clause stands from it, or ``None`` when the
    cue is not the figure's: another figure's noun or word, or a leading word after it."""
    doc = span.doc
    if cue_span.end > clause_end or not cue.applies_to(extension(span, "quantity").unit):
        return None
    after = cue_span.start >= span.end
    if after and cue.label in LEADING_ONLY:
        return None
    if after and _compared_with(span, cue_span):
        return None  # "baru 33,6 persen, di bawah target tahunan 36 persen": the target compared with
    if not after and cue.label == "new" and _added_to(span, cue_span):
        return None  # "tambahan dari 9.400 pekerja yang iurannya telah ditanggung": the base added to
    if after and cue.label == "change" and _compares_next(cue_span):
        return None  # "bagi 11.500 pekerja, meningkat dibanding tahun lalu": a level, compared
    if cue.label != "target" and _inside_a_time(cue_span):
        # "Sejak Januari hingga Agustus 2025, sebanyak 3.600 ...": a period, no result; but a
        # time still to come plans ("mulai Juli mendatang").
        return None
    distance = token_distance(cue_span, span)
    if after:
        following = spanindex.first_in(doc, numbers.SPAN_KEY, cue_span.start + 1, span.sent.end)
        if following is not None and token_distance(cue_span, following) < distance:
            return None
        if any(
            q.end <= cue_span.start
            for q in spanindex.spans_in(doc, numbers.SPAN_KEY, span.end, cue_span.start)
        ):
            return None  # "menanggung 9.200 ... dan menargetkan 12 ribu tahun depan": the later one's
    if _earlier_figures_noun(cue_span, span) and not (cue.label == "of_target" and _named_as_its_value(span)):
        # "88 persen dari target UCJ tahun ini, yakni 55 persen": the target the words name is the
        # figure they name it with.
        return None
    if after and cue.label in PLANS and _opens_a_later_figure(span, cue_span):
        return None  # "baru 32 persen, dengan target nasional bagi NTB mencapai 62,22 persen"
    if after and cue.label == "target" and _done_before(span, cue_span, clause_start):
        return None  # "Setelah menjangkau 11.000 pekerja ..., kami akan terus ...": reached
    if (
        not after
        and cue.label == "of_target"
        and spanindex.first_in(doc, numbers.SPAN_KEY, cue_span.end, span.start)
    ):
        return None  # "37.000 dari target 93.848 orang atau 23,8 persen": the words head the target
    if not after and cue.label in PLANS and _reached_after(span, cue_span):
        return None  # "Dari target 6.500 nelayan ..., hingga November sudah 5.912 nelayan": reached
    return distance


def _named_as_its_value(span: Span) -> bool:
    """Whether a naming word ("yakni", "yaitu") stands right before the figure: it gives the
    value of what the words before it name."""
    before = next(
        (t for t in reversed(span.doc[max(0, span.start - 2) : span.start]) if not t.is_punct), None
    )
    return before is not None and before.lower_ in share_words(language.of(span.doc))["names_value"]


def _opens_a_later_figure(span: Span, cue: Span) -> bool:
    """A plan word after a comma or "dan" that follows the figure, with a later figure after it
    and no comma between, opens that figure's clause (as a time does: ``dates._leads_next_figure``):
    "saat ini 38,2 persen dan ditargetkan naik menjadi 45 persen"."""
    doc = span.doc
    opening = COMMA | share_words(language.of(doc))["joins"]
    if not spanindex.words_in(doc, opening, span.end, cue.start):
        return False
    later = spanindex.first_in(doc, numbers.SPAN_KEY, cue.end, span.sent.end)
    return later is not None and not spanindex.words_in(doc, COMMA_OR_SEMICOLON, cue.end, later.start)


TIME_REACH = 8
"""How many tokens before a word a time expression holding it may start."""


def _inside_a_time(cue: Span) -> bool:
    """Whether a word stands inside a time expression ("Januari hingga Agustus 2025")."""
    doc = cue.doc
    times = spanindex.spans_in(doc, "times", max(0, cue.start - TIME_REACH), cue.start + 1)
    return any(t.start <= cue.start and cue.end <= t.end for t in times)


def _done_before(span: Span, cue: Span, clause_start: int) -> bool:
    """A word of completion before the figure in its clause ("setelah", "sudah") and a comma
    between the figure and a later plan: the plan is the next clause's, the figure was reached."""
    doc = span.doc
    done = share_words(language.of(doc))["done"]
    return bool(
        spanindex.words_in(doc, COMMA, span.end, cue.start)
        and spanindex.words_in(doc, done, clause_start, span.start)
    )


def _reached_after(span: Span, cue: Span) -> bool:
    """A comma after a plan and then a word of completion ("sudah", "telah") or of the present
    ("masih") before the figure: the plan is the earlier clause's, the figure was reached."""
    doc = span.doc
    # "berupaya mengejar ketertinggalan cakupan yang per Februari 2025 baru mencapai 26,7 persen":
    # a relative clause sets the reached level apart as a comma does.
    words = share_words(language.of(doc))
    commas = spanindex.words_in(doc, COMMA | words["relative"], cue.end, span.start)
    # "sasaran ... pekerja informal yang jumlahnya masih di bawah 10 persen": how things stand.
    done = words["done"] | words["present"]
    return bool(commas) and bool(spanindex.words_in(doc, done, commas[-1], span.start))


def _modal_rank(label: str, distance: int) -> int:
    """Which modality wins: where a change started ("naik dari 52 persen") is a fact even in a
    hopeful sentence; then a plan, which governs its whole clause; then the nearest."""
    if label == "from" and distance <= 1:
        return 0
    return 1 if label == "target" else 2


def _clause_has_cues(span: Span, start: int, end: int) -> bool:
    """Whether the figure's clause says anything of its own (a cue other than its group)."""
    unit = extension(span, "quantity").unit
    # Looked up among the cues of these labels only: a clause listing thousands of groups of
    # workers (detail cues) stays linear.
    return any(
        s.end <= end and cue.applies_to(unit)
        for s, cue in cues_labelled(span.doc, CLAUSE_CUE_LABELS, start, end)
    )


CLAUSE_CUE_LABELS = BASE_LABELS | MODALITY


def _plan_of_the_sentence(span: Span, clause_start: int) -> Evidence | None:
    """A plan stated in an earlier clause of the sentence also governs a figure whose own clause
    says nothing: "Jayawijaya mendapat kuota 3.500 orang, ..., sedangkan Yalimo dan Nduga
    masing-masing 1.200 orang"; not one whose clause tells how things stand ("..., sementara saat
    ini baru 31 persen")."""
    words = share_words(language.of(span.doc))
    if spanindex.words_in(span.doc, words["done"] | words["present"], clause_start, span.start):
        return None
    earlier = (
        (s, cue)
        for s, cue in reversed(cues_labelled(span.doc, TARGET, span.sent.start, clause_start))
        if s.end <= clause_start
    )
    cue_span, cue = next(earlier, (None, None))
    if cue_span is None and (question := _question_answered(span.sent)) is not None:
        # "Target akhir tahun?" / "Akhir tahun ini Muna 27 persen, Mubar 20 persen": the answer
        # gives what the question asks for (its own sentence, not the plan told before it).
        question = question[-1].sent
        cue_span, cue = next(
            iter(cues_labelled(span.doc, TARGET, question.start, question.end)), (None, None)
        )
    if cue_span is None:
        return None
    return Evidence(
        cue.label, cue.weight * OTHER_CLAUSE, cue_span.text, False, token_distance(cue_span, span)
    )


def choose(
    span: Span,
    unit: str,
    value: Decimal,
    future: bool,
    counts_beside: bool,
    header: tables.Header | None = None,
    workers: bool = False,
) -> Choice:
    """The metric of a figure of ``unit`` (``IDR``, ``percent``, ``person``, ``case``).

    ``future``: its time lies after publication; ``counts_beside``: its sentence also counts
    people (so a ``total`` sum of money is what was paid to them); ``header``: the header cell
    of its table column, whose cues say most; ``workers``: it counts a group of workers
    (nelayan, petani), which with no word of coverage in its sentence is the workforce.
    """
    found = evidence(span, unit)
    modal = modality(span)
    if header is not None:
        headed = _header_evidence(span, header)
        found.update(headed)
        # "Bulan | Peserta baru | Kumulatif": a column's word of modality says most, as its nouns do.
        modal = _header_modality(span, header) or modal
        if not headed and modal is None:
            # "Berikut rincian peserta BPU baru per bulan (orang):" over "Jan | Feb | ...": a
            # column whose header says nothing takes the one word of modality of the lead-in.
            modal = _lead_in_modality(span)
    elif modal is None:
        # "target cakupan dinaikkan bertahap setiap tahun sebagai berikut:" over "- 2025: 24
        # persen": an item with no word of modality of its own takes its lead-in's.
        modal = _lead_in_modality(span)
    if unit == "IDR":
        data = language.of(span.doc)
        premiums = found.get("contribution")
        if premiums is not None and premiums.text.split()[0].lower() in _distributive(data):
            # "Rp4,5 juta per bulan": a rate per unit says nothing of a sum of premiums.
            found = {**found, "contribution": replace(premiums, per_unit=True)}
        found = _without_a_mere_link(found, share_words(data)["links"])
        benefit = found.get("benefit")
        if (
            extension(span, "quantity").qualifier == "up_to"
            and benefit is not None
            and (benefit.same_clause or _per_person_after(span))
        ):
            # "beasiswa ... dengan total nilai maksimal Rp174 juta": a ceiling is what one
            # beneficiary may receive, not a sum paid or a budget.
            return Choice("benefit_amount", f"the most a benefit pays ({benefit.text!r})", benefit.score)
        if (multiple := _a_multiple_of_the_wage(span)) and _in_range(
            money_ranges(data), "benefit_amount", value
        ):
            return Choice(
                "benefit_amount", f"the benefit stated as a multiple of the wage ({multiple!r})", 0.8
            )
        paid_for = _paid_for(span)
        if paid_for is not None and (
            ("budget" in found and (future or (modal is not None and modal.label == "target")))
            or _premiums_reckoned(found)
        ):
            # "Untuk 2026, TAPD mengusulkan Rp5 miliar untuk 25.000 pekerja": money planned for
            # people's premiums is a budget; only what was paid out is a sum of claims. So is a
            # sum of premiums ("Rp 16.800 per bulan dikali 12 bulan untuk 5.000 pekerja, total
            # Rp 1,008 miliar").
            paid_for = None
        choice = _money(
            found,
            value,
            counts_beside,
            money_ranges(data),
            paid_for,
            _per_person(span),
            _claimants_counted(span, found.get("claims")),
            set_aside_for(span),
        )
        if choice.metric == "benefit_amount" and paid_for is not None and header is not None:
            # "Daerah | Tahun | Kasus | Nilai santunan": a table cell beside its row's count of
            # cases is what those cases were paid, whatever one heir's benefit the header names.
            return Choice("claims_paid", f"paid for the cases of its row ({paid_for.text!r})", paid_for.score)
        if choice.metric is None and level_at_a_baseline(span):
            # "Nilai itu tumbuh 14,5 persen dibanding 2023 yang sebesar Rp 163,6 miliar": the
            # amount the change started from, of what changed (the figure before, ``_continued``).
            return Choice(None, "the level at a comparison's baseline (dibanding ... yang sebesar)")
        return choice
    if unit == "percent":
        if _signed(span):
            return Choice(None, "a percentage of another kind (a change, signed)")
        if modal is not None and modal.label == "change" and modal.distance <= 1:
            return Choice(None, f"a percentage of another kind (growth: {modal.text!r})")
        baseline = _against_an_earlier_time(span)
        if baseline is not None:
            return Choice(None, f"a percentage of another kind (growth against {baseline!r})")
        if level_at_a_baseline(span):
            # "naik dibanding akhir 2024 yang masih 34,9 persen": the rate the change started from.
            found = {label: e for label, e in found.items() if label != "change"}
        rest = share_words(language.of(span.doc))["rest"]
        return _percent(found, value, future or (modal is not None and modal.label == "target"), rest)
    if unit == "case":
        reject = found.get("reject")
        if reject is not None and reject.same_clause and reject.score > _score(found, "claims"):
            return Choice(None, f"counted for something else ({reject.text!r})")
        return Choice("claims_count", "counts cases or claims", max(_score(found, "claims"), 0.6))
    return _people(span, found, modal, future, workers)


SIGNS = ("+", "−")
"""Signs written onto a figure that make it a change ("Kota Tegal +2,4 pct"); a hyphen may be a dash."""


def _signed(span: Span) -> bool:
    """Whether a sign is written right onto the figure ("+2,4 %", "−0,8 pct").

    >>> import spacy
    >>> doc = spacy.blank("id")("Kota Tegal +2,4 % dan 5 %")
    >>> _signed(doc[2:4]), _signed(doc[5:7])
    (True, False)
    """
    text = doc_text(span.doc)
    at = span.start_char
    return text[at] in SIGNS or at > 0 and text[at - 1] in SIGNS


def _a_portion_uncovered(span: Span, uncovered: Evidence | None) -> bool:
    """A word of a portion (``sebagian besar``, ``separuh``) between the figure and the word of
    the uncovered after it: a part of the people counted is uncovered, not all of them."""
    if uncovered is None or uncovered.before or uncovered.carried:
        return False
    doc = span.doc
    portion = share_words(language.of(doc))["portion"]
    return bool(spanindex.words_in(doc, portion, span.end, min(span.end + uncovered.distance, len(doc))))


def _without_a_mere_link(found: dict[str, Evidence], links: frozenset[str]) -> dict[str, Evidence]:
    """``Iuran ... selama masa penempatan dua tahun sebesar Rp 370.000``: a word that only links
    an amount to what it is ("sebesar", "senilai") says nothing when what it is (a premium, a
    budget, a sum paid) stands before it in the clause."""
    benefit = found.get("benefit")
    if benefit is None or benefit.text.lower() not in links:
        return found
    named = any(found[label].same_clause and found[label].before for label in LINKED if label in found)
    return {label: e for label, e in found.items() if label != "benefit"} if named else found


LINKED = ("contribution", "budget", "paid")
"""What an amount may be that a linking word stands after."""


def _header_evidence(span: Span, header: tables.Header) -> dict[str, Evidence]:
    """The cues of a table column's header, as if they stood right after the figure."""
    found: dict[str, Evidence] = {}
    doc = span.doc
    # Under year columns, the caption above the table says what they count ("Cakupan UCJ (%)").
    for start, end in filter(None, ((header.start, header.end), header.caption)):
        cells = doc.char_span(start, end, alignment_mode="expand")
        for cue_span, cue in cues_in(cells) if cells is not None else ():
            if cue_span.end_char <= end:
                score = cue.weight * HEAD_NOUN_BONUS
                if score > found.get(cue.label, Evidence(cue.label, 0.0, "", True, 0)).score:
                    found[cue.label] = Evidence(cue.label, score, cue_span.text, True, 0)
    words = header.text.lower().split()
    all_workers = share_words(language.of(doc))["all_workers"]
    headed_by_workers = " ".join(words) in all_workers or (bool(words) and words[0] in all_workers)
    if headed_by_workers and not any(label in BASE_LABELS for label in found):
        # "Daerah | Peserta aktif | Pekerja | Cakupan", "Wilayah | Pekerja informal | Sudah dicover":
        # a column of all the workers (of a kind) beside the covered ones is the whole they are
        # counted against.
        found["workforce"] = Evidence("workforce", HEAD_NOUN_BONUS, header.text.strip(), True, 0)
    return found


def _per_person_after(span: Span) -> bool:
    """Whether "per" and a noun of people follow an amount ("Rp 174 juta per anak")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "per":
        return False
    kind = counted_nouns(language.of(doc)).get(doc[span.end + 1].lower_, (None, ""))[0]
    return kind in ("person", "child", "worker", "classifier")


def _lead_in_modality(span: Span) -> Evidence | None:
    """The word of modality of the line that introduces the figure's table or list, when it has
    exactly one kind of them, or a plan among them."""
    introduced = tables.lead_in(span.sent)
    if introduced is None:
        return None
    unit = extension(span, "quantity").unit
    found = {
        ("target" if cue.label == "of_target" else cue.label): (cue_span, cue)
        for cue_span, cue in cues_in(introduced)
        if cue.label in MODALITY and cue.applies_to(unit)
    }
    if "target" in found:
        found = {"target": found["target"]}  # "target cakupan dinaikkan ...": a plan governs its words
    if len(found) != 1:
        return None
    [(label, (cue_span, cue))] = found.items()
    return Evidence(label, cue.weight, cue_span.text, False, token_distance(cue_span, span))


def _header_modality(span: Span, header: tables.Header) -> Evidence | None:
    """The first word of modality of a table column's header ("Peserta baru", "Target 2025"),
    as if it stood right beside the figure."""
    cells = span.doc.char_span(header.start, header.end, alignment_mode="expand")
    unit = extension(span, "quantity").unit
    for cue_span, cue in cues_in(cells) if cells is not None else ():
        # A cue may reach past the cell ("Peserta baru |": a word after "baru" is part of it).
        if cue.label in MODALITY and cue_span.start_char < header.end and cue.applies_to(unit):
            label = "target" if cue.label == "of_target" else cue.label
            return Evidence(label, cue.weight, cue_span.text, True, 0)
    return None


def _score(found: dict[str, Evidence], label: str) -> float:
    return found[label].score if label in found else 0.0


def _in_clause(found: dict[str, Evidence], label: str) -> bool:
    return label in found and found[label].same_clause


PURPOSE_GAP = 1
"""How many words may stand between an amount and the premiums after it that it pays ("untuk")."""


def set_aside_for(amount: Span) -> bool:
    """Whether a word setting money aside follows the amount ("Rp 750 juta untuk ...")."""
    doc = amount.doc
    return amount.end < len(doc) and doc[amount.end].lower_ in share_words(language.of(doc))["allotted_to"]


def _money(
    found: dict[str, Evidence],
    value: Decimal,
    counts_beside: bool,
    ranges: dict[str, tuple[Decimal, Decimal]],
    paid_for: Evidence | None = None,
    per_person: Evidence | None = None,
    claimants_counted: bool = False,
    set_aside: bool = False,
) -> Choice:
    best: dict[str, Evidence] = {}
    for label, metric in MONEY.items():
        low, high = ranges.get(metric, (value, value))
        if label in found and low <= value <= high and found[label].score > _evidence_score(best, metric):
            best[metric] = found[label]
    # "Jaminan Hari Tua Rp6,6 miliar untuk 439 kasus": the sum paid for those cases.
    paid = paid_for is not None and _in_range(ranges, "claims_paid", value)
    if paid and paid_for.score > _evidence_score(best, "claims_paid"):
        best["claims_paid"] = paid_for
    if paid and not paid_for.before and "benefit_amount" in best:
        # "santunan Rp 126 juta kepada tiga ahli waris": a sum handed to several heirs, none of
        # them given it each, is what was paid out to them all
        given = best.pop("benefit_amount")
        best["claims_paid"] = replace(paid_for, score=max(paid_for.score, given.score))
    benefits = found.get("benefit")
    if (
        counts_beside
        and benefits is not None
        and benefits.same_clause
        and not _in_range(ranges, "benefit_amount", value)
        and _in_range(ranges, "claims_paid", value)
        and benefits.score > _evidence_score(best, "claims_paid")
    ):
        # "membayar 312 kasus JKK dengan manfaat Rp 4,87 miliar": benefits too large for one
        # person's, beside the cases counted, are what was paid out on them.
        best["claims_paid"] = benefits
    paid_out, claimants = found.get("paid"), found.get("claims")
    if (
        counts_beside
        and benefits is not None
        and claimants is not None
        and (benefits.text.lower() == claimants.text.lower() or claimants_counted and benefits.same_clause)
        and _in_range(ranges, "claims_paid", value)
    ):
        # "membayarkan klaim JKM kepada 31 ahli waris ... dengan nilai Rp1,3 M": the heirs are
        # the people counted beside, who were paid; the sum is what was paid to them all.
        if best.get("benefit_amount") is benefits:
            best.pop("benefit_amount")
        given = paid_out if paid_out is not None and paid_out.same_clause else benefits
        best["claims_paid"] = replace(given, score=max(given.score, benefits.score))
    if per_person is not None and "claims_paid" in best and _in_range(ranges, "benefit_amount", value):
        # "Rata-rata saldo JHT yang dicairkan sekitar Rp 17 juta per peserta": what each one was
        # paid, not a sum paid out.
        best["benefit_amount"] = replace(best.pop("claims_paid"), text=per_person.text)
    if counts_beside and _in_clause(found, "total"):
        # A total beside a count is what those people were paid, or, reckoned from a premium
        # ("Rp 16.800 per bulan dikali 12 bulan untuk 5.000 pekerja, total Rp 1,008 miliar"),
        # the sum of their premiums.
        summed = "budget" if _premiums_reckoned(found) else "claims_paid"
        if _in_range(ranges, summed, value) and found["total"].score > _evidence_score(best, summed):
            best[summed] = found["total"]
    premiums = found.get("contribution")
    if (
        premiums is not None
        and premiums.same_clause
        # "Rp 750 juta untuk membayar iuran 3.720 pekerja": the premiums it goes to, right after
        and (premiums.before or (set_aside and premiums.distance <= PURPOSE_GAP))
        and not premiums.per_unit
        and not _in_range(ranges, "contribution", value)
        and _in_range(ranges, "budget", value)
        and premiums.score >= _score(found, "claims")
        and not (benefits is not None and benefits.before and benefits.distance < premiums.distance)
    ):
        # "iuran yang dibayarkan pemerintah daerah Rp356 juta": premiums paid in total, too much
        # for one person's, are what a purse spent on them, not claims paid out; unless a
        # benefit stands nearer ("yang iurannya ditanggung pemda, santunan kematian yang
        # dibayarkan Rp9 miliar": benefits paid out).
        paid = found.get("paid")
        best.pop("claims_paid", None)
        best["budget"] = max([premiums, best.get("budget"), paid], key=lambda e: e.score if e else 0.0)
    budget, paid = found.get("budget"), best.get("claims_paid")
    if (
        budget is not None
        and budget.same_clause
        and paid is not None
        and "total" in paid.text.lower().split()
        and not _in_clause(found, "claims")
    ):
        # "menyiapkan anggaran ... dengan total Rp241 juta", "... dengan total Rp503 juta dalam APBD
        # 2025": the total of a budget, not a sum paid.
        best.pop("claims_paid")
        best["budget"] = replace(budget, score=max(budget.score, paid.score))
    heir = found.get("one_heir")
    if (
        heir is not None
        and (heir.before or heir.same_clause)
        and not heir.carried
        and _in_range(ranges, "benefit_amount", value)
    ):
        # "kepada ahli waris almarhum Syarifudin, dengan total nilai Rp105 juta", "santunan Rp192
        # juta di kediaman keluarga almarhum Suwandi": one heir's due.
        best = {"benefit_amount": found["one_heir"]}
    if not best and per_person is not None and _in_range(ranges, "contribution", value):
        # "Hanya Rp16.800 per orang, kita sudah bisa membantu marbot": a small sum per person in
        # a passage about the programme is its premium.
        best["contribution"] = per_person
    metric = max(best, key=lambda m: best[m].score, default=None)
    reject = found.get("reject")
    if (
        metric == "contribution"
        and best[metric].per_unit
        and reject is not None
        and reject.before
        and reject.same_clause
    ):
        # "Honor garin sebesar Rp 300 ribu per bulan": a period says how often, the word before
        # the amount what it is.
        return Choice(None, f"an amount of another kind ({reject.text!r})")
    if _score(found, "reject") > _evidence_score(best, metric):
        return Choice(None, f"an amount of another kind ({found['reject'].text!r})")
    if metric is None:
        return Choice(None, "an amount of money with no benefit, premium, claim or budget cue")
    return Choice(metric, f"cue {best[metric].text!r}", best[metric].score)


def _distributive(data: LanguageData) -> frozenset[str]:
    return data.derived("metrics.distributive", lambda d: frozenset(d.lines("facts/distributive.txt")))


def _in_range(ranges: dict[str, tuple[Decimal, Decimal]], metric: str, value: Decimal) -> bool:
    low, high = ranges.get(metric, (value, value))
    return low <= value <= high


def _qualifier_start(span: Span) -> int:
    """Where a figure starts with the qualifier written right before it ("hampir Rp1,6 miliar")."""
    words = [w.lower() for w in extension(span, "quantity").qualifier_text.split()]
    start = span.start - len(words)
    if words and start >= 0 and [t.lower_ for t in span.doc[start : span.start]] == words:
        return start
    return span.start


CHILDREN_OF_ONE_CLAIM = 2
"""The most children one participant's scholarship pays for: "beasiswa untuk dua anak" is what
one family gets, not a count of claims."""

_ITEM_SEPARATORS = (",", "/", "|", "–", "—", "-")
"""What stands between the cases of an item and the money paid for them ("JKK: 87 kasus | Rp 1,1 M",
"JKM : 31 kasus – Rp 1.302.000.000")."""


def _paid_for(span: Span) -> Evidence | None:
    """An amount beside the several cases, claims or people it was paid for: after it ("Rp139
    juta untuk delapan kasus", "sebesar Rp 1,2 triliun kepada 9.860 peserta") or before it ("180
    kasus sebesar Rp289,7 juta"): a sum paid out."""
    doc = span.doc
    following = [t for t in doc[span.end : min(span.end + 3, span.sent.end)] if not t.is_space]
    before = [
        t
        for t in doc[max(span.sent.start, _qualifier_start(span) - 3) : _qualifier_start(span)]
        if not t.is_space
    ]
    figure = None
    if following and following[0].lower_ in share_words(language.of(doc))["recipient"] | {"dari"}:
        figure = spanindex.first_in(doc, numbers.SPAN_KEY, following[0].i + 1, following[0].i + 2)
        if figure is None:
            # "Rp 84 juta bagi ahli waris dua petani": the heirs of the people counted
            figure = _counted_after_heirs(doc, following[0].i + 1, span.sent.end)
        recipients = [t.lower_ for t in doc[following[0].i + 1 : min(following[0].i + 6, span.sent.end)]]
        people = recipients[:1] == ["para"] or counted_nouns(language.of(doc)).get(
            recipients[0] if recipients else "", ("", "")
        )[0] in ("person", "worker", "case", "child")
        if figure is None and people and ("para" in recipients[:1] or "dan" in recipients):
            # "senilai total Rp1,1 miliar kepada ahli waris dan peserta aktif": several recipients
            return Evidence("paid", 0.9, f"{following[0].text} {' '.join(recipients[:3])}", True, 1)
    elif before and before[-1].lower_ in ("sebesar", "senilai", "dengan", *_ITEM_SEPARATORS):
        # "180 kasus sebesar Rp289,7 juta": the count and its noun right before the amount word;
        # a comma, a slash or a bar only after cases ("JKK: 600 kasus, Rp6 miliar", "JHT: 38.412
        # kasus / Rp1,2 triliun", "JKM: 39 kasus | Rp1,64 M", items of a claims report).
        ending = spanindex.spans_ending_in(doc, numbers.SPAN_KEY, before[-1].i - 2, before[-1].i + 1)
        figure = next((q for q in ending if q.start >= span.sent.start), None)
        if (
            before[-1].text in _ITEM_SEPARATORS
            and figure is not None
            and counted_kind(figure)[0] != "case"
            and not _a_column_of_cases(figure)
        ):
            figure = None
    elif before and before[-1].lower_ in share_words(language.of(doc))["its_value"]:
        # "membayar 58 klaim JKM untuk peserta dari Gianyar, nilainya Rp2,44 miliar": the value
        # of the cases counted earlier in the sentence, and only of cases.
        cases = [
            q for q in numbers.figures_of(span.sent) if q.end <= before[-1].i and counted_kind(q)[0] == "case"
        ]
        figure = cases[-1] if cases else None
    count = extension(figure, "quantity") if figure is not None else None
    if count is None or count.unit is not None or count.value < 2:
        return None
    kind, _ = counted_kind(figure)
    if kind is None and _a_column_of_cases(figure):
        kind = "case"  # a row's "41" under "Kasus"
    if kind not in ("case", "person", "worker", "child"):
        return None
    allocated = (
        figure.start > span.start and following[0].lower_ in share_words(language.of(doc))["allotted_to"]
    )
    if kind == "worker" and allocated and figure.start == following[0].i + 1:
        # "menambah Rp420 juta untuk 6.250 pekerja tambahan": their premiums' budget ("bagi ahli
        # waris dua petani" is paid to heirs)
        return None
    amount = extension(span, "quantity")
    one_family = kind == "child" and count.in_words and count.value <= CHILDREN_OF_ONE_CLAIM
    if amount.qualifier == "up_to" or one_family:
        return None  # "beasiswa maksimal Rp 174 juta untuk dua anak": the standard benefit
    if amount.value in standard_benefits(language.of(doc)):
        return None  # "santunan JKM Rp42 juta kepada lima ahli waris": what each received
    if figure.start > span.start and any(t.lower_ in _distributive(language.of(doc)) for t in before):
        return None  # "masing-masing Rp 50 juta kepada tiga ahli waris": what each received
    said = (
        f"{following[0].text} {figure.text}"
        if figure.start > span.start
        else f"{figure.text} {before[-1].text}"
    )
    return Evidence("paid", 1.0, said, True, 1, before=figure.start < span.start)


HEIRS_WORDS = 4
"""How many words may name the heirs before the people they are heirs of are counted
("ahli waris dari dua petani")."""


def _counted_after_heirs(doc: Doc, start: int, end: int) -> Span | None:
    """The count of people right after words naming their heirs ("ahli waris (dari) N ..."):
    the heirs of N people were paid."""
    heirs = share_words(language.of(doc))["heirs"]
    at = start
    while at < min(end, start + HEIRS_WORDS) and doc[at].lower_ in heirs:
        at += 1
    if at == start:
        return None
    return spanindex.first_in(doc, numbers.SPAN_KEY, at, at + 1)


def _a_column_of_cases(figure: Span) -> bool:
    """Whether a figure stands in a table column whose header counts cases ("Daerah | Tahun |
    Kasus | Nilai santunan"): the amount beside it in its row is what those cases were paid."""
    header = tables.header_of(figure)
    if header is None:
        return False
    counted = counted_nouns(language.of(figure.doc))
    return any(counted.get(word, ("",))[0] == "case" for word in header.text.lower().split())


def recipient_count(span: Span) -> Span | None:
    """The count of people right after an amount's recipient word ("Rp 312,4 miliar kepada
    21.870 peserta"): whose the amount is, is theirs."""
    doc = span.doc
    following = next((t for t in doc[span.end : min(span.end + 3, span.sent.end)] if not t.is_space), None)
    if following is None or following.lower_ not in share_words(language.of(doc))["recipient"]:
        return None
    count = spanindex.first_in(doc, numbers.SPAN_KEY, following.i + 1, following.i + 2)
    return count if count is not None and extension(count, "quantity").unit is None else None


def _claimants_counted(span: Span, claimants: Evidence | None) -> bool:
    """``membayarkan santunan kematian kepada 16 ahli waris ... dengan nilai Rp672 juta``: the
    word of claimants before the amount, in its clause, is the noun of a count of several
    (not of each of them: "dua ahli waris ... masing-masing menerima Rp 42 juta")."""
    if claimants is None or not claimants.same_clause or not claimants.before:
        return False
    doc = span.doc
    noun = claimants.text.lower().split()
    each = _distributive(language.of(doc))
    for figure in numbers.figures_of(span.sent):
        if figure.end >= span.start:
            break
        quantity = extension(figure, "quantity")
        words = [t.lower_ for t in doc[figure.end : figure.end + len(noun)]]
        if quantity.unit is None and quantity.value >= 2 and words == noun:
            return not spanindex.words_in(doc, each, figure.end, span.start)
    return False


WAGE_MULTIPLE_REACH = 40
"""How many tokens before an amount a benefit stated as a multiple of the wage may stand."""


WAGE_MULTIPLE_AFTER = 5
"""How many words after an amount its restatement as a multiple of the wage may take ("atau 48 kali upah")."""


def _a_multiple_of_the_wage(span: Span) -> str | None:
    """``santunan sebesar 48 kali upah yang dilaporkan, yakni Rp 72 juta``, ``... 48 kali upah.
    Dengan upah yang dilaporkan Rp4,2 juta, nilainya Rp201,6 juta``: an amount a naming word
    ("yakni", "nilainya") brings shortly after a benefit stated as a multiple of the wage
    (``WAGE_MULTIPLE_REACH`` tokens, its sentence or the one before) is that benefit's sum, not
    a wage."""
    doc = span.doc
    words = share_words(language.of(doc))
    # "... sebesar Rp 187,2 juta atau 48 kali upah yang dilaporkan": restated as the multiple after it
    after = [t for t in doc[span.end : min(span.end + WAGE_MULTIPLE_AFTER, span.sent.end)] if not t.is_space]
    if after and after[0].lower_ in words["restates"]:
        for i, token in enumerate(after[1:-1], start=1):
            if token.lower_ in words["times"] and after[i + 1].lower_ in words["wage"]:
                return " ".join(t.text for t in after[i - 1 : i + 2])
    before = next((t for t in reversed(doc[max(0, span.start - 2) : span.start]) if not t.is_punct), None)
    if before is None or before.lower_ not in words["names_value"]:
        return None
    start = max(0, span.start - WAGE_MULTIPLE_REACH)
    for i in reversed(spanindex.words_in(doc, words["times"], start, span.start)):
        if i + 1 < span.start and doc[i + 1].lower_ in words["wage"]:
            return doc[max(i - 1, 0) : i + 2].text
    return None


def _per_person(span: Span) -> Evidence | None:
    """``Rp16.800 per orang``, ``Rp 16.800 perjiwa``: an amount for each person."""
    persons = share_words(language.of(span.doc))["per_person"]
    words = [t.lower_ for t in span.doc[span.end : min(span.end + 2, span.sent.end)]]
    per = (
        words[:1]
        and words[0].startswith("per")
        and words[0][3:] in persons
        or words[:2]
        and words[0] in ("per", "setiap", "tiap")
        and words[1] in persons
    )
    return Evidence("contribution", 0.3, " ".join(words), True, 0, per_unit=True) if per else None


def each_persons(span: Span) -> bool:
    """Whether an amount is each person's (``Rp16.800 per orang``), whoever sets it aside."""
    return _per_person(span) is not None


def _evidence_score(best: dict[str, Evidence], metric: str | None) -> float:
    return best[metric].score if metric in best else 0.0


def _the_rest_elsewhere(reject: Evidence, rest: frozenset[str]) -> bool:
    """Whether a word of the rest ("lainnya") stands anywhere but right after the percentage:
    "56 persen lainnya" is the rest of a whole, "pekerja rentan lainnya, ... 40 persen" is not."""
    return reject.text.lower() in rest and (reject.before or reject.distance > 0)


def _percent(found: dict[str, Evidence], value: Decimal, planned: bool, rest: frozenset[str]) -> Choice:
    if value > 100 and not _in_clause(found, "coverage"):
        # "tingkat cakupan ... tercatat 112 persen" (more enrolled than estimated) is printed as
        # reported; past 100 without a word of coverage in its clause it is growth or another share.
        return Choice(None, "a percentage over 100 with no word of coverage in its clause")
    if value > MAX_RATE:
        return Choice(None, f"a percentage over {MAX_RATE} is no coverage rate")
    coverage = max(_score(found, "coverage"), 0.6 * _score(found, "stock"))
    # A share that is still missing ("79 persen pekerja informal belum tercakup", "tertinggal 14
    # persen") is no coverage rate, nor is a share of a target reached ("83 persen dari target";
    # "dari target nasional sebesar 80 persen" introduces the target itself).
    against = max(
        (
            found[label]
            for label in ("reject", "share", "uncovered", "of_target")
            if label in found
            and not (label == "of_target" and found[label].before)
            and not (label == "reject" and _the_rest_elsewhere(found[label], rest))
            # "... 4.700 pekerja yang belum terlindungi. Target tahun itu 35 persen": the words
            # of the people left out, carried from the sentence before, were its count's
            and not (label == "uncovered" and found[label].carried)
        ),
        key=lambda e: e.score,
        default=None,
    )
    if against is not None and against.score >= coverage:
        return Choice(None, f"a percentage of another kind ({against.text!r})")
    change, result, started = found.get("change"), found.get("result"), found.get("from")
    if (
        change is not None
        and change.before
        and change.same_clause
        and (result is None or not result.before or result.distance > change.distance)
        # "naik 3,5 poin dari 24,9 persen": where the rate started, after the change's size
        and (started is None or not started.before or started.distance > change.distance)
    ):
        # "kenaikan cakupan kepesertaan 1-2 persen", "naik 5 persen": by how much a rate grew
        # (unlike "naik menjadi 40 persen", where the rate reached follows "menjadi").
        return Choice(None, f"a percentage of another kind (a change of the rate: {change.text!r})")
    if coverage == 0:
        return Choice(None, "a percentage that is not a coverage rate")
    if planned:
        return Choice("coverage_target_pct", "a coverage target", coverage)
    return Choice("coverage_pct", "a coverage rate", coverage)


MODAL_METRIC = {
    "target": "participants_target",
    "new": "participants_new",
    "change": "participants_new",
    "result": "participants",
    "from": "participants",
    "total": "participants",
}


def _people(
    span: Span,
    found: dict[str, Evidence],
    modal: Evidence | None,
    future: bool,
    workers: bool = False,
) -> Choice:
    if _is_denominator(span):
        surveyed = share_words(language.of(span.doc))["surveyed"]
        after = span.doc[span.end : min(span.end + SAMPLE_WORDS, span.sent.end)]
        if (asked := next((t.text for t in after if t.lower_ in surveyed), None)) is not None:
            # "Dari 60 nelayan yang kami wawancarai, hanya 7 ...": the people a survey asked
            return Choice(None, f"a whole of another kind: a survey's sample ({asked!r})")
        residents = found.get("population")
        workers = found.get("workforce")
        if (
            residents is not None
            and residents.distance == 0
            and not residents.before
            and (workers is None or workers.distance > DENOMINATOR_NOUN_WORDS)
        ):
            # "dari total 698.000 masyarakat miskin, baru 57.000 ...": a whole of residents.
            return Choice("population", "the residents another figure of the sentence is a share of", 0.6)
        enrolled = found.get("stock")
        if enrolled is not None and enrolled.distance == 0 and not enrolled.before and workers is None:
            # "Dari sekitar 92 ribu peserta di provinsi ini, lebih dari 60 ribu ada di Mimika":
            # a whole of participants, which the part is taken from.
            return Choice("participants", "the participants another figure of the sentence is a part of", 0.6)
        return Choice("workforce", "the whole another figure of the sentence is a share of (dari N)", 0.6)
    if _a_portion_uncovered(span, found.get("uncovered")):
        # "lebih dari 11 ribu petambak di Pangkep, sebagian besar belum terdaftar": the group is
        # the whole, only a part of it is uncovered.
        found = {label: e for label, e in found.items() if label != "uncovered"}
        if (
            workers
            and not any(label in PERSON_BASE for label in found if label != "enrolled_in")
            and not future
        ):
            return Choice("workforce", "a group of workers, a portion of whom is uncovered", 0.4)
    if _premiums_paid_for(span, found):
        # The programmes' names in "iuran JKK dan Jaminan Kematian bagi N" pay no claim.
        found = {label: e for label, e in found.items() if label not in ("claims", "benefit", "paid")}
    own = [
        e for label, e in found.items() if label in PERSON_BASE and label != "enrolled_in" and not e.carried
    ]
    if counted_kind(span)[0] == "child" and any(
        label in found and found[label].same_clause for label in ("benefit", "paid")
    ):
        # "11 anak peserta di Badung yang menerima beasiswa": the children a benefit is paid to.
        return Choice(
            "claims_count", "children a benefit was paid to", found.get("benefit", found.get("paid")).score
        )
    if _receives(span, found):
        return Choice(
            "claims_count",
            "people a claim or benefit was paid to (kepada N)",
            max(found[label].score for label in ("claims", "benefit", "paid") if label in found),
        )
    # "... penghargaan diberikan kepada Kabupaten X yang menambah 18.240 peserta baru": the new
    # participants the figure counts weigh against the other kind of words too.
    added = [found["new"]] if "new" in found and not found["new"].carried else []
    best_own = max((e.score for e in own + added), default=0.0)
    if "reject" in found and found["reject"].same_clause and found["reject"].score > best_own:
        return Choice(None, f"people of another kind, counted for something else ({found['reject'].text!r})")
    if not own and modal is None and _budgeted_for(span):
        return Choice("participants_target", "people a sum of money is set aside for (Rp ... untuk N)", 0.4)
    if (
        workers
        and not own
        and modal is None
        and not future
        and _said_to_exist(span)
        and not _asked_for(span, found)
        and not _cut_short(span)
    ):
        return Choice("workforce", "a count of a group of workers, with no word of coverage", 0.3)
    if workers and modal is not None and modal.label == "from" and _the_whole_compared_with(span):
        # "Angka itu masih kecil dibanding total 142 ribu pekerja sektor pertanian": the workers
        # the count is measured against, not where a change started.
        return Choice("workforce", f"the workers a count is compared with ({modal.text!r})", 0.5)
    scores = {label: _score(found, label) for label in PERSON_BASE}
    label = max(scores, key=scores.get)
    strength = scores[label]
    if strength == 0 and modal is None and not future:
        return Choice(None, "no cue says it counts people covered")
    if strength == 0 or (
        label not in ("stock", "enrolled_in", "coverage")
        and modal is not None
        and not found[label].same_clause
    ):
        # Only words of change or plan around it: it counts participants.
        label, strength = "stock", modal.score if modal else 0.5
    metric = PERSON_BASE[label]
    if metric in CONTEXT_WHOLES and modal is not None and modal.label == "change" and modal.distance <= 1:
        # "penduduk bekerja ... naik 11,97 ribu": by how much a whole grew is no whole
        return Choice(None, f"a figure of another kind (a change of the {metric}: {modal.text!r})")
    if metric != "participants":
        return Choice(metric, f"cue {found[label].text!r}", strength)
    if future:
        return Choice("participants_target", "dated after publication", strength)
    if modal is not None and modal.label == "total" and _named_as_new_after(found):
        # "dengan total 6.210 pekerja yang didaftarkan sebagai peserta baru": a total of additions
        return Choice("participants_new", f"new cue {found['new'].text!r} after a total", strength)
    if modal is not None:
        return Choice(MODAL_METRIC[modal.label], f"{modal.label} cue {modal.text!r}", strength)
    return Choice(
        "participants", f"cue {found[label].text!r}" if label in found else "participants", strength
    )


def _named_as_new_after(found: dict[str, Evidence]) -> bool:
    """Whether a word of addition after the figure, in its clause, says what it counts."""
    new = found.get("new")
    return new is not None and new.same_clause and not new.before


def _is_denominator(span: Span) -> bool:
    """The whole that another figure of the sentence is a share of: a figure after ``dari``
    either heads its clause with a figure after it (``dari sekitar 356 ribu pekerja ..., baru
    162.300 orang``), follows a figure and its noun (``7,1 juta orang dari 16,6 juta pekerja``,
    ``61,4 persen dari sekitar 729 ribu pekerja``), or is a total (``dari total 80.000``).
    ``naik dari 2.400`` is where a change started, not a whole."""
    words = share_words(language.of(span.doc))
    doc, sentence = span.doc, span.sent
    i = span.start - 1
    while i >= sentence.start and doc[i].lower_ in words["skip"]:
        i -= 1
    if i < sentence.start or doc[i].lower_ != "dari":
        return False
    if "total" in {t.lower_ for t in doc[i + 1 : span.start]}:
        return True  # "dari total 80.000 pekerja": a total is a whole
    figures = [q for q in numbers.figures_of(sentence) if q != span]
    if i == sentence.start or doc[i - 1].text in {",", ";"} or clause_breaks(doc).at(doc, i):
        # "dari sekitar 812.000 pekerja ..., sebagian besar belum terdaftar": a part follows
        later = [q for q in figures if q.start >= span.end]
        if later and _changes_into(doc, span.end, later[0].start):
            return False  # "Dari 12.400 orang pada 2023, naik menjadi 15.100": where a change started
        return (
            bool(later)
            or any(t.lower_ in words["part"] for t in doc[span.end : sentence.end])
            or _after_its_part(span, i, figures)
        )
    part = [
        q
        for q in figures
        if q.end <= i
        and i - q.end <= 2
        and extension(q, "quantity").unit in (None, "percent")
        and not _one_person(q)
    ]
    # "turun menjadi 498.720 orang dari 521.300 orang": where a count changed from, not a whole
    # (a rate reached is a share all the same: "mencapai 45,7 persen dari 398.000 pekerja").
    changed = (
        extension(part[-1], "quantity").unit is None and _change_before(doc, part[-1].start - 1)
        if part
        else False
    )
    return bool(part) and not _change_before(doc, i) and not changed


def _after_its_part(span: Span, dari: int, figures: list[Span]) -> bool:
    """``41 ribu pekerja sudah terlindungi, dari sekitar 157 ribu pekerja``: a count of people
    before the comma, in a sentence with no word of change before "dari" ("naik menjadi 15.100
    orang, dari 12.400 orang" starts from it), is the part of the whole after "dari"."""
    doc = span.doc
    earlier = [
        q
        for q in figures
        if q.end <= dari
        and extension(q, "quantity").unit is None
        and extension(span, "quantity").unit is None
    ]
    if not earlier or _one_person(earlier[-1]):
        return False
    # "Hingga November 2025 tercatat 55.890 ...": a word leading into a time is no word of change.
    return not any(
        cue.label in ("change", "result", "from")
        and not _inside_a_time(cue_span)
        and not spanindex.starts_at(doc, "times", cue_span.end)
        for cue_span, cue in cues_in(doc[span.sent.start : dari])
    )


def _one_person(figure: Span) -> bool:
    """``Yance adalah satu dari 2.310 nelayan yang iurannya ditanggung Pemkab``: one, in words,
    is a person of the group, not a share of it; the group's own words say what it counts."""
    quantity = extension(figure, "quantity")
    return quantity.in_words and quantity.value == 1


def _receives(span: Span, found: dict[str, Evidence]) -> bool:
    """``membayar klaim JHT senilai Rp 187,4 miliar kepada 9.860 peserta``: people after
    ``kepada`` or ``bagi`` in a clause about a claim or a benefit are its beneficiaries, and so are
    people right after the claim itself (``membayarkan klaim sebanyak 1.220 peserta``)."""
    if not _after_a_recipient_word(span) or _becomes_participants(span) or _premiums_paid_for(span, found):
        return False
    paid = [found[label] for label in ("claims", "benefit", "paid") if label in found]
    paid = [e for e in paid if e.same_clause]
    if not paid:
        return False
    # "menyerahkan penghargaan ... kepada 24 penerima": an award is no claim
    reject = found.get("reject")
    return reject is None or not reject.same_clause or reject.score < max(e.score for e in paid)


def _after_a_recipient_word(span: Span) -> bool:
    """Whether a word saying who is paid or given something (``kepada``, ``bagi``; ``klaim``
    right before) stands before the figure."""
    doc = span.doc
    words = share_words(language.of(doc))
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in words["skip"]:
        i -= 1
    return i >= span.sent.start and doc[i].lower_ in words["recipient"] | words["claimed"]


def _premiums_paid_for(span: Span, found: dict[str, Evidence]) -> bool:
    """``membayar iuran program Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi 6.000
    pengemudi``: people a premium in their clause before them is paid for are members, whatever
    benefits the programmes' names speak of, unless a claim stands nearer."""
    premium, claims = found.get("contribution"), found.get("claims")
    return (
        premium is not None
        and premium.same_clause
        and premium.before
        and not premium.per_unit
        and (claims is None or not claims.same_clause or claims.distance > premium.distance)
        and _after_a_recipient_word(span)
    )


def _becomes_participants(span: Span) -> bool:
    """``bantuan untuk 950 pekerja rentan menjadi peserta``: help that makes people participants,
    said by a word of coverage a few words after the figure's noun, with no break between (not
    ``kepada 9.860 peserta``, where the word is the figure's own noun)."""
    doc = span.doc
    for cue_span, cue in cues_in(doc[span.end : span.end + 5]):
        if cue.label == "stock" and span.end + 1 < cue_span.start:
            return not any(t.is_punct for t in doc[span.end : cue_span.start])
    return False


def _asked_for(span: Span, found: dict[str, Evidence]) -> bool:
    """Whether the figure answers a question that says what it counts ("Berapa yang masih belum
    terlindungi?" / "Masih ada sekitar 185 ribu pekerja."): the question's cue, carried, decides."""
    carried = any(e.carried and label in PERSON_BASE for label, e in found.items())
    return carried and _question_answered(span.sent) is not None


SENTENCE_ENDS = frozenset('.!?"”’)')


def _cut_short(figure: Span) -> bool:
    """Whether the figure's sentence is the last of a text cut off in mid-sentence ("Bahkan
    sekitar 1.280 atlet ... juga turut di"): what it says of its people was cut with it. A
    table's last row ends without a full stop and is whole."""
    doc = figure.doc
    last = kept(doc, ("metrics.last_word",), lambda: _last_word(doc))
    if last is None or figure.sent.end <= last.i or tables.header_of(figure) is not None:
        return False  # more follows (found once per Doc: this runs for every figure)
    return last.text[-1:] not in SENTENCE_ENDS


def _last_word(doc: Doc) -> Token | None:
    """The Doc's last token that is not white space."""
    return next((t for t in reversed(doc) if not t.is_space), None)


def _said_to_exist(span: Span) -> bool:
    """``di Baubau ada ± 9.500 nelayan``, ``memiliki sekitar 58 ribu petani``: a word of existence
    or number stands shortly before the count (not "dua pekerja ... terseret arus")."""
    data = share_words(language.of(span.doc))
    window = span.doc[max(span.sent.start, span.start - 4) : span.start]
    # "23 persen di antaranya, atau sekitar 138 ribu PMI": a count restating the figure before it
    # is that figure's part, not a group said to exist.
    restates = any(t.lower_ in data["restates"] for t in window)
    if restates:
        return False
    if any(t.lower_ in data["exists"] for t in window):
        return True
    # "mencatat lebih dari 2.000 penambang emas rakyat, nelayan 3.450, petani tambak 1.100": the
    # items of a list go on from the first, said to exist.
    # Only the few items before are looked at: a sentence listing thousands stays linear.
    reach = max(span.sent.start, span.start - LIST_ITEMS_LOOKED_AT * (LIST_ITEM_GAP + 2))
    before = [
        q for q in spanindex.spans_in(span.doc, numbers.SPAN_KEY, reach, span.start) if q.end <= span.start
    ]
    items = [*before, span]
    i = len(items) - 1
    while i > 0 and _next_item(items[i - 1], items[i]):
        i -= 1
    if i == len(items) - 1:
        return False
    first = items[i]
    window = span.doc[max(span.sent.start, first.start - 4) : first.start]
    return any(t.lower_ in data["exists"] for t in window) and not any(
        t.lower_ in data["restates"] for t in window
    )


LIST_ITEMS_LOOKED_AT = 12
"""How many items of a list before a figure are looked at for the first one."""
LIST_ITEM_GAP = 5
"""How many words may stand between two figures listed one after another ("3.450, petani tambak 1.100")."""


def _next_item(previous: Span, figure: Span) -> bool:
    """Whether a figure is the next item of a list after ``previous``: a comma or "dan" between,
    and only a few words (the item's noun)."""
    between = previous.doc[previous.end : figure.start]
    return len(between) <= LIST_ITEM_GAP and any(joins_items(t) for t in between)


def _budgeted_for(span: Span) -> bool:
    """``menyiapkan Rp 1,3 M untuk 6.450 pekerja``, ``mengalokasikan anggaran untuk 6 ribu
    pekerja``: people after ``untuk`` that a sum of money, or a word setting money aside, earlier
    in their clause is meant for."""
    doc = span.doc
    skip = share_words(language.of(doc))["skip"]
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in skip:
        i -= 1
    if i < span.sent.start or doc[i].lower_ != "untuk":
        return False
    clause_start, _ = clause_of(span)
    allocates = share_words(language.of(doc))["allocates"]
    return any(t.lower_ in allocates for t in doc[clause_start:i]) or any(
        extension(q, "quantity").unit == "IDR" and clause_start <= q.start and q.end <= i
        for q in numbers.figures_of(span.sent)
    )


def _against_an_earlier_time(span: Span) -> str | None:
    """The baseline of a percentage measured against another time, written right after it: "20
    persen dari tahun sebelumnya", "3 persen dibandingkan dengan tahun lalu" is a rate of change,
    whatever the verb (the time expressions mark such a baseline: ``TimeRef.compared_from``).
    Not when the clause goes on to the level reached ("... menjadi 35 persen"), nor when the
    sentence gives the baseline's own rate after it ("... yang hanya 21 persen")."""
    doc = span.doc
    time = spanindex.first_in(doc, "times", span.end, span.end + BASELINE_MAX_TOKENS + 1)
    ref = extension(time, "time") if time is not None else None
    if ref is None or ref.compared_from is None or not span.end_char <= ref.compared_from < time.start_char:
        return None
    _, clause_end = clause_of(span)
    if spanindex.words_in(doc, _reached_words(language.of(doc)), time.end, clause_end):
        return None
    level = spanindex.first_in(doc, numbers.SPAN_KEY, time.end, time.end + BASELINE_LEVEL_MAX_TOKENS + 1)
    if level is not None and extension(level, "quantity").unit == "percent":
        return None  # "35% dibandingkan tahun sebelumnya yang hanya 21%": two levels compared
    return doc[span.end : time.end].text


def level_at_a_baseline(span: Span) -> bool:
    """``naik dibanding akhir 2024 yang masih 34,9 persen``: the figure is the level at the
    baseline time of a comparison, which ``yang`` ties it to (no rate of change)."""
    doc = span.doc
    times = spanindex.spans_ending_in(
        doc, "times", max(0, span.start - BASELINE_LEVEL_MAX_TOKENS), span.start
    )
    if not times:
        return False
    time = times[-1]
    ref = extension(time, "time")
    between = [t.lower_ for t in doc[time.end : span.start] if not t.is_space]
    return ref is not None and ref.compared_from is not None and between[:1] == ["yang"]


BASELINE_MAX_TOKENS = 3
"""The words between a percentage and its baseline time ("lebih tinggi dibanding")."""
BASELINE_LEVEL_MAX_TOKENS = 4
"""The words between a baseline time and its own rate ("tahun lalu yang hanya sekitar 21%")."""


def _reached_words(data: LanguageData) -> frozenset[str]:
    """The words of the level a change reaches (``menjadi``), from ``time/comparisons.csv``."""
    return data.derived(
        "metrics.reached_words",
        lambda d: frozenset(r["phrase"] for r in d.table("time/comparisons.csv") if r["role"] == "to"),
    )


def _changes_into(doc, start: int, end: int) -> bool:
    """Whether a word of change or result ("naik menjadi", "bertambah") stands between two
    figures, so the first is where the change started."""
    return any(cue.label in ("change", "result") for _, cue in cues_in(doc[start:end]))


def _change_before(doc, i: int) -> bool:
    """Whether a word of change or comparison stands right before token ``i`` ("naik dari")."""
    window = doc[max(0, i - CHANGE_MAX_TOKENS) : i + 1]
    return any(
        cue.label in ("change", "from", "result") and span.end in (i, i + 1) for span, cue in cues_in(window)
    )


def joins_items(token: Token) -> bool:
    """Whether a token joins the items of a list: a comma or a joining word ("dan", "serta")."""
    return token.text == "," or token.lower_ in share_words(language.of(token.doc))["joins"]


def token_distance(a: Span, b: Span) -> int:
    """Tokens between two spans (0 when they touch or overlap)."""
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


COMPARED_WHOLE_WORDS = 3
"""How many words ("dibanding total", "dibandingkan jumlah") may open a whole compared with."""


def _the_whole_compared_with(span: Span) -> bool:
    """Whether a count stands right after a word comparing it with what came before, with at most
    a word of the whole between ("dibanding total 142 ribu pekerja")."""
    doc = span.doc
    words = share_words(language.of(doc))
    before = [
        t for t in doc[max(span.sent.start, span.start - COMPARED_WHOLE_WORDS) : span.start] if not t.is_space
    ]
    opener = next((i for i, t in enumerate(before) if t.lower_ in words["compares"]), None)
    return opener is not None and all(
        t.lower_ in words["purse_whole"] | words["skip"] for t in before[opener + 1 :]
    )


SAMPLE_WORDS = 5
"""How far after a whole the word saying a survey asked them may stand ("nelayan yang kami wawancarai")."""


def previous_sentence(sentence: Span) -> Span | None:
    """The sentence before, when it stands in the same paragraph; for a row of a table or an item
    of a list, the line that introduces them (``tables.lead_in``); for the first sentence of an
    answer in an interview, the question, a paragraph of its own ("Berapa capaian UCJ Lahat
    saat ini?" / "Tahun lalu kita tutup di 26,8 persen")."""
    introduced = tables.lead_in(sentence)
    if introduced is not None:
        return introduced
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    between = doc_text(sentence.doc)[previous.end_char : sentence.start_char]
    if "\n" not in between and "\n" not in previous.text.strip("\n") and previous.text.strip():
        if _a_short_reply(previous) and (asked := _question_answered(previous)) is not None:
            return asked  # "Pemkot juga menanggung iuran?" / "Ya. Tahun ini 14.000 pekerja rentan"
        return previous
    return _question_answered(sentence)


SHORT_REPLY_WORDS = 2
"""The most words of a reply that only says yes or no before the answer goes on ("Ya.", "Lebih.")."""


def _a_short_reply(sentence: Span) -> bool:
    """Whether a sentence only says yes, no, more or less ("Ya.", "Betul sekali.", "Lebih."), as a
    reply opening an answer does; "Petani kelapa." answers with what it names."""
    if len(sentence) > 2 * SHORT_REPLY_WORDS + 2:
        return False  # looked at for every figure after it: a long sentence is no reply
    replies = share_words(language.of(sentence.doc))["reply"]
    words = [t.lower_ for t in sentence if not (t.is_punct or t.is_space)]
    return 0 < len(words) <= SHORT_REPLY_WORDS and all(word in replies for word in words)


def _sentence_before_on_its_line(sentence: Span) -> Span | None:
    """The sentence right before, when no line break stands between it and ``sentence``
    (a heading's line ends with one, however the sentences were cut)."""
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    text = doc_text(sentence.doc)[previous.start_char : sentence.start_char]
    return previous if text.strip() and "\n" not in text else None


def _question_answered(sentence: Span) -> Span | None:
    """The question in the paragraph right before a sentence that opens a paragraph, when it is
    a paragraph of its own: what the sentence answers (an interview), not the page's title."""
    doc = sentence.doc
    i = sentence.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i <= 0 or doc[i].text != "?":
        return None
    question = doc[i].sent
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, question.start_char) + 1
    breaks = text[question.end_char : sentence.start_char].count("\n")
    if line_start == 0 or breaks > 2 or "\n" in question.text.strip():
        return None
    if not text[line_start : question.start_char].strip():
        return question
    # "Wartawan: Pak Wali, awal tahun Pemkot menargetkan 20 ribu pekerja rentan terdaftar. Sampai
    # sekarang realisasinya berapa?": a question closing its paragraph asks about all of it.
    return doc.char_span(line_start, question.end_char, alignment_mode="contract")
