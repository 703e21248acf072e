"""Regions of figures: which region each figure belongs to, read from the region mentions.

The spaCy component ``regions`` (``regionmentions.py``) puts every region mention in
``doc.spans["regions"]`` with its ``Region`` on ``extension(span, "region")`` and its role on
``extension(span, "mention")``:

- these name the region a figure is about: ``explicit`` (Kabupaten X, Kota X, Provinsi X),
  ``actor`` (Pemkab X, Wali Kota X, DPRD X), ``alias`` (Kukar), ``bare`` (Bogor), ``deictic``
  (Pemkab, kota ini: the text's own region of that level) and ``national`` (secara nasional);
- these do not: ``office`` (a BPJS branch or regional office, which serves several regions),
  ``source`` (such an office only speaking), ``dateline``, ``venue`` (where something was said
  or held), ``qualifier`` (the province after its regency: Sikka, NTT) and ``comparison``
  (tetangga Medan).

Counts of regions and names of several regions ("empat daerah", "Tanah Papua") go to
``doc.spans["region_groups"]``; names read together (Jateng dan DIY) carry the list on
``extension(span, "region_list")``. ``extension(doc, "main_region")`` is the region the article is about.

This module owns those kinds and extensions, and attribution: ``regions_for(span)`` gives a
figure the region its clause places its workers in ("41.200 pekerja di Kabupaten Bogor"), else
the nearest region named before it in its sentence, else a government quoted after it, else the
region the sentences before it in the same section name, else the article's. It gives none for a
figure tied to a BPJS office or to several regions together, and each of them for
``masing-masing``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span

from . import language, numbers, spanindex, tables
from .clauses import clause_breaks, clause_of
from .doctext import doc_text, extension, kept, paragraph_of
from .gazetteer import NATIONAL, Region, gazetteer
from .layout import list_item_at, opens_with_a_heading
from .spanindex import token_at

SPAN_KEY = "regions"
"""Where the region mentions are: ``doc.spans["regions"]``."""
GROUP_KEY = "region_groups"
"""Where the counts and groups of regions are: ``doc.spans["region_groups"]``."""
BOUNDS = frozenset({"less_than", "more_than"})
"""Qualifiers of a bound ("di bawah 50%", "lebih dari 80%"), which regions listed together share."""
NAMED = frozenset({"explicit", "actor", "alias", "bare"})
"""Mention kinds that name a region by its name."""
NAMING = NAMED | {"deictic", "national"}
"""Mention kinds that name the region a figure is about."""
ATTRIBUTING = NAMING | {"office", "comparison", "example"}
"""Mention kinds a figure's own sentence may tie it to: an office takes it from every region, a
region compared with only takes its own figure."""
NOUN_GAP = 3
"""Words a figure's noun may take before the region that owns it: 1.384 petani dan nelayan X."""
OWN_FIGURE_GAP = 4
"""The most words of ``own_figure`` between a region compared with and its own figure ("sudah
berada di angka 47,2 persen")."""
SPEAKER_GAP = 3
"""Words between a verb of saying and the government it quotes: kata Kepala Disnaker X."""
ONE_REGION_OFFICES_KEY = "extractor.one_region_offices"
"""Set in ``doc.user_data``: the regions the text says a branch's area is made of alone
("wilayah kerja kantornya hanya meliputi Kabupaten Klaten"); the branch's figures are theirs."""
SEVERAL_KEY = "extractor.about_several_regions"
"""Set in ``doc.user_data`` when the title and lead speak of several regions together: a figure
after regions compared then belongs to none of them."""

