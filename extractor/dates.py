"""Dates of figures: the year (and date) every figure refers to (component ``time``).

The spaCy component ``time`` puts the time expressions of a text (``timeexpressions.py``), resolved against
the publication date, in ``doc.spans["times"]`` with the ``TimeRef`` on ``extension(span, "time")``. An
undated article gets a reference date instead, from its URL or its own times
(``reference.py``). ``time_for`` gives a figure its year and ``as_of``: the nearest time of its
own sentence, else a later sentence dating the data just stated, else the year set earlier in
its paragraph, else the publication year ("now").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import language, numbers, reference, spanindex
from .clauses import clause_breaks, clause_of
from .counted import counted_kind
from .cues import cues_in
from .doctext import doc_text, extension, kept, paragraph_of
from .gazetteer import NATIONAL
from .language import LanguageData
from .layout import list_item_at, on_a_menu_line, opens_with_a_heading
from .sharewords import share_words
from .timeexpressions import (
    PERIOD_WORDS_CHARS,
    SPAN_KEY,
    YEAR,
    TimeLexicon,
    TimeRef,
    find_times,
    period_roles,
    time_lexicon,
)

_DATED_AFTER_PARAGRAPHS = 2
"""How many paragraphs on a sentence dating the data before it may stand."""


for _name, _default in (("published", None), ("reference", None), ("reference_source", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def now(doc: Doc) -> date | None:
    """The date an article speaks from: its publication date, else the reference its text
    gives (``reference.py``)."""
    return extension(doc, "published") or extension(doc, "reference")


if not Span.has_extension("time"):
    Span.set_extension("time", default=None)


@Language.factory("time", default_config={"patterns": None})
def make_time(nlp: Language, name: str, patterns: str | None) -> TimeMarker:
    return TimeMarker(LanguageData.load(patterns))


class TimeMarker:
    """spaCy component: time expressions into ``doc.spans["times"]``, resolved."""

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        time_lexicon(self.data)

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        spans = []
        text = doc_text(doc)
        times = find_times(text, extension(doc, "published"), self.data)
        if extension(doc, "published") is None:
            found = self._reference(doc, text, times)
            if found is not None:
                doc._.reference, doc._.reference_source = found.date, found.source
                times = find_times(text, found.date, self.data, year_only=found.year_only)
        for start, end, ref in times:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and spans[-1].end > span.start):
                continue
            span._.time = ref
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

    def _reference(
        self, doc: Doc, text: str, times: list[tuple[int, int, TimeRef]]
    ) -> reference.Reference | None:
        """The reference date of an undated article: its URL's, else its own times'."""
        article = doc._.get("article") if doc.has_extension("article") else None
        found = reference.from_url(getattr(article, "url", None))
        if found is not None:
            return found
        clues = []
        for start, end, ref in times:
            if ref.year is None or ref.kind in ("relative", "first_year", "now"):
                continue
            if on_a_menu_line(text, start):
                continue  # a ticker of other stories ("TERKINI » ... 12 Event Wisata 2026")
            if ref.compared_from is not None:
                continue  # "naik dibanding 2023 lalu": a baseline, the year the text is not in
            month = day = None
            if ref.as_of:
                parts = ref.as_of.split("-")
                month = int(parts[1]) if len(parts) > 1 else None
                day = int(parts[2]) if len(parts) > 2 else None
            years = [int(y) for y in re.findall(YEAR, text[start:end])]
            clues.append(
                reference.Clue(
                    ref.year,
                    month,
                    day,
                    ref.kind,
                    min(years) if len(years) > 1 else None,
                    reference.clause_before(text, start),
                    reference.sentence_after(text, end),
                )
            )
        roles = self.data.derived("dates.reference_roles", _reference_roles)
        found = reference.from_clues(clues, roles)
        if found is None or found.source == "latest_year":
            # "Rabu, (20/12)" with only years around it: the weekday pins the year down.
            latest = reference.latest_year(clues, roles)
            days = self.data.derived("dates.weekday_numbers", _weekday_numbers)
            weekday = reference.from_weekday(text, latest, days) if latest is not None else None
            if weekday is not None and (found is None or weekday.date.year == found.date.year):
                return weekday
        return found


def _weekday_numbers(data: LanguageData) -> dict[str, int]:
    return {row["day"].lower(): int(row["number"]) for row in data.table("time/weekdays.csv")}


def _reference_roles(data: LanguageData) -> dict[str, str]:
    return {row["word"].lower(): row["role"] for row in data.table("time/reference.csv")}


def time_for(span: Span) -> TimeRef:
    """The time a figure refers to: the nearest time expression of its sentence, else the year
    set earlier in its paragraph, else the publication year ("now").

    Within the sentence, a comparison baseline (``naik dari 4.250 orang tahun lalu``) serves only
    the figures after its comparison word, an event date only when nothing else is there, and
    the "from" figure of a change (``dari Rp 2,48 miliar menjadi Rp 3,6 miliar tahun depan``)
    keeps to now. A year set earlier carries without its ``as_of``; a future year carries into
    the next sentence only, since a plan stated once does not date the description after it.
    """
    doc = span.doc
    nearest = _nearest_time(span)
    if nearest is not None and not nearest.weak:
        return nearest
    dated_after = _dated_after(span)
    if dated_after is not None:
        return replace(dated_after, as_of=None, carried=True)
    if nearest is not None:
        return nearest
    carried = _carried(span)
    if carried is not None:
        return replace(carried, as_of=None, carried=True)
    reviewed = kept(doc, "dates.year_reviewed", lambda: _year_reviewed(doc))
    if reviewed is not None:
        return reviewed
    reference = now(doc)
    return TimeRef(reference.year if reference else None, None, "now")


YEAR_REVIEWED_BY = 2
"""The last month of the year after it in which a lead dated last December reviews that year."""


def _year_reviewed(doc: Doc) -> TimeRef | None:
    """``UCJ Sultra Naik 4,2 Poin Sepanjang 2025`` published in January, its lead dating the data
    ``per 31 Desember 2025``: a review of last year, whose figures that name no time of their
    own are last year's, in every section."""
    published = now(doc)
    layout = extension(doc, "region_layout")
    if published is None or published.month > YEAR_REVIEWED_BY or layout is None:
        return None
    december = f"{published.year - 1}-12"
    for time in doc.spans[SPAN_KEY]:
        if time.start_char >= layout.lead_end:
            break
        ref: TimeRef = extension(time, "time")
        opening = time.start_char >= layout.title_end and not ref.weak and ref.compared_from is None
        if opening and (ref.as_of or "").startswith(december):
            return TimeRef(ref.year, None, "reviewed", carried=True)
    return None


