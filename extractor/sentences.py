"""Sentences: boundaries for Indonesian news text without a trained parser.

A sentence ends at a full stop, question or exclamation mark (and any closing quote or bracket
after it), and at every line break: headlines, datelines and captions carry no full stop.
Abbreviations such as ``Kab.``, ``Prov.``, ``Rp.``, ``H.`` and ``dr.`` (``patterns/
abbreviations.txt``) are made single tokens first, so they never end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import language
from .doctext import doc_text
from .language import LanguageData

_STARTS_KEY = "extractor.sentence_starts"
_SENTENCES_KEY = "extractor.sentences"
_TERMINALS = {".", "!", "?", "…", "...", "!?", "?!"}
_CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}
_SCALES_WITH_A_STOP = {"M.", "T."}
"""Miliar and triliun after an amount (Rp 1,2 M), with the full stop that ends the sentence."""


def add_abbreviations(nlp: Language, data: LanguageData) -> None:
    """Make every abbreviation of the patterns file one token, in its usual capitalisations."""
    for abbreviation in data.lines("abbreviations.txt"):
        forms = {abbreviation, abbreviation.capitalize(), abbreviation.upper(), abbreviation.title()}
        for form in forms:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.factory("id_sentences", default_config={"patterns": None})
def make_sentences(nlp: Language, name: str, patterns: str | None) -> SentenceSplitter:
    data = LanguageData.load(patterns)
    add_abbreviations(nlp, data)
    return SentenceSplitter(data)


class SentenceSplitter:
    """spaCy component: sets every token's sentence start, in one pass over the Doc.

    The starts are written together with ``Doc.from_array``: setting ``token.is_sent_start``
    one token at a time makes spaCy rescan the whole Doc on every set (``has_annotation``),
    which made splitting quadratic in the article's length.
    """

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        if len(doc):
            # The tokens' texts cut from the text by their offsets: no Token object per token.
            text = doc_text(doc)
            rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
            starts = sentence_starts([text[i : i + n] for i, n, _ in rows], [bool(s) for _, _, s in rows])
            # SENT_START is 1 for a start and -1 for "no start" (0 would mean "not set").
            values = numpy.array([1 if start else -1 for start in starts], dtype="int64")
            doc.from_array([SENT_START], values.astype("uint64"))
            doc.user_data[_STARTS_KEY] = [i for i, start in enumerate(starts) if start]
            doc.user_span_hooks["sent"] = sentence_of
        return doc


def sentence_of(span: Span) -> Span:
    """The sentence of ``span``'s first token, as spaCy's ``Span.sent`` gives it (a span across a
    sentence boundary belongs to the first sentence), but looked up in the starts kept by
    the splitter: spaCy walks token by token to both ends, which in a sentence of thousands of
    tokens costs more than all the rest of reading one of its figures. Installed as the Doc's
    ``sent`` hook, so ``span.sent`` and ``token.sent`` use it.

    >>> import spacy
    >>> nlp = spacy.blank("id")
    >>> doc = SentenceSplitter(LanguageData.load())(nlp("Ada 100 peserta. Lalu 200 orang."))
    >>> doc[5:6].sent.text, doc[1].sent.text
    ('Lalu 200 orang.', 'Ada 100 peserta.')
    """
    doc = span.doc
    starts = doc.user_data[_STARTS_KEY]
    after = bisect_right(starts, span.start)  # the first token starts the first sentence
    start, end = starts[after - 1], starts[after] if after < len(starts) else len(doc)
    made = doc.user_data.setdefault(_SENTENCES_KEY, {})
    sentence = made.get((start, end))
    if sentence is None:
        sentence = made[start, end] = doc[start:end]  # one Span per sentence, asked for often
    return sentence


def sentence_start_of(doc: Doc, i: int) -> int:
    """The first token of the sentence token ``i`` stands in, found by bisection in the starts
    the splitter kept (no Span made, as ``doc[i].sent`` makes one).

    >>> import spacy
    >>> doc = SentenceSplitter(LanguageData.load())(spacy.blank("id")("Ada 100 peserta. Lalu 200 orang."))
    >>> sentence_start_of(doc, 1), sentence_start_of(doc, 5)
    (0, 4)
    """
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        return doc[i].sent.start
    return starts[bisect_right(starts, i) - 1]


def sentence_starts(texts: list[str], spaces: list[bool]) -> list[bool]:
    """Whether each token starts a sentence, from the tokens' texts and whether each is space.

    >>> sentence_starts(["Ada", "100", ".", "Lalu", "200", "."], [False] * 6)
    [True, False, False, True, False, False]
    >>> sentence_starts(["Judul", "\\n", "Isi", "dst", ".", "dan", "lain"], [False, True] + [False] * 5)
    [True, False, True, False, False, False, False]
    >>> sentence_starts(["Rp", "1,2", "M.", "Lalu", "ada"], [False] * 5)
    [True, False, False, True, False]
    """
    found = []
    starts_next = True
    for i, text in enumerate(texts):
        found.append(starts_next)
        if spaces[i] and "\n" in text:
            starts_next = True
        elif text == "." and _spaced_thousands(texts, i):
            starts_next = False  # "229. 405 orang": one figure, copied with a space after its dot
        elif text in _TERMINALS or text in _CLOSERS and i > 0 and texts[i - 1] in _TERMINALS:
            starts_next = _next_starts_sentence(texts, i)
        elif text in _SCALES_WITH_A_STOP and i > 0 and texts[i - 1][:1].isdigit():
            # "Rp1,2 M. Masing-masing ...": the scale of an amount and a full stop (one token, as
            # the initial of a name is), not an initial.
            starts_next = _next_starts_sentence(texts, i)
        elif starts_next and spaces[i]:
            starts_next = True
        else:
            starts_next = False
    return found


_SPACED_THOUSANDS = re.compile(r"(?:\d{1,3}(?:\.\d{3})*)")


def _spaced_thousands(texts: list[str], i: int) -> bool:
    """The full stop at ``i`` separates the thousands of one figure whose copy spaced it out
    ("229. 405 orang"), as the numbers scanner reads it: up to three digits before, exactly
    three after.

    >>> _spaced_thousands(["tenaga", "kerja", "229", ".", "405", "orang"], 3)
    True
    >>> _spaced_thousands(["pada", "2024", ".", "405", "orang"], 2)
    False
    """
    return (
        0 < i < len(texts) - 1
        and _SPACED_THOUSANDS.fullmatch(texts[i - 1]) is not None
        and len(texts[i + 1]) == 3
        and texts[i + 1].isdigit()
    )


def _next_starts_sentence(texts: list[str], i: int) -> bool:
    """After a terminal mark, a new sentence starts unless a closer, comma or lower-case word
    follows (``... dst. dan``, ``," kata Eka``)."""
    if i + 1 >= len(texts):
        return True
    following = texts[i + 1]
    if following in _CLOSERS or following in {",", ";", ":"} or following in _TERMINALS:
        return False
    return not following[:1].islower()
