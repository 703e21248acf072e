"""Agreement: whether two written figures can be the same true value, and what counts as the same figure.

Rounding. A figure as written stands for an interval of true values (``bounds``): ``13 ribu`` is
12.500–13.500, ``13,3 ribu`` 13.250–13.350, ``36 persen`` 35,5–36,5, ``13.289`` itself. The
rounding step is read from how the figure is written (``rounding_step``): the last written digit,
times its scale word; trailing zeros of a whole number count as rounding down to two significant
digits (``13.000`` is like ``13 ribu``, ``10.000`` is 9.500–10.500, not 5.000–15.000), never in
a percentage (``40 persen`` is 39,5–40,5). Qualifiers widen the interval the way they read:
``sekitar`` ± the step or 5 %, ``hampir`` up to 10 % below, ``lebih dari`` / ``sedikitnya`` up
to 25 % above, ``kurang dari`` up to 25 % below; ``hingga`` (a ceiling, kept only for money) is
the figure itself. A stored range is the interval between its ends. Two figures agree when their
intervals overlap (``agrees``): for an exact stored figure this is "the stored value rounds to
the claim at the claim's precision", and it is symmetric, so the same test finds conflicts.

What counts as the same figure. The ``detail`` of a fact is read as a group (``group_of``,
``patterns/check/groups.csv``): a worker group (nelayan), a kind of benefit (santunan kematian and
santunan JKM are both a death benefit; beasiswa is a scholarship), or none (pekerja rentan, the
usual total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..language import LanguageData

# How far each qualifier lets the true value lie from the written figure, as a share of the
# figure, below and above it. The rounding step always applies on top (see ``bounds``).
QUALIFIER_MARGINS: dict[str, tuple[Decimal, Decimal]] = {
    "exact": (Decimal(0), Decimal(0)),
    "up_to": (Decimal(0), Decimal(0)),
    "approx": (Decimal("0.05"), Decimal("0.05")),
    "almost": (Decimal("0.10"), Decimal(0)),
    "more_than": (Decimal(0), Decimal("0.25")),
    "at_least": (Decimal(0), Decimal("0.25")),
    "less_than": (Decimal("0.25"), Decimal(0)),
}


_WRITTEN_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")
_WORD = re.compile(r"\s?([^\W\d_]+)")


def _scale_words(data: LanguageData | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Scale word → exponent: words that scale any figure, and those only after Rp/IDR."""
    return (data or LanguageData.load()).derived("check.scale_words", _build_scale_words)


def _build_scale_words(data: LanguageData) -> tuple[dict[str, int], dict[str, int]]:
    anywhere, money_only = {}, {}
    for row in data.table("numbers/scales.csv"):
        (money_only if row["after_currency_only"] else anywhere)[row["word"].lower()] = int(row["exponent"])
    return anywhere, money_only


def rounding_step(quote: str, data: LanguageData | None = None) -> Decimal:
    """The rounding step of a figure as written: what its last written digit is worth.

    >>> [str(rounding_step(q)) for q in ("13.289", "13 ribu", "13,3 ribu", "14rb", "13.000")]
    ['1', '1000', '100', '1000', '1000']
    >>> [str(rounding_step(q)) for q in ("10.000", "300.000", "200", "40", "1,5 juta", "1,48 Juta")]
    ['1000', '10000', '10', '1', '100000', '10000']
    >>> [str(rounding_step(q)) for q in ("36 persen", "36,4 persen", "40 %", "20 sampai 25 persen")]
    ['1', '0.1', '1', '1']
    >>> money = ("Rp 42 juta", "Rp42.000.000", "Rp 5 M", "Rp 16.800,00", "44.259 ribu")
    >>> [str(rounding_step(q)) for q in money]
    ['1000000', '1000000', '1000000000', '100', '1']
    >>> [str(rounding_step(q)) for q in ("Dua Belas Ribu", "tiga", "400–500 ribu")]
    ['1000', '1', '10000']
    """
    anywhere, money_only = _scale_words(data)
    money = re.search(r"\b(?:rp|idr)", quote, re.IGNORECASE) is not None
    scales = {**anywhere, **money_only} if money else anywhere
    found = list(_WRITTEN_NUMBER.finditer(quote))
    if not found:
        # Spelled out: "dua belas ribu" is rounded to its last scale word.
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", quote)]
        exponents = [anywhere[w] for w in words if w in anywhere]
        return Decimal(10) ** (exponents[-1] if exponents else 0)
    # The last number carries the scale of a range ("400–500 ribu").
    match = found[-1]
    digits, decimals = match.group(1), match.group(2) or ""
    word = _WORD.match(quote, match.end())
    exponent = scales.get(word.group(1).lower(), 0) if word else 0
    if "." in digits and not decimals:
        exponent = 0  # a scale word after fully grouped digits repeats them (44.259 ribu)
    if money and set(decimals) == {"0"}:
        decimals = ""  # Rp 16.800,00: the cents of a whole amount are no precision
    if decimals:
        return Decimal(10) ** (exponent - len(decimals))
    whole = digits.replace(".", "").lstrip("0") or "0"
    zeros = len(whole) - len(whole.rstrip("0"))
    percent = re.search(r"%|persen", quote, re.IGNORECASE) is not None
    rounded = 0 if percent else max(0, min(zeros, len(whole) - 2))
    return Decimal(10) ** (exponent + rounded)