for _name in ("region", "mention", "region_list"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("main_region", "region_layout"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True)
class Layout:
    """What attribution reads of one article, indexed once: where its parts stand (character
    offsets), its region mentions and counts (``anchors``), its figures, and the context words."""

    title_end: int
    lead_start: int
    lead_end: int
    sections: tuple[int, ...]
    """Where each section starts: the text, then every subheading after the lead."""
    words: dict[str, frozenset[str]] = field(repr=False)
    anchors: tuple[Span, ...] = field(default=(), repr=False)
    """Mentions that can tie a figure to a region (``ATTRIBUTING``), and counts of regions, by
    token order."""
    anchor_starts: tuple[int, ...] = field(default=(), repr=False)
    figures: tuple[Span, ...] = field(default=(), repr=False)
    """The quantities, by token order."""
    figure_starts: tuple[int, ...] = field(default=(), repr=False)
    list_items: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    """Each list item line's start and its list's start (``layout.list_items``), by character."""

    def anchors_in(self, start: int, end: int) -> tuple[Span, ...]:
        """The anchors starting in a token range."""
        return self.anchors[bisect_left(self.anchor_starts, start) : bisect_left(self.anchor_starts, end)]

    def figures_in(self, start: int, end: int) -> tuple[Span, ...]:
        """The figures starting in a token range."""
        return self.figures[bisect_left(self.figure_starts, start) : bisect_left(self.figure_starts, end)]


def regions_for(span: Span) -> list[Region]:
    """The region(s) a figure belongs to.

    In order: a region named alone in brackets right after it (``Rp1,73 miliar (Sidrap)``); a
    region its clause places its workers in (``41.200 pekerja di Kabupaten Bogor``); the
    nearest name before it in its sentence; in a title, a name after it; a
    government quoted after it (``..., kata Bupati Blitar``); the region the sentences before
    it in its section name; the article's region. Empty when the
    figure is tied to a BPJS office or to several regions together; each region for
    ``masing-masing``.
    """
    doc = span.doc
    layout: Layout | None = extension(doc, "region_layout")
    if layout is None:
        return []
    sentence = span.sent
    anchors = layout.anchors_in(sentence.start, sentence.end)
    bracketed = bracketed_after(span, anchors)
    if bracketed is not None:
        return [extension(bracketed, "region")]  # "masing-masing Rp1,7 miliar (Sidrap) dan ..."
    each = _each_region(span, anchors, layout) or _each_of_a_list_after(span, anchors, layout)
    if each is not None:
        return each
    group_after = next(
        (
            a
            for a in anchors
            if _is_group(a) and a.start >= span.end and _same_clause(doc, span.end, a.start, layout)
        ),
        None,
    )
    after = _placed_after(span, anchors, layout)
    if group_after is not None and (after is None or after.start > group_after.start):
        return _regions_of(group_after, anchors)  # "membayar Rp 58,3 miliar untuk empat daerah"
    if after is not None:
        # "kepada tiga ahli waris nelayan asal Kabupaten Cilacap yang meninggal ... di perairan
        # selatan Jawa": the place of the people counted, before any group named later
        return _regions_of(after, anchors)
    before = _nearest_before(span, [a for a in anchors if a.end <= span.start], layout)
    if before is not None:
        return _regions_of(before, anchors)
    if sentence.start_char < layout.title_end:
        later = [
            a
            for a in anchors
            if a.start >= span.end
            and extension(a, "mention") != "comparison"
            and _same_clause(doc, span.end, a.start, layout)
        ]
        if later:
            return _regions_of(later[0], anchors)
    speaker = _speaker_after(span, anchors, layout)
    if speaker is not None:
        return _regions_of(speaker, anchors)
    if _sums_an_enumeration(span, layout) or _totals_a_table_of_regions(span, layout):
        return []
    context = _context_regions(sentence, layout)
    if context is not None:
        return context
    main = extension(doc, "main_region")
    return [main] if main is not None else []


def nation_named_near(span: Span) -> bool:
    """Whether the figure's sentence or the one before it names the nation ("secara nasional",
    "di seluruh Indonesia")."""
    doc = span.doc
    layout: Layout | None = extension(doc, "region_layout")
    if layout is None:
        return False
    sentence = span.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(extension(a, "region") is NATIONAL for a in layout.anchors_in(start, sentence.end))


def bracketed_after(span: Span, anchors: tuple[Span, ...] | None = None) -> Span | None:
    """A region named alone in brackets right after a figure (or its noun): ``Rp1,73 miliar
    (Sidrap)``, ``8.600 orang (Kota Batam)`` says whose figure it is."""
    doc = span.doc
    if anchors is None:
        layout: Layout | None = extension(doc, "region_layout")
        if layout is None:
            return None
        anchors = layout.anchors_in(span.sent.start, span.sent.end)
    end = min(span.end + NOUN_GAP + 1, span.sent.end)
    opening = next((t.i for t in doc[span.end : end] if t.text == "(" or t.is_punct), None)
    if opening is None or doc[opening].text != "(":
        return None
    anchor = next((a for a in anchors if a.start == opening + 1), None)
    if anchor is None or extension(anchor, "mention") not in NAMED or extension(anchor, "region") is None:
        return None
    closing = doc[anchor.end] if anchor.end < len(doc) else None
    return anchor if closing is not None and closing.text == ")" else None


def _is_group(anchor: Span) -> bool:
    return extension(anchor, "mention") is None


def _regions_of(anchor: Span, anchors: tuple[Span, ...]) -> list[Region]:
    """What an anchor gives a figure: its region; none for an office or for several regions,
    except that a province keeps what its own regencies and cities share."""
    if _is_group(anchor):
        if anchor.label_ == "national":
            return [NATIONAL]  # "di 34 provinsi": every province is the nation
        if anchor.label_ != "province_wide":
            return []
        named = (extension(a, "region") for a in anchors if extension(a, "mention") in NAMING)
        province = next((region for region in named if region.level == "province"), None)
        if province is None:
            province = _the_whole_province(anchor)
        return [province] if province is not None else []
    if extension(anchor, "region_list"):
        return []
    if extension(anchor, "mention") == "office":
        region = extension(anchor, "region")
        if (main := _the_storys_region_served(anchor)) is not None:
            return [main]
        one_region = anchor.doc.user_data.get(ONE_REGION_OFFICES_KEY, ())
        if region.level == "province" or region in one_region or _the_storys_own_branch(anchor):
            return [region]
        return []
    return [extension(anchor, "region")]


def _the_storys_region_served(office: Span) -> Region | None:
    """``BPJS Ketenagakerjaan Cabang NTT`` in a story about Kota Kupang: a branch (not a regional
    office) named after a province serves the story's regency or city in it (realdev NOTES:
    "BPJS offices are not regions")."""
    doc = office.doc
    region, main = extension(office, "region"), extension(doc, "main_region")
    if region.level != "province" or main is None or main.level == "province" or main is NATIONAL:
        return None
    if main.province_code != region.code:
        return None
    # "BPJS Ketenagakerjaan NTT" is that branch too, once the text has called it "Cabang NTT".
    return (
        main
        if region in kept(doc, ("regions.branches", len(doc.spans[SPAN_KEY])), lambda: _branch_regions(doc))
        else None
    )


def _branch_regions(doc: Doc) -> frozenset[Region]:
    """The regions the text names BPJS branches after ("Cabang NTT", "KCP Bantaeng"), found once."""
    return frozenset(
        extension(m, "region")
        for m in doc.spans[SPAN_KEY]
        if extension(m, "mention") in ("office", "source") and {t.lower_ for t in m} & BRANCH_WORDS
    )


BRANCH_WORDS = frozenset({"cabang", "kcp"})


def _the_whole_province(group: Span) -> Region | None:
    """``... 112.000 orang di 35 kabupaten/kota`` in a story about Jawa Tengah, which has 35: a
    count of every regency and city of the story's province is that province."""
    main = extension(group.doc, "main_region")
    count = next((int(t.text) for t in group if t.text.isdigit()), None)
    if main is None or main.level != "province" or count is None:
        return None
    places = gazetteer(language.of(group.doc)).by_code.values()
    own = sum(1 for r in places if r.province_code == main.code and r.level != "province")
    return main if own == count else None


def _the_storys_own_branch(office: Span) -> bool:
    """``BPJS Ketenagakerjaan Cabang Sinjai telah membayarkan ...`` in a story about Sinjai (its
    main region) that names no other regency or city: a branch named after the one region the
    story is about serves that region (realdev NOTES call 3). A branch that serves several
    regions says so, naming them (``melayani Kota Tegal, Kabupaten Tegal dan Kabupaten
    Brebes``); a branch alone, in a story about no region, stays an office."""
    doc = office.doc
    region = extension(office, "region")
    if extension(doc, "main_region") != region or len(doc.spans[GROUP_KEY]):
        return False  # "wilayah kerja", "empat daerah": the branch's area is several regions
    named = (extension(m, "region") for m in doc.spans[SPAN_KEY])
    return all(other is None or other.level == "province" or other == region for other in named)


def _nearest_before(span: Span, before: list[Span], layout: Layout) -> Span | None:
    """The nearest region or count of regions before a figure; a region compared with only
    for its own figure (dibanding Lampung Tengah yang 31 persen); an office only when nothing
    else stands before it (Pemkab Berau bersama Cabang Berau: Berau)."""
    offices = []
    for anchor in reversed(before):
        kind = extension(anchor, "mention")
        if kind == "comparison" and _split_from(anchor, layout):
            continue  # "Tubaba yang merupakan daerah pemekaran Tuba sudah mencapai 31 persen"
        if kind == "comparison":
            between = list(span.doc[anchor.end : span.start])
            if between[:1] and between[0].text == "," and _set_off_before(anchor):
                between = between[1:]  # "Tetangga di timur, Kabupaten X, baru 28 persen"
            own_words = layout.words["own_figure"]
            if len(between) <= OWN_FIGURE_GAP and all(t.lower_ in own_words for t in between):
                return anchor
            if _described_by_a_relative_clause(span, anchor, layout):
                return anchor
        elif kind == "office":
            offices.append(anchor)
        else:
            return anchor
    return offices[0] if offices else None


def _set_off_before(anchor: Span) -> bool:
    """Whether a comma stands right before a region mention: a name in apposition, whose
    closing comma belongs to it."""
    before = next((t for t in reversed(anchor.doc[: anchor.start]) if not t.is_space), None)
    return before is not None and before.text == ","


def _split_from(anchor: Span, layout: Layout) -> bool:
    """Whether the words right before a region compared with say another was split from it or is
    part of it ("daerah pemekaran Tuba", "masih bagian dari Provinsi Papua")."""
    before = " ".join(_words_before(anchor.doc, anchor.start, 2))
    return any(f" {before}".endswith(f" {phrase}") for phrase in layout.words.get("split_from", ()))


def _described_by_a_relative_clause(span: Span, anchor: Span, layout: Layout) -> bool:
    """``terendah di Daerah Istimewa Yogyakarta, yang rata-rata cakupannya pada akhir 2024
    sebesar 38,2 persen``: a region compared with owns a figure of the clause "yang" opens right
    after it, with no other figure between."""
    doc = span.doc
    words = [t for t in doc[anchor.end : span.start] if not t.is_space]
    set_off = bool(words[:1]) and words[0].text == ","
    if set_off:
        words = words[1:]
        # "di bawah Kota Pontianak, tetangganya, yang sudah mencapai 58,6%": a short apposition
        # between commas comes before the clause.
        comma = next((i for i, t in enumerate(words[: APPOSITION_WORDS + 1]) if t.text == ","), None)
        if comma is not None and words[comma + 1 : comma + 2] and words[comma + 1].lower_ == "yang":
            words = words[comma + 1 :]
    if not words or words[0].lower_ != "yang" or len(words) > RELATIVE_GAP:
        return False
    if not set_off and _placed_in(anchor, layout):
        return False  # "kota pertama di Maluku yang UCJ-nya di atas 50 persen": the city's clause
    # Commas may set off a clause within ("Kubu Raya yang mengelilinginya, yang UCJ-nya baru
    # 31,5 persen"); no stronger stop may, nor a figure unless the clause runs on unbroken to
    # this one ("Kota Bima yang cakupannya 33,4 persen dengan 29.640 peserta").
    between = layout.figures_in(words[0].i, span.start)
    return not (between and any(t.is_punct for t in words)) and not any(
        t.text in (".", ";", ":") for t in words
    )


def _placed_in(anchor: Span, layout: Layout) -> bool:
    """Whether a comparison word that places something in the region ("pertama di", "terluas
    di", "berpusat di") stands right before it."""
    before = " ".join(_words_before(anchor.doc, anchor.start, 3))
    return any(
        phrase.endswith(" di") and f" {before}".endswith(f" {phrase}")
        for phrase in layout.words["comparison"]
    )


RELATIVE_GAP = 12
"""Words from the "yang" after a region compared with to a figure of its own."""
APPOSITION_WORDS = 3
"""How many words an apposition between a region compared with and its "yang" may take."""


def _same_clause(doc: Doc, start: int, end: int, layout: Layout) -> bool:
    """No punctuation that ends a clause (``ClauseBreaks.marks``) and no other figure between two
    tokens."""
    breaks = clause_breaks(doc)
    if breaks.punctuated(doc, start, end) or breaks.between(doc, start, end):
        return False
    return not layout.figures_in(start, end)


def _placed_after(span: Span, anchors: tuple[Span, ...], layout: Layout) -> Span | None:
    """The first region after the figure in the same clause, when it says where the workers
    are: after a locative (Pemprov membiayai 41.200 pekerja di Kabupaten Bogor), or named
    right after the figure's noun (12.000 pekerja rentan Kabupaten Bogor)."""
    doc = span.doc
    anchor = next((a for a in anchors if a.start >= span.end), None)
    if anchor is None or not (
        _same_clause(doc, span.end, anchor.start, layout) or _only_its_value_between(span, anchor, layout)
    ):
        return None
    locatives = layout.words["locative"]
    words = _words_before(doc, anchor.start, 2)
    before = {" ".join(words[-n:]) for n in (1, 2)}
    if before & locatives or doc[anchor.start].lower_ in locatives:
        # "8.312 orang dan di Kota Denpasar ... 1.860 orang": a place joined after the figure,
        # with a figure of its own after it, opens the next item.
        joined = any(w in ("dan", "serta", "sedangkan", "sementara") for w in words)
        if joined and layout.figures_in(anchor.end, span.sent.end):
            return None
        return anchor
    paid_by = layout.words.get("paid_by", ())
    if words and words[-1] in layout.words.get("by", ()):
        words = words[:-1]  # "Iurannya Rp16.800 per bulan dibayar oleh Pemkab Tanah Datar"
    if extension(anchor, "mention") in ("actor", "deictic") and words and words[-1] in paid_by:
        # "24 ahli waris pekerja rentan yang iurannya ditanggung Pemkot Kendari": the government
        # paying for the people counted is theirs.
        return anchor
    owner = (
        extension(anchor, "mention") in ("explicit", "alias", "bare") and anchor.start - span.end <= NOUN_GAP
    )
    # "1.000 kuota dan Kabupaten X 1.200 kuota": X opens the next item of a list, it owns the next figure
    if owner and not layout.figures_in(anchor.end, min(anchor.end + NOUN_GAP, span.sent.end)):
        return anchor
    return None


def _only_its_value_between(span: Span, anchor: Span, layout: Layout) -> bool:
    """``membayarkan 1.106 klaim senilai Rp 14,8 miliar kepada peserta di Provinsi Gorontalo``:
    the only figure between a count and a region after it is the count's value, linked to it
    ("senilai", "sebesar"), or the count an amount was paid to ("kepada 21.450 kasus"), with no
    clause break between."""
    doc = span.doc
    between = layout.figures_in(span.end, anchor.start)
    if len(between) != 1:
        return False
    value = between[0]
    # "Rp 318 miliar kepada 21.450 kasus di Provinsi Papua": the cases an amount was paid for.
    links = layout.words.get("value_link", frozenset()) | layout.words.get("paid_to", frozenset())
    linked = value.start > 0 and doc[value.start - 1].lower_ in links
    # The same clause on either side of the value, as ``_same_clause`` reads one.
    return (
        linked
        and _same_clause(doc, span.end, value.start, layout)
        and _same_clause(doc, value.end, anchor.start, layout)
    )


def _speaker_after(span: Span, anchors: tuple[Span, ...], layout: Layout) -> Span | None:
    """A government quoted after the figure ("... 10.000 pekerja tahun depan," kata Bupati
    Blitar): the figure is its own."""
    doc = span.doc
    for anchor in anchors:
        if anchor.start < span.end or extension(anchor, "mention") != "actor":
            continue
        before = doc[max(anchor.start - SPEAKER_GAP, span.end) : anchor.start]
        if any(t.lower_ in layout.words["speech"] for t in before):
            return anchor
    return None


def _each_region(span: Span, anchors: tuple[Span, ...], layout: Layout) -> list[Region] | None:
    """``Kota A dan Kabupaten B masing-masing 500 peserta``: the figure for each region of the
    list; ``masing-masing 500 dan 300`` gives them in order."""
    doc = span.doc
    named = [
        a for a in anchors if a.end <= span.start and not _is_group(a) and extension(a, "mention") in NAMING
    ]
    if not named or (
        # "Iuran yang dibayar pemkab di ketiga kabupaten sama, Rp16.800": a government named by no
        # name before regions counted back is each of them
        all(extension(a, "mention") == "deictic" for a in named)
        and _regions_counted_back(span, layout) is not None
    ):
        return _each_of_sentence_before(span, layout)
    if not extension(named[-1], "region_list"):
        return _each_named_apart(span, named, layout)
    last = named[-1]
    each_at = next((t.i for t in doc[last.end : span.start] if t.lower_ in layout.words["each"]), None)
    if each_at is None:
        quantity = extension(span, "quantity")
        if (
            quantity.qualifier in BOUNDS
            and quantity.unit == "percent"
            and not layout.figures_in(last.end, span.start)
        ):
            # "A, B dan C tercatat di bawah 50%": a bound the regions listed share holds for
            # each of them. Not a count: "lebih dari 21 ribu pekerja" of two regions is their sum.
            return list(extension(last, "region_list"))
        return None
    regions = list(extension(last, "region_list"))
    # "... masing-masing 8.420, 6.915 dan 5.730 orang, sedangkan D baru 2.180": the list ends
    # with its clause
    figures = layout.figures_in(each_at, clause_of(span)[1])
    if len(figures) == len(regions) and _listed(doc, figures):
        index = next((i for i, q in enumerate(figures) if q.start == span.start), None)
        if index is not None:
            return [regions[index]]
    return regions


EACH_BEFORE_LIST_WORDS = 6
"""How many words may stand between a figure and the list of regions that "masing-masing" gives it to."""


def _each_of_a_list_after(span: Span, anchors: tuple[Span, ...], layout: Layout) -> list[Region] | None:
    """``kuota 2.500 pekerja rentan masing-masing untuk Kabupaten Bangka Tengah dan Kabupaten
    Bangka``: the figure for each region of the list that follows it, in its clause."""
    doc = span.doc
    after = next((a for a in anchors if a.start >= span.end and extension(a, "region_list")), None)
    if after is None or not _same_clause(doc, span.end, after.start, layout):
        return None
    between = [t.lower_ for t in doc[span.end : after.start] if not t.is_space]
    if len(between) > EACH_BEFORE_LIST_WORDS or not any(w in layout.words["each"] for w in between):
        return None
    return list(extension(after, "region_list"))


def _each_named_apart(span: Span, named: list[Span], layout: Layout) -> list[Region] | None:
    """``71.300 orang di kota dan 704 ribu orang di kabupaten, capaian UCJ keduanya
    masing-masing 58,7 persen dan 27,9 persen``: regions named one by one earlier in the
    sentence, then figures listed after ``masing-masing``, in the same order."""
    doc = span.doc
    found = spanindex.words_in(doc, layout.words["each"], named[-1].end, span.start)  # looked up, not scanned
    if not found:
        return None
    each_at = found[0]
    regions = list(dict.fromkeys(extension(a, "region") for a in named))
    if len(regions) < 2:
        return None
    figures = layout.figures_in(each_at, clause_of(span)[1])
    index = next((i for i, q in enumerate(figures) if q.start == span.start), None)
    if index is None or len(figures) != len(regions) or not _listed(doc, figures):
        return None
    return [regions[index]]


def _listed(doc: Doc, figures: tuple[Span, ...]) -> bool:
    """Whether figures are given as a list (``500 dan 300 peserta``): each within ``NOUN_GAP``
    words of the one before, with "dan" or a comma between them."""
    return all(
        b.start - a.end <= NOUN_GAP and any(t.lower_ in ("dan", ",") for t in doc[a.end : b.start])
        for a, b in pairwise(figures)
    )


def _each_of_sentence_before(span: Span, layout: Layout) -> list[Region] | None:
    """``Kabupaten A dan B tertinggal. Masing-masing 26 persen dan 31 persen.``: a sentence that
    opens with ``masing-masing`` (or has it before the figures), or counts the regions back ("di
    kedua kabupaten itu"), and names no region gives its listed figures, in order, to the regions
    the sentence before named (as a list or as examples), when they are as many."""
    doc, sentence = span.doc, span.sent
    # The sentence's first word (read from its start, not the whole way to the figure: a
    # sentence listing thousands of figures stays linear).
    opening = next((t for t in doc[sentence.start : span.start] if not (t.is_space or t.is_punct)), None)
    if opening is None or sentence.start == 0:
        return None
    kinds = NAMING | {"example"}
    group = None
    each_word = spanindex.words_in(doc, layout.words["each"], sentence.start, span.start)  # looked up
    if opening.lower_ in layout.words["each"]:
        first = opening.i
    elif (group := _regions_counted_back(span, layout)) is not None:
        first = group.end  # "Jumlah pekerja di kedua kabupaten itu diperkirakan 590 ribu dan 484 ribu"
        kinds = kinds | {"comparison"}  # "... di Boyolali lebih tinggi dari Klaten. Kedua kabupaten ..."
    elif each_word:
        first = each_word[0]  # "Sementara capaian UCJ keempatnya masing-masing 29,4 persen, 27,1 persen, ..."
    else:
        return None
    regions = _named_in_sentence_before(span, layout, kinds)
    if group is not None:
        regions = _counted(group, regions, layout)
    if len(regions) < 2:
        return None
    figures = layout.figures_in(first, sentence.end)
    index = next((i for i, q in enumerate(figures) if q.start == span.start), None)
    if index is not None and len(figures) == len(regions) and _listed(doc, figures):
        return [regions[index]]  # "Masing-masing 26 persen dan 31 persen": in order
    unit = extension(span, "quantity").unit
    alike = [q for q in figures if extension(q, "quantity").unit == unit]
    if len(alike) == 1 and index == 0 and doc[first].lower_ in layout.words["each"] | layout.words["same"]:
        # "Kedua kabupaten sama-sama menargetkan UCJ 45 persen": each one's; not "masing-masing 50
        # persen oleh provinsi dan 50 persen oleh kabupaten", shares of something else
        return regions
    return None


def _named_in_sentence_before(span: Span, layout: Layout, kinds: frozenset[str]) -> list[Region]:
    """The regions the sentence before the figure's names (as mentions of ``kinds``, or lists)."""
    doc = span.doc
    end = span.sent.start - 1
    while end > 0 and doc[end].is_space:
        end -= 1  # past a paragraph break
    if end < 0:
        return []
    before = doc[end].sent
    regions = [
        region
        for a in layout.anchors_in(before.start, before.end)
        if not _is_group(a) and extension(a, "mention") in kinds
        for region in (extension(a, "region_list") or (extension(a, "region"),))
    ]
    return _without_their_province(list(dict.fromkeys(regions)))


def _counted(group: Span, regions: list[Region], layout: Layout) -> list[Region]:
    """The regions a count of regions ("kedua kabupaten") points back at: those of ``regions``
    (named in the sentence before) of its level, or, when they are not as many as it counts
    ("Kedua pemkab sama-sama membayar ..." after a sentence about one of them), the ones the
    story opened on, when its lead (or title) names as many."""
    level = _level_counted(group)
    regions = [region for region in regions if level in (None, region.level)]
    if len(regions) != (how_many := _how_many(group)):
        regions = _storys_regions(group.doc, layout, how_many, level) or regions
    return regions


def each_counted_after(span: Span) -> list[Region]:
    """``iuran Rp16.800 ... bagi pekerja rentan di kedua kabupaten``: the regions a count after
    the figure in its clause points back at (a rate the same for each of them)."""
    doc = span.doc
    layout: Layout | None = extension(doc, "region_layout")
    if layout is None:
        return []
    for group in layout.anchors_in(span.end, span.sent.end):
        if not _same_clause(doc, span.end, group.start, layout):
            break  # past the clause, or past the next figure: looked no further
        if not _is_group(group):
            continue
        counting = doc[group.start].lower_ in layout.words["counting"]
        if counting and _how_many(group) is not None:
            regions = _counted(group, _named_in_sentence_before(span, layout, NAMING), layout)
            return regions if len(regions) >= 2 else []
    return []


def _without_their_province(regions: list[Region]) -> list[Region]:
    """Regencies and cities without the province named beside them: "Menurut Disnakertrans DIY,
    ... Gunungkidul ..., Kulon Progo ...": the province only places the regencies counted."""
    if sum(region.level != "province" for region in regions) >= 2:
        return [region for region in regions if region.level != "province"]
    return regions


def _storys_regions(doc: Doc, layout: Layout, how_many: int | None, level: str | None) -> list[Region]:
    """The regions of a level (any, for None) the lead names, in order (its province left out
    when it names regencies), or the title and the lead when the lead alone names fewer than
    ``how_many``: what "kedua kabupaten" points back at when the sentence before names fewer."""
    end = token_at(doc, layout.lead_end)
    for start in (token_at(doc, layout.lead_start), 0):
        regions = [
            region
            for a in layout.anchors_in(start, end)
            if not _is_group(a) and extension(a, "mention") in NAMED
            for region in (extension(a, "region_list") or (extension(a, "region"),))
        ]
        regions = [
            r for r in _without_their_province(list(dict.fromkeys(regions))) if level in (None, r.level)
        ]
        if len(regions) == how_many:
            return regions
    return []


def _level_counted(group: Span) -> str | None:
    """The level of the regions a count of regions counts ("ketiga kabupaten": regency), when its
    noun tells (``region_actors.csv``); None for "daerah", "wilayah"."""
    actor = gazetteer(language.of(group.doc)).actors.get(group[-1].lower_)
    return actor.level if actor is not None else None


def _how_many(group: Span) -> int | None:
    """How many regions a count of regions counts back ("ketiga kabupaten": 3), if it says.

    The ordinal is the number word after "ke" (kedua, ketiga, keempat)."""
    word = group[0].lower_
    value = numbers.words_value(word[2:], language.of(group.doc)) if word.startswith("ke") else None
    return int(value) if value is not None and value == int(value) else None


def counts_regions_back(span: Span) -> bool:
    """Whether a figure's sentence counts back the regions named before it ("kedua kabupaten
    itu", "ketiga kabupaten sama") before the figure."""
    layout: Layout | None = extension(span.doc, "region_layout")
    return layout is not None and _regions_counted_back(span, layout) is not None


def _regions_counted_back(span: Span, layout: Layout) -> Span | None:
    """A count of regions before the figure in its sentence that points back at the regions
    named before ("kedua kabupaten itu", "ketiga daerah tersebut", "Kedua kabupaten sama-sama")."""
    doc = span.doc
    for group in layout.anchors_in(span.sent.start, span.start):
        if not _is_group(group) or group.start == 0 or group.end >= len(doc):
            continue
        counted = (
            doc[group.start].lower_ in layout.words["counting"]
            or doc[group.start - 1].lower_ in layout.words["counting"]
        )
        following = layout.words["deixis"] | layout.words["each"] | layout.words["same"]
        if counted and doc[group.end].lower_ in following:
            return group
    return None


ENUMERATION_SENTENCES = 8
"""How many sentences before a sum the items it adds up may take."""


def _sums_an_enumeration(span: Span, layout: Layout) -> bool:
    """``Total santunan ... Rp 386,5 juta untuk lima ahli waris`` after sentences that each give
    figures to one region of their own ("Dari Kabupaten Jayawijaya, ... Rp 42 juta. Dari
    Kabupaten Yahukimo, ..."): a sum over two or more regions besides the article's own, no one
    region's."""
    doc, sentence = span.doc, span.sent
    if not spanindex.words_in(doc, layout.words["sum"], sentence.start, span.start):
        return False
    section = layout.sections[bisect_right(layout.sections, sentence.start_char) - 1]
    regions: set[Region] = set()
    at = sentence.start
    for _ in range(ENUMERATION_SENTENCES):
        i = at - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].idx < section:
            break
        before = doc[i].sent
        named = {
            extension(a, "region")
            for a in layout.anchors_in(before.start, before.end)
            if not _is_group(a) and extension(a, "mention") in NAMING
        }
        if len(named) != 1 or not layout.figures_in(before.start, before.end):
            break
        regions |= named
        at = before.start
    return len(regions - {extension(doc, "main_region")}) > 1


