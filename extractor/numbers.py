"""Numbers: Indonesian numbers, money and percentages, parsed exactly.

``parse`` reads one whole phrase; ``find_quantities`` scans running text for every figure and
skips what only looks like one (years, dates, times, ordinals, phone numbers). Values are
``Decimal`` so that ``Rp 1,1 miliar`` is 1100000000 exactly. The spaCy component
``quantities`` puts every figure of a Doc in the span group ``doc.spans["quantities"]`` with
its parsed ``Quantity`` on ``span._.quantity``, so later stages never re-parse text.

Word lists (scale words, qualifiers) live in ``patterns/numbers/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns

SPAN_KEY = "quantities"


@dataclass(frozen=True)
class Quantity:
    """A figure as written: its value(s), unit, qualifier and the exact text of the figure.

    ``text`` is the figure only (``Rp 42 juta``, ``400–500 ribu``), without qualifier words;
    ``start``/``end`` are its offsets in the string that was parsed or scanned.
    """

    value: Decimal
    value_max: Decimal | None = None
    unit: str | None = None
    qualifier: str = "exact"
    text: str = ""
    start: int = 0
    end: int = 0
    in_words: bool = False
    """Spelled out (``tiga``, ``dua belas ribu``) rather than written in digits."""


@dataclass(frozen=True)
class _Lexicon:
    months: re.Pattern
    scales: dict[str, int]
    currency_scales: dict[str, int]
    qualifiers_before: tuple[tuple[str, str], ...]
    qualifiers_after: tuple[tuple[str, str], ...]
    figure: re.Pattern


_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_RANGE = r"\s*(?:–|—|-|\bhingga\b|\bsampai\b|s\.d\.?|s/d)\s*"
_CURRENCY = r"(?:Rp\.?|IDR)\s?"
_PERCENT = r"\s?(?:persen\b|%)"


@lru_cache(maxsize=8)
def _lexicon(patterns_dir: str | None = None) -> _Lexicon:
    scales, currency_scales = {}, {}
    for row in patterns.table(patterns_dir, "numbers/scales.csv"):
        target = currency_scales if row["after_currency_only"] else scales
        target[row["word"].lower()] = int(row["exponent"])
    before, after = [], []
    for row in patterns.table(patterns_dir, "numbers/qualifiers.csv"):
        (before if row["position"] == "before" else after).append((row["phrase"], row["qualifier"]))
    by_length = lambda pair: -len(pair[0])  # noqa: E731 - longest phrase first
    scale_words = sorted({*scales, *currency_scales}, key=len, reverse=True)
    scale = r"(?:\s?(?P<scale{n}>" + "|".join(map(re.escape, scale_words)) + r")\b)?"
    figure = re.compile(
        rf"(?P<currency>{_CURRENCY})?"
        rf"(?<![\w.,/:])(?P<low>{_DIGITS}){scale.format(n=1)}"
        rf"(?:(?P<dash>{_RANGE})(?P<high>{_DIGITS}){scale.format(n=2)})?"
        rf"(?P<percent>{_PERCENT})?(?P<dashes>,-|,00\b)?"
        rf"(?![\w/:]|[.,]\d)",
        re.IGNORECASE,
    )
    month_names = sorted(
        (row["name"] for row in patterns.table(patterns_dir, "time/months.csv")), key=len, reverse=True
    )
    months = re.compile(r"\s+(?:" + "|".join(month_names) + r")\b", re.IGNORECASE)
    return _Lexicon(
        months,
        scales,
        currency_scales,
        tuple(sorted(before, key=by_length)),
        tuple(sorted(after, key=by_length)),
        figure,
    )


def _decimal(digits: str) -> Decimal:
    """``13.289`` → 13289, ``55,32`` → 55.32, ``1.601.559`` → 1601559.

    >>> _decimal("13.289"), _decimal("55,32"), _decimal("4000")
    (Decimal('13289'), Decimal('55.32'), Decimal('4000'))
    """
    return Decimal(digits.replace(".", "").replace(",", "."))


def _scaled(digits: str, scale: str | None, currency: bool, lexicon: _Lexicon) -> Decimal:
    value = _decimal(digits)
    if not scale:
        return value
    word = scale.lower()
    exponent = lexicon.scales.get(word)
    if exponent is None and currency:
        exponent = lexicon.currency_scales.get(word)
    if exponent is None:
        return value
    # A scale word after fully grouped digits repeats what the digits say (44.259 ribu pekerja).
    if "." in digits and "," not in digits:
        return value
    return _tidy(value * (Decimal(10) ** exponent))


def _tidy(value: Decimal) -> Decimal:
    """Whole numbers without a fractional part, others without trailing zeros."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _qualifier_before(text: str, start: int, lexicon: _Lexicon) -> str:
    head = text[max(0, start - 30) : start].lower().rstrip()
    for phrase, qualifier in lexicon.qualifiers_before:
        if re.search(rf"(?:^|\W){re.escape(phrase)}$", head):
            return qualifier
    return "exact"


