"""Charts: a metric over the years from the stored facts, every source its own labelled point,
sources that disagree side by side; SVG, PNG and HTML; errors in one line."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, chart
from extractor.cli import cli

REPO = Path(__file__).resolve().parent.parent
SAMARINDA = "Kota Samarinda"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The corpus and the check fixtures: Samarinda's participants in 2024 and 2025 from three
    articles, two of which disagree for 2025."""
    path = tmp_path_factory.mktemp("chart") / "facts.db"
    inputs = [str(REPO / "corpus"), str(REPO / "tests" / "fixtures" / "check")]
    assert all(o.error is None for o in api.run(inputs, api.Settings(db_path=str(path))))
    return path


def samarinda_points(db: Path) -> list[chart.Point]:
    return chart.points(api.Store(db, create=False), [SAMARINDA], "participants")


def test_every_stored_fact_is_a_point_with_its_source(db):
    found = samarinda_points(db)
    rows = list(api.export_facts(db, region="Samarinda", metric="participants"))
    assert sorted((p.year, p.value, p.article) for p in found) == sorted(
        (r["year"], r["value"], r["article"]) for r in rows if r["year"] is not None
    )
    titles = {r["article"]: r["title"] for r in rows}
    assert all(p.source.startswith(titles[p.article][:20]) for p in found)


def test_sources_that_disagree_are_separate_marked_points(db):
    in_2025 = [p for p in samarinda_points(db) if p.year == 2025]
    assert {52340, 48100} <= {p.value for p in in_2025}
    assert all(p.conflicting for p in in_2025 if p.value in (52340, 48100))
    assert not any(p.conflicting for p in samarinda_points(db) if p.year == 2024)


def test_agreeing_sources_are_not_marked(db):
    kukar = chart.points(api.Store(db, create=False), ["Kabupaten Kutai Kartanegara"], "participants_new")
    in_2025 = [p for p in kukar if p.year == 2025]
    assert len(in_2025) >= 2 and not any(p.conflicting for p in in_2025)


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".html", b"<!doctype html>")]
)
def test_the_cli_draws_svg_png_and_html(db, tmp_path, suffix, magic):
    out = tmp_path / f"chart{suffix}"
    result = CliRunner().invoke(
        cli, ["chart", "--region", "Samarinda", "--metric", "participants", "--db", str(db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    content = out.read_bytes()
    assert content.startswith(magic)
    if suffix != ".png":
        text = html.unescape(content.decode("utf-8"))
        assert all(p.source in text for p in samarinda_points(db))


def test_every_point_is_labelled_in_the_svg(db):
    found = samarinda_points(db)
    svg = chart.svg(found, [SAMARINDA], "participants")
    for point in found:
        assert html.escape(point.source, quote=False) in svg
    assert "sources disagree" in svg


def test_compare_draws_each_region(db, tmp_path):
    out = tmp_path / "c.svg"
    result = CliRunner().invoke(
        cli,
        ["chart", "--region", "Kukar", "--metric", "participants", "--compare", "Samarinda", "--db", str(db),
         "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    assert "Kabupaten Kutai Kartanegara vs Kota Samarinda" in svg


ERRORS = [
    ("ambiguous region", ["--region", "Semarang"], "'Semarang' may be any of"),
    ("nothing stored", ["--region", "Kota Bogor"], "no coverage_pct facts with a year stored for Kota Bogor"),
    ("unknown format", ["--region", "Samarinda", "--metric", "participants", "-o", "c.pdf"],
     "use .svg, .png or .html"),
]  # fmt: skip


@pytest.mark.parametrize(("flags", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_a_chart_that_cannot_be_drawn_is_one_line_and_exit_2(db, tmp_path, monkeypatch, flags, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["chart", "--db", str(db), *flags])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