def _nearest_time(span: Span) -> TimeRef | None:
    """The time of the figure's sentence that dates it, nearest first (``_distance``; the first
    in the sentence among equals). The times are read outward from the figure, only as far as
    one could still be nearer: a sentence of many dates and figures stays linear."""
    doc = span.doc
    sentence = span.sent
    clause_start, clause_end = clause_of(span)
    lexicon = time_lexicon(language.of(doc))
    change = _change_to(span, lexicon), _change_from_stretch(span, lexicon)
    best: tuple[tuple[float, int], Span] | None = None
    for least, order, time in spanindex.outward(doc, SPAN_KEY, span, sentence.start, _times_end(span)):
        if best is not None and least > best[0][0]:
            break
        if not _applies(time, span, *change):
            continue
        if not (
            clause_start <= time.start < clause_end
            or extension(time, "time").compared_from is None
            or _describes_the_baseline(time, clause_start)
        ):
            # A comparison's baseline in another clause dates nothing here ("naik 3,2 persen
            # dibanding semester I tahun lalu, tapi masih di bawah rata-rata nasional 41,72 persen").
            continue
        if not (time.start < clause_end or time.start < span.start):
            # A time after a clause break that follows the figure is the later clause's ("6 ribu
            # nelayan telah terdaftar ..., sisanya akan menyusul tahun depan").
            continue
        if time.start >= span.end and _a_later_figure_owns(span, time):
            continue
        key = (_distance(time, span), order)
        if best is None or key < best[0]:
            best = (key, time)
    return _in_the_year_reviewed(best[1]) if best is not None else None


