"""Review: an article as a journalist checks it, one self-contained HTML page.

The article's text with every figure marked where it stands: a fact coloured by how sure the
extractor is, a figure that is no fact greyed with the reason (``explain``) on hover and focus;
beside it the table of its facts, each row linking to its mark; filters by region, metric and
confidence; title, outlet, date and URL on top. ``extract review --all`` writes one such page per
article and an index with charts of the regions they cover (``chart.py``).

This module turns what the pipeline and the store give (an article, its facts, the decisions on
its figures) into a ``Review`` and renders it with the Jinja2 templates of ``templates/``, which
escape every piece of article text. Pages need nothing from the network: styles and the little
script of the filters are inside them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import output
from .records import Article

HIGH_CONFIDENCE = 0.8
"""Facts at or above this rest on a strong cue next to the figure (the README's bands)."""
LOW_CONFIDENCE = 0.6
"""Facts below this rest on weak or distant cues: the ones to read before quoting."""


@dataclass
class Mark:
    """One figure marked in the text: a fact (with the facts it made) or a figure that is none."""

    start: int
    end: int
    text: str
    facts: list[dict] = field(default_factory=list)
    reason: str | None = None
    """The decision's reason: why it is no fact, or which cue made it one."""

    @property
    def anchor(self) -> str:
        return f"figure-{self.start}-{self.end}"

    @property
    def is_fact(self) -> bool:
        return bool(self.facts)

    @property
    def confidence(self) -> float | None:
        return max(fact["confidence"] for fact in self.facts) if self.facts else None

    @property
    def band(self) -> str:
        """``high``, ``mid`` or ``low`` for a fact; ``none`` for a figure that is no fact."""
        return band(self.confidence)

    @property
    def note(self) -> str:
        """What a reader sees on hover or focus."""
        if not self.facts:
            return f"no fact: {self.reason}" if self.reason else "no fact"
        lines = [describe(fact) for fact in self.facts]
        if self.reason:
            lines.append(self.reason)
        return "\n".join(lines)


@dataclass
class Review:
    """An article ready to render: its text cut into plain pieces and marks, and its facts."""

    article: Article
    facts: list[dict]
    pieces: list[str | Mark]
    notes: list[str] = field(default_factory=list)
    """What the reader should know about the page (not stored; stored with other rules)."""

    @property
    def marks(self) -> list[Mark]:
        return [piece for piece in self.pieces if isinstance(piece, Mark)]

    @property
    def fact_rows(self) -> list[dict]:
        """The facts in text order, each with the anchor of its mark and its cells."""
        anchors = {(m.start, m.end): m.anchor for m in self.marks}
        rows = []
        for fact in sorted(self.facts, key=lambda f: (f["start"], f["end"])):
            rows.append(
                {
                    **fact,
                    "anchor": anchors.get((fact["start"], fact["end"])),
                    "region_short": output.abbreviated_region(fact["region"]),
                    "band": band(fact["confidence"]),
                    "value_text": output.cell(fact["value"], "value")
                    + (
                        "–" + output.cell(fact["value_max"], "value")
                        if fact.get("value_max") is not None
                        else ""
                    ),
                    "confidence_text": output.cell(fact["confidence"], "confidence"),
                }
            )
        return rows

    @property
    def regions(self) -> list[str]:
        return sorted({fact["region"] for fact in self.facts})

    @property
    def metrics(self) -> list[str]:
        return sorted({fact["metric"] for fact in self.facts})

    @property
    def slug(self) -> str:
        return slug(self.article.id)


def band(confidence: float | None) -> str:
    """The colour band of a confidence.

    >>> [band(c) for c in (0.95, 0.8, 0.7, 0.55, None)]
    ['high', 'high', 'mid', 'low', 'none']
    """
    if confidence is None:
        return "none"
    if confidence >= HIGH_CONFIDENCE:
        return "high"
    return "mid" if confidence >= LOW_CONFIDENCE else "low"


def describe(fact: dict) -> str:
    """A fact in one line: "participants_new · Kabupaten Kutai Kartanegara · 2025 · 13.289 ·
    confidence 0,53"."""
    qualifier = f" ({fact['qualifier']})" if fact.get("qualifier") not in (None, "exact") else ""
    value = output.cell(fact["value"], "value")
    year = fact.get("year") if fact.get("year") is not None else "year unknown"
    confidence = output.cell(fact["confidence"], "confidence")
    return f"{fact['metric']} · {fact['region']} · {year} · {value}{qualifier} · confidence {confidence}"


def build(article: Article, facts: Iterable[dict], decisions: Iterable[dict] = ()) -> Review:
    """The review of an article: its facts (records of ``Fact.to_dict``) and the decisions on
    its figures (records of ``explain.records``: quote, start, end, verdict, reason). A fact is
    marked where its figure stands; a decision that made no fact is marked unless a fact's mark
    covers it; overlapping marks are dropped after the first."""
    facts = list(facts)
    reasons = {(d["start"], d["end"]): d["reason"] for d in decisions}
    marks: dict[tuple[int, int], Mark] = {}
    for fact in facts:
        key = (fact["start"], fact["end"])
        mark = marks.setdefault(key, Mark(*key, article.text[key[0] : key[1]], reason=reasons.get(key)))
        mark.facts.append(fact)
    for (start, end), reason in reasons.items():
        if (start, end) not in marks:
            marks[(start, end)] = Mark(start, end, article.text[start:end], reason=reason)
    return Review(article, facts, cut(article.text, sorted(marks.values(), key=_order)))


def _order(mark: Mark) -> tuple:
    return mark.start, not mark.is_fact, -mark.end


def cut(text: str, marks: Sequence[Mark]) -> list[str | Mark]:
    """The text as plain pieces and marks, in order; a mark overlapping an earlier one is left
    out (a fact sorts before a figure that is no fact at the same place).

    >>> [p if isinstance(p, str) else p.text for p in cut("a 12 b 3", [Mark(2, 4, "12"), Mark(7, 8, "3")])]
    ['a ', '12', ' b ', '3']
    """
    pieces: list[str | Mark] = []
    at = 0
    for mark in marks:
        if mark.start < at:
            continue
        if mark.start > at:
            pieces.append(text[at : mark.start])
        pieces.append(mark)
        at = mark.end
    if at < len(text):
        pieces.append(text[at:])
    return pieces


def slug(article_id: str) -> str:
    """A file name for an article's page: readable, and unique by a short hash of the id.

    >>> slug("https://kaltimtoday.co/pemkab-kukar?x=1")
    'kaltimtoday.co-pemkab-kukar-x-1-263a89'
    >>> slug("corpus/kukar.txt") != slug("corpus:kukar.txt")
    True
    """
    name = re.sub(r"^[a-z]+://", "", article_id)
    name = re.sub(r"[^\w.]+", "-", name).strip("-.")[:100] or "article"
    return f"{name}-{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:6]}"


# --- rendering ----------------------------------------------------------------------------------


def environment() -> jinja2.Environment:
    """The templates of ``templates/``, every value escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("extractor", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(LOW_CONFIDENCE=LOW_CONFIDENCE, HIGH_CONFIDENCE=HIGH_CONFIDENCE)
    return env


def render_page(reviews: Sequence[Review], title: str | None = None, index: str | None = None) -> str:
    """One page of one or more articles; ``index`` is the link back to an index page."""
    if title is None:
        title = reviews[0].article.title or reviews[0].article.id if len(reviews) == 1 else "Review"
    return environment().get_template("review.html.j2").render(reviews=reviews, title=title, index=index)


@dataclass
class Chart:
    """A chart on the index: its caption and the SVG ``chart.py`` made. The index shows it as an
    image (a data URI), so nothing in it can run as part of the page."""

    caption: str
    svg: str

    @property
    def svg_base64(self) -> str:
        return base64.b64encode(self.svg.encode("utf-8")).decode("ascii")


def render_index(reviews: Sequence[Review], charts: Sequence[Chart] = (), title: str = "Review") -> str:
    """The index of ``--all``: every article with its facts' count, and the charts."""
    return environment().get_template("index.html.j2").render(reviews=reviews, charts=charts, title=title)


def write_all(reviews: Sequence[Review], directory: str | Path, charts: Sequence[Chart] = ()) -> Path:
    """``index.html`` and one page per article under ``directory``; returns the index's path."""
    folder = Path(directory)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    for review in reviews:
        page = render_page([review], index="../index.html")
        (folder / "articles" / f"{review.slug}.html").write_text(page, encoding="utf-8")
    index = folder / "index.html"
    index.write_text(render_index(reviews, charts), encoding="utf-8")
    return index
