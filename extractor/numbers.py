"""Numbers: Indonesian numbers, money and percentages, parsed exactly.

This module owns reading figures. ``parse`` reads one whole phrase ("Rp 1,5 miliar", "sekitar
400–500 ribu", "dua belas ribu"); ``find_quantities`` scans running text for every figure and
skips what only looks like one: years, dates, times, phone numbers, regulation numbers,
ordinals and labels, ages in brackets. Values are ``Decimal``, so ``Rp 1,1 miliar`` is
1100000000 exactly. The spaCy component ``quantities`` puts every figure of a Doc in the span
group ``doc.spans["quantities"]`` with its ``Quantity`` on ``extension(span, "quantity")``, so later stages
never re-parse text.

Every word lives in ``patterns/numbers/`` (number words, scale words, units, range connectors,
qualifiers and their fillers, the cue words of non-figures); month names come from
``patterns/time/months.csv``. One scanner regex is built from them per ``LanguageData``:
its ``skip`` alternatives (dates, phones, regulation numbers ...) are tried before its
``figure`` alternative at every position, so a figure never starts inside one of them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import language, records, spanindex
from .doctext import doc_text
from .language import LanguageData
from .wordtrie import alternation

log = logging.getLogger(__name__)

SPAN_KEY = "quantities"
QUALIFIERS = records.QUALIFIERS


@dataclass(frozen=True)
class Quantity:
    """A figure as written: its value(s), unit, qualifier and the exact text of the figure.

    ``text`` is the figure only (``Rp 42 juta``, ``400–500 ribu``, ``36 %``), without qualifier
    words or the noun it counts; ``start``/``end`` are its offsets in the string that was
    parsed or scanned.
    """

    value: Decimal
    value_max: Decimal | None = None
    """The upper end of a range (``400–500 ribu``), else ``None``."""
    unit: str | None = None
    """``IDR``, ``percent`` or ``None`` (a count, or anything else)."""
    qualifier: str = "exact"
    """What the words around the figure say of it, one of ``QUALIFIERS`` (SCHEMA.md)."""
    text: str = ""
    start: int = 0
    end: int = 0
    in_words: bool = False
    """Spelled out (``tiga``, ``dua belas ribu``) rather than written in digits."""
    approximate_suffix: bool = False
    """Written with the ``-an`` of round figures (``17.000an``, ``120 ribuan``, ``seribuan``)."""
    qualifier_text: str = ""
    """The words the qualifier was read from (``lebih dari``, ``sekitar``); empty for none."""


# ---------------------------------------------------------------------------------------------
# The lexicon: the word lists of patterns/numbers/ and the regular expressions built from them.

_SP = r"[ \t\u00a0]"
"""A space inside a figure; never a line break, so no figure runs from a title into the body."""
_AN_OR_END = r"(?=(?:-?an)?(?!\w))"
"""After a scale word: the end of the word, or the "-an" of a round figure (ribuan, jutaan)."""
_DIGITS = (
    r"(?:\d+(?:[.,]\d+"
    # Separators a careless copy spaced out: "229. 405 orang" (thousands), "Rp576, 5 juta" (a
    # decimal before a scale word).
    r"|(?<!\d{4})\.[ ]\d{3}(?!\d)|,[ ]\d{1,2}(?=[ ]?(?:ribu|juta|miliar|milyar|triliun)\b)"
    r")*|[.,]\d+)"
)


@dataclass(frozen=True)
class _Lexicon:
    scanner: re.Pattern
    words: dict[str, tuple[str, Decimal]]
    scales: dict[str, int]
    connectors_needing: dict[str, str]
    qualifier_of: dict[str, str]
    qualifiers_before: re.Pattern
    qualifiers_clause: tuple[str, ...]
    qualifiers_after: re.Pattern
    fillers_before: re.Pattern
    count_nouns: frozenset[str]
    year_openers: re.Pattern
    """The words of a time right before a year ("pada 2021 peserta aktif ..." is a year)."""


@dataclass(frozen=True)
class _Fragments:
    """Regex pieces built from the data files, shared by the skip and figure patterns."""

    spelled: str
    day: str
    currency: str
    percent: str
    rupiah: str
    money_tail: str
    scale: str
    currency_scale: str
    connector: str
    sign: str
    months: str
    full_months: str
    word_an: str
    context: dict[str, str]


def _spelled_grammar(words: dict[str, tuple[str, Decimal]], spelled_scales: list[str]) -> tuple[str, str]:
    """The grammar of a spelled-out number as one regex (only well-formed numbers match), and
    the smaller grammar of a spelled day of the month (tujuh belas)."""

    def role(*names: str) -> str:
        found = [word for word, (r, _) in words.items() if r in names]
        # Words that end a round figure may take the "-an" of approximation (seribuan, dua puluhan).
        boundary = _AN_OR_END if set(names) & {"tens", "hundreds", "se_scale"} else r"(?!\w)"
        return alternation(found, boundary=False) + boundary

    digit, scale = role("digit"), alternation(spelled_scales, boundary=False) + _AN_OR_END
    below_100 = (
        rf"(?:{digit}\s+{role('tens')}(?:\s+{digit})?|{digit}\s+{role('teen')}|{role('unit')}|{digit})"
    )
    hundreds = rf"(?:{digit}\s+{role('hundreds')}|{role('se_hundred')})"
    below_1000 = rf"(?:{hundreds}(?:\s+{below_100})?|{below_100})"
    group = rf"(?:{below_1000}\s+{scale}|{role('se_scale')})"
    decimals = rf"(?:\s+{role('digit', 'zero', 'digit0')})+"
    number = (
        rf"(?:{digit}\s+{role('fraction')}(?:\s+{scale})?|{role('fraction')}\s+{scale}"
        rf"|(?:{below_1000}|{role('zero', 'digit0')})\s+{role('point')}{decimals}(?:\s+{scale})?"
        rf"|{group}(?:\s+{group})*(?:\s+{below_1000})?"
        rf"|{below_1000}|{role('zero')})"
    )
    day = rf"(?:{digit}\s+{role('tens')}(?:\s+{digit})?|{digit}\s+{role('teen')}|{role('unit')}|{digit})"
    return number, day


def _fragments(data: LanguageData, words, scales: dict[str, tuple[int, bool, bool]]) -> _Fragments:
    units = data.table("numbers/units.csv")

    def unit_words(unit: str, position: str, boundary: bool = True) -> str:
        found = [row["phrase"] for row in units if row["unit"] == unit and row["position"] == position]
        return alternation(found, boundary=boundary)

    connectors = [row["phrase"] for row in data.table("numbers/connectors.csv")]
    signs = [c for c in connectors if not c[0].isalnum()]
    context: dict[str, list[str]] = {}
    for row in data.table("numbers/context.csv"):
        context.setdefault(row["kind"], []).append(row["phrase"])
    months = [row["name"] for row in data.table("time/months.csv")]
    plain = [w for w, (_, currency_only, _) in scales.items() if not currency_only]
    spelled, day = _spelled_grammar(words, [w for w, (_, _, spelled) in scales.items() if spelled])
    return _Fragments(
        spelled=spelled,
        day=day,
        currency=unit_words("IDR", "before", boundary=False),
        percent=unit_words("percent", "after"),
        rupiah=unit_words("IDR", "after"),
        money_tail=unit_words("IDR", "tail", boundary=False),
        scale=alternation(plain, boundary=False) + _AN_OR_END,
        currency_scale=alternation([w for w in scales if w not in plain], boundary=False) + _AN_OR_END,
        connector=(
            rf"(?:{_SP}*{alternation(signs, boundary=False)}{_SP}*"
            rf"|{_SP}+{alternation(c for c in connectors if c not in signs)}{_SP}+)"
        ),
        sign=alternation([w for w, (role, _) in words.items() if role == "negative"]),
        months=alternation(months),
        # Spelled days go with full month names only: "lima Mar" is too thin to call a date.
        full_months=alternation(m for m in months if len(m) > 4),
        word_an="|".join(rf"(?<={re.escape(w)})" for w in sorted({*plain, "puluh", "ratus"})),
        context={
            kind: alternation(phrases, boundary=kind not in ("regulation", "label", "foreign"))
            for kind, phrases in context.items()
        },
    )


def _skip_pattern(f: _Fragments) -> str:
    """What looks like a figure but is none: its whole extent, so no figure starts inside it."""
    cue = f.context.get
    never = "(?!)"
    clock = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    return "|".join(
        [
            r"https?://\S+|www\.\S+",
            # List markers at the start of a line: "1. Kota Surabaya: 61,3 persen", "2) Kabupaten ..."
            r"(?:(?<![\s\S])|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2}))\d{1,3}[.)](?=[ \t]+\S)",
            # ISO dates and timestamps: 2024-10-08T14:22:00+07:00, 2024-05-21 10:05:33
            r"\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?(?:[+-]\d{2}:?\d{2}|z)?",
            r"\d{1,2}[-.]\d{1,2}[-.]\d{4}(?!\d)",  # 17-08-2024, 17.08.2024
            r"\d+(?:/\d+)+",  # 17/8/2024, (20/11), a photo caption's 1/3, UU 24/2011
            r"(?<=[a-z]/)\d+(?=/[a-z0-9])",  # a document's number (text folded): SP/041/KC-SRG/VII/2025
            rf"(?<![\d.,])\d{{1,3}}{_SP}?[x×]{_SP}?\d+(?![\d.,]\d)",  # a product: "2 x 24 jam", "3x4 meter"
            # 09.41 WIB, 10.00-12.00 WITA
            rf"{clock}(?:{f.connector}{clock})?{_SP}*{cue('time_zone', never)}",
            r"\d{1,2}:\d{2}(?::\d{2})?",  # 07:26
            # 3 Maret 2025, 3-5 Maret, 1 hingga 31 Desember
            rf"\d{{1,2}}(?:{f.connector}\d{{1,2}})?{_SP}+{f.months}\.?(?:{_SP}+\d{{4}})?",
            rf"(?<!\w){f.day}{_SP}+{f.full_months}",  # tujuh belas Agustus
            rf"(?<!\w){f.months}\.?{_SP}+\d{{1,2}},?{_SP}+\d{{4}}(?!\d)",  # Oktober 16, 2025
            # Phone numbers: 0811-5432-1077, (0541) 123456, +62 811 5432 1077
            rf"(?:\+62|\(0\d{{2,4}}\)|0\d{{2,4}})(?:[-.]|{_SP})?\d{{3,8}}(?:(?:[-.]|{_SP})?\d{{3,5}}){{0,2}}(?!\d)",
            rf"\({_SP}?\d{{1,3}}{_SP}?(?:{cue('age_unit', never)}\.?{_SP}?)?\)",  # ages: (37), (37 th)
            rf"(?<!\w){cue('regulation', never)}\.?{_SP}*(?:{cue('regulation', never)}\.?{_SP}*)?"
            r"\d+(?:[/.-]\w+)*",  # Perbup 44, UU Nomor 24, Pasal 5
            # HUT ke-79, ke-47, tahap 2, and a range of them: peringkat 1 hingga 5, RT 01-05
            rf"(?<!\w){cue('label', never)}{_SP}*(?:ke-?{_SP}*)?\d+\w*(?:{f.connector}(?:ke-?)?\d+\w*)?",
            rf"(?<!\w){cue('phone', never)}{_SP}*[:.]?{_SP}*\(?\+?\d+\)?(?:(?:[-.]|{_SP}(?=\d))\d+)*",
            # pukul 10.00 - 12.00, pukul enam
            rf"(?<!\w){cue('time', never)}{_SP}*(?:{clock}(?:{f.connector}{clock})?|\d{{1,2}}|{f.day})",
            rf"(?<!\w){cue('date', never)}{_SP}*(?:\d{{1,2}}|{f.day})",
            rf"(?<!\w){cue('foreign', never)}{_SP}?{_DIGITS}(?:{_SP}?{f.scale})?",  # US$ 5 juta
            rf"(?<!\w){cue('not_number', never)}",  # salah satu, kaki lima, Lima Puluh Kota
        ]
    )


def _side_pattern(f: _Fragments, n: int) -> str:
    """One end of a figure, its groups numbered ``n``: currency, number, restatement in brackets,
    scale word (and smaller pieces after it), "-an", percent sign, accounting tail."""
    # M and T are scales only after a currency (Rp 3 M, Rp50–54 T); so is the tail ",-".
    after_currency = (
        (lambda x: f"(?(cur1){x}|(?!))") if n == 1 else (lambda x: f"(?(cur1){x}|(?(cur2){x}|(?!)))")
    )
    scale = rf"{_SP}?(?P<scale{n}>{f.scale}|{after_currency(f.currency_scale)})"
    # "Rp 1 juta 200 ribu": smaller scaled pieces after a scaled number add to it.
    more = rf"(?P<more{n}>(?:{_SP}+\d{{1,3}}(?:,\d+)?{_SP}?{f.scale})+)"
    # "5 (lima)", "lima (5)", "Rp 5.000.000 (lima juta rupiah)": the restatement is part of the
    # figure (and so the noun after the bracket is the one it counts).
    restated = (
        rf"{_SP}?\({_SP}?(?:{f.currency}{_SP}?)?(?(dig{n}){f.spelled}|{_DIGITS})(?:{_SP}?{f.scale})?"
        rf"(?:{_SP}?{f.percent})?(?:{_SP}?{f.rupiah})?{_SP}?\)"
    )
    return (
        rf"(?P<cur{n}>{f.currency}{_SP}{{0,2}})?(?P<num{n}>(?P<dig{n}>{_DIGITS})|{f.spelled})"
        # "60-an ribu": the "-an" of a round figure may come before its scale word too.
        rf"(?P<paren{n}>{restated})?(?:(?P<ian{n}>(?<=\d)-?an)?{scale}{more}?)?"
        rf"(?P<an{n}>(?:(?<=\d)|{f.word_an})-?an(?!\w))?"
        rf"(?:{_SP}?(?P<pct{n}>{f.percent}))?(?P<tail{n}>{after_currency(f.money_tail)})?"
        rf"(?(paren{n})|(?P<restated{n}>{restated})?)"
    )


def _figure_pattern(f: _Fragments) -> str:
    """A figure: a sign, one end, perhaps a connector and the other end, perhaps "rupiah"."""
    return (
        r"(?<!\w)(?<!\d[.,])(?<!\w-)"
        rf"(?P<sign>{f.sign}{_SP}+|[-−](?=\d|{f.currency}))?"
        rf"{_side_pattern(f, 1)}"
        # "1 hingga 31 Desember" is a span of days, no range of figures.
        rf"(?:(?P<conn>{f.connector}){_side_pattern(f, 2)}(?!{_SP}+{f.months}))?"
        rf"(?:{_SP}?(?P<rupiah>{f.rupiah}))?"
        r"(?!\w|[.,]\d|-\w)"
    )


def _reversed(phrases) -> list[str]:
    return [" ".join(phrase.lower().split())[::-1] for phrase in phrases]


def _lexicon(data: LanguageData | None = None) -> _Lexicon:
    """The scanner and word tables of ``data`` (the bundled data when ``None``), built once."""
    return (data or LanguageData.load()).derived("numbers.lexicon", _build_lexicon)


def _build_lexicon(data: LanguageData) -> _Lexicon:
    words = {
        row["word"].lower(): (row["role"], Decimal(row["value"] or 0))
        for row in data.table("numbers/words.csv")
    }
    scales = {
        row["word"].lower(): (int(row["exponent"]), bool(row["after_currency_only"]), bool(row["spelled"]))
        for row in data.table("numbers/scales.csv")
    }
    before, clause, after, qualifier_of = [], [], [], {}
    for row in data.table("numbers/qualifiers.csv"):
        phrase = row["phrase"].lower()
        if row["position"] == "after":
            after.append(phrase)
            qualifier_of["after " + phrase] = row["qualifier"]
        else:
            (clause if row["reach"] == "clause" else before).append(phrase)
            qualifier_of[phrase] = row["qualifier"]
    fillers = data.lines("numbers/fillers.txt")
    fragments = _fragments(data, words, scales)
    # Every match starts a word: with a digit or a sign, or with a word that may start a figure
    # or a non-figure. Checking that first lets the scanner pass over all other words at once.
    starts = [w for w, (role, _) in words.items() if role not in ("teen", "tens", "hundreds", "point")]
    starts += [row["phrase"] for row in data.table("numbers/units.csv")]
    starts += [row["phrase"] for row in data.table("numbers/context.csv")]
    starts += ["http", "www"]
    starts += [row["name"] for row in data.table("time/months.csv")]
    first = alternation({phrase.split()[0] for phrase in starts if phrase[0].isalpha()}, boundary=False)
    scanner = (
        rf"(?<!\w)(?=\d|[^\w\s]|{first})"
        rf"(?:(?P<skip>{_skip_pattern(fragments)})|(?P<figure>{_figure_pattern(fragments)}))"
    )
    return _Lexicon(
        scanner=re.compile(scanner),
        words=words,
        scales={word: exponent for word, (exponent, _, _) in scales.items()},
        connectors_needing={
            row["phrase"].lower(): row["needs_before"].lower()
            for row in data.table("numbers/connectors.csv")
            if row["needs_before"]
        },
        qualifier_of=qualifier_of,
        # Read backwards from the figure: the reversed text before it against reversed phrases.
        qualifiers_before=re.compile(
            rf"{_SP}*(?P<q>{alternation(_reversed(before), boundary=False)})(?![\w-])"
        ),
        qualifiers_clause=tuple(clause),
        # "300 orang lebih": one word may stand between the figure and an after-qualifier.
        qualifiers_after=re.compile(rf"{_SP}*(?:[^\W\d]\w*{_SP}+)??(?P<q>{alternation(after)})"),
        fillers_before=re.compile(rf"{_SP}*{alternation(_reversed(fillers), boundary=False)}(?![\w-])"),
        count_nouns=frozenset(w.lower() for w in data.lines("numbers/count_nouns.txt")),
        year_openers=re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in _year_openers(data))}){_SP}+$", re.IGNORECASE
        ),
    )


# ---------------------------------------------------------------------------------------------
# Values: digits and words to Decimal.


def _tidy(value: Decimal) -> Decimal:
    """Whole numbers without exponent or fraction (1.5E+9 → 1500000000), others without trailing
    zeros."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def digits_value(digits: str, scaled: bool = False, percent: bool = False) -> tuple[Decimal, int]:
    """The value of a number written in digits, and how many thousands separators it has.

    Dots group thousands and a comma marks decimals (``1.601.559,5``). A single separator used
    the other way round is read from the digits after it: three make thousands (``27,703`` →
    27703), other counts a decimal (``31.9``); but a comma before three digits stays a decimal
    before a scale word or a percent sign (``1,125 miliar``, ``12,345 persen``).

    >>> digits_value("13.289"), digits_value("55,32"), digits_value("1.601.559")
    ((Decimal('13289'), 1), (Decimal('55.32'), 0), (Decimal('1601559'), 2))
    >>> digits_value("31.9"), digits_value("27,703"), digits_value(",77"), digits_value("007")
    ((Decimal('31.9'), 0), (Decimal('27703'), 1), (Decimal('0.77'), 0), (Decimal('7'), 0))
    >>> digits_value("1,125", scaled=True), digits_value("1,601,559.50")
    ((Decimal('1.125'), 0), (Decimal('1601559.5'), 2))
    """
    digits = digits.replace(" ", "")
    if digits[0] in ".,":
        return _tidy(Decimal("0." + digits[1:])), 0
    dots, commas = digits.count("."), digits.count(",")
    if not dots and not commas:
        return Decimal(int(digits)), 0
    if dots and commas:
        point = "." if digits.rfind(".") > digits.rfind(",") else ","
        whole, fraction = digits.rsplit(point, 1)
        groups = whole.count("," if point == "." else ".")
        return _tidy(Decimal(re.sub(r"\D", "", whole) + "." + fraction)), groups
    separator = "." if dots else ","
    pieces = digits.split(separator)
    if len(pieces) > 2 and len(pieces[-1]) != 3:  # 1.000.000.00: the last one is a decimal point
        whole, fraction = "".join(pieces[:-1]), pieces[-1]
        return _tidy(Decimal(whole + "." + fraction)), len(pieces) - 2
    if len(pieces) > 2:
        return Decimal(int("".join(pieces))), len(pieces) - 1
    whole, fraction = pieces
    thousands = len(fraction) == 3 and not whole.startswith("0")
    if separator == "," and (scaled or percent):
        thousands = False
    if thousands:
        return Decimal(int(whole + fraction)), 1
    return _tidy(Decimal(whole + "." + fraction)), 0