def _in_the_year_reviewed(time: Span) -> TimeRef:
    """A time's reference, read in the year a January review looks back on when it names no year
    and would lie ahead of publication ("Sebaliknya pada Februari hanya bertambah 412 peserta",
    "naik menjadi 47,2 persen di akhir tahun", published on 5 January): the review's February,
    and the end of the year reviewed."""
    ref: TimeRef = extension(time, "time")
    doc = time.doc
    reviewed = kept(doc, "dates.year_reviewed", lambda: _year_reviewed(doc))
    if reviewed is None or ref.year != reviewed.year + 1 or re.search(YEAR, time.text):
        return ref
    if ref.kind == "month" and ref.as_of and int(ref.as_of[5:7]) > now(doc).month:
        return replace(ref, year=reviewed.year, as_of=f"{reviewed.year}{ref.as_of[4:]}")
    if ref.kind == "relative" and "end" in period_roles(time.text, time_lexicon(language.of(doc))):
        return replace(ref, year=reviewed.year)
    return ref


def _describes_the_baseline(time: Span, clause_start: int) -> bool:
    """``dibanding periode yang sama tahun lalu, yang tercatat 42.354 orang``: the figure's clause
    is a relative clause right after the baseline's time, and describes it."""
    doc = time.doc
    return (
        time.end + 1 < len(doc)
        and doc[time.end].text == ","
        and doc[time.end + 1].lower_ == "yang"
        and clause_start in (time.end, time.end + 1)
    )


def _times_end(span: Span) -> int:
    """The token before which the times that may date the figure start: every time after the
    next figure is that figure's when ``_a_later_figure_owns`` would say so whatever the time,
    so a figure in a long list reads no further than its neighbour."""
    sentence = span.sent
    later = spanindex.first_in(span.doc, numbers.SPAN_KEY, span.end, sentence.end)
    if later is None or _opens_its_sentence(span) or not _set_apart(span, later):
        return sentence.end
    return later.start + 1


def _a_later_figure_owns(span: Span, time: Span) -> bool:
    """``Dengan angkatan kerja sekitar 780 ribu orang, ... kira-kira 390 ribu pekerja harus
    terdaftar pada 2027``: a time after a later figure that a comma sets apart from this one
    dates that figure, not this one ("5.000 peserta dan 300 klaim pada 2024" share theirs).
    A figure in the clause that opens the sentence shares a past time of the clause after it,
    whose setting it gives ("Dengan angkatan kerja 186 ribu, UCJ ... pada akhir tahun lalu
    mencapai 42,7 persen"); a plan's year is the plan's alone."""
    doc = span.doc
    if _sets_the_scene(span, time):
        return False
    later = spanindex.first_in(doc, numbers.SPAN_KEY, span.end, time.start)
    return later is not None and _set_apart(span, later)


def _set_apart(span: Span, later: Span) -> bool:
    """Whether a comma or a plan word stands between the figure and a later one ("menanggung
    1.750 pekerja dan menargetkan 3 rb orang pada 2027": the plan word opens the later figure's
    clause, and its year is the plan's)."""
    between = span.doc[span.end : later.start]
    return any(t.text == "," for t in between) or any(cue.label == "target" for _, cue in cues_in(between))


PLAN_YEAR_PARAGRAPHS = 3
"""How many paragraphs before a plan the year it is set for may stand."""


def plan_year_before(span: Span) -> TimeRef | None:
    """The year a plan with no time of its own is set for: the last future year (after
    publication) named before it, in its paragraph or the few before ("mulai membayar iuran
    ... mulai tahun 2026. ... program ini akan mencakup 8.000 ASN")."""
    doc = span.doc
    published = now(doc)
    if published is None:
        return None
    first_paragraph = paragraph_of(doc, span.start_char) - PLAN_YEAR_PARAGRAPHS
    for time in reversed(spanindex.spans_in(doc, SPAN_KEY, 0, span.start)):
        if paragraph_of(doc, time.start_char) < first_paragraph:
            return None
        ref = extension(time, "time")
        if not ref.weak and ref.compared_from is None and ref.year is not None and ref.year > published.year:
            return ref
    return None


DRAFT_WORDS_BEFORE = 3
"""How many words before a year the word naming a draft budget may stand ("Rancangan APBD 2026")."""


def draft_budget_year_before(span: Span) -> TimeRef | None:
    """The year of a draft budget under debate named before a figure (``plan_year_before``), when
    a word of a draft or a proposal stands right before it ("membahas Rancangan APBD 2026")."""
    plan = plan_year_before(span)
    if plan is None:
        return None
    doc = span.doc
    proposes = share_words(language.of(doc))["proposes"]
    for time in reversed(spanindex.spans_in(doc, SPAN_KEY, 0, span.start)):
        if extension(time, "time") is plan:
            before = doc[max(0, time.start - DRAFT_WORDS_BEFORE) : time.start]
            return plan if any(t.lower_ in proposes for t in before) else None
    return None