def _totals_a_table_of_regions(span: Span, layout: Layout) -> bool:
    """``Total Cabang  280.738`` under the rows ``Kota Magelang``, ``Kab. Magelang`` and ``Kab.
    Temanggung``: the total row of a table whose rows name two or more regions sums them, and is
    no one region's (a total row that names its region has it before this is asked)."""
    doc = span.doc
    header = tables.header_of(span)
    if header is None or not tables.is_total(doc, header):
        return False
    named: set[Region] = set()
    for start, end in header.row_labels:
        label = doc.char_span(start, end, alignment_mode="expand")
        anchors = layout.anchors_in(label.start, label.end) if label is not None else ()
        named |= {
            extension(a, "region") for a in anchors if not _is_group(a) and extension(a, "mention") in NAMING
        }
    return len(named) > 1


def _gives(actor: Span, givers: frozenset[str]) -> bool:
    """A government named after a giving word (``dari``: "dari Pemerintah Provinsi Kepri") gives,
    pays or adds something; unless it is the story's own, the sentences after it are not about
    its region."""
    doc = actor.doc
    i = actor.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].lower_ in givers


NAMED_WITH_A_GROUP = 2
"""How many tokens after a group a region may stand and still be part of its name."""


def _set_beside(anchor: Span, sentence: Span, layout: Layout) -> bool:
    """Whether a region, not the story's own, was set beside it in an earlier paragraph by a
    sentence opening "Adapun di X" or "Sedangkan di X": the paragraphs after it go back to the
    story, not on with that region."""
    doc = sentence.doc
    if extension(anchor, "region") is extension(doc, "main_region"):
        return False
    if paragraph_of(doc, anchor.start_char) == paragraph_of(doc, sentence.start_char):
        return False
    if anchor.start - anchor.sent.start > 2 * ASIDE_OPENING_WORDS:
        return False  # named well into its sentence, not after an opening word
    opening = [t for t in doc[anchor.sent.start : anchor.start] if not (t.is_space or t.is_punct)]
    return (
        2 <= len(opening) <= ASIDE_OPENING_WORDS
        and opening[0].lower_ in layout.words["aside"]
        and opening[-1].lower_ == "di"
    )


