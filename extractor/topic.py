"""Topic: whether a passage speaks of workers' social insurance at all.

Regional news mixes subjects: a village-fund story mentions Jamsostek once, a DPRD hearing
lists a dozen budget lines of which one pays premiums, a health-insurance story counts JKN
members. Their other figures are no coverage facts, however well a cue word fits them. The
topic words (label ``topic`` in ``patterns/facts/cues.jsonl``: BPJS Ketenagakerjaan,
Jamsostek, JKK, JKM, pekerja rentan, UCJ ...) say a passage is about the programme:

- an article is on topic when its title or lead says so, or three of its paragraphs do;
- a passage is on topic when the figure's paragraph or the paragraph before says so;
- an article mentions the topic when any paragraph says so.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from . import language
from .doctext import doc_paragraphs, doc_text, extension
from .sharewords import share_words

_USER_DATA_KEY = "extractor.topic"

if not Doc.has_extension("assume_topic"):
    Doc.set_extension("assume_topic", default=False)


def _index(doc: Doc) -> tuple[list[int], set[int], bool]:
    """Paragraph starts, the paragraphs holding a topic word, and whether the title or lead
    does; computed once per Doc."""
    cached = doc.user_data.get(_USER_DATA_KEY)
    if cached is not None:
        return cached
    text = doc_text(doc)
    starts = [start for start, _ in doc_paragraphs(doc)] or [0]
    topical = {
        bisect_right(starts, span.start_char) - 1
        for span, cue in extension(doc, "cues") or []
        if cue.label == "topic"
    }
    layout = doc._.get("region_layout") if doc.has_extension("region_layout") else None
    lead_end = (
        layout.lead_end
        if layout is not None and layout.lead_end
        else (starts[2] if len(starts) > 2 else len(text))
    )
    # A feature that opens on a person's story comes to the programme later, and keeps to it:
    # several paragraphs speaking of it make the article the programme's too. Not a story whose
    # title and lead are another programme's (JKN, Prakerja): its passages on this one are its
    # only figures of it.
    cues = extension(doc, "cues") or []
    other = share_words(language.of(doc))["other_programme"]
    article = any(cue.label == "topic" and span.start_char < lead_end for span, cue in cues) or (
        len(topical) >= TOPICAL_PARAGRAPHS
        and not any(span.start_char < lead_end and span.text.lower() in other for span, _ in cues)
    )
    doc.user_data[_USER_DATA_KEY] = (starts, topical, article)
    return starts, topical, article


TOPICAL_PARAGRAPHS = 3
"""How many paragraphs speaking of the programme make an article about it, whatever its lead."""


def article_mentions_topic(doc: Doc) -> bool:
    """Whether the article speaks of workers' social insurance anywhere at all."""
    return extension(doc, "assume_topic") or bool(_index(doc)[1])


def article_on_topic(doc: Doc) -> bool:
    """Whether the article's title or lead speaks of workers' social insurance (or the text is
    known to, like a claim checked against the facts: ``extension(doc, "assume_topic")``)."""
    return extension(doc, "assume_topic") or _index(doc)[2]


def passage_on_topic(span: Span) -> bool:
    """Whether the paragraph of ``span``, or the one before it, speaks of workers' social insurance."""
    if extension(span.doc, "assume_topic"):
        return True
    starts, topical, _ = _index(span.doc)
    paragraph = bisect_right(starts, span.start_char) - 1
    return paragraph in topical or paragraph - 1 in topical
