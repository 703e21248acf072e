"""Time expressions: every date, month, year and relative time a text names, resolved.

``find_times`` marks every time expression of a text (``pada 2023``, ``per 30 November 2025``,
``Januari–Agustus 2023``, ``tahun lalu``, ``dua tahun mendatang``, ``pada tahun pertama``) and
resolves it against the publication date into a ``TimeRef``: ranges joined into one period,
``tahun tersebut`` and ``tahun pertama`` read from the years before, comparison baselines
(``naik dari ... tahun lalu``) marked. Which of them dates a figure is ``dates.py``'s to say.

Regular expressions find the spans; ``dateparser`` (Indonesian, with the publication date as
``RELATIVE_BASE``) reads the dates they found, and only those short spans. Words and forms
(month names, relative phrases, period words, anchors, bylines) live in ``patterns/time/``:
``time_lexicon`` compiles them once per ``LanguageData``, for this module and for
``pubdate.py``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import chain

import dateparser

from .language import LanguageData
from .wordtrie import alternation

log = logging.getLogger(__name__)

SPAN_KEY = "times"
"""Where the time component keeps the time expressions it finds (``doc.spans``)."""

YEAR = r"(?:19|20)\d\d"
"""A year a news text may name, as a regular expression."""
# How far back a period word ("sejak diluncurkan pada 2022") or a comparison ("naik dari
# 4.250 orang tahun lalu") may stand from the date it qualifies.
_PREFIX_WORDS = 4
_COMPARISON_REACH = 45
PERIOD_WORDS_CHARS = 60
"""How far before a date its period words are looked for ("hingga akhir tahun 2024")."""
# A header line this short, or a byline, holds the article's own date, not one of its facts.
SHORT_LINE_WORDS = 8


@dataclass(frozen=True)
class TimeRef:
    """A point in time a text names: its year, and the ISO date or month when it gives one."""

    year: int | None
    as_of: str | None = None
    kind: str = "year"
    """``year``, ``month``, ``date``, ``relative`` (resolved against publication), ``since``
    (``sejak 2021``: a period running until now, so the year is the publication year),
    ``first_year`` (``tahun pertama``), ``budget``/``data`` (``APBD 2025``, ``data BPS 2024``),
    ``target`` (``target 2029``: the year of a target, not of the figures beside it),
    ``event`` (``Rabu (11/6/2025)``, a dateline: the day of the news, no figure's own date),
    ``now`` (no time expression: the publication year), ``reviewed`` (none, in a review of last
    year published early in the next: last year)."""
    start_year: int | None = None
    """The year a period starts (``sejak 2021``, ``dimulai pada 2022``): ``tahun pertama``."""
    compared_from: int | None = None
    """Offset where a comparison starts (``naik dari``, ``dibanding``): the time is a baseline,
    for the figures after that offset only, and it sets no year for later sentences."""
    weak: bool = False
    """An event date or dateline: used only when the sentence names no other time."""
    carried: bool = False
    """Set by another sentence (the paragraph before, or data dated after it), not the figure's own."""


# ---------------------------------------------------------------------------------------------
# The lexicon: patterns/time/ compiled once per LanguageData.


@dataclass(frozen=True)
class _Relative:
    phrase: str
    pattern: re.Pattern
    offset: int
    unit: str
    anchor: str
    as_of: str


@dataclass(frozen=True)
class TimeLexicon:
    """The time words of ``patterns/time/`` and the regular expressions built from them."""

    months: dict[str, int]
    abbreviations: frozenset[str]
    quarters: dict[str, int]
    """A part of a year ("triwulan", "semester") → how many months it lasts."""
    ordinals: dict[str, int]
    """Which part ("IV", "ketiga") → its number."""
    numbers: dict[str, int]
    relative: tuple[_Relative, ...]
    before: dict[str, str]
    after: dict[str, str]
    comparisons: dict[str, str]
    anchors: dict[str, str]
    bylines: dict[str, str]
    expression: re.Pattern
    prefix_words: re.Pattern
    suffix: re.Pattern
    not_year: re.Pattern
    comparison: re.Pattern
    change_to: re.Pattern
    change_from: re.Pattern
    change_into: re.Pattern
    change_origin: re.Pattern
    anchor: re.Pattern
    byline_date: re.Pattern
    byline_word: re.Pattern
    event_bracket: re.Pattern
    dateline_prefix: re.Pattern
    range_joiner: re.Pattern
    quarter_before: re.Pattern
    """A part of a year right before its year (``triwulan III 2025``, ``semester I/2025``)."""


NOT_INSIDE_A_WORD = r"(?:(?<!\w)|(?=\())"
"""Where a time expression may start: not inside a word, save an event bracket ("Sabtu(17/8)")."""
OPENS_WITH = r"(?=[\d\(]|{}\b)"
"""What a time expression opens with: a digit, a bracket or one of its first words (a weekday, a
month, a number word, a relative phrase's first word), as a quick rejection of everything else."""


def _any_of(words) -> str:
    """Any of ``words`` (spaces match any spacing), as a tree of letters; where a word must end,
    the expression around it says."""
    return alternation(words, boundary=False)


def _leading_letters(word: str) -> str:
    """A word's leading run of word characters, lower case (``jum'at``: ``jum``)."""
    found = re.match(r"\w+", word)
    return (found.group() if found else word).lower()


def _abbreviations(months: dict[str, int]) -> frozenset[str]:
    """Names that shorten a longer name of the same month (``agt``, ``mrt``, ``jan``).

    >>> sorted(_abbreviations({"agustus": 8, "agt": 8, "mei": 5, "juni": 6, "june": 6}))
    ['agt']
    """

    def shortens(short: str, long: str) -> bool:
        letters = iter(long)
        return len(short) < len(long) and all(c in letters for c in short)

    return frozenset(
        name
        for name, month in months.items()
        if any(shortens(name, o) for o, m in months.items() if m == month)
    )


def time_lexicon(data: LanguageData | None = None) -> TimeLexicon:
    """The time words and regular expressions of ``data`` (bundled when ``None``), built once."""
    return (data or LanguageData.load()).derived("timeexpressions.lexicon", _build_lexicon)


def _build_lexicon(data: LanguageData) -> TimeLexicon:
    table = lambda name: data.table(f"time/{name}")  # noqa: E731
    months = {row["name"].lower(): int(row["month"]) for row in table("months.csv")}
    numbers = {row["word"].lower(): int(row["value"]) for row in table("numbers.csv")}
    weekdays = [row["day"] for row in table("weekdays.csv")]
    before = {r["word"].lower(): r["role"] for r in table("periods.csv") if r["position"] == "before"}
    after = {r["word"].lower(): r["role"] for r in table("periods.csv") if r["position"] == "after"}
    comparisons = {r["phrase"].lower(): r["role"] for r in table("comparisons.csv")}
    anchors = {r["word"].lower(): r["kind"] for r in table("anchors.csv")}
    bylines = {r["word"].lower(): r["role"] for r in table("bylines.csv")}
    not_years = {r["word"].lower(): r["kind"] for r in table("not_years.csv")}
    quarters = {r["word"].lower(): int(r["value"]) for r in table("quarters.csv") if r["kind"] == "period"}
    ordinals = {r["word"].lower(): int(r["value"]) for r in table("quarters.csv") if r["kind"] == "ordinal"}

    count = rf"(?:\d{{1,2}}|{_any_of(numbers)})"
    rows = table("relative.csv")
    # A phrase ending in "tahun" must not stop short of a longer one ("akhir tahun lalu" is
    # "tahun lalu") or of a year ("awal tahun 2023" is 2023).
    continuations = {p.split("tahun ", 1)[1].split()[0] for p in (r["phrase"] for r in rows) if "tahun " in p}
    stop_after_tahun = rf"(?!\s+(?:{YEAR}|{_any_of(continuations)})\b)"
    relative, fragments = [], []
    for row in sorted(rows, key=lambda r: len(r["phrase"]), reverse=True):
        phrase = row["phrase"].lower()
        fragment = re.escape(phrase).replace(r"\ ", r"\s+").replace(r"\{n\}", rf"(?P<n>{count})")
        if phrase.endswith("tahun"):
            fragment += stop_after_tahun
        fragments.append(fragment.replace("(?P<n>", "(?:"))
        relative.append(
            _Relative(
                phrase,
                re.compile(fragment, re.IGNORECASE),
                int(row["offset"]),
                row["unit"],
                row["anchor"],
                row["as_of"] or "",
            )
        )

    month = _any_of(months)
    weekday = _any_of(weekdays)
    time_of_day = r"(?:\s*[,|•·–—-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT)?)?"
    # Scanning is most of the cost: no alternative starts inside a word (save a bracket), and a
    # relative phrase only at one of its first words, so most places fail at once.
    first_words = {p.split()[0] for p in (r["phrase"].lower() for r in rows)}
    relative_start = rf"(?=(?:{_any_of((first_words - {'{n}'}) | set(numbers))})\b|\d)"
    # ... and before all that, at most places it fails on the first letters of the word.
    first_letters = {
        _leading_letters(w) for w in chain(weekdays, months, numbers, quarters, first_words - {"{n}"})
    }
    # A part of a year without its year; with one ("triwulan III 2025", "kuartal ketiga tahun lalu")
    # the year is matched alone.
    quarter = (
        rf"\b(?P<quarter>{_any_of(quarters)})\s+(?P<ordinal>{_any_of(ordinals)})\b"
        rf"(?!\s*(?:tahun\b|/?\s*{YEAR}\b)|[/.,]\d)"
    )
    expression = re.compile(
        rf"{NOT_INSIDE_A_WORD}{OPENS_WITH.format(_any_of(first_letters))}(?:"
        # An event bracket: "Sabtu (17/8/2024)", "Selasa (1/7)".
        rf"(?P<bracket>(?:\b(?:{weekday})\s*,?\s*)?\((?P<bd>\d{{1,2}})/(?P<bm>\d{{1,2}})"
        rf"(?:/(?P<by>(?:19|20)?\d\d))?\))"
        rf"|(?<![\w/.,-])(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>{YEAR})(?![\w/])"
        rf"|\b(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
        rf"|(?<![\w.,/])(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{month})\b\.?(?:\s*,?\s*(?P<myear>{YEAR})\b)?"
        rf"|{quarter}"
        rf"|\b{relative_start}(?P<relative>{'|'.join(fragments)})\b"
        # A year; after a slash only in "2023/2024" and "semester I/2025".
        rf"|(?<![\w.,])(?:(?<=\d{{4}}/)|(?<=\b[IVX]/)|(?<=\b[IVX]{{2}}/)|(?<!/))"
        rf"(?P<year>{YEAR})(?![\w%]|/(?!{YEAR}\b)|[.,]\d))",
        re.IGNORECASE,
    )
    prefix_words = re.compile(rf"\b(?:{_any_of(before)})(?=\s|$)", re.IGNORECASE)
    suffix = re.compile(rf"\s+(?P<word>{_any_of(after)})\b", re.IGNORECASE)
    regulation = [w for w, k in not_years.items() if k == "regulation"]
    names = [w for w, k in not_years.items() if k == "name"]
    # "Pasar 17 Agustus", "Jalan 1 Mei": a place named after a day, capitalised as a name is
    places = [w.capitalize() for w, k in not_years.items() if k == "place"]
    # "Rp 1900 juta", "2025 miliar": an amount, by the money and scale words of the numbers
    currency = [
        r["phrase"]
        for r in data.table("numbers/units.csv")
        if (r["unit"], r["position"]) == ("IDR", "before")
    ]
    scales = [r["word"] for r in data.table("numbers/scales.csv") if not r["after_currency_only"]]
    not_year = re.compile(
        rf"\b(?:{_any_of(regulation)})\.?\s*(?:(?:nomor|no)\.?\s*)?\d{{1,4}}[a-z]?\s*(?:tahun\s+|/\s*){YEAR}\b"
        rf"|\b(?:{_any_of(names)})\s+{YEAR}\b"
        rf"|\b(?:{_any_of(currency)})\s*{YEAR}\b"
        rf"|\b{YEAR}\s+(?:{_any_of(scales)})\b"
        rf"|\b(?-i:{'|'.join(map(re.escape, places))})\.?\s+\d{{1,2}}\s+(?:{month})\b"
        rf"|\b{YEAR}-an\b",
        re.IGNORECASE,
    )
    baselines = [p for p, role in comparisons.items() if role in ("baseline", "equal")]
    comparison = re.compile(rf"\b(?:{_any_of(baselines)})\b", re.IGNORECASE)
    to_words = _any_of(p for p, r in comparisons.items() if r == "to")
    from_words = _any_of(p for p, r in comparisons.items() if r == "from")
    change_to = re.compile(rf"\s*(?:[\w%]+\s+){{0,3}}?(?:{to_words})\s", re.IGNORECASE)
    change_into = re.compile(rf"\b(?:{to_words})\s+(?:\w+\s+)?$", re.IGNORECASE)
    change_origin = re.compile(rf"\b(?:{from_words})\b", re.IGNORECASE)
    change_from = re.compile(rf"\b(?:{from_words})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
    anchor = re.compile(rf"\b(?P<word>{_any_of(anchors)})\b", re.IGNORECASE)
    byline_date = re.compile(
        rf"(?P<weekday>\b(?:{weekday})\s*,?\s*)?(?:"
        rf"(?P<d1>\d{{1,2}})\s+(?P<mo1>{month})\.?\s*,?\s+(?P<y1>{YEAR})"
        rf"|(?<![\w/.])(?P<d2>\d{{1,2}})(?P<sep>[/.-])(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>{YEAR})"
        rf"|\b(?P<y3>{YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
        rf"(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
        rf"|\b(?P<mo4>{month})\.?\s+(?P<d4>\d{{1,2}}),\s*(?P<y4>{YEAR})"
        rf")(?P<clock>{time_of_day})(?![\d/])",
        re.IGNORECASE,
    )
    byline_word = re.compile(rf"(?<!\w)(?P<word>{_any_of(bylines)})(?!\w)", re.IGNORECASE)
    event_bracket = re.compile(
        rf"\b(?:{weekday})\s*,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)?\d\d)\)", re.IGNORECASE
    )
    # What may stand before a dateline's date: a place name, a separator, a day name.
    dateline_prefix = re.compile(
        rf"^\W*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{0,3}}\s*(?:,|–|—|-)?\s*(?:(?i:{weekday})\s*,?\s*)?\(?\s*$"
    )
    range_joiner = re.compile(
        r"^\s*(?:–|—|-|/|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s*$", re.IGNORECASE
    )
    quarter_before = re.compile(
        rf"\b(?P<quarter>{_any_of(quarters)})\s+(?P<ordinal>{_any_of(ordinals)})\s*(?:tahun\s+|/\s*)?$",
        re.IGNORECASE,
    )
    return TimeLexicon(
        months,
        _abbreviations(months),
        quarters,
        ordinals,
        numbers,
        tuple(relative),
        before,
        after,
        comparisons,
        anchors,
        bylines,
        expression,
        prefix_words,
        suffix,
        not_year,
        comparison,
        change_to,
        change_from,
        change_into,
        change_origin,
        anchor,
        byline_date,
        byline_word,
        event_bracket,
        dateline_prefix,
        range_joiner,
        quarter_before,
    )


# ---------------------------------------------------------------------------------------------
# Reading a date span: dateparser first, the span's own parts where it fails.


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None = None, prefer: str = "current_period") -> date | None:
    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=["id"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def valid_date(year: int | str, month: int | str, day: int | str) -> date | None:
    """The date of these parts, ``None`` when there is no such day (31/2)."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def full_date(text: str, year: int | str, month: int | str, day: int | str) -> date | None:
    """The date a span with all three parts names: the parts' own date when there is such a day
    (``Jumat , 17 February 2017``, ``5 Ags 2020``, which dateparser misreads or cannot read);
    else what dateparser reads in the span.

    >>> full_date("Senin, 3 Maret 2025 10:15 WIB", 2025, 3, 3), full_date("5 Ags 2020", 2020, 8, 5)
    (datetime.date(2025, 3, 3), datetime.date(2020, 8, 5))
    """
    own = valid_date(year, month, day)
    if own is not None:
        return own  # the parts decide whatever dateparser would read: no need to ask it
    return _dateparser(text.strip(" ,|–—-"))


def _without_year(text: str, month: int, day: int | None, published: date | None, prefer: str) -> date | None:
    """A day or month named without its year, placed against the publication date: the last one
    (``past``), this year's (``current_period``), the next one (``future``), or the nearest
    (``nearest``). Unknown publication date: no year, never a guess.

    >>> _without_year("30 September", 9, 30, date(2025, 12, 12), "past")
    datetime.date(2025, 9, 30)
    >>> _without_year("31/12", 12, 31, date(2025, 1, 2), "nearest")
    datetime.date(2024, 12, 31)
    >>> _without_year("Juni", 6, None, None, "past") is None
    True
    >>> _without_year("Februari", 2, None, date(2024, 12, 31), "future")
    datetime.date(2025, 2, 1)
    """
    if published is None:
        return None
    if prefer == "nearest":
        candidates = [_without_year(text, month, day, published, p) for p in ("past", "future")]
        candidates = [c for c in candidates if c is not None]
        return min(candidates, key=lambda c: abs((c - published).days), default=None)
    # A month alone is placed from the first of the publication month: from a 31 December,
    # dateparser looks for a 31 February and lands years away ("mulai Februari" → 2028).
    base = published if day is not None else published.replace(day=1)
    parsed = _dateparser(text, base, prefer)
    if parsed is not None and parsed.month == month and (day is None or parsed.day == day):
        return parsed
    # dateparser missed the form ("5 Agt", "Juni lalu"): place it ourselves.
    year = published.year
    own = valid_date(year, month, day or 1)
    if own is None:
        return None
    this_month = (own.year, own.month) == (published.year, published.month)
    if prefer == "past" and own > published and not (day is None and this_month):
        own = valid_date(year - 1, month, day or 1)
    elif prefer == "future" and own < published and not this_month:
        own = valid_date(year + 1, month, day or 1)
    return own


# ---------------------------------------------------------------------------------------------
# Time expressions in running text.


@dataclass
class _Found:
    """One time expression as matched, before ranges and anchors are resolved."""

    start: int
    end: int
    ref: TimeRef
    explicit: bool = True
    """It names its year (``Oktober 2025``), as opposed to ``Oktober`` or ``tahun lalu``."""
    month: int | None = None
    """The month of a month named alone (``hingga Oktober``)."""
    qualified: bool = True
    """A month named alone stands for a time only after a period word or before ``lalu``/``ini``
    (``hingga Oktober``, ``Juni lalu``); alone it may be a name (``Juni``, ``Agustus``)."""
    anchor: str = ""
    """``context`` or ``start``: the year comes from the text before it."""
    offset: int = 0
    period: bool = False
    """Two dates joined into one period (``Januari–Agustus 2023``)."""
    by_publication: bool = False
    """A month or part of a year whose year only the publication date placed (``pada Juni``,
    ``triwulan III``): a narrative that named the year just before may place it instead."""


def find_times(
    text: str, published: date | None, data: LanguageData | None = None, year_only: bool = False
) -> list[tuple[int, int, TimeRef]]:
    """Every time expression in ``text`` as ``(start, end, TimeRef)``, resolved against
    ``published``; relative words get a null year when it is unknown. With ``year_only`` only
    the year of ``published`` is known (a reference read from the text): a day or month named
    without its year falls in that year.

    >>> [ref.year for _, _, ref in find_times("pada 2023 dan tahun lalu", date(2025, 1, 2))]
    [2023, 2024]
    >>> [(r.year, r.as_of) for _, _, r in find_times("Januari hingga September 2024", None)]
    [(2024, '2024-09')]
    """
    lexicon = time_lexicon(data)
    masked = [m.span() for m in lexicon.not_year.finditer(text)]
    found = [
        f
        for match in lexicon.expression.finditer(text)
        if not any(s <= match.start() < e for s, e in masked)
        for f in [_read(match, text, published, lexicon, year_only)]
        if f is not None
    ]
    found = [
        f
        for f in _months_of_relative_years(_merge_ranges(found, text, lexicon, published), text)
        if f.qualified
    ]
    return [(f.start, f.end, f.ref) for f in _resolve_anchors(found, text, lexicon, published)]


def _read(
    match: re.Match, text: str, published: date | None, lexicon: TimeLexicon, year_only: bool = False
) -> _Found | None:
    g = match.group
    start, end = match.span()
    before = text[max(0, start - PERIOD_WORDS_CHARS) : start]
    roles = period_roles(before, lexicon)
    after = lexicon.suffix.match(text, end)
    after_role = lexicon.after[re.sub(r"\s+", " ", after.group("word").lower())] if after else None
    pins = not roles & {"since", "start"}

    if g("bracket"):
        return _read_bracket(match, published, year_only)
    if g("ny") or g("iy"):
        year, month, day = (g("ny"), g("nm"), g("nd")) if g("ny") else (g("iy"), g("im"), g("id"))
        found = valid_date(year, month, day)
        if found is None:
            return None
        ref = TimeRef(found.year, found.isoformat() if pins else None, "date")
        return _Found(start, end, _day_of(ref, roles, published, text, match, lexicon))
    if g("month"):
        prefer = "current_period" if year_only else _preference(roles, after_role)
        return _read_month(match, text, published, lexicon, roles, after_role, pins, prefer)
    if g("quarter"):
        return _read_quarter(match, published, lexicon, roles, after_role, year_only)
    if g("relative"):
        return _read_relative(match, published, lexicon, roles, year_only)
    year = int(g("year"))
    words = " ".join(before.split()[-3:])
    anchor = lexicon.anchor.search(words)
    kind = lexicon.anchors[re.sub(r"\s+", " ", anchor.group("word").lower())] if anchor else "year"
    if kind == "target" and anchor.end() != len(words):
        kind = "year"  # a target's year follows its word ("target 2029"), no other year does
    # "triwulan III 2025": the year of a part of the year, whose last month a narrative goes on from
    part = lexicon.quarter_before.search(before) if kind == "year" else None
    month = _last_month(part, lexicon) if part else None
    return _Found(start, end, _since(TimeRef(year, None, kind), roles, published), month=month)


def _read_bracket(match: re.Match, published: date | None, year_only: bool = False) -> _Found:
    """``Rabu (11/6/2025)``: the day of the news, never a figure's own date."""
    g = match.group
    day, month = int(g("bd")), int(g("bm"))
    if g("by"):
        year = int(g("by"))
        found = valid_date(year + 2000 if year < 100 else year, month, day)
    else:
        prefer = "current_period" if year_only else "nearest"
        found = _without_year(f"{day}/{month}", month, day, published, prefer)
    return _Found(*match.span(), TimeRef(found.year if found else None, None, "event", weak=True))


def _read_month(
    match: re.Match,
    text: str,
    published: date | None,
    lexicon: TimeLexicon,
    roles: set[str],
    after_role: str | None,
    pins: bool,
    prefer: str,
) -> _Found | None:
    g = match.group
    start, end = match.span()
    name = g("month").lower()
    month = lexicon.months[name]
    day = int(g("day")) if g("day") else None
    if g("myear"):
        year = int(g("myear"))
        if day is not None:
            found = full_date(g(0), year, month, day)
            if found is None:
                return None
            ref = TimeRef(year, found.isoformat() if pins else None, "date")
            return _Found(start, end, _day_of(ref, roles, published, text, match, lexicon))
        ref = TimeRef(year, f"{year}-{month:02d}" if pins else None, "month")
        return _Found(start, end, _since(ref, roles, published), month=month)
    if name in lexicon.abbreviations and (day is None or not (roles or after_role)):
        return None  # "Jan", "Des" alone are too short to be read as months
    if after_role:
        end = lexicon.suffix.match(text, end).end()
    found = _without_year(f"{day} {name}" if day else name, month, day, published, prefer)
    if found is None:
        ref = TimeRef(None, None, "date" if day else "month")
    elif day is not None:
        ref = TimeRef(found.year, found.isoformat() if pins else None, "date")
    else:
        ref = TimeRef(found.year, f"{found.year}-{month:02d}" if pins else None, "month")
    qualified = day is not None or bool(roles or after_role)
    return _Found(
        start,
        end,
        _since(ref, roles, published),
        explicit=False,
        month=month if day is None else None,
        qualified=qualified,
        by_publication=day is None and after_role is None and "since" not in roles,
    )


def _read_quarter(
    match: re.Match,
    published: date | None,
    lexicon: TimeLexicon,
    roles: set[str],
    after_role: str | None,
    year_only: bool,
) -> _Found | None:
    """``pada triwulan IV``: a part of a year named without its year, in the year of the one
    nearest the publication date (the one under way, else the nearer of last year's and next
    year's: "triwulan IV" in early January is last year's), unless "lalu", "ini" or "depan"
    after it says which."""
    last_month = _last_month(match, lexicon)
    if last_month is None:
        return None  # "semester 5" of a school, no part of a year
    length = lexicon.quarters[match.group("quarter").lower()]
    year = _quarter_year(published, last_month - length + 1, last_month, after_role, year_only)
    as_of = f"{year}-{last_month:02d}" if year and roles & {"until", "per"} else None
    return _Found(
        *match.span(),
        _since(TimeRef(year, as_of, "month"), roles, published),
        explicit=False,
        month=last_month,
        by_publication=after_role is None and "since" not in roles,
    )


def _last_month(match: re.Match, lexicon: TimeLexicon) -> int | None:
    """The last month of the part of a year a match names (``triwulan III``: 9), ``None`` past
    December."""
    length = lexicon.quarters[match.group("quarter").lower()]
    last = length * lexicon.ordinals[match.group("ordinal").lower()]
    return last if last <= 12 else None


def _quarter_year(
    published: date | None, first_month: int, last_month: int, after_role: str | None, year_only: bool
) -> int | None:
    """The year of the part of a year from ``first_month`` to ``last_month`` meant at
    ``published``: this year's once it has begun; before that, last year's when its end is
    nearer than this year's start ("triwulan IV" in early January), else this year's (a plan).

    >>> _quarter_year(date(2026, 1, 5), 10, 12, None, False)  # triwulan IV, early January
    2025
    >>> _quarter_year(date(2025, 10, 22), 1, 6, None, False)  # semester I, in October
    2025
    >>> _quarter_year(date(2025, 1, 14), 4, 6, None, False)  # triwulan II, in January: a plan
    2025
    >>> _quarter_year(date(2025, 5, 14), 1, 3, "future", False)
    2026
    """
    if published is None:
        return None
    year = published.year
    if year_only or after_role == "current":
        return year
    start = date(year, first_month, 1)
    if after_role == "future":
        return year if start > published else year + 1
    last_end = (
        date(year, last_month % 12 + 1, 1) - timedelta(days=1) if last_month < 12 else date(year, 12, 31)
    )
    if after_role == "past":
        return year if last_end < published else year - 1
    if start <= published:
        return year
    last_years_end = (
        last_end.replace(year=year - 1) if last_end.month != 2 else date(year - 1, 3, 1) - timedelta(1)
    )
    return year - 1 if (published - last_years_end) < (start - published) else year


def _read_relative(
    match: re.Match, published: date | None, lexicon: TimeLexicon, roles: set[str], year_only: bool = False
) -> _Found:
    start, end = match.span()
    phrase = match.group("relative")
    row = next(r for r in lexicon.relative if r.pattern.fullmatch(phrase))
    count = 1
    n = row.pattern.fullmatch(phrase).groupdict().get("n")
    if n:
        count = int(n) if n.isdigit() else lexicon.numbers[re.sub(r"\s+", " ", n.lower())]
    offset = row.offset * count
    if row.anchor != "published":
        kind = "first_year" if row.anchor == "start" else "relative"
        return _Found(start, end, TimeRef(None, None, kind), explicit=False, anchor=row.anchor, offset=offset)
    if published is None:
        ref = TimeRef(None, None, "relative")
    elif year_only and row.unit in ("day", "month"):
        # Only the reference's year is known ("APBD 2023" in an undated text): a day or a month
        # away ("mulai bulan depan") cannot be said to cross into another year.
        ref = TimeRef(published.year, None, "relative")
    elif row.unit == "day":
        day = published + timedelta(days=offset)
        ref = TimeRef(day.year, day.isoformat() if row.as_of == "date" else None, "relative")
    elif row.unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        year, month = divmod(index, 12)
        ref = TimeRef(year, f"{year}-{month + 1:02d}" if row.as_of else None, "relative")
    else:
        ref = TimeRef(published.year + offset, None, "relative")
    return _Found(start, end, _since(ref, roles, published), explicit=False)


def period_roles(before: str, lexicon: TimeLexicon) -> set[str]:
    """The roles of the period words in the few words before a date, within its clause."""
    clause = re.split(r"[.;:!?()\n\"“”]\s|,\s|\s[–—-]\s|\n", before)[-1]
    window = " ".join(clause.split()[-_PREFIX_WORDS:])
    return {
        lexicon.before[re.sub(r"\s+", " ", m.group(0).lower())] for m in lexicon.prefix_words.finditer(window)
    }


def _preference(roles: set[str], after_role: str | None) -> str:
    """Which year a day or month without one falls in: the last one for a status date (``per
    30 September``, ``Juni lalu``), the next one for a start (``mulai Oktober``), this year's
    for an end (``hingga Desember``), else the nearest to the publication date."""
    if after_role in ("past", "current", "future"):
        return {"past": "past", "current": "current_period", "future": "future"}[after_role]
    if roles & {"per", "since", "during"}:
        return "past"
    if "start" in roles:
        return "future"
    if "until" in roles:
        return "current_period"
    return "nearest"


def _since(ref: TimeRef, roles: set[str], published: date | None) -> TimeRef:
    """``sejak 2021``: a period from then until now; the figure is current, 2021 its start.
    ``dimulai pada 2022``: the year holds and is the start."""
    if "since" in roles:
        return TimeRef(published.year if published else None, None, "since", start_year=ref.year)
    if "start" in roles:
        return replace(ref, start_year=ref.year, as_of=None)
    return ref


def _day_of(
    ref: TimeRef, roles: set[str], published: date | None, text: str, match: re.Match, lexicon: TimeLexicon
) -> TimeRef:
    """A full date: a dateline or byline date is the day of the news, never a figure's own date."""
    if not roles and _is_dateline(text, match.start(), match.end(), lexicon):
        return replace(ref, as_of=None, kind="event", weak=True)
    return _since(ref, roles, published)


def _is_dateline(text: str, start: int, end: int, lexicon: TimeLexicon) -> bool:
    """A date opening a line after a place name (``BOGOR, 12/06/2025 –``), or standing on a short
    line of its own or on a byline (``Oleh Redaksi | 2 Agt 2016 | 10:12 WITA``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line.split()) <= SHORT_LINE_WORDS or lexicon.dateline_prefix.match(text[line_start:start]):
        return True
    bylines = (lexicon.bylines[m.group("word").lower()] for m in lexicon.byline_word.finditer(line))
    return len(line.split()) <= 2 * SHORT_LINE_WORDS and any(role != "footer" for role in bylines)


def _months_of_relative_years(found: list[_Found], text: str) -> list[_Found]:
    """``Juli tahun lalu``, ``Desember tahun depan``: a month named alone right before a year
    said relative to publication is that year's month, one expression.

    >>> [(r.year, r.as_of) for _, _, r in find_times("naik dari pada Juli tahun lalu", date(2023, 8, 21))]
    [(2022, '2022-07')]
    """
    merged: list[_Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.month is not None
            and not previous.explicit
            and not text[previous.end : item.start].strip()
            and item.ref.kind == "relative"
            and not item.anchor
            and text[item.start : item.end].lower().startswith("tahun")
        ):
            year = item.ref.year
            as_of = f"{year}-{previous.month:02d}" if year is not None else None
            ref = replace(item.ref, as_of=as_of, kind="month")
            merged[-1] = replace(item, start=previous.start, ref=ref, qualified=True)
            continue
        merged.append(item)
    return merged


def _merge_ranges(
    found: list[_Found], text: str, lexicon: TimeLexicon, published: date | None = None
) -> list[_Found]:
    """``Januari–Agustus 2023``, ``2022 hingga 2024``: a period is one expression with its end's
    year and month; an end without a year takes the start's."""
    merged: list[_Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if previous is not None and lexicon.range_joiner.match(text[previous.end : item.start]):
            if previous.ref.weak or item.ref.weak:
                merged.append(item)
                continue
            ref = item.ref
            if (
                item.month is not None
                and not item.explicit
                and previous.explicit
                and previous.ref.year is not None
            ):
                year = previous.ref.year
                ref = replace(ref, year=year, as_of=f"{year}-{item.month:02d}" if ref.as_of else None)
            elif _under_way(previous, item, published):
                # "untuk periode Oktober hingga Desember" early in October: the period under way
                # ends this December, not the last one.
                year = previous.ref.year
                ref = replace(ref, year=year, as_of=f"{year}-{item.month:02d}" if ref.as_of else None)
            merged[-1] = replace(item, start=previous.start, ref=ref, qualified=True, period=True)
            continue
        merged.append(item)
    return merged


def _under_way(start: _Found, end: _Found, published: date | None) -> bool:
    """Whether two months the publication date placed, joined into a period, start this year
    by the month of publication and end later that year, though the end was placed in the year
    before (``Oktober`` this year, ``Desember`` last year)."""
    return (
        published is not None
        and start.by_publication
        and end.by_publication
        and start.month is not None
        and start.month <= published.month
        and start.ref.year == published.year
        and end.month is not None
        and end.month > start.month
        and end.ref.year is not None
        and end.ref.year < published.year
    )


def _resolve_anchors(
    found: list[_Found], text: str, lexicon: TimeLexicon, published: date | None = None
) -> Iterator[_Found]:
    """Years taken from the text before: ``setahun kemudian``, ``tahun tersebut`` from the year
    named last, ``pada periode yang sama`` from the last one not after publication (a period
    measured, not a plan's year: "Tahun depan ... 40 persen. KBB mencatat 29,4 persen pada
    periode yang sama"), ``tahun pertama`` from the year the programme started; and the baseline
    of a comparison (``naik dari 4.250 orang tahun lalu``)."""
    context: int | None = None
    measured: int | None = None
    start_year: int | None = None
    previous: _Found | None = None
    dated: _Found | None = None
    then: int | None = None
    year_alone: _Found | None = None
    for item in found:
        ref = item.ref
        if item.by_publication and _continues_a_narrative(dated, item, text):
            # "Pada triwulan I 2025 ... Memasuki akhir semester I, ...": a later month or part of
            # the year named after its year, in the same paragraph, is in that year.
            year = dated.ref.year
            ref = replace(ref, year=year, as_of=f"{year}-{item.month:02d}" if ref.as_of else None)
        elif item.by_publication and _a_month_of_a_year_gone(year_alone, item, text, published):
            # "Tahun 2025 menjadi tahun yang baik ... Hingga akhir Desember, ..." written in January
            # 2026: the month of the year the paragraph named, not one still to come.
            year = year_alone.ref.year
            ref = replace(ref, year=year, as_of=f"{year}-{item.month:02d}" if ref.as_of else None)
        if item.explicit and item.month is not None and ref.year is not None and not ref.weak:
            dated = item
        if item.anchor == "context":
            year = context + item.offset if context is not None else None
            ref = replace(ref, year=year)
        elif item.anchor == "then":
            ref = replace(ref, year=then + item.offset if then is not None else None)
        elif item.anchor == "measured":
            ref = replace(ref, year=measured + item.offset if measured is not None else None)
        elif item.anchor == "start":
            base = start_year if start_year is not None else context
            if base is None:
                continue  # "beasiswa ... untuk tahun pertama": a first year of nothing dated, no time
            ref = replace(ref, year=base + item.offset)
        compared = _comparison_start(text, item.start, lexicon, item.period)
        if (
            compared is None
            and previous is not None
            and previous.ref.compared_from is not None
            and _LISTED_AFTER.fullmatch(text[previous.end : item.start])
        ):
            # "dibanding semester I 2023 yang 276 kasus, dan semester I 2022 sebanyak 241": a
            # time listed after a baseline is a baseline of the same comparison.
            compared = previous.ref.compared_from
        if (
            compared is None
            and previous is not None
            and previous.ref.compared_from is not None
            and not text[previous.end : item.start].strip()
        ):
            # "dari periode yang sama tahun lalu": a time right after a baseline's says which
            # one it is, and is the baseline too.
            compared = previous.ref.compared_from
        if compared is not None:
            ref = replace(ref, compared_from=compared)
        if not ref.weak and ref.year is not None and item.anchor != "then":
            then = ref.year  # "dibanding 2019, ketika ... Saat itu ...": a baseline too
        if not ref.weak and compared is None:
            # The baseline of a comparison ("dibanding periode yang sama tahun lalu") is not the
            # period the text goes on about: "pada periode yang sama" after it means the current one.
            named = ref.start_year if ref.kind == "since" else ref.year
            context = named if named is not None else context
            if named is not None and (published is None or named <= published.year):
                measured = named
            if ref.start_year is not None:
                start_year = ref.start_year
        previous = replace(item, ref=ref)
        if item.explicit and item.month is None and not item.period and _a_year_alone(ref, compared):
            year_alone = previous
        yield previous


def _a_year_alone(ref: TimeRef, compared: int | None) -> bool:
    """Whether a time is a year named alone, as what the text speaks of ("Tahun 2025"), not as a
    baseline it compares with."""
    return ref.kind == "year" and ref.as_of is None and not ref.weak and compared is None


def _a_month_of_a_year_gone(
    year_alone: _Found | None, item: _Found, text: str, published: date | None
) -> bool:
    """Whether a month the publication date placed in its own year, though it lies after the
    publication month, follows a past year named alone earlier in its paragraph."""
    return (
        year_alone is not None
        and published is not None
        and item.month is not None
        and item.month > published.month
        and item.ref.year == published.year
        and year_alone.ref.year is not None
        and year_alone.ref.year < published.year
        and "\n" not in text[year_alone.end : item.start]
    )


def _continues_a_narrative(dated: _Found | None, item: _Found, text: str) -> bool:
    """Whether a month placed by the publication date alone comes after the month and year named
    last (``dated``), later in the year and in the same paragraph."""
    return (
        dated is not None
        and item.month is not None
        and dated.month is not None
        and item.month >= dated.month
        and item.ref.year != dated.ref.year
        and "\n" not in text[dated.end : item.start]
    )


_LISTED_AFTER = re.compile(
    r"[^.;!?\n]*?,?\s+(?:dan|serta|maupun)\s+"
    r"(?!(?:pada|di|untuk|mulai|hingga|sampai|sejak|tahun\s+ini)\b)(?:[^\s.;!?]+\s+){0,2}",
    re.IGNORECASE,
)
"""What stands between two times of one list: no sentence end, and "dan" or "serta" at most two
words before the second ("..., dan semester I 2022"), not a time of its own ("dan pada 2025")."""


def _comparison_start(text: str, start: int, lexicon: TimeLexicon, period: bool = False) -> int | None:
    """Where the comparison a time closes begins: ``naik dari`` in ``naik dari 39,8 persen pada
    tahun lalu``, ``dibanding`` in ``dibanding tahun lalu``, ``dari`` in ``naik 1.500 orang dari
    tahun lalu``; ``None`` when it closes none (``dari 2022 hingga 2024`` is a period)."""
    window_start = max(0, start - _COMPARISON_REACH)
    window = text[window_start:start]
    clause_break = max((m.end() for m in re.finditer(r"[.;!?]\s|,\s|\n", window)), default=0)
    last = None
    for match in lexicon.comparison.finditer(window, clause_break):
        last = match
    restated = last is not None and re.match(r"\s*\d", window[last.end() :])
    if restated and lexicon.comparisons.get(last.group(0).lower()) == "equal":
        last = None  # "setara 87 persen dari target tahun ini": a figure restated, no baseline
    if last is None and not period:
        direct = lexicon.change_from.search(window, clause_break)
        starts = direct and period_roles(window[: direct.start()], lexicon) & {"since", "start"}
        words = direct.group(0).split() if direct else []
        # "dari 2023", "dari akhir 2023" (a word of the period's edge between), "dari posisi 2023"
        # (a word of the state), not "mulai dari 2023", a start.
        between = words[1:]
        edge = all(
            period_roles(w, lexicon) in ({"edge"}, {"end"}) or lexicon.comparisons.get(w.lower()) == "state"
            for w in between
        )
        if direct and edge and not starts:
            last = direct
    return window_start + last.start() if last else None