def _times_in(sentence: Span) -> list[Span]:
    """The time expressions of a sentence, looked up by position."""
    return spanindex.spans_within(sentence, SPAN_KEY)


def _dated_after(figure: Span) -> TimeRef | None:
    """The date a later sentence gives the data just stated ("Ini adalah data peserta per
    Desember 2020", "Data ini dimutakhirkan pada 30 November 2021"): the first sentence after the
    figure's, within the next paragraphs, that names a time; it dates the figure only when it
    points back at the data."""
    doc = figure.doc
    backrefs = language.of(doc).derived("dates.backrefs", _backrefs)
    text = doc_text(doc)
    sentence = figure.sent
    last_paragraph = paragraph_of(doc, figure.start_char) + _DATED_AFTER_PARAGRAPHS
    while sentence.end < len(doc):
        sentence = doc[sentence.end].sent
        if paragraph_of(doc, sentence.start_char) > last_paragraph:
            return None
        times = [t for t in _times_in(sentence) if _sets_a_time(t) and extension(t, "time").year is not None]
        if not times:
            continue
        words = " ".join(text[sentence.start_char : times[0].start_char].lower().split())
        if not any(phrase in words for phrase in backrefs):
            return None
        if spanindex.first_in(doc, numbers.SPAN_KEY, sentence.start, times[0].start) is not None:
            return None  # "menargetkan angka itu menembus 35 persen pada 2026": its own figure's time
        return extension(times[0], "time")
    return None


def _backrefs(data: LanguageData) -> tuple[str, ...]:
    return tuple(line.lower() for line in data.lines("time/backrefs.txt"))


def _applies(time: Span, figure: Span, change_to: int | None, stretch: tuple[int, int] | None) -> bool:
    """Whether a time of the figure's sentence may date the figure, which may be the first
    (``change_to``) or the second (``stretch``) of a change ``dari A menjadi B``."""
    ref: TimeRef = extension(time, "time")
    if ref.compared_from is not None and figure.start_char < ref.compared_from:
        return False
    if (
        ref.compared_from is not None
        and ref.compared_from == figure.sent.start_char
        and time.end <= figure.start
        and spanindex.any_word_in(figure.doc, _COMMA, time.end, figure.start)
    ):
        # "Dibanding Desember 2025, jumlah peserta bertambah 2.917": a baseline opening the
        # sentence, set apart by a comma, is where the change started; it grew until now.
        return False
    if change_to is not None:
        # The state before a change is now, not the plan the sentence states.
        return time.start_char < change_to and not (time.start < figure.start and _is_future(ref, figure.doc))
    # "dari 4.000 orang pada 2023 menjadi 8.000 orang": 2023 is the first figure's, not the second's.
    if stretch is not None and stretch[0] <= time.start_char < stretch[1]:
        return False
    return (
        not _leads_next_figure(time, figure)
        and not _dates_the_whole(time, figure)
        and not _dates_a_relative_clause(time, figure)
        and not _dates_a_relative_clause_before(time, figure)
    )


def _dates_a_relative_clause_before(time: Span, figure: Span) -> bool:
    """``Sementara dalam RAPBD 2025 yang kini dibahas bersama DPRD, Pemkab mengusulkan kuota 9.500
    orang``: a time in a relative clause that a comma closes before the figure, of a noun that is
    no figure's, and whose words say nothing of coverage, tells when its noun is talked of, not
    when the figure is; "yang terdaftar pada 2023, sebanyak 5.000 orang" still dates the count."""
    doc = figure.doc
    if time.end > figure.start or not spanindex.any_word_in(doc, _COMMA, time.end, figure.start):
        return False
    words = share_words(language.of(doc))
    relative = spanindex.last_word_in(
        doc, words["relative"], max(figure.sent.start, time.start - RELATIVE_CLAUSE_WORDS - 1), time.start
    )
    if relative is None or spanindex.any_word_in(doc, _COMMA_OR_SEMICOLON, relative, time.start):
        return False
    if doc[relative + 1].lower_ in words["not_a_clause"] or spanindex.first_in(
        doc, numbers.SPAN_KEY, figure.sent.start, relative
    ):
        # "periode yang sama tahun lalu" is no clause; "11 kasus ... yang diklaim sepanjang tahun
        # lalu, dengan manfaat Rp412 juta": the clause tells of a figure, whose time is shared.
        return False
    closing = spanindex.first_word_in(doc, _COMMA, time.end, figure.start)
    return not _tells_of_coverage(doc[relative:closing], relative)


