"""Cues: the words around a figure that say what it counts, for which programme and group.

The spaCy component ``metric_cues`` runs a case-insensitive PhraseMatcher (and a Matcher for
records that give a token pattern) built from ``patterns/facts/``:
``cues.jsonl`` (metric cues with a weight), ``programs.csv`` (JKK, JKM, JHT, JP, JKP) and
``details.csv`` (worker groups and benefits). Every match goes into ``extension(doc, "cues")`` as a
``(span, Cue)`` pair, and its span into ``doc.spans["cues"]`` for inspection. (Not a span
extension: those are stored by character offsets, so a programme cue and a detail cue on the
same words would overwrite each other.) A metric cue inside a longer one of the same family
is dropped, so ``belum terlindungi`` is not also read as ``terlindungi``; across families both
stay (``santunan`` says money even inside ``santunan kepada``, which counts people). A longer
programme phrase swallows a shorter one too ("bukan karena kecelakaan kerja" is JKM, not JKK).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import language, spanindex
from .anchored import AnchoredMatcher
from .doctext import extension, kept
from .language import LanguageData, PatternsError
from .spelling import NearIndex

SPAN_KEY = "cues"
_STARTS_KEY = "extractor.cue_starts"
_BY_LABEL_KEY = "extractor.cues_by_label"
_LABELLED_KEY = "extractor.cues_labelled"
METRIC_LABELS = frozenset(
    {
        "total",
        "result",
        "change",
        "from",
        "name",
        "anaphor",
        "topic",
        "programme",
        "enrols",
        "share",
        "stock",
        "enrolled_in",
        "new",
        "target",
        "of_target",
        "coverage",
        "uncovered",
        "workforce",
        "population",
        "claims",
        "paid",
        "benefit",
        "one_heir",
        "contribution",
        "budget",
        "reject",
    }
)


MONEY_LABELS = frozenset({"benefit", "one_heir", "paid", "contribution", "budget"})
PLAN_LABELS = frozenset({"target", "of_target"})
"""Labels of a plan, which says how a figure stands, not what it counts: a longer phrase of
them keeps the cue of what is counted inside it ("akan dilindungi")."""


@dataclass(frozen=True)
class Cue:
    """What a cue says: a metric label (or ``program``/``detail``), how strongly, and its value
    (the programme code, or the detail text)."""

    label: str
    weight: float = 1.0
    value: str | None = None
    units: frozenset[str] | None = None
    """The units of figure the cue speaks of (``IDR``, ``percent``, ``person``, ``case``);
    ``None``: any. "sebesar" and "dengan total" say something of an amount, nothing of people."""

    def applies_to(self, unit: str | None) -> bool:
        """Whether the cue speaks of figures of ``unit`` (``None``: a count, of people or cases)."""
        if self.units is None:
            return True
        return unit in self.units if unit is not None else bool(self.units & {"person", "case"})


def phrase_forms(phrase: str) -> tuple[str, ...]:
    """A phrase as written, and with the suffix -nya on its last word (``target``, ``targetnya``).

    >>> phrase_forms("angkatan kerja"), phrase_forms("UCJ")
    (('angkatan kerja', 'angkatan kerjanya'), ('UCJ', 'UCJnya'))
    """
    return (phrase, phrase + "nya") if phrase[-1:].isalpha() else (phrase,)


def load_cues(data: LanguageData) -> list[tuple[Cue, str | list[dict]]]:
    """Every cue with its phrase (or, for a ``pattern`` record, its token pattern), from the three
    patterns files."""
    cues: list[tuple[Cue, str | list[dict]]] = []
    for record in data.jsonl("facts/cues.jsonl"):
        if record["label"] not in METRIC_LABELS:
            raise PatternsError(f"facts/cues.jsonl: unknown label {record['label']!r}")
        units = record.get("units")
        cues.append(
            (
                Cue(
                    record["label"],
                    float(record.get("weight", 1.0)),
                    units=frozenset(units) if units else None,
                ),
                record.get("pattern") or record["phrase"],
            )
        )
    for row in data.table("facts/programs.csv"):
        cues.append((Cue("program", 1.0, row["program"]), row["phrase"]))
    for row in data.table("facts/details.csv"):
        cues.append((Cue("detail", 1.0, row["phrase"]), row["phrase"]))
    return cues


if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)


@Language.factory("metric_cues", default_config={"patterns": None})
def make_metric_cues(nlp: Language, name: str, patterns: str | None) -> CueMarker:
    return CueMarker(nlp, LanguageData.load(patterns))


_NASAL = (("p", "mem", 1), ("b", "mem", 0), ("f", "mem", 0), ("v", "mem", 0), ("t", "men", 1),
          ("d", "men", 0), ("c", "men", 0), ("j", "men", 0), ("z", "men", 0), ("s", "meny", 1),
          ("k", "meng", 1), ("g", "meng", 0), ("h", "meng", 0))  # fmt: skip
_VERB_SUFFIXES = ("", "kan", "i", "nya", "kannya")
_NOUN_SUFFIXES = ("an", "annya")
TYPO_MIN_LETTERS = 8
"""Words this long match a cue with one typing error: shorter ones would match other words."""


def affixed_forms(stem: str) -> set[str]:
    """The forms of a verb or noun stem with its prefixes and suffixes, the nasal of me-/pe-
    assimilated as Indonesian writes it (loanwords keep their first letter too: mengcover).

    >>> {"menargetkan", "ditargetkan", "targetnya", "mentargetkan"} <= affixed_forms("target")
    True
    >>> {"mendaftarkan", "didaftarkan", "terdaftar", "pendaftaran"} <= affixed_forms("daftar")
    True
    >>> {"menyasar", "mengcover", "mencover"} <= affixed_forms("sasar") | affixed_forms("cover")
    True
    """
    verbs = {stem, "di" + stem, "ter" + stem}
    nouns = {stem, "pe" + stem}
    for letter, nasal, drop in _NASAL:
        if stem.startswith(letter):
            verbs.add("me" + nasal[2:] + stem[drop:])
            nouns.add("pe" + nasal[2:] + stem[drop:])
            if drop:  # loanwords keep the letter: "mengcover", "mentarget"
                verbs |= {"me" + nasal[2:] + stem, "meng" + stem}
            break
    else:
        vowel = stem[:1] in "aeiou"
        verbs.add(("meng" if vowel else "me") + stem)
        nouns.add(("peng" if vowel else "pe") + stem)
    if stem[:1] == "c":
        verbs.add("meng" + stem)
        nouns.add("peng" + stem)
    return {v + suffix for v in verbs for suffix in _VERB_SUFFIXES} | {
        n + suffix for n in nouns for suffix in _NOUN_SUFFIXES
    }


WORD_CUES_KEPT = 100_000
"""How many words' cues (or none) ``CueMarker`` remembers; the memory is emptied when full."""