def _qualifier_after(text: str, end: int, lexicon: _Lexicon) -> str | None:
    tail = text[end : end + 30].lower()
    for phrase, qualifier in lexicon.qualifiers_after:
        if re.match(rf"\s*(?:\w+\s+)?{re.escape(phrase)}\b(?!\s+dari\b)", tail):
            if phrase == "lebih" and re.match(
                r"\s*(?:\w+\s+)?lebih\s+(?:dari|banyak|tinggi|besar|rendah|kecil)\b", tail
            ):
                continue
            return qualifier
    return None


def _is_year(match: re.Match) -> bool:
    low = match.group("low")
    return (
        re.fullmatch(r"(19|20)\d\d", low) is not None
        and not match.group("scale1")
        and not match.group("percent")
        and not match.group("currency")
    )


_NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:\bke-?|\bnomor\s*|\bno\.?\s*|\bpasal\s*|\bayat\s*|\bperbup\s*|\bperda\s*|\bpergub\s*"
    r"|\bperwali\s*|\bpp\s*|\buu\s*|\bhut\s*|\bhari\s*|\bjam\s*|\bpukul\s*|\btahun\s*|\brt\s*|\brw\s*"
    r"|\(|\+62\s*|\d[-\s])$",
    re.IGNORECASE,
)


def _looks_like_non_figure(text: str, match: re.Match, lexicon: _Lexicon) -> bool:
    start = match.start("low")
    before = text[max(0, start - 12) : start]
    after = text[match.end() : match.end() + 3]
    if match.group("currency") or match.group("percent") or match.group("scale1"):
        return False
    if _NOT_A_FIGURE_BEFORE.search(before) or lexicon.months.match(text, match.end()):
        return True
    # Dates and times: 17/8/2024, (20/11), 07:26, and phone numbers 0811-5432-1077.
    return bool(re.match(r"[/:.]\d|-\d{3}", after)) or match.group("low").startswith("08")


def find_quantities(text: str, patterns_dir: str | None = None) -> Iterator[Quantity]:
    """Every figure in running text, with its offsets in ``text``.

    >>> [q.text for q in find_quantities("Sabtu (17/8/2024), 13.289 peserta dan Rp 42 juta.")]
    ['13.289', 'Rp 42 juta']
    >>> [str(q.value) for q in find_quantities("penduduk sekitar 800 ribu jiwa pada 2025")]
    ['800000']
    """
    lexicon = _lexicon(patterns_dir)
    for match in lexicon.figure.finditer(text):
        if _is_year(match) or _looks_like_non_figure(text, match, lexicon):
            continue
        quantity = _quantity(match, lexicon)
        if quantity is None:
            continue
        qualifier = _qualifier_before(text, match.start(), lexicon)
        after = _qualifier_after(text, match.end(), lexicon)
        if after and qualifier == "exact":
            qualifier = after
        yield replace(quantity, qualifier=qualifier)
    yield from _find_word_numbers(text, lexicon)