def words_value(words: str, data: LanguageData | None = None) -> Decimal | None:
    """The value of a number spelled out in Indonesian words; ``None`` if it is not one.

    >>> words_value("dua belas ribu"), words_value("seratus lima puluh"), words_value("tiga")
    (Decimal('12000'), Decimal('150'), Decimal('3'))
    >>> words_value("satu setengah juta"), words_value("dua koma lima"), words_value("sejuta")
    (Decimal('1500000'), Decimal('2.5'), Decimal('1000000'))
    >>> words_value("lima dua") is None, words_value("salah satu") is None
    (True, True)
    """
    lexicon = _lexicon(data)
    match = lexicon.scanner.fullmatch(_folded(words.strip()))
    if match is None or match.group("num1") is None or match.group("figure") != match.group("num1"):
        return None
    if match.group("dig1"):
        return None
    return _spelled_value(match.group("num1"), lexicon)


def _spelled_value(words: str, lexicon: _Lexicon) -> Decimal:
    """The value of a number the word grammar accepted."""
    tokens = words.lower().split()
    if "koma" in tokens:
        point = tokens.index("koma")
        whole = _spelled_value(" ".join(tokens[:point]), lexicon)
        decimals = [t for t in tokens[point + 1 :] if t in lexicon.words]
        value = Decimal(f"{whole}." + "".join(str(int(lexicon.words[t][1])) for t in decimals))
        if tokens[-1] in lexicon.scales:
            value *= Decimal(10) ** lexicon.scales[tokens[-1]]
        return _tidy(value)
    total, current, last_digit = Decimal(0), Decimal(0), Decimal(0)
    for token in tokens:
        if token in lexicon.scales:
            total += (current or 1) * Decimal(10) ** lexicon.scales[token]
            current = last_digit = Decimal(0)
            continue
        role, value = lexicon.words[token]
        if role in ("tens", "hundreds"):  # the digit before is multiplied: dua puluh, tiga ratus
            current += last_digit * (value - 1)
            last_digit = Decimal(0)
        elif role == "se_scale":
            total += value
        else:  # digits, belas (+10), fractions, the se- units, zero
            current += value
            last_digit = value if role == "digit" else Decimal(0)
    return _tidy(total + current)


