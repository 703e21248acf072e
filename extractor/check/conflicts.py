"""Conflicts: stored sources that disagree among themselves.

Two stored figures conflict when they come from different articles, are the same figure (region,
year, metric, programme and group: a subgroup, "500 nelayan", is never set against a total), name
no different months or days (``as_of``), and do not agree beyond rounding (``agreement.agrees``).
``find_conflicts`` lists every region, year and metric with such a pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from ..language import LanguageData
from ..store import Store
from .agreement import Figure, agrees, group_of
from .evidence import Evidence, facts_for


@dataclass
class Conflict:
    """A region, year and metric for which stored articles give figures that disagree."""

    region: str
    year: int
    metric: str
    facts: list[Evidence]
    pairs: list[tuple[int, int]]
    """Indices into ``facts`` of the pairs of figures that disagree."""

    def records(self) -> list[dict]:
        """One flat record per disagreeing pair, for ``output.write``."""
        rows = []
        for i, j in self.pairs:
            row = {"region": self.region, "year": self.year, "metric": self.metric}
            for side, fact in (("a", self.facts[i]), ("b", self.facts[j])):
                row.update({f"{name}_{side}": getattr(fact, name) for name in SIDE_FIELDS})
            rows.append(row)
        return rows


CONFLICT_COLUMNS = ("region", "year", "metric", "quote_a", "article_a", "quote_b", "article_b")
SIDE_FIELDS = (
    "quote",
    "value",
    "value_max",
    "qualifier",
    "as_of",
    "article",
    "published",
    "url",
    "title",
    "sentence",
    "start",
    "end",
)
CONFLICT_FIELDS = ("region", "year", "metric") + tuple(
    f"{name}_{side}" for side in "ab" for name in SIDE_FIELDS
)
"""Every field of a conflict record, in order (a CSV's header when there are none)."""


def disagreeing_pairs(rows: list[dict], data: LanguageData | None = None) -> list[tuple[int, int]]:
    """Index pairs of stored facts from different articles, for the same region, programme and
    group, whose figures do not agree beyond rounding. Two figures dated to different months or
    days of the year (``as_of``) are two points in time, not a disagreement."""
    figures = [Figure.of(row, data) for row in rows]
    seen, pairs = set(), []
    for i, j in combinations(range(len(rows)), 2):
        a, b = rows[i], rows[j]
        if a["article"] == b["article"] or _kind(a, data) != _kind(b, data):
            continue
        if _different_dates(a["as_of"], b["as_of"]):
            continue
        key = (a["article"], a["value"], a["value_max"], b["article"], b["value"], b["value_max"])
        if key not in seen and not agrees(figures[i], figures[j]):
            seen.add(key)
            pairs.append((i, j))
    return pairs


def _different_dates(a: str | None, b: str | None) -> bool:
    """Whether two ``as_of`` dates name different times (2025-06 and 2025-06-30 do not).

    >>> pairs = (("2025-06", "2025-11"), ("2025-06", "2025-06-30"), (None, "2025-06"))
    >>> [_different_dates(a, b) for a, b in pairs]
    [True, False, False]
    """
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def _kind(row: dict, data: LanguageData | None) -> tuple:
    """What makes two stored figures the same figure: region, year, metric, programme, group."""
    return row["region"], row["year"], row["metric"], row["program"], group_of(row["detail"], data)


def find_conflicts(store: Store, data: LanguageData | None = None) -> list[Conflict]:
    """Every region, year and metric where stored articles give figures that differ beyond
    rounding, in region, year, metric order."""
    groups = store.db.query(
        "select region, year, metric from facts where year is not null group by region, year, metric "
        "having count(distinct article) > 1 order by region, year, metric"
    )
    conflicts = []
    for group in list(groups):
        rows = facts_for(store, [group["region"]], group["year"], group["metric"])
        pairs = disagreeing_pairs(rows, data)
        if pairs:
            evidence = [Evidence.of(row) for row in rows]
            conflicts.append(Conflict(group["region"], group["year"], group["metric"], evidence, pairs))
    return conflicts