RELATIVE_CLAUSE_WORDS = 3
"""How many words may stand between "yang" and a time that ends its relative clause."""

_COUNTING_LABELS = frozenset(
    {
        "stock", "enrolled_in", "enrols", "new", "result", "target", "change", "from", "coverage",
        "uncovered", "claims", "paid", "benefit", "contribution", "budget",
    }
)  # fmt: skip


def _dates_a_relative_clause(time: Span, figure: Span) -> bool:
    """``2.118 pegawai PPPK paruh waktu yang diangkat akhir tahun lalu``: a time in a relative
    clause after a count of people, whose words say nothing of coverage, dates what the clause
    tells of them (an appointment), not the count; "yang terdaftar hingga akhir tahun lalu" does.
    Of money and cases the clause tells their own event ("Rp 178,4 juta yang diserahkan pada
    Oktober tahun lalu", "11 kasus ... yang diklaim sepanjang tahun lalu")."""
    doc = figure.doc
    if time.start < figure.end or counted_kind(figure)[0] not in ("person", "worker"):
        return False
    words = share_words(language.of(doc))
    if _a_duty_of_those_counted(time, figure, words):
        return True
    start = max(figure.end, time.start - RELATIVE_CLAUSE_WORDS - 1)
    relative = spanindex.last_word_in(doc, words["relative"], start, time.start)
    if relative is None or spanindex.any_word_in(doc, _COMMA_OR_SEMICOLON, relative, time.start):
        return False
    return not _tells_of_coverage(doc[figure.end : time.start], relative)


def _a_duty_of_those_counted(time: Span, figure: Span, words: dict[str, frozenset[str]]) -> bool:
    """``181.913 orang yang sudah seharusnya memperoleh perlindungan ... pada tahun 2025``: the
    clause after a count tells what its people ought to get, and by when; not when they are
    counted."""
    doc = figure.doc
    noun_end = min(time.start, figure.end + NOUN_WORDS)
    relative = spanindex.first_word_in(doc, words["relative"], figure.end, noun_end)
    if relative is None or spanindex.any_word_in(doc, _COMMA_OR_SEMICOLON, relative, time.start):
        return False
    return spanindex.any_word_in(doc, words["ought"], relative, time.start)


NOUN_WORDS = 3
"""How many words after a count its noun may take before the "yang" of a clause about it."""


def _tells_of_coverage(stretch: Span, relative: int) -> bool:
    """Whether a cue of coverage of ``stretch`` reaches into the relative clause opened by the
    token ``relative``; a cue may open before "yang" ("pekerja yang meninggal")."""
    return any(cue.label in _COUNTING_LABELS and span.end > relative for span, cue in cues_in(stretch))


def _dates_the_whole(time: Span, figure: Span) -> bool:
    """``298.595 pekerja atau 21,44 persen dari total pekerja informal yang tercatat di BPS pada
    2022 sebanyak 1.393.042 orang``: a time after ``dari`` that introduces the whole, before the
    whole's figure, dates the whole only."""
    doc = figure.doc
    if time.start < figure.end or not spanindex.any_word_in(doc, _FROM, figure.end, time.start):
        return False
    return spanindex.first_in(doc, numbers.SPAN_KEY, time.end, figure.sent.end) is not None


_FROM = frozenset({"dari"})
_COMMA = frozenset({","})
_COMMA_OR_SEMICOLON = frozenset({",", ";"})


def _leads_next_figure(time: Span, figure: Span) -> bool:
    """``masih 36 persen, sampai dengan 2026 kita berupaya mencapai 72 persen``: a time after a
    comma that follows the figure, with a later figure after it and no comma between, opens the
    later figure's clause."""
    doc = figure.doc
    if time.start < figure.end or not spanindex.any_word_in(doc, _COMMA, figure.end, time.start):
        return False
    if _sets_the_scene(figure, time):
        return False
    later = spanindex.first_in(doc, numbers.SPAN_KEY, time.end, figure.sent.end)
    return later is not None and not spanindex.any_word_in(doc, _COMMA_OR_SEMICOLON, time.end, later.start)