ASIDE_OPENING_WORDS = 3
"""The most words before the name of a sentence setting a region aside ("Sementara itu di")."""


def _looked_back_from(sentence: Span, layout: Layout) -> int:
    """Up to which anchor (an index into ``layout.anchors``) a sentence looks back for the
    region it goes on speaking of: those before it, except that an item of a list that breaks
    figures down by region ("• Kota A: ...", "• Kabupaten B: ...") is no sibling item's, and
    looks back from where its list starts."""
    before = bisect_left(layout.anchor_starts, sentence.start)
    at = list_item_at(layout.list_items, doc_text(sentence.doc), sentence.start_char)
    if at is None or at[0] == at[1]:
        return before  # no list item, or its list's first
    doc = sentence.doc
    list_from = bisect_left(layout.anchor_starts, token_at(doc, at[1]))
    second = kept(doc, ("regions.second_region", list_from), lambda: _second_region_from(layout, list_from))
    return list_from if second < before else before


def _second_region_from(layout: Layout, start: int) -> int:
    """The index of the first anchor from ``start`` on that names a second region (found once
    per list, so that every item looks it up), or the number of anchors when none does."""
    seen = None
    for i in range(start, len(layout.anchors)):
        anchor = layout.anchors[i]
        if extension(anchor, "mention") in NAMING:
            region = extension(anchor, "region")
            if seen is not None and region is not seen:
                return i
            seen = region
    return len(layout.anchors)


