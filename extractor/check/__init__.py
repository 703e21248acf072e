"""Check: a claimed figure checked against the stored facts, and the stored sources that disagree.

``extract check`` and ``extract conflicts`` in four steps, one module each:

| module | owns |
|---|---|
| ``claims`` | a claim read as the fact it claims (the article pipeline, no publication date) |
| ``agreement`` | a written figure's rounding and qualifier as an interval; when two agree |
| ``verdicts`` | a claim held against the stored facts: the verdict, its evidence, what is nearby |
| ``conflicts`` | stored sources that disagree among themselves |
| ``report`` | a verdict as the command line prints it |

``evidence`` holds what they share: the stored fact as evidence and the query that finds it.
Every name below is importable from ``extractor.check``.
"""

from __future__ import annotations

from ..records import VERDICTS
from .agreement import QUALIFIER_MARGINS, Figure, agrees, bounds, group_of, rounding_step, supports
from .claims import MISSING_MESSAGES, ParsedClaim, namesakes, parse_claim
from .conflicts import CONFLICT_COLUMNS, CONFLICT_FIELDS, Conflict, disagreeing_pairs, find_conflicts
from .evidence import CheckError, Evidence, facts_for, open_store
from .report import excerpt, format_result
from .verdicts import RELATED_METRICS, RESULT_COLUMNS, ClaimResult, check_claim, check_claims

__all__ = [
    "CONFLICT_COLUMNS",
    "CONFLICT_FIELDS",
    "MISSING_MESSAGES",
    "QUALIFIER_MARGINS",
    "RELATED_METRICS",
    "RESULT_COLUMNS",
    "VERDICTS",
    "CheckError",
    "ClaimResult",
    "Conflict",
    "Evidence",
    "Figure",
    "ParsedClaim",
    "agrees",
    "bounds",
    "check_claim",
    "check_claims",
    "disagreeing_pairs",
    "excerpt",
    "facts_for",
    "find_conflicts",
    "format_result",
    "group_of",
    "namesakes",
    "open_store",
    "parse_claim",
    "rounding_step",
    "supports",
]