def _sets_the_scene(figure: Span, time: Span) -> bool:
    """``Dengan angkatan kerja sekitar 186 ribu orang, UCJ ... pada akhir tahun lalu mencapai 42,7
    persen``: a figure in the clause that opens its sentence gives the setting of the clause after
    it, and shares that clause's time when it is not a plan's (a future year is the plan's alone:
    "Dengan angkatan kerja 980 ribu, ... harus terdaftar pada 2027")."""
    return (
        _opens_its_sentence(figure)
        and not _is_future(extension(time, "time"), figure.doc)
        # "Tahun lalu kita tutup di 26,8 persen, tahun ini target kami 32 persen": a clause with a
        # time of its own sets no scene for the next; the next one's time is the next one's.
        and spanindex.first_in(figure.doc, SPAN_KEY, figure.sent.start, figure.start) is None
    )


def _opens_its_sentence(figure: Span) -> bool:
    """Whether the figure stands in the clause that opens its sentence (no comma before it)."""
    return not spanindex.any_word_in(figure.doc, _COMMA, figure.sent.start, figure.start)


def _change_to(figure: Span, lexicon: TimeLexicon) -> int | None:
    """Where the change ends (after ``menjadi``), when the figure is A of ``dari A menjadi B``."""
    text = doc_text(figure.doc)
    if not lexicon.change_from.search(text[max(0, figure.start_char - 30) : figure.start_char]):
        return None
    match = lexicon.change_to.match(text, figure.end_char)
    return match.end() if match else None


def _change_from_stretch(figure: Span, lexicon: TimeLexicon) -> tuple[int, int] | None:
    """The offsets from ``dari`` to ``menjadi`` when the figure is B of ``dari A menjadi B``."""
    text = doc_text(figure.doc)
    start = max(0, figure.start_char - 90)
    before = text[start : figure.start_char]
    into = lexicon.change_into.search(before)
    if into is None:
        return None
    clause = max((m.end() for m in re.finditer(r"[.;!?]\s", before[: into.start()])), default=0)
    # "dari A menjadi B", and "naik 12 persen dibanding tahun lalu menjadi B": B is now
    origins = [
        *lexicon.change_origin.finditer(before, clause, into.start()),
        *lexicon.comparison.finditer(before, clause, into.start()),
    ]
    last = max(origins, key=lambda m: m.start(), default=None)
    return (start + last.start(), start + into.start()) if last else None


def _is_future(ref: TimeRef, doc: Doc) -> bool:
    published = now(doc)
    return published is not None and ref.year is not None and ref.year > published.year


def _carried(figure: Span) -> TimeRef | None:
    """The year set by the last time expression of an earlier sentence in the figure's paragraph."""
    doc = figure.doc
    sentence = figure.sent
    paragraph_start = doc_text(doc).rfind("\n\n", 0, figure.start_char)
    paragraph_token = spanindex.token_at(doc, paragraph_start + 1)
    # An item of a list ("• Klaim JKK 2022: 96 kasus") dates itself, not the items after it; the
    # line leading into the list ("KLAIM 2025", "Rincian klaim sepanjang 2024:") dates them all.
    list_start = _list_start(doc, sentence)
    earlier = [
        t
        for t in spanindex.spans_in(doc, SPAN_KEY, paragraph_token, sentence.start)
        if paragraph_start < t.start_char
        and not 0 <= list_start <= t.start_char
        and _sets_a_time(t)
        and not (_a_national_aside(t.sent) and not _names_a_place(sentence))
    ]
    if not earlier:
        return _status_date_before(doc, paragraph_start) if paragraph_start > 0 else None
    last = earlier[-1]
    if _is_future(extension(last, "time"), doc):
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        if previous is None or not previous.start <= last.start < previous.end:
            return None
        if _tells_how_things_stand(sentence):
            return None  # "... 45 persen pada 2026. Masih ada sekitar 59 juta pekerja yang belum ..."
    return extension(last, "time")


def _tells_how_things_stand(stretch: Span) -> bool:
    """Whether words of the present ("masih", "kini") stand in ``stretch``: it turns from a plan
    to how things are now."""
    present = share_words(language.of(stretch.doc))["present"]
    return any(token.lower_ in present for token in stretch)