def _scaled(value: Decimal, groups: int, scale: str | None, lexicon: _Lexicon) -> Decimal:
    """The value times its scale word. A scale word that only repeats what grouped digits say is
    ignored (``44.259 ribu`` = 44259, ``Rp 42.000.000 juta`` = 42000000); one above the grouping
    multiplies (``Rp 1.500 juta`` = 1,5 miliar).

    >>> lexicon = _lexicon(None)
    >>> _scaled(Decimal("44259"), 1, "ribu", lexicon), _scaled(Decimal("1500"), 1, "juta", lexicon)
    (Decimal('44259'), Decimal('1500000000'))
    """
    exponent = lexicon.scales.get(scale.lower()) if scale else None
    if exponent is None:
        return value
    if groups and value == value.to_integral_value() and 3 * groups >= exponent:
        return value
    return _tidy(value * Decimal(10) ** exponent)


_PIECE = re.compile(r"(\d{1,3}(?:,\d+)?)\s*(\w+)")


def _pieces_value(pieces: str, lexicon: _Lexicon) -> Decimal:
    """What the smaller pieces after a scaled number add: ``200 ribu`` of ``Rp 1 juta 200 ribu``."""
    return sum(
        (_scaled(digits_value(d, scaled=True)[0], 0, w, lexicon) for d, w in _PIECE.findall(pieces)),
        Decimal(0),
    )


