"""Report: a verdict as the command line prints it for people."""

from __future__ import annotations

from .evidence import Evidence
from .verdicts import ClaimResult


def format_result(result: ClaimResult) -> str:
    """The human-readable verdict: a verdict line, the claim as read, then one indented line per
    piece of evidence: ``article (date): «quote» — sentence``."""
    flag = " (conflicting sources)" if result.conflicting else ""
    lines = [f"{result.verdict}{flag}: {result.claim}"]
    parsed = result.parsed
    if parsed is not None:
        qualifier = f" ({parsed.qualifier})" if parsed.qualifier != "exact" else ""
        read = ", ".join(
            str(v) if v is not None else "?" for v in (parsed.region, parsed.year, parsed.metric)
        )
        lines.append(f"  read as: {read}: «{parsed.quote}»{qualifier}")
    if result.error:
        lines.append(f"  error: {result.error}")
    for evidence in result.evidence:
        lines.append(f"  {'✓' if evidence.agrees else '✗'} {_evidence_line(evidence)}")
    if result.nearby:
        lines.append("  nearby:")
        for evidence in result.nearby:
            mark = "✓" if evidence.agrees else "·"
            lines.append(f"    {mark} [{evidence.why}] {_evidence_line(evidence)}")
    lines.extend(f"  note: {note}" for note in result.notes)
    return "\n".join(lines)


def _evidence_line(evidence: Evidence) -> str:
    where = evidence.published or "undated"
    if evidence.as_of:
        where += f", figure as of {evidence.as_of}"
    if evidence.url and evidence.url != evidence.article:
        where += f", {evidence.url}"
    qualifier = f" ({evidence.qualifier})" if evidence.qualifier != "exact" else ""
    sentence = excerpt(evidence.sentence, evidence.quote)
    return f"{evidence.article} ({where}): «{evidence.quote}»{qualifier} — {sentence}"


def excerpt(sentence: str, quote: str, width: int = 160) -> str:
    """The sentence, or a window of it around the quote when it is long.

    >>> excerpt("Pendek saja.", "x")
    'Pendek saja.'
    >>> excerpt("a " * 100 + "13.289 peserta " + "b " * 100, "13.289", 40)
    '…a a a a a a a a 13.289 peserta b b b b…'
    """
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(quote), 0)
    start = max(0, min(at + len(quote) // 2 - width // 2, len(sentence) - width))
    window = sentence[start : start + width].strip()
    return ("…" if start > 0 else "") + window + ("…" if start + width < len(sentence) else "")