def _a_national_aside(sentence: Span) -> bool:
    """Whether a sentence speaks of the nation in a story about a region ("Sementara secara
    nasional pada 2023, ... 41,5 %"): its year is the comparison's, and does not carry to the
    sentences after it that name no place and so go back to the story's region."""
    doc = sentence.doc
    layout, main = extension(doc, "region_layout"), extension(doc, "main_region")
    if layout is None or main is None or main is NATIONAL:
        return False
    return any(extension(a, "region") is NATIONAL for a in layout.anchors_in(sentence.start, sentence.end))


def _names_a_place(sentence: Span) -> bool:
    """Whether the sentence names a region, or the nation, of its own."""
    layout = extension(sentence.doc, "region_layout")
    return layout is not None and bool(layout.anchors_in(sentence.start, sentence.end))


def _list_start(doc: Doc, sentence: Span) -> int:
    """Where the list a sentence is an item of starts (a character offset), else -1."""
    layout = extension(doc, "region_layout")
    if layout is None:
        return -1
    at = list_item_at(layout.list_items, doc_text(doc), sentence.start_char)
    return at[1] if at is not None else -1


def _status_date_before(doc, paragraph_start: int) -> TimeRef | None:
    """The date data stand at ("per Desember 2024"), when it is the last time of the paragraph
    right before one that names none: the figures after it are still that data's."""
    text = doc_text(doc)
    previous_start = text.rfind("\n\n", 0, max(0, paragraph_start))
    if opens_with_a_heading(text, paragraph_start + 2) and opens_with_a_heading(text, previous_start + 2):
        # "PEMBANDING 2023 ... (Desember 2023)", then "PER KABUPATEN": one section's date is not
        # the next section's (a lead introducing the sections below dates them all).
        return None
    last = _last_time_between(doc, previous_start, paragraph_start)
    if last is None and _points_back_at_the_data(doc, paragraph_start):
        # "Sementara itu, dari laporan yang sama, ...": the report named paragraphs before, past
        # a quotation or a sum that dates nothing of its own.
        for _ in range(PARAGRAPHS_POINTED_BACK - 1):
            previous_start, end = text.rfind("\n\n", 0, max(0, previous_start)), previous_start
            last = _last_time_between(doc, previous_start, end)
            if last is not None or previous_start < 0:
                break
    if last is None:
        return None
    if text[max(0, previous_start) : paragraph_start].strip().endswith("?"):
        return extension(last, "time")  # "Untuk tahun depan?" / "Kami usulkan ...": what is asked
    # A year alone, or a plan's year, dates its own paragraph, unless the next one points back at
    # its data ("Data yang sama ...", "Angka itu dinilai terlalu kecil ...").
    # A quotation right after a plan goes on about the plan ("... menjelaskan usulan untuk 2026
    # sudah dihitung." then "“Rp 16.800 dikali 12 bulan untuk 5.000 pekerja ...,” jelasnya.").
    future = _is_future(extension(last, "time"), doc)
    goes_on = future and _quotes_on(doc, paragraph_start)
    points_back = _points_back_at_the_data(doc, paragraph_start) or goes_on
    if future and not points_back:
        return None
    if extension(last, "time").as_of is None and not _a_year_end_cut_off(last) and not points_back:
        return None
    if not goes_on and spanindex.first_in(doc, numbers.SPAN_KEY, last.sent.start, last.sent.end) is None:
        return None  # "Oktober lalu tetangganya meninggal ...": the date of an event, dating no data
    return extension(last, "time")


PARAGRAPHS_POINTED_BACK = 3
"""How many paragraphs back a paragraph pointing at the data ("dari laporan yang sama") looks for
their date."""


def _last_time_between(doc: Doc, start: int, end: int) -> Span | None:
    """The last time that dates figures between character offsets ``start`` and ``end``."""
    first, last = spanindex.token_at(doc, start + 1), spanindex.token_at(doc, end + 1)
    found = spanindex.spans_in(doc, SPAN_KEY, first, last)
    return next((t for t in reversed(found) if _sets_a_time(t)), None)


def _a_year_end_cut_off(time: Span) -> bool:
    """Whether a year is where data are cut off at its end ("hingga akhir 2024", "per akhir
    tahun 2024"): it dates what the data show as a month would ("hingga Desember 2024")."""
    before = doc_text(time.doc)[max(0, time.start_char - PERIOD_WORDS_CHARS) : time.start_char]
    roles = period_roles(before, time_lexicon(language.of(time.doc)))
    return "end" in roles and bool(roles & {"until", "per"})


