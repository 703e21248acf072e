"""Cues: the words around a figure that say what it counts, for which programme and group.

The spaCy component ``metric_cues`` runs one token Matcher built from ``patterns/facts/``:
``cues.jsonl`` (metric cues with a weight), ``programs.csv`` (JKK, JKM, JHT, JP, JKP) and
``details.csv`` (worker groups and benefits). Every match goes into ``doc._.cues`` as a
``(span, Cue)`` pair, and its span into ``doc.spans["cues"]`` for inspection. (Not a span
extension: those are stored by character offsets, so a programme cue and a detail cue on the
same words would overwrite each other.) A metric cue inside a longer one is dropped, so
``belum terlindungi`` is not also read as ``terlindungi``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from . import patterns

SPAN_KEY = "cues"
METRIC_LABELS = frozenset(
    {
        "total",
        "result",
        "change",
        "from",
        "name",
        "stock",
        "new",
        "target",
        "coverage",
        "uncovered",
        "workforce",
        "population",
        "claims",
        "paid",
        "benefit",
        "contribution",
        "budget",
        "reject",
    }
)


@dataclass(frozen=True)
class Cue:
    """What a cue says: a metric label (or ``program``/``detail``), how strongly, and its value
    (the programme code, or the detail text)."""

    label: str
    weight: float = 1.0
    value: str | None = None


def _phrase_pattern(nlp: Language, phrase: str) -> list[dict]:
    """Token pattern of a phrase; its last word may carry the suffix -nya (``targetnya``)."""
    words = [token.text.lower() for token in nlp.make_doc(phrase)]
    pattern: list[dict] = [{"LOWER": word} for word in words[:-1]]
    last = words[-1]
    pattern.append({"LOWER": {"IN": [last, last + "nya"]}} if last.isalpha() else {"LOWER": last})
    return pattern


def load_cues(nlp: Language, patterns_dir: str | None) -> list[tuple[Cue, list[dict]]]:
    """Every cue with its token pattern, from the three patterns files."""
    cues = []
    for record in patterns.jsonl(patterns_dir, "facts/cues.jsonl"):
        if record["label"] not in METRIC_LABELS:
            raise patterns.PatternsError(f"facts/cues.jsonl: unknown label {record['label']!r}")
        pattern = record.get("pattern") or _phrase_pattern(nlp, record["phrase"])
        cues.append((Cue(record["label"], float(record.get("weight", 1.0))), pattern))
    for row in patterns.table(patterns_dir, "facts/programs.csv"):
        cues.append((Cue("program", 1.0, row["program"]), _phrase_pattern(nlp, row["phrase"])))
    for row in patterns.table(patterns_dir, "facts/details.csv"):
        cues.append((Cue("detail", 1.0, row["phrase"]), _phrase_pattern(nlp, row["phrase"])))
    return cues


if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)


@Language.factory("metric_cues", default_config={"patterns_dir": None})
def make_metric_cues(nlp: Language, name: str, patterns_dir: str | None) -> CueMarker:
    return CueMarker(nlp, patterns_dir)


class CueMarker:
    """spaCy component: metric, programme and detail cues into ``doc.spans["cues"]``."""

    def __init__(self, nlp: Language, patterns_dir: str | None = None):
        self.matcher = Matcher(nlp.vocab)
        self.cues: list[Cue] = []
        for index, (cue, pattern) in enumerate(load_cues(nlp, patterns_dir)):
            self.cues.append(cue)
            self.matcher.add(str(index), [pattern])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.matcher(doc):
            cue = self.cues[int(doc.vocab.strings[match_id])]
            found.append((start, end, cue))
        metric_cues = [(s, e) for s, e, c in found if c.label in METRIC_LABELS]
        kept = []
        for start, end, cue in sorted(found, key=lambda f: (f[0], f[1])):
            if cue.label in METRIC_LABELS and any(
                s <= start and end <= e and e - s > end - start for s, e in metric_cues
            ):
                continue
            kept.append((Span(doc, start, end, label=cue.label), cue))
        doc._.cues = kept
        doc.spans[SPAN_KEY] = [span for span, _ in kept]
        return doc


def cues_in(span: Span) -> list[tuple[Span, Cue]]:
    """The cues whose span starts inside ``span`` (a sentence, say)."""
    return [(s, c) for s, c in span.doc._.cues or [] if span.start <= s.start < span.end]