def _quantity(match: re.Match, lexicon: _Lexicon) -> Quantity | None:
    currency = bool(match.group("currency"))
    low_scale, high_scale = match.group("scale1"), match.group("scale2")
    high = None
    if match.group("high") is not None:
        high = _scaled(match.group("high"), high_scale, currency, lexicon)
        # "400–500 ribu": the scale written once applies to both ends.
        low = _scaled(match.group("low"), low_scale or high_scale, currency, lexicon)
        if high <= low:
            return None
    else:
        low = _scaled(match.group("low"), low_scale, currency, lexicon)
    unit = "IDR" if currency else "percent" if match.group("percent") else None
    end = match.end("dashes") if match.group("dashes") else match.end()
    figure = match.group(0)[: end - match.start()]
    return Quantity(low, high, unit, "exact", figure, match.start(), end)


_WORDS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
_WORD_NUMBER = re.compile(
    r"\b(?:(?:" + "|".join(_WORDS) + r"|belas|puluh|ratus|ribu|juta)\b\s*)+",
    re.IGNORECASE,
)


def words_value(words: str) -> Decimal | None:
    """The value of a number spelled out in Indonesian words.

    >>> words_value("dua belas ribu"), words_value("seratus lima puluh"), words_value("tiga")
    (Decimal('12000'), Decimal('150'), Decimal('3'))
    """
    total, current = 0, 0
    for word in words.lower().split():
        if word in _WORDS:
            current += _WORDS[word]
        elif word == "belas":
            current += 10
        elif word in ("puluh", "ratus"):
            factor = 10 if word == "puluh" else 100
            last = current % 10 if word == "puluh" else current % 100
            current = current - last + last * factor
        elif word in ("ribu", "juta"):
            total += (current or 1) * (1000 if word == "ribu" else 1_000_000)
            current = 0
        else:
            return None
    return Decimal(total + current)


def _find_word_numbers(text: str, lexicon: _Lexicon) -> Iterator[Quantity]:
    for match in _WORD_NUMBER.finditer(text):
        phrase = match.group(0).rstrip()
        value = words_value(phrase)
        if value is None or value == 0 or phrase.lower() in ("ribu", "juta", "belas", "puluh", "ratus"):
            continue
        start, end = match.start(), match.start() + len(phrase)
        qualifier = _qualifier_before(text, start, lexicon)
        yield Quantity(value, None, None, qualifier, phrase, start, end, in_words=True)


def parse(text: str, patterns_dir: str | None = None) -> Quantity | None:
    """Parse one whole phrase; ``None`` when it holds no figure.

    >>> q = parse("Rp 1,5 miliar")
    >>> q.value, q.unit
    (Decimal('1500000000'), 'IDR')
    >>> q = parse("sekitar 400–500 ribu")
    >>> q.value, q.value_max, q.qualifier, q.text
    (Decimal('400000'), Decimal('500000'), 'approx', '400–500 ribu')
    """
    found = sorted(find_quantities(text, patterns_dir), key=lambda q: q.start)
    return found[0] if found else None


if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


@Language.factory("quantities", default_config={"patterns_dir": None})
def make_quantities(nlp: Language, name: str, patterns_dir: str | None) -> QuantityMarker:
    return QuantityMarker(patterns_dir)


class QuantityMarker:
    """spaCy component: every figure of the Doc into ``doc.spans["quantities"]``."""

    def __init__(self, patterns_dir: str | None = None):
        self.patterns_dir = patterns_dir

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for quantity in sorted(find_quantities(doc.text, self.patterns_dir), key=lambda q: q.start):
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is None or any(s.start < span.end and span.start < s.end for s in spans):
                continue
            span._.quantity = quantity
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc
