"""Incremental runs: an article stored as it is is not extracted again; anything that would change
its facts (its text, its date, the extractor's version, the rules) makes it extracted again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, incremental, pipeline
from extractor.cli import cli
from extractor.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KUKAR = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"


@pytest.fixture
def annotated(monkeypatch) -> list[str]:
    """The ids of the articles the pipeline runs on, in order."""
    seen: list[str] = []
    real = pipeline.annotate

    def counting(items, nlp, batch_size=32):
        def noted():
            for item in items:
                seen.append(getattr(item, "id", None))
                yield item

        return real(noted(), nlp, batch_size)

    monkeypatch.setattr(pipeline, "annotate", counting)
    return seen


def run(paths, db, **settings) -> list:
    return list(api.run([str(p) for p in paths], Settings(db_path=str(db), **settings)))


@pytest.fixture
def corpus(tmp_path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def test_a_second_run_extracts_nothing_and_gives_the_same_facts(tmp_path, corpus, annotated):
    db = tmp_path / "f.db"
    first = run([corpus], db)
    assert len(annotated) == 4
    annotated.clear()
    second = run([corpus], db)
    assert annotated == []
    assert [o.unchanged for o in second] == [True] * 4
    assert [[f.to_dict() for f in o.facts] for o in second] == [[f.to_dict() for f in o.facts] for o in first]


def edit(path: Path, tmp: Path) -> dict:
    path.write_text(path.read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    return {}


def other_rules(path: Path, tmp: Path) -> dict:
    (tmp / "rules").mkdir()
    (tmp / "rules" / "title_words.extra.txt").write_text("atas\n", encoding="utf-8")
    return {"patterns": str(tmp / "rules")}


CHANGES = [
    # (id, what changes before the second run and the settings it runs with, only the edited one)
    ("edited text", edit, True),
    ("forced", lambda path, tmp: {"force": True}, False),
    ("other rules", other_rules, False),
]


@pytest.mark.parametrize(("change", "only_edited"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_what_would_change_the_facts_extracts_again(tmp_path, corpus, annotated, change, only_edited):
    db = tmp_path / "f.db"
    edited = corpus / KUKAR.name
    run([corpus], db)
    annotated.clear()
    outcomes = run([corpus], db, **change(edited, tmp_path))
    again = [o.article.id for o in outcomes if not o.unchanged]
    expected = [str(edited)] if only_edited else [str(p) for p in sorted(corpus.glob("*.txt"))]
    assert again == expected == annotated


def test_another_extractor_version_extracts_again(tmp_path, annotated, monkeypatch):
    db = tmp_path / "f.db"
    run([KUKAR], db)
    annotated.clear()
    monkeypatch.setattr(incremental, "__version__", "99.0")
    [outcome] = run([KUKAR], db)
    assert not outcome.unchanged and annotated == [outcome.article.id]


def test_another_publication_date_extracts_again(tmp_path, annotated):
    db = tmp_path / "f.db"
    list(api.run([str(KUKAR)], Settings(db_path=str(db)), published="2025-12-01"))
    annotated.clear()
    [outcome] = list(api.run([str(KUKAR)], Settings(db_path=str(db)), published="2024-01-01"))
    assert not outcome.unchanged and annotated == [outcome.article.id]


def test_unchanged_articles_keep_their_place_among_changed_ones(tmp_path, corpus):
    db = tmp_path / "f.db"
    names = sorted(p.name for p in corpus.glob("*.txt"))
    run([corpus / names[1]], db)
    run([corpus / names[3]], db)
    outcomes = run([corpus], db)
    assert [Path(o.article.id).name for o in outcomes] == names
    assert [o.unchanged for o in outcomes] == [False, True, False, True]


def test_the_cli_says_how_many_were_unchanged_and_force_redoes_them(tmp_path, corpus):
    db = tmp_path / "f.db"
    runner = CliRunner()
    first = runner.invoke(cli, [str(corpus), "--db", str(db), "--nl"])
    facts = len(first.stdout.splitlines())
    second = runner.invoke(cli, [str(corpus), "--db", str(db), "--nl"])
    assert second.stdout == first.stdout
    assert second.stderr.splitlines()[-1] == f"4 articles (4 unchanged), {facts} facts, 0 failed → {db}"
    forced = runner.invoke(cli, [str(corpus), "--db", str(db), "--nl", "--force"])
    assert forced.stderr.splitlines()[-1] == f"4 articles, {facts} facts, 0 failed → {db}"
    assert [json.loads(line)["id"] for line in forced.stdout.splitlines()] == [
        json.loads(line)["id"] for line in first.stdout.splitlines()
    ]


COUNTS = [
    # (id, inputs made in tmp_path, expected count)
    ("two files", {"a.txt": "x", "b.html": "<p>x</p>"}, ["a.txt", "b.html"], 2),
    ("a directory", {"d/a.txt": "x", "d/e/b.txt": "y"}, ["d"], 2),
    ("JSON Lines by line", {"r.jsonl": '{"text": "a"}\n\n{"text": "b"}\n'}, ["r.jsonl"], 2),
    ("standard input", {}, ["-"], 1),
    ("a URL may list many", {}, ["https://example.org/feed"], None),
]


@pytest.mark.parametrize(("files", "inputs", "count"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_the_progress_bar_knows_its_total_when_the_inputs_tell(tmp_path, monkeypatch, files, inputs, count):
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")
    assert api.count_articles(inputs) == count
