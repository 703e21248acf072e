"""Reference date: the "now" of an article that carries no publication date.

Real archives lose the publication date of many articles, but the text usually pins down when
it was written, and SCHEMA.md dates "now" figures by it. The clues, cheap and precise first:

1. the URL: ``/2021/05/``, ``/2025/``, ``...-tahun-2022`` (a full URL date is the publication
   date already);
2. a year the text calls this one: ``Tahun 2023 ini``, ``pada 2024 ini``, or a revised budget's
   (``APBD Perubahan 2025``), which is debated within its own year;
3. dates of data and of events: ``hingga Mei 2019``, ``per 12 Agustus 2024``, ``periode
   Januari–Agustus 2023``, ``Selasa (3/9/2024)``, ``pada 5 Mei 2025``: the latest one;
4. the latest year the text speaks of that is no plan: ``pada 2024 terus menjalankan``.

Years of plans and targets (``target UCJ 2025``, ``tahun 2020 nanti``), spans of plan documents
(``RPJPN 2025–2045``) and regulation numbers say nothing of now (words in
``patterns/time/reference.csv``). A year alone stands for its last day, so that nothing dated
within it reads as a plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)(?:/|$)")
_URL_YEAR = re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/|$)|[-_/]tahun[-_](?P<ty>(?:19|20)\d\d)(?![\d])")
_SENTENCE = re.compile(r"[.;!?\n](?:\s|$)")
_CLAUSE = re.compile(r"[.;:!?\n\"“”]\s|,\s|\s[–—-]\s|\n")
_CLAUSE_WORDS = 10
_WORDS_AFTER = 4
_SENTENCE_WORDS = 12
_PLAN_SPAN_YEARS = 2
"""A period longer than this (``2025–2045``) is a plan document's, not a time of data."""


@dataclass(frozen=True)
class Reference:
    """The date an undated article speaks from, and the clue it was read from."""

    date: date
    source: str
    """``url``, ``this_year``, ``dated``, ``latest_year``, ``weekday`` or ``before_plan``."""
    year_only: bool = True
    """Only the year is known (``date`` is then its last day)."""


@dataclass(frozen=True)
class Clue:
    """A time expression of the text, as the reference reads it."""

    year: int
    month: int | None
    day: int | None
    kind: str
    """The ``TimeRef.kind``: ``date``, ``month``, ``year``, ``event``, ``budget``, ``data`` ..."""
    start_year: int | None
    before: str
    """The words of its clause before it, lower case."""
    after: str
    """The words of its sentence after it, lower case."""


def from_url(url: str | None) -> Reference | None:
    """The year (and month) a URL is filed under, when it names no full date.

    >>> from_url("https://x.id/2025/12/13008-pekerja-rentan.html")
    Reference(date=datetime.date(2025, 12, 31), source='url', year_only=False)
    >>> from_url("https://x.id/jumlah-peserta-aktif-tahun-2022/").date.year
    2022
    >>> from_url("https://x.id/berita/12345/judul") is None
    True
    """
    if not url:
        return None
    match = _URL_MONTH.search(url)
    if match and 1 <= int(match.group("m")) <= 12:
        return Reference(_month_end(int(match.group("y")), int(match.group("m"))), "url", False)
    match = _URL_YEAR.search(url)
    if match:
        return Reference(date(int(match.group("y") or match.group("ty")), 12, 31), "url")
    return None


def from_clues(clues: list[Clue], roles: dict[str, str]) -> Reference | None:
    """The reference a text's own time expressions give; ``roles`` maps clue words to ``plan``
    or ``cutoff`` (``patterns/time/reference.csv``).

    >>> plan = {"target": "plan"}
    >>> c = lambda y, before="", after="", kind="year", m=None: Clue(y, m, None, kind, None, before, after)
    >>> from_clues([c(2023, "pada"), c(2024, "pada"), c(2045, "target")], plan)
    Reference(date=datetime.date(2024, 12, 31), source='latest_year', year_only=True)
    >>> from_clues([c(2024, "pada"), c(2023, "tahun", "ini")], plan).date.year
    2023
    >>> from_clues([c(2025, "target")], plan) is None
    True
    >>> from_clues([c(2025, "untuk tahun")], {"untuk tahun": "next"}).date.year
    2024
    >>> revised = {"apbd perubahan": "current"}
    >>> from_clues([c(2025, "rancangan apbd perubahan"), c(2026, "dalam apbd")], revised).date.year
    2025
    """
    this_year = [c for c in clues if _names_this_year(c, roles)]
    if this_year:
        return Reference(date(max(c.year for c in this_year), 12, 31), "this_year")
    usable = [c for c in clues if not _is_plan(c, roles)]
    dated = [c for c in usable if c.kind in ("date", "month", "event") or c.month is not None]
    if dated:
        latest = max(dated, key=lambda c: (c.year, c.month or 12, c.day or 31))
        told = [c.year for c in usable if c.year > latest.year and _told_as_done(c, roles)]
        if told:
            # "data BPS Agustus 2024 ... Pada 2025, pemkab telah mendaftarkan ...": a year told as
            # done is no later than the article, whatever earlier date its data carry.
            return Reference(date(max(told), 12, 31), "latest_year")
        return Reference(_end_of(latest), "dated", latest.month is None)
    years = [c for c in usable if c.kind in _YEAR_KINDS and not _is_past(c, roles)]
    if years:
        return Reference(date(max(c.year for c in years), 12, 31), "latest_year")
    if not usable and (next_years := [c.year for c in clues if "next" in _clause_roles(c, roles)]):
        # "Untuk tahun 2025, penetapan penerima premi ..." and no other year: said the year before.
        return Reference(date(min(next_years) - 1, 12, 31), "before_plan")
    return None