def _points_back_at_the_data(doc: Doc, paragraph_start: int) -> bool:
    """Whether the first sentence of the paragraph at ``paragraph_start`` points back at the
    data of the paragraph before ("Data yang sama memperlihatkan ...")."""
    phrases = language.of(doc).derived("dates.same_data", _same_data)
    words = " ".join(_first_sentence(doc, paragraph_start).text.lower().split())
    return any(phrase in words for phrase in phrases)


def _first_sentence(doc: Doc, paragraph_start: int) -> Span:
    """The first sentence of the paragraph at ``paragraph_start`` (past a blank one)."""
    first = doc[spanindex.token_at(doc, paragraph_start + 1)].sent
    if not first.text.strip():
        first = doc[min(first.end, len(doc) - 1)].sent
    return first


QUOTE_MARKS = frozenset('"“”')


def _quotes_on(doc: Doc, paragraph_start: int) -> bool:
    """Whether the paragraph at ``paragraph_start`` opens with a quotation, in which the speaker
    the paragraph before introduced goes on, with no word of how things stand now ("Cakupan kita
    masih rendah ..." turns from the plan to the present)."""
    text = doc_text(doc)
    opening = text[paragraph_start : paragraph_start + 8].lstrip()
    if not opening or opening[0] not in QUOTE_MARKS:
        return False
    return not _tells_how_things_stand(_first_sentence(doc, paragraph_start))


def _same_data(data: LanguageData) -> tuple[str, ...]:
    return tuple(line.lower() for line in data.lines("time/same_data.txt"))


def _sets_a_time(span: Span) -> bool:
    """A time expression that sets the time of what follows: not a weak one, nor a baseline."""
    ref = extension(span, "time")
    return not ref.weak and ref.compared_from is None and not _a_figures_starting_point(span)


STARTING_POINT_GAP = 3
"""How many words may stand between a figure a change started from and its time ("dari 521.300
orang pada Desember 2024")."""


def _a_figures_starting_point(time: Span) -> bool:
    """``turun menjadi 498.720 orang dari 521.300 orang pada Desember 2024``: the time of the
    figure a change started from (after "dari", with the figure it changed into before it) dates
    that figure only, never what the next sentences say."""
    doc = time.doc
    start = max(time.sent.start, time.start - STARTING_POINT_GAP - 1)
    before = spanindex.spans_ending_in(doc, numbers.SPAN_KEY, start, time.start + 1)
    if not before:
        return False
    baseline = before[-1]
    if baseline.start < 1 or doc[baseline.start - 1].lower_ != "dari":
        return False
    changed = spanindex.spans_ending_in(
        doc, numbers.SPAN_KEY, max(time.sent.start, baseline.start - STARTING_POINT_GAP - 1), baseline.start
    )
    return bool(changed)


OTHER_FIGURES_TIME = 5
"""How much farther a time right after another figure stands from a later figure."""


def _distance(time: Span, figure: Span) -> float:
    """Token distance from a time expression to a figure; one before the figure is preferred,
    a clause break between them (``clauses.py``) puts it far away, and an event date is the
    last resort."""
    if time.end <= figure.start:
        between = figure.doc[time.end : figure.start]
        gap = len(between)
    else:
        between = figure.doc[figure.end : time.start]
        gap = len(between) + 0.5
    boundaries = clause_breaks(figure.doc).between(figure.doc, between.start, between.end)
    taken = time.end <= figure.start and _follows_other_figure(time, figure)
    return gap + 10 * boundaries + OTHER_FIGURES_TIME * taken + 100 * extension(time, "time").weak


def _follows_other_figure(time: Span, figure: Span) -> bool:
    """``48 persen di tahun 2026, lalu 90 persen di tahun 2045``: a time right after another
    figure (a preposition or two between) is that figure's first; one before a colon labels
    what follows it ("2021: 38.240 | 2022: 41.505")."""
    doc = figure.doc
    if time.end < len(doc) and doc[time.end].text == ":":
        return False
    for other in spanindex.spans_ending_in(doc, numbers.SPAN_KEY, max(0, time.start - 2), time.start + 1):
        if other.start != figure.start and other.start >= figure.sent.start:
            return not any(t.is_punct for t in doc[other.end : time.start])
    return False