# ---------------------------------------------------------------------------------------------
# Scanning running text.

_YEAR = re.compile(r"(?:19|20)\d\d")
_NEXT_WORD = re.compile(rf"{_SP}*(\w+)")
_CLAUSE_START = re.compile(r"(?s).*(?:[.!?;](?=\s)|\n)")
"""Up to the last clause break of a text: a sentence mark before a space (not a decimal point),
or a line break."""


@dataclass(frozen=True)
class _Side:
    """One end of a matched figure: what it is worth and where it ends."""

    value: Decimal
    end: int
    in_words: bool
    approximate: bool
    percent: bool
    currency: bool
    year_shaped: bool
    """Four bare digits 19xx/20xx, with no scale, unit or bracket."""


_SIDE_GROUPS = {
    n: tuple(
        f"{g}{n}"
        for g in ("num", "dig", "scale", "more", "paren", "an", "pct", "tail", "cur", "restated", "ian")
    )
    for n in (1, 2)
}


def _side(match: re.Match, n: int, lexicon: _Lexicon, shared_scale: str | None = None) -> _Side:
    names = _SIDE_GROUPS[n]
    raw, digits, own_scale, more, paren, an, pct, tail, cur, restated, inner_an = match.group(*names)
    scale = own_scale or shared_scale
    if digits:
        value, groups = digits_value(raw, scaled=bool(scale), percent=bool(pct))
        value = _scaled(value, groups, scale, lexicon)
    else:
        value = _scaled(_spelled_value(raw, lexicon), 0, scale, lexicon)
    if more:
        value += _pieces_value(more, lexicon)
    # The side ends with its last part present, in the order they are written.
    parts = (
        ("restated", restated),
        ("tail", tail),
        ("pct", pct),
        ("an", an),
        ("more", more),
        ("scale", own_scale),
        ("paren", paren),
    )
    last = next((f"{part}{n}" for part, found in parts if found), f"num{n}")
    return _Side(
        value=value,
        end=match.end(last),
        in_words=not digits,
        approximate=bool(an or inner_an),
        percent=bool(pct),
        currency=bool(cur),
        year_shaped=not (own_scale or pct or cur or paren or restated) and _YEAR.fullmatch(raw) is not None,
    )