COMPARED_WORDS_BEFORE = 3
"""How many words before the comma of an apposition the word of comparison may take ("tetangganya")."""


def set_off_as_compared(
    doc: Doc, start: int, end: int, words: frozenset[str], phrases: frozenset[str]
) -> bool:
    """Whether the name at tokens ``start:end`` is set off by commas within a few words after a
    word in ``words`` or a phrase in ``phrases`` ending at the comma: "di atas tetangganya,
    Purbalingga, ...", "Tetangga kami, Kabupaten Cirebon, ..."."""
    comma = start - 1
    if comma < 1 or doc[comma].text != "," or end >= len(doc) or doc[end].text != ",":
        return False
    before = [t.lower_ for t in doc[max(0, comma - COMPARED_WORDS_BEFORE) : comma]]
    return any(w in words for w in before) or any(" ".join(before[i:]) in phrases for i in range(len(before)))


def _compared_aside(anchor: Span, sentence: Span, layout: Layout) -> bool:
    """Whether a region set off by commas after a word of comparison is only an aside for
    ``sentence``: it owns the figure it is given after "yang" ("di atas tetangganya, Purbalingga,
    yang 22,1 persen"), and a neighbour opening its own sentence ("Tetangga kami, Kabupaten
    Cirebon, sudah 41 persen") owns its paragraph, but the sentences after them, and the
    paragraphs after a neighbour's, go on about the story's region unless they point back."""
    doc = anchor.doc
    words = layout.words
    if not set_off_as_compared(doc, anchor.start, anchor.end, words["neighbour"], words["comparison"]):
        return False
    if doc[anchor.end + 1 : anchor.end + 2].text.lower() == "yang":
        return True
    if not set_off_as_compared(doc, anchor.start, anchor.end, words["neighbour"], frozenset()):
        return False  # "Berbeda dengan Medan, Kabupaten Deli Serdang justru ...": the new subject
    return paragraph_of(doc, sentence.start_char) > paragraph_of(doc, anchor.start_char) and not _points_back(
        sentence, words["points_back"]
    )


