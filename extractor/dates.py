"""Dates: when an article was published, and the year (and date) every figure refers to.

``published_from_text`` reads the dateline or byline of an article. The spaCy component
``time`` marks time expressions (``pada 2023``, ``per Januari 2025``, ``tahun lalu``) in
``doc.spans["times"]`` with a ``TimeRef`` on ``span._.time``, resolved against
``doc._.published``. ``time_for`` gives a figure its year and ``as_of``.

Month names and relative words live in ``patterns/time/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns

SPAN_KEY = "times"


@dataclass(frozen=True)
class TimeRef:
    """A point in time a text names: its year, and the ISO date or month when it gives one."""

    year: int | None
    as_of: str | None = None
    kind: str = "year"
    """``year``, ``month``, ``date``, ``relative`` (resolved against publication), ``since``
    (``sejak 2021``, the start of a period), ``first_year`` (``tahun pertama``)."""


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    relative: dict[str, tuple[int, bool]]
    expression: re.Pattern
    dateline: re.Pattern


@lru_cache(maxsize=8)
def _lexicon(patterns_dir: str | None = None) -> _Lexicon:
    months = {row["name"]: int(row["month"]) for row in patterns.table(patterns_dir, "time/months.csv")}
    relative = {
        row["phrase"]: (int(row["offset"]), row["as_of"] == "date")
        for row in patterns.table(patterns_dir, "time/relative.csv")
    }
    month = "|".join(sorted(months, key=len, reverse=True))
    rel = "|".join(re.escape(p) for p in sorted(relative, key=len, reverse=True))
    expression = re.compile(
        rf"\b(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{month})\.?\s+(?P<myear>(?:19|20)\d\d)\b"
        rf"|\b(?P<since>sejak\s+(?:tahun\s+)?)?(?P<year>(?:19|20)\d\d)\b"
        rf"|\b(?P<relative>{rel})\b"
        rf"|\b(?P<first>tahun pertama)\b",
        re.IGNORECASE,
    )
    dateline = re.compile(
        rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{month})\.?\s+(?P<year>(?:19|20)\d\d)\b"
        rf"|\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d\d)\b"
        rf"|\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b",
        re.IGNORECASE,
    )
    return _Lexicon(months, relative, expression, dateline)


def _date(year: str, month: int | str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def published_from_text(text: str, patterns_dir: str | None = None) -> date | None:
    """The publication date printed in the article's header lines, else its first dated bracket.

    >>> published_from_text("Judul\\n\\nM Jaini — Kaltim Today 01 Desember 2025 07:26\\nIsi")
    datetime.date(2025, 12, 1)
    >>> published_from_text("BOGOR, 12/06/2025 – Dua daerah")
    datetime.date(2025, 6, 12)
    >>> published_from_text("Tanpa tanggal sama sekali.") is None
    True
    """
    lexicon = _lexicon(patterns_dir)
    header = "\n".join(text.splitlines()[:12])
    for source in (header, text):
        for match in lexicon.dateline.finditer(source):
            if match.group("month"):
                found = _date(
                    match.group("year"), lexicon.months[match.group("month").lower()], match.group("day")
                )
            elif match.group("d"):
                found = _date(match.group("y"), match.group("m"), match.group("d"))
            else:
                found = _date(match.group("iy"), match.group("im"), match.group("id"))
            if found:
                return found
    return None


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"
    r"|/(?:read|berita|news)?/?(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)\d*(?:/|$)"
)


def published_from_url(url: str | None) -> date | None:
    """A date written into an article's URL (or file name): ``/2023/08/30/``, ``/read/20240222/``.

    >>> published_from_url("https://x.id/berita/2023/08/30/pemkab-kukar")
    datetime.date(2023, 8, 30)
    >>> published_from_url("https://x.id/read/20240222/12/berita") , published_from_url(None)
    (datetime.date(2024, 2, 22), None)
    """
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        if match.group("y"):
            found = _date(match.group("y"), match.group("m"), match.group("d"))
        else:
            found = _date(match.group("cy"), match.group("cm"), match.group("cd"))
        if found:
            return found
    return None


def find_times(text: str, published: date | None, patterns_dir: str | None = None):
    """Every time expression in ``text`` as ``(start, end, TimeRef)``, resolved against
    ``published`` (relative words get a null year when it is unknown).

    >>> [ref.year for _, _, ref in find_times("pada 2023 dan tahun lalu", date(2025, 1, 2))]
    [2023, 2024]
    """
    lexicon = _lexicon(patterns_dir)
    for match in lexicon.expression.finditer(text):
        if match.group("myear"):
            month = lexicon.months[match.group("month").lower()]
            year = int(match.group("myear"))
            if match.group("day"):
                day = _date(match.group("myear"), month, match.group("day"))
                ref = TimeRef(year, day.isoformat() if day else None, "date")
            else:
                ref = TimeRef(year, f"{year}-{month:02d}", "month")
        elif match.group("year"):
            ref = TimeRef(int(match.group("year")), None, "since" if match.group("since") else "year")
        elif match.group("relative"):
            offset, pins_date = lexicon.relative[match.group("relative").lower()]
            if published is None:
                ref = TimeRef(None, None, "relative")
            else:
                as_of = published.isoformat() if pins_date else None
                ref = TimeRef(published.year + offset, as_of, "relative")
        else:
            ref = TimeRef(None, None, "first_year")
        yield match.start(), match.end(), ref


for _name, _default in (("published", None),):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("time"):
    Span.set_extension("time", default=None)


@Language.factory("time", default_config={"patterns_dir": None})
def make_time(nlp: Language, name: str, patterns_dir: str | None) -> TimeMarker:
    return TimeMarker(patterns_dir)


class TimeMarker:
    """spaCy component: time expressions into ``doc.spans["times"]``, resolved."""

    def __init__(self, patterns_dir: str | None = None):
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        since: int | None = None
        for start, end, ref in find_times(doc.text, doc._.published, self.patterns_dir):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and spans[-1].end > span.start):
                continue
            if ref.kind == "since":
                since = ref.year
            elif ref.kind == "first_year":
                ref = TimeRef(since, None, "first_year")
            span._.time = ref
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def time_for(span: Span) -> TimeRef:
    """The time a figure refers to: the nearest time expression of its clause, else of its
    sentence, else the last one earlier in its paragraph, else the publication date ("now")."""
    doc = span.doc
    sentence = span.sent
    times = [t for t in doc.spans.get(SPAN_KEY, []) if t._.time.year is not None]
    in_sentence = [t for t in times if sentence.start <= t.start < sentence.end]
    if in_sentence:
        nearest = min(in_sentence, key=lambda t: _distance(t, span))
        return nearest._.time
    paragraph_start = doc.text.rfind("\n\n", 0, span.start_char)
    earlier = [t for t in times if paragraph_start < t.start_char < sentence.start_char]
    if earlier:
        # A date carried from an earlier sentence sets the year, not the figure's own date.
        return replace(earlier[-1]._.time, as_of=None)
    published = doc._.published
    return TimeRef(published.year if published else None, None, "relative")


def _distance(time: Span, figure: Span) -> float:
    """Token distance from a time expression to a figure; one before the figure is preferred,
    and a comma or semicolon between them counts as a clause boundary."""
    if time.end <= figure.start:
        between = figure.doc[time.end : figure.start]
        gap = len(between)
    else:
        between = figure.doc[figure.end : time.start]
        gap = len(between) + 0.5
    boundaries = sum(1 for t in between if t.text in {";", "—"})
    return gap + 10 * boundaries