def _counted_next(text: str, end: int, lexicon: _Lexicon) -> bool:
    """Whether a noun that counts things follows (``2000 pekerja``)."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in lexicon.count_nouns


def _is_year(text: str, side: _Side, lexicon: _Lexicon, start: int) -> bool:
    """A bare 19xx/20xx stands as a year (and 1990-an as a decade) unless a counted noun follows
    and no word of time stands right before it ("pada 2021 peserta aktif ...")."""
    if not side.year_shaped:
        return False
    if side.approximate or not _counted_next(text, side.end, lexicon):
        return True
    return lexicon.year_openers.search(text, max(0, start - 20), start) is not None


def _year_openers(data: LanguageData) -> list[str]:
    """The words before a date from ``time/periods.csv`` (pada, sejak, hingga, per ...), the
    month names ("per akhir April 2025 peserta ..."), the parts of a year ("semester I") and
    "tahun", longest first."""
    words = {row["word"].lower() for row in data.table("time/periods.csv") if row["position"] == "before"}
    months = {row["name"].lower() for row in data.table("time/months.csv")}
    # "pada semester I 2025 klaim JHT ...": a part of a year before it (time/quarters.csv).
    quarters = data.table("time/quarters.csv")
    parts = {
        f"{period['word'].lower()} {ordinal['word'].lower()}"
        for period in quarters
        if period["kind"] == "period"
        for ordinal in quarters
        if ordinal["kind"] == "ordinal"
    }
    return sorted(words | months | parts | {"tahun"}, key=len, reverse=True)


def _range_allowed(text: str, match: re.Match, lexicon: _Lexicon) -> bool:
    """Whether the connector makes a range here: "dan" does only after "antara"."""
    needs = lexicon.connectors_needing.get(match.group("conn").strip())
    if not needs:
        return True
    head = text[max(0, match.start("figure") - 30) : match.start("figure")].rstrip()
    return head.endswith(needs) and not head[: -len(needs)][-1:].isalnum()


def _shared_scale(match: re.Match, lexicon: _Lexicon) -> str | None:
    """The scale word written once at the end of a range, when the first end has none."""
    low, high = match.group("num1").split(), match.group("num2").split()
    if match.group("scale1") or any(word in lexicon.scales for word in low):
        return None
    if match.group("scale2"):
        return match.group("scale2")
    # A spelled upper end carries its scale word inside: "dua hingga tiga juta".
    if not match.group("dig2") and len(high) > 1 and high[-1] in lexicon.scales:
        return high[-1]
    return None


@dataclass(frozen=True)
class _Figure:
    """A figure found in the text: its extent, one or two ends, its sign and a trailing "rupiah"."""

    start: int
    end: int
    low: _Side
    high: _Side | None
    negative: bool
    rupiah: bool


def _figures(text: str, lexicon: _Lexicon, keep_years: bool = False) -> Iterator[_Figure]:
    """Figures in text order, before their qualifiers are read."""
    position = 0
    while (match := lexicon.scanner.search(text, position)) is not None:
        position = match.end()
        if match.group("skip") is not None:
            continue
        start, negative = match.start("figure"), bool(match.group("sign"))
        try:
            low = _side(match, 1, lexicon)
            high = _side(match, 2, lexicon) if match.group("num2") is not None else None
            shared = _shared_scale(match, lexicon) if high is not None else None
            if shared:  # "400–500 ribu", "dua hingga tiga juta": one scale word for both ends
                low = _side(match, 1, lexicon, shared_scale=shared)
        except (ArithmeticError, ValueError):  # too many digits to read exactly: no figure
            continue
        end, rupiah = match.end(), bool(match.group("rupiah"))
        if high is not None:
            if low.year_shaped and not keep_years:
                if not high.year_shaped:
                    position = match.start("conn")  # "sejak 2021 hingga 5.000": the year alone
                continue  # 2022–2024
            if high.value > low.value and not high.year_shaped and _range_allowed(text, match, lexicon):
                yield _Figure(start, end, low, high, negative, rupiah)
                continue
            # No range after all (25-20, "13.289 dan 5.000", "500 hingga 2025"): the first
            # figure alone, and the scan goes on from its end.
            low = _side(match, 1, lexicon)
            position = end = low.end
            rupiah = False
        if keep_years or rupiah or not _is_year(text, low, lexicon, start):
            yield _Figure(start, end, low, None, negative, rupiah)


# ---------------------------------------------------------------------------------------------
# Qualifiers: the words around a figure.


def _qualifier_before(text: str, start: int, lexicon: _Lexicon) -> tuple[str, str]:
    """The qualifier the words right before a figure give, and those words.

    Qualifiers stack ("hampir mencapai", "mencapai lebih dari") and stand behind fillers ("masih
    ada sekitar", "minimal naik ke"); the nearest one that is not "exact" wins. The words are
    read backwards: the reversed text before the figure against the reversed phrases.
    """
    backwards = text[max(0, start - 80) : start][::-1]
    position = 0
    for _ in range(5):
        match = lexicon.qualifiers_before.match(backwards, position)
        if match is not None:
            words = match.group("q")[::-1]
            qualifier = lexicon.qualifier_of.get(" ".join(words.split()), "exact")
            if qualifier != "exact":
                return qualifier, words
        elif (match := lexicon.fillers_before.match(backwards, position)) is None:
            break
        position = match.end()
    return "exact", ""


def _qualifier_after(text: str, end: int, lexicon: _Lexicon) -> tuple[str, str]:
    """The qualifier of words after a figure: ``14 ribu lebih``, ``300 orang lebih``; not the
    comparisons of ``10 persen lebih tinggi``."""
    match = lexicon.qualifiers_after.match(text, end)
    if match is None:
        return "exact", ""
    qualifier = lexicon.qualifier_of.get("after " + " ".join(match.group("q").split()), "-")
    return ("exact", "") if qualifier == "-" else (qualifier, match.group("q"))


def _qualifier_in_clause(text: str, start: int, since: int, lexicon: _Lexicon) -> tuple[str, str]:
    """A clause-wide qualifier (``Kami perkirakan ... 20 sampai 25 persen``) earlier in the clause,
    with no other figure in between."""
    head = text[max(since, start - 200) : start]
    clause = _CLAUSE_START.match(head)
    head = head[clause.end() :] if clause else head
    for phrase in lexicon.qualifiers_clause:
        at = head.find(phrase)
        while at >= 0:
            before, after = head[at - 1 : at] if at else "", head[at + len(phrase) : at + len(phrase) + 1]
            if not (before.isalnum() or before == "-" or after.isalnum()):
                return lexicon.qualifier_of[phrase], phrase
            at = head.find(phrase, at + 1)
    return "exact", ""


def _qualifier(text: str, figure: _Figure, since: int, lexicon: _Lexicon) -> tuple[str, str]:
    """The figure's qualifier: the words before it, else after it, else its "-an", else a
    clause-wide word like "diperkirakan"."""
    qualifier, words = _qualifier_before(text, figure.start, lexicon)
    if qualifier == "exact":
        qualifier, words = _qualifier_after(text, figure.end, lexicon)
    if qualifier == "exact" and (figure.low.approximate or (figure.high and figure.high.approximate)):
        qualifier = "approx"
    if qualifier == "exact":
        qualifier, words = _qualifier_in_clause(text, figure.start, since, lexicon)
    return qualifier, words


def _folded(text: str) -> str:
    """The text in lower case, letter for letter, so that offsets stay valid: the few letters
    whose lower case is longer (``İ``) are left as they are. All matching runs on this text."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _quantities(text: str, lexicon: _Lexicon, keep_years: bool = False) -> Iterator[Quantity]:
    folded = _folded(text)
    previous_end = 0
    for figure in _figures(folded, lexicon, keep_years):
        sides = [figure.low] if figure.high is None else [figure.low, figure.high]
        if figure.rupiah or any(side.currency for side in sides):
            unit = "IDR"
        else:
            unit = "percent" if any(side.percent for side in sides) else None
        qualifier, words = _qualifier(folded, figure, previous_end, lexicon)
        previous_end = figure.end
        sign = -1 if figure.negative else 1
        yield Quantity(
            value=sign * figure.low.value,
            value_max=None if figure.high is None else sign * figure.high.value,
            unit=unit,
            qualifier=qualifier,
            text=text[figure.start : figure.end],
            start=figure.start,
            end=figure.end,
            in_words=all(side.in_words for side in sides),
            approximate_suffix=any(side.approximate for side in sides),
            qualifier_text=words,
        )


# ---------------------------------------------------------------------------------------------
# The interface.


def find_quantities(text: str, data: LanguageData | None = None) -> Iterator[Quantity]:
    """Every figure in running text, in text order, with its offsets in ``text``.

    >>> [q.text for q in find_quantities("Sabtu (17/8/2024), 13.289 peserta dan Rp 42 juta.")]
    ['13.289', 'Rp 42 juta']
    >>> [(str(q.value), q.qualifier) for q in find_quantities("penduduk sekitar 800 ribu jiwa pada 2025")]
    [('800000', 'approx')]
    >>> [q.text for q in find_quantities("Perbup Nomor 44 Tahun 2024, pukul 07:26 WIB, HUT ke-79")]
    []
    """
    return _quantities(text, _lexicon(data))


def parse(text: str, data: LanguageData | None = None) -> Quantity | None:
    """The figure of one phrase (the first, if it holds several); ``None`` when it holds none.

    A phrase that is nothing but a year-shaped number ("2025") is read as that number: with no
    context, nothing makes it a year.

    >>> q = parse("Rp 1,5 miliar")
    >>> q.value, q.unit
    (Decimal('1500000000'), 'IDR')
    >>> q = parse("sekitar 400–500 ribu")
    >>> q.value, q.value_max, q.qualifier, q.text
    (Decimal('400000'), Decimal('500000'), 'approx', '400–500 ribu')
    >>> q = parse("lebih dari Rp33.000")
    >>> q.value, q.qualifier, q.text
    (Decimal('33000'), 'more_than', 'Rp33.000')
    >>> parse("Dua Belas Ribu").value, parse("55,32 persen").value, parse("17/8/2024")
    (Decimal('12000'), Decimal('55.32'), None)
    """
    lexicon = _lexicon(data)
    found = next(_quantities(text, lexicon), None)
    if found is None:
        found = next(_quantities(text, lexicon, keep_years=True), None)
        if found is not None and found.text != text.strip():
            return None
    return found


if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


@Language.factory("quantities", default_config={"patterns": None})
def make_quantities(nlp: Language, name: str, patterns: str | None) -> QuantityMarker:
    return QuantityMarker(LanguageData.load(patterns))


class QuantityMarker:
    """spaCy component: every figure of the Doc into ``doc.spans["quantities"]``, each span
    carrying its parsed ``Quantity`` on ``extension(span, "quantity")``."""

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        _lexicon(self.data)  # build the regexes now, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        spans: list[Span] = []
        for quantity in find_quantities(doc_text(doc), self.data):
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is None or (spans and spans[-1].end > span.start):
                log.debug("quantity %r shares a token with the one before; dropped", quantity.text)
                continue
            span._.quantity = quantity
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def figures_of(sentence: Span) -> list[Span]:
    """The quantities of a sentence (or any stretch of tokens), looked up by position."""
    return spanindex.spans_within(sentence, SPAN_KEY)