_WEEKDAY_BRACKET = re.compile(
    r"(?P<day_name>[A-Za-z'’]+),?\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*\)", re.IGNORECASE
)
WEEKDAY_YEARS_BACK = 1
"""How far before the latest year the text speaks of a weekday's year may lie."""


def from_weekday(text: str, latest: int, weekdays: dict[str, int]) -> Reference | None:
    """The date a weekday and a day and month without a year give ("Rabu, (20/12)"): the latest
    year, no later than ``latest`` (the latest year the text speaks of) and at most a year
    before it, in which that day falls on that weekday; ``weekdays`` maps day names to Python's
    weekday numbers (``patterns/time/weekdays.csv``).

    >>> days = {"rabu": 2, "kamis": 3}
    >>> from_weekday("Penyerahan kartu di aula, Rabu, (20/12). Tahun 2024 ...", 2024, days)
    Reference(date=datetime.date(2023, 12, 20), source='weekday', year_only=False)
    >>> from_weekday("Kamis (20/12)", 2024, days) is None
    True
    """
    match = _WEEKDAY_BRACKET.search(text)
    if match is None or match.group("day_name").lower() not in weekdays:
        return None
    day, month = int(match.group("d")), int(match.group("m"))
    weekday = weekdays[match.group("day_name").lower()]
    for year in range(latest, latest - WEEKDAY_YEARS_BACK - 1, -1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found.weekday() == weekday:
            return Reference(found, "weekday", False)
    return None


def latest_year(clues: list[Clue], roles: dict[str, str]) -> int | None:
    """The latest year a text speaks of as no plan, else the year before its earliest plan.

    >>> latest_year([Clue(2024, None, None, "year", None, "untuk tahun", "")], {"untuk tahun": "plan"})
    2023
    """
    done = [c.year for c in clues if not _is_plan(c, roles)]
    if done:
        return max(done)
    plans = [c.year for c in clues]
    return min(plans) - 1 if plans else None


def _names_this_year(clue: Clue, roles: dict[str, str]) -> bool:
    """Whether the text calls a year its own: "Tahun 2023 ini", or the year of a revised budget
    named right before it ("Rancangan APBD Perubahan 2025": revised within the year it is for),
    whatever plan words stand around it."""
    if _words(clue.after)[:1] == ["ini"] and clue.kind != "event" and not _is_plan(clue, roles):
        return True
    return "current" in _roles_of(_words(clue.before)[-2:], roles)


_RESULT_WORDS = 4
"""How many words before a year a word of where a change leads may stand ("menjadi 30 ribu pada 2026")."""

_YEAR_KINDS = ("year", "budget", "data", "since")
"""Kinds of a time that name a year alone."""


def _is_plan(clue: Clue, roles: dict[str, str]) -> bool:
    if _words(clue.after)[:1] in (["nanti"], ["mendatang"], ["depan"]):
        return True
    if clue.start_year is not None and clue.year - clue.start_year > _PLAN_SPAN_YEARS:
        return True
    return bool(_clause_roles(clue, roles) & PLAN_ROLES)


PLAN_ROLES = frozenset({"plan", "next"})


def _clause_roles(clue: Clue, roles: dict[str, str]) -> set[str]:
    """The roles of the words of a year's clause before it and of the few words after it."""
    return _roles_of(_words(clue.before)[-_CLAUSE_WORDS:] + _words(clue.after)[:_WORDS_AFTER], roles)


def _told_as_done(clue: Clue, roles: dict[str, str]) -> bool:
    """Whether a year alone is told of as done. A budget is set before its year begins, so
    only what is done within it counts ("APBD 2025 untuk ... pekerja yang sudah terdaftar"),
    not the budgeting ("telah mengalokasikan ... dalam APBD 2025", said in 2024)."""
    if clue.kind not in _YEAR_KINDS:
        return False
    if "result" in _roles_of(_words(clue.before)[-_RESULT_WORDS:], roles):
        return False  # "kenaikan menjadi 30 ribu pada 2026 sudah mempertimbangkan ...": where a change leads
    if clue.kind == "budget":
        return "past" in _roles_of(_words(clue.after)[:_SENTENCE_WORDS], roles)
    return _is_past(clue, roles)


def _is_past(clue: Clue, roles: dict[str, str]) -> bool:
    words = _words(clue.before)[-_CLAUSE_WORDS:] + _words(clue.after)[:_SENTENCE_WORDS]
    return "past" in _roles_of(words, roles)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.lower())


def _roles_of(words: list[str], roles: dict[str, str]) -> set[str]:
    phrases = set(words) | {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return {roles[p] for p in phrases if p in roles}


def clause_before(text: str, start: int) -> str:
    """The words of a time's clause before it, lower case.

    >>> clause_before("Data tahun lalu. Untuk tahun 2025", 29)
    'untuk tahun'
    """
    window = text[max(0, start - 100) : start]
    return " ".join(_CLAUSE.split(window)[-1].lower().split())


def sentence_after(text: str, end: int) -> str:
    """The words of a time's sentence after it, lower case.

    >>> sentence_after("Pada 2024, 300 orang telah terdaftar. Lalu", 9)
    ', 300 orang telah terdaftar'
    """
    return " ".join(_SENTENCE.split(text[end : end + 120])[0].lower().split())


def _end_of(clue: Clue) -> date:
    if clue.month is None:
        return date(clue.year, 12, 31)
    if clue.day is None:
        return _month_end(clue.year, clue.month)
    return date(clue.year, clue.month, clue.day)


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