def _context_regions(sentence: Span, layout: Layout) -> list[Region] | None:
    """The region the latest sentence before, in the same section, names: one region, or the
    article's region among several, or the first of them; none when it only lists regions."""
    doc = sentence.doc
    section = layout.sections[bisect_right(layout.sections, sentence.start_char) - 1]
    named: list[Span] = []
    latest: int | None = None
    for anchor in reversed(layout.anchors[: _looked_back_from(sentence, layout)]):
        if anchor.start_char < section or (latest is not None and anchor.sent.start != latest):
            break
        if _is_group(anchor) and anchor.label_ == "national":
            continue  # "peringkat enam dari 38 provinsi": a ranking, not the next sentence's subject
        if (_is_group(anchor) or extension(anchor, "region_list")) and _in_an_aside(anchor):
            continue  # "Kepala Cabang Watampone (wilayah kerja Bone, Soppeng dan Wajo)": an office's area
        if _is_group(anchor) and _an_office_in_the_title(anchor, layout):
            continue  # "..., Kanwil Sumbagsel Dorong Pemda Tambah Kuota": who speaks, not where
        if _is_group(anchor) and any(
            m.start > anchor.end + NAMED_WITH_A_GROUP and _places_a_figure(m, layout) for m in named
        ):
            # "Kepala Cabang X, yang melayani tiga kabupaten, menyebut peserta di Sikka ...
            # 9.870": the sentence spoke of the region its figure was placed in, not of the group
            # ("Wilayah Sulawesi-Maluku" names one group, not Maluku).
            break
        if _is_group(anchor):
            # The sentence before spoke of several regions together ("1.214 kasus di tiga
            # kabupaten"): what follows it ("Dari jumlah itu, 38 kasus ...") is theirs too, and
            # goes where that sentence's own figure would (a province keeps what its own share).
            return _regions_of(anchor, layout.anchors_in(anchor.sent.start, anchor.sent.end))
        if (
            extension(anchor, "mention") == "actor"
            and extension(anchor, "region") is not extension(doc, "main_region")
            and _gives(anchor, layout.words["giver"])
        ):
            continue  # "Ditambah 3 ribu jiwa dari Pemprov Kepri. Jadi totalnya 9.000": the giver
        if extension(anchor, "mention") == "comparison" and _points_at_a_place(
            sentence, layout.words["points_at_place"]
        ):
            # "Bandingkan dengan Kabupaten Bulungan, yang ... 37,5 persen. Daerah tersebut juga
            # menanggung iuran 9.800 pekerja": the place pointed at is the one compared with.
            named.append(anchor)
            latest = anchor.sent.start
            continue
        if not _is_group(anchor) and extension(anchor, "mention") in NAMING:
            if _compared_aside(anchor, sentence, layout):
                continue  # "di atas tetangganya, Purbalingga, yang 22,1 persen": not what follows is about
            if _set_beside(anchor, sentence, layout):
                continue  # "Adapun di Kabupaten Seruyan, ..." closing the paragraph before
            named.append(anchor)
            latest = anchor.sent.start
    if not named:
        return _region_heading_over(sentence, layout)
    if all(extension(m, "region_list") for m in named):
        return []
    main = extension(doc, "main_region")
    if (
        main is not None
        and all(
            extension(m, "region") == _province_of(main, doc) and extension(m, "mention") == "actor"
            for m in named
        )
        and not layout.figures_in(named[0].sent.start, named[0].sent.end)
    ):
        # "..., kata Rusli usai rapat koordinasi dengan Pemerintah Provinsi Riau." in a story about
        # Kepulauan Meranti: a sentence that named the province's government, with no figure of
        # its own, only met it; the figures after it are the story's region's.
        return [main]
    if (
        main is NATIONAL
        and paragraph_of(doc, sentence.start_char) > paragraph_of(doc, named[0].start_char)
        and not _points_back(sentence, layout.words["points_back"])
    ):
        # A national story: after a paragraph of regions given as examples, a paragraph that
        # names none goes on about the nation ("Untuk program JKP, BPJS Ketenagakerjaan
        # mencatat 58.400 klaim ...").
        return [NATIONAL]
    regions = list(dict.fromkeys(extension(m, "region") for m in reversed(named)))
    if len(regions) > 1:
        regions = [r for r in regions if r is not NATIONAL] or regions
    if (
        regions == [NATIONAL]
        and main is not None
        and main is not NATIONAL
        and not _points_back(sentence, layout.words["points_back"])
    ):
        # "... di bawah rata-rata nasional 41,72 persen. Target tahun ini 45 persen": the
        # nation was a comparison; the sentence after it is the article's region again.
        return [main]
    if len(regions) > 1 and main in regions:
        return [main]
    if len(regions) > 1 and doc.user_data.get(SEVERAL_KEY):
        return []  # regions compared in a story about all of them: the next figure is no one's
    if len(regions) > 1 and main is not None:
        # Regions ranked or listed ("tertinggi di Kota Metro, disusul ...") are not what the
        # next sentence is about: the article's region is.
        return [main]
    return [regions[0]]


HEADINGS_LOOKED_AT = 24
"""How many sections back a figure under headings looks for a heading that names its region."""
HEADING_FIGURE_WORDS = 4
"""How many words a line under a heading may have and still be only its figure ("Rp18,7 M")."""


def _province_of(region: Region, doc: Doc) -> Region | None:
    """The province a regency or city lies in (None for a province or the nation)."""
    if region.level == "province" or region.province_code is None:
        return None
    return gazetteer(language.of(doc)).by_code.get(region.province_code)


def _region_heading_over(sentence: Span, layout: Layout) -> list[Region] | None:
    """The region of the nearest heading that is a region's name alone ("KABUPATEN BONDOWOSO")
    over the sections of headings since ("PESERTA AKTIF" / "78.214 orang"): an infographic sets
    out each region's figures under its name, one heading per figure."""
    doc = sentence.doc
    text = doc_text(doc)
    at = bisect_right(layout.sections, sentence.start_char) - 1
    floor = max(0, at - HEADINGS_LOOKED_AT)  # a page of thousands of headings stays linear
    while at > floor:
        start = layout.sections[at]
        line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)].strip()
        if not opens_with_a_heading(text, start) and len(line.split()) > HEADING_FIGURE_WORDS:
            return None  # a section of running text: its own (not a figure's line, "Rp2,29 M")
        first = token_at(doc, start)
        named = [a for a in layout.anchors_in(first, first + len(line.split()) + 1) if not _is_group(a)]
        if named and named[0].text == line and extension(named[0], "mention") in NAMED:
            return [extension(named[0], "region")]
        at -= 1
    return None


OFFICE_WORDS = 3
"""How many words the name of an office may take before the area it is named after (Kantor Wilayah)."""


def _an_office_in_the_title(group: Span, layout: Layout) -> bool:
    """Whether a group of regions names a BPJS office in the title of a story about one region
    ("Kanwil Sumbagsel Dorong Pemda Tambah Kuota" over a story of Bengkulu Selatan): the office
    acts in the story; the lead's figures are the story's region's."""
    doc = group.doc
    if group.start_char >= layout.title_end or extension(doc, "main_region") is None:
        return False
    offices = gazetteer(language.of(doc)).offices
    before = [t.lower_ for t in doc[max(0, group.start - OFFICE_WORDS) : group.start]]
    return any(" ".join(before[i:]) in offices for i in range(len(before)))


def _in_an_aside(anchor: Span) -> bool:
    """Whether an anchor stands inside brackets its sentence opened before it."""
    before = doc_text(anchor.doc)[anchor.sent.start_char : anchor.start_char]
    return before.count("(") > before.count(")")


def _places_a_figure(anchor: Span, layout: Layout) -> bool:
    """Whether a single region is named before a figure of its clause: the region that figure,
    and the sentence, spoke of."""
    if extension(anchor, "region_list"):
        return False
    doc, end = anchor.doc, anchor.sent.end
    return any(_same_clause(doc, anchor.end, q.start, layout) for q in layout.figures_in(anchor.end, end)[:1])


def _points_back(sentence: Span, phrases: frozenset[str]) -> bool:
    """Whether the sentence points back to the figure before it ("angka itu", "jumlah tersebut")."""
    return _says_one_of(sentence, phrases, "points_back")


def _points_at_a_place(sentence: Span, phrases: frozenset[str]) -> bool:
    """Whether the sentence points at a place named before ("daerah tersebut")."""
    return _says_one_of(sentence, phrases, "points_at_place")


def _says_one_of(sentence: Span, phrases: frozenset[str], role: str) -> bool:
    """Whether the sentence holds one of a role's phrases, as whole words; kept per sentence."""

    def read() -> bool:
        words = f" {' '.join(t.lower_ for t in sentence if not t.is_space)} "
        return any(f" {phrase} " in words for phrase in phrases)

    return kept(sentence.doc, (f"regions.{role}", sentence.start, sentence.end), read)


def _words_before(doc: Doc, index: int, count: int) -> list[str]:
    """The last ``count`` words before a token, lower-cased, spaces skipped."""
    words = []
    while index > 0 and len(words) < count:
        index -= 1
        if not doc[index].is_space:
            words.insert(0, doc[index].lower_)
    return words