class CueMarker:
    """spaCy component: metric, programme and detail cues into ``doc.spans["cues"]``.

    A word no cue phrase matches is looked up once more among the affixed forms of the stems in
    ``patterns/facts/stems.csv`` (a word table, built once), and, when it is long, among the
    one-word cues of the list one typing error away (a symmetric-deletion index: the few
    words one letter shorter are looked up, not every cue word).
    """

    def __init__(self, nlp: Language, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        # Phrases go to a PhraseMatcher (fast whatever their number); only records that give a
        # token pattern need a Matcher, run around the words each must hold.
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = AnchoredMatcher(nlp.vocab)
        self.cues: list[Cue] = []
        words: dict[str, Cue] = {}
        for index, (cue, phrase_or_pattern) in enumerate(load_cues(self.data)):
            self.cues.append(cue)
            if isinstance(phrase_or_pattern, str):
                forms = phrase_forms(phrase_or_pattern)
                self.phrases.add(str(index), [nlp.make_doc(form) for form in forms])
                if cue.label not in ("program", "detail"):
                    words.update((form.lower(), cue) for form in forms if " " not in form)
            else:
                self.matcher.add(str(index), phrase_or_pattern)
        listed = dict(words)
        for row in self.data.table("facts/stems.csv"):
            cue = Cue(row["label"], float(row["weight"]))
            for form in affixed_forms(row["stem"].lower()):
                words.setdefault(form, cue)
        self.words = words
        # Typing errors are forgiven against the words the cue list names, not against built
        # forms, which would reach words of other stems ("bersasarkan" is one letter from
        # "berdasarkan").
        self.typos = NearIndex(w for w in listed if len(w) >= TYPO_MIN_LETTERS and w.isalpha())
        self.not_typos = frozenset(self.data.lines("facts/not_typos.txt"))
        self.word_cues: dict[int, Cue | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        matches = self.phrases(doc) + (self.matcher(doc) if len(self.matcher) else [])
        found = [(start, end, self.cues[int(doc.vocab.strings[key])]) for key, start, end in matches]
        covered = {i for start, end, _ in found for i in range(start, end)}
        # Each distinct word of the Doc is looked up once, by the id of its lower-case form.
        strings = doc.vocab.strings
        for lower, positions in spanindex.lower_positions(doc).items():
            cue = self._word_cue_of(lower, strings)
            if cue is not None:
                found.extend((i, i + 1, cue) for i in positions if i not in covered)
        # Which cues a longer one of the same family covers, looked up among those starting at
        # most one cue-length earlier: linear in the number of cues.
        by_start: dict[int, list[tuple[int, str]]] = {}
        for start, end, cue in found:
            if cue.label != "detail":
                by_start.setdefault(start, []).append((end, _family(cue)))
        longest = max((end - start for start, end, _ in found), default=0)
        kept = []
        for start, end, cue in sorted(found, key=lambda f: (f[0], f[1])):
            swallowers = _swallowers(_family(cue))
            if cue.label != "detail" and any(
                end <= e and e - s > end - start and other in swallowers
                for s in range(start - longest, start + 1)
                for e, other in by_start.get(s, ())
            ):
                continue
            kept.append((Span(doc, start, end, label=cue.label), cue))
        doc._.cues = kept
        doc.user_data[_STARTS_KEY] = [span.start for span, _ in kept]
        doc.spans[SPAN_KEY] = [span for span, _ in kept]
        return doc

    def _word_cue_of(self, lower: int, strings) -> Cue | None:
        """``_word_cue`` of the word with that lower-case id, remembered across Docs: the words
        of news repeat, and a word that is no cue costs a search for its near spellings."""
        if lower not in self.word_cues:
            if len(self.word_cues) >= WORD_CUES_KEPT:
                self.word_cues.clear()
            self.word_cues[lower] = self._word_cue(strings[lower])
        return self.word_cues[lower]

    def _word_cue(self, word: str) -> Cue | None:
        """The cue an affixed form, or a long word one typing error from a cue word, stands for."""
        cue = self.words.get(word)
        if cue is not None or len(word) < TYPO_MIN_LETTERS or not word.isalpha() or word in self.not_typos:
            return cue
        near = self.typos.near(word)
        labels = {self.words[w].label for w in near}
        return self.words[min(near)] if len(labels) == 1 else None


def _family(cue: Cue) -> str:
    """What a cue speaks of: ``money``, ``people`` (and rates), or ``any`` for names, which
    swallow every cue inside them ("Dinas Tenaga Kerja"). A cue for some units only ("dari
    potensi" for rates) swallows no cue that speaks of other units too ("potensi")."""
    label = cue.label
    if label == "name":
        return "any"
    if label in ("topic", "programme", "enrols", "program"):
        return label
    if label in PLAN_LABELS:
        return "plan"
    family = "money" if label in MONEY_LABELS else "people"
    return family if cue.units is None else f"{family}:{','.join(sorted(cue.units))}"


def _swallowers(family: str) -> tuple[str, ...]:
    """The families of the longer cues that swallow a cue of ``family`` inside them: its own
    and names; a word of a plan also goes inside a longer phrase of people ("dari total
    sasaran" is a whole), while a word of people stays inside a plan's ("akan dilindungi")."""
    return (family, "any", "people") if family == "plan" else (family, "any")


def cues_in(span: Span) -> list[tuple[Span, Cue]]:
    """The cues whose span starts inside ``span`` (a sentence, say), found by bisection in the
    Doc's cues (kept in order of their start), so that reading every figure stays linear."""
    doc = span.doc
    cues = extension(doc, "cues") or []
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(cues):
        starts = doc.user_data[_STARTS_KEY] = [s.start for s, _ in cues]
    return cues[bisect_left(starts, span.start) : bisect_left(starts, span.end)]


@dataclass
class LabelledCues:
    """Some cues in order, with their starts, the longest one's length and the heaviest weight:
    what bounds how near, and how strong, any of them can be."""

    entries: list[tuple[Span, Cue]]
    starts: list[int]
    longest: int
    weight: float

    @classmethod
    def of(cls, entries: list[tuple[Span, Cue]]) -> LabelledCues:
        return cls(
            entries,
            [span.start for span, _ in entries],
            max((len(span) for span, _ in entries), default=0),
            max((cue.weight for _, cue in entries), default=0.0),
        )


def cues_by_label(span: Span) -> dict[str, LabelledCues]:
    """The cues of ``span`` (a sentence) grouped by label, each group in order; built once per
    span and Doc, so that every figure of a crowded sentence asks for one label's cues only."""
    doc = span.doc

    def group() -> dict[str, LabelledCues]:
        grouped: dict[str, list[tuple[Span, Cue]]] = {}
        for cue_span, cue in cues_in(span):
            grouped.setdefault(cue.label, []).append((cue_span, cue))
        return {label: LabelledCues.of(entries) for label, entries in grouped.items()}

    return kept(doc, (_BY_LABEL_KEY, span.start, span.end, len(extension(doc, "cues") or ())), group)


def labelled(doc: Doc, labels: frozenset[str]) -> LabelledCues:
    """The Doc's cues of ``labels``, picked out once per Doc."""
    return kept(
        doc,
        (_LABELLED_KEY, labels, len(extension(doc, "cues") or ())),
        lambda: LabelledCues.of(
            [(span, cue) for span, cue in extension(doc, "cues") or () if cue.label in labels]
        ),
    )


def cues_labelled(doc: Doc, labels: frozenset[str], start: int, end: int) -> list[tuple[Span, Cue]]:
    """The cues of ``labels`` starting among tokens ``start`` to ``end``, in the Doc's order."""
    picked = labelled(doc, labels)
    return picked.entries[bisect_left(picked.starts, start) : bisect_left(picked.starts, end)]


def outward(picked: LabelledCues, figure: Span, start: int, end: int) -> Iterator[tuple[int, int, Span, Cue]]:
    """The cues of ``picked`` starting among tokens ``start`` to ``end`` (a clause), those
    starting inside ``figure`` left out, nearest to it first (``spanindex.nearest_first``):
    each with its least distance from the figure and its place in the Doc's order."""
    for least, i in spanindex.nearest_first(picked.starts, figure, start, end, picked.longest, inside=False):
        yield least, i, *picked.entries[i]
