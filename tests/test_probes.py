"""The probe sets (``tests/probes/``) stay above the floors they reached.

A fact is right when region, year, metric and value (and value_max) all agree, as in the shared
scorer; duplicates count once. Raise a floor as the rules improve; never lower one to let a
change pass without saying why in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import api, sources

PROBES = Path(__file__).resolve().parent / "probes"
FLOORS = {
    "text2": 0.95,
    "text3": 0.97,
    "text4": 0.91,
    "text5": 0.97,
    "text6": 0.96,
    "text7": 0.88,
    "text8": 0.96,
    "text9": 0.95,
    "text10": 0.97,
    "text11": 0.96,
    "text12": 0.89,
    "text13": 0.91,
    "text14": 0.94,
    "text15": 0.92,
    "text16": 0.92,
    "text17": 0.92,
    "text18": 0.93,
    "text19": 0.90,
    "text20": 0.92,
    "text21": 0.92,
    "text22": 0.87,
    "text23": 0.89,
    "text24": 0.86,
    "text25": 0.87,
    "text26": 0.90,
    "text27": 0.85,
    "text28": 0.91,
    "text29": 0.88,
    "text30": 0.86,
    "text31": 0.88,
    "text32": 0.87,
    "text33": 0.92,
    "text34": 0.90,
    "text35": 0.89,
    "text36": 0.80,
    "text37": 0.90,
    "text38": 0.90,
    "text39": 0.88,
    "text40": 0.89,
    "text41": 0.92,
    "text42": 0.88,
    "text43": 0.90,
    "text44": 0.86,
    "text45": 0.87,
    "text46": 0.90,
    "text47": 0.90,
    "text48": 0.85,
    "text49": 0.95,
    "text50": 0.94,
    "text51": 0.97,
    "text52": 0.90,
    "text53": 0.86,
    "text54": 0.89,
    "text55": 0.96,
    "text56": 0.94,
    "text57": 0.97,
    "text58": 0.94,
    "text59": 0.94,
    "text60": 0.93,
    "html": 0.96,
}


def key(fact: dict) -> tuple:
    value_max = fact.get("value_max")
    return (
        (fact.get("region") or "").lower(),
        fact.get("year"),
        fact.get("metric"),
        round(float(fact["value"]), 2),
        None if value_max is None else round(float(value_max), 2),
    )


def f1(folder: Path) -> float:
    expected = {}
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        expected[Path(record["article"]).stem] = {key(f) for f in record["facts"]}
    paths = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    predicted: dict[str, set] = {}
    for outcome in api.extract_articles(sources.read_articles(paths)):
        assert outcome.error is None, outcome.error
        predicted[Path(outcome.article.id).stem] = {key(f.to_dict()) for f in outcome.facts}
    right = sum(len(expected[a] & predicted.get(a, set())) for a in expected)
    made = sum(len(predicted.get(a, set())) for a in expected)
    wanted = sum(len(facts) for facts in expected.values())
    precision, recall = right / made, right / wanted
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_set_stays_above_its_floor(name):
    score = f1(PROBES / name)
    assert score >= FLOORS[name], f"{name}: strict F1 {score:.3f} < {FLOORS[name]}"