def bounds(
    value: Decimal, value_max: Decimal | None, qualifier: str, step: Decimal
) -> tuple[Decimal, Decimal]:
    """The interval of true values a written figure allows, given its qualifier and rounding step.

    >>> def show(*args):
    ...     return tuple(str(b) for b in bounds(*args))
    >>> show(Decimal(13000), None, "exact", Decimal(1000))
    ('12500', '13500')
    >>> show(Decimal(13000), None, "approx", Decimal(1000))
    ('12000', '14000')
    >>> show(Decimal(14000), None, "almost", Decimal(1000))
    ('12600.00', '14000')
    >>> show(Decimal(13000), None, "more_than", Decimal(1000))
    ('13000', '16250.00')
    >>> show(Decimal(400000), Decimal(500000), "exact", Decimal(10000))
    ('395000', '505000')
    """
    below, above = QUALIFIER_MARGINS.get(qualifier, (Decimal(0), Decimal(0)))
    high = value if value_max is None else value_max
    half = step / 2
    if qualifier == "approx":
        return value - max(step, below * abs(value)), high + max(step, above * abs(high))
    if qualifier == "almost" or qualifier == "less_than":
        return value - max(step, below * abs(value)), high
    if qualifier in ("more_than", "at_least"):
        return value, high + max(step, above * abs(high))
    return value - half, high + half


@dataclass(frozen=True)
class Figure:
    """A figure as written: value(s), qualifier and rounding step; what ``agrees`` compares."""

    value: Decimal
    value_max: Decimal | None = None
    qualifier: str = "exact"
    step: Decimal = Decimal(1)

    @classmethod
    def of(cls, record: dict, data: LanguageData | None = None) -> Figure:
        """The figure of a fact record (a stored row or a parsed claim)."""
        return cls(
            _decimal(record["value"]),
            None if record.get("value_max") is None else _decimal(record["value_max"]),
            record.get("qualifier") or "exact",
            rounding_step(record.get("quote") or "", data),
        )

    def bounds(self) -> tuple[Decimal, Decimal]:
        return bounds(self.value, self.value_max, self.qualifier, self.step)


def agrees(a: Figure, b: Figure) -> bool:
    """Whether two figures can be the same true value: their intervals overlap by more than a
    point (so ``5`` and ``6``, or ``13 ribu`` and ``14 ribu``, touch but disagree). Symmetric.

    >>> exact = Figure(Decimal(13289))
    >>> agrees(Figure(Decimal(13000), step=Decimal(1000)), exact)
    True
    >>> agrees(Figure(Decimal(13300), step=Decimal(100)), exact)
    True
    >>> agrees(Figure(Decimal(14000), qualifier="almost", step=Decimal(1000)), exact)
    True
    >>> agrees(Figure(Decimal(15000), step=Decimal(1000)), exact)
    False
    >>> agrees(Figure(Decimal(13000), step=Decimal(1000)), Figure(Decimal(14000), step=Decimal(1000)))
    False
    >>> agrees(Figure(Decimal(36), step=Decimal(1)), Figure(Decimal("36.4"), step=Decimal("0.1")))
    True
    >>> agrees(Figure(Decimal(1500000), step=Decimal(100000)), Figure(Decimal(1480000), step=Decimal(10000)))
    True
    """
    a_low, a_high = a.bounds()
    b_low, b_high = b.bounds()
    return a_low < b_high and b_low < a_high


def supports(stored: list[Figure], claim: Figure) -> bool:
    """Whether the stored figures support the claim: it agrees with one of them and with what
    that one's sources know together (the overlap of every figure agreeing with it), so a vague
    ``lebih dari 13 ribu`` does not back ``15 ribu`` when another source says ``13.289``.

    >>> exact, vague = Figure(Decimal(13289)), Figure(Decimal(13000), None, "more_than", Decimal(1000))
    >>> supports([exact, vague], Figure(Decimal(13000), step=Decimal(1000)))
    True
    >>> supports([exact, vague], Figure(Decimal(15000), step=Decimal(1000)))
    False
    >>> supports([vague], Figure(Decimal(15000), step=Decimal(1000)))
    True
    """
    for figure in stored:
        if not agrees(figure, claim):
            continue
        camp = [other.bounds() for other in stored if agrees(figure, other)]
        low, high = max(b[0] for b in camp), min(b[1] for b in camp)
        if low > high:  # the camp is not consistent as a whole: this figure alone
            low, high = figure.bounds()
        claim_low, claim_high = claim.bounds()
        if claim_low < high and low < claim_high:
            return True
    return False


def _decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def group_of(detail: str | None, data: LanguageData | None = None) -> str:
    """The group a fact's detail names, "" for none (``patterns/check/groups.csv``).

    >>> [group_of(d) for d in ("santunan jkm", "beasiswa pendidikan", "nelayan", "pekerja rentan", None)]
    ['death benefit', 'scholarship', 'nelayan', '', '']
    """
    if not detail:
        return ""
    groups = (data or LanguageData.load()).derived("check.groups", _groups)
    return groups.get(detail.lower(), detail.lower())


def _groups(data: LanguageData) -> dict[str, str]:
    return {row["detail"].lower(): row["group"] or "" for row in data.table("check/groups.csv")}
