"""The review page, built from a database and looked at in a real browser (headless Chromium):
marks where the facts stand, reasons on focus, a facts table that links to them, filters, and an
article's own markup that stays text."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, review
from extractor.cli import cli
from extractor.records import Article
from tests.browser import find_browser

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
KUKAR_FILE = str(CORPUS / "kukar-kaltimtoday-2025-12-01.txt")
HOSTILE_ID = "hostile"
HOSTILE = {
    "id": HOSTILE_ID,
    "title": 'Judul <b>tebal</b> & <img src=x onerror="window.hacked=1">',
    "url": "https://example.org/berita?a=1&b=<2>",
    "published": "2025-03-01",
    "text": "Pemkab Berau <script>window.hacked = 1; document.title = 'pwned';</script> mencatat 11.872 "
    "pekerja rentan terlindungi BPJS Ketenagakerjaan pada 2024. Rapat digelar pada 3 Maret.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The corpus, the check fixtures and an article full of markup, stored."""
    folder = tmp_path_factory.mktemp("review")
    records = folder / "hostile.jsonl"
    records.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "facts.db"
    inputs = [str(CORPUS), str(REPO / "tests" / "fixtures" / "check"), str(records)]
    outcomes = list(api.run(inputs, api.Settings(db_path=str(path))))
    assert outcomes and all(o.error is None for o in outcomes)
    return path


@pytest.fixture(scope="module")
def kukar(db) -> str:
    """The id the Kukar article of the corpus is stored under."""
    store = api.Store(db, create=False)
    [row] = store.db.query("select id from articles where id like ?", ["%kukar-kaltimtoday-2025-12-01.txt"])
    return row["id"]


def stored_facts(db: Path, article_id: str) -> list[dict]:
    return [f.to_dict() for f in api.Store(db, create=False).article_facts(article_id)]


def write_page(db: Path, tmp_path: Path, *refs: str) -> Path:
    out = tmp_path / "review.html"
    result = CliRunner().invoke(cli, ["review", *refs, "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


# --- the page's parts, without a browser --------------------------------------------------------

CUTS = [
    # (id, text, marks (start, end), pieces)
    ("two marks", "a 12 b 3", [(2, 4), (7, 8)], ["a ", "[12]", " b ", "[3]"]),
    ("a mark at each end", "12 b 3", [(0, 2), (5, 6)], ["[12]", " b ", "[3]"]),
    ("an overlapping mark is left out", "a 1.200 b", [(2, 7), (4, 7)], ["a ", "[1.200]", " b"]),
    ("no marks", "tanpa angka", [], ["tanpa angka"]),
]


@pytest.mark.parametrize(("text", "spans", "pieces"), [c[1:] for c in CUTS], ids=[c[0] for c in CUTS])
def test_the_text_is_cut_into_plain_pieces_and_marks(text, spans, pieces):
    marks = [review.Mark(s, e, text[s:e]) for s, e in spans]
    got = review.cut(text, marks)
    assert [p if isinstance(p, str) else f"[{p.text}]" for p in got] == pieces
    assert "".join(p if isinstance(p, str) else p.text for p in got) == text


def test_a_fact_wins_over_a_figure_that_is_no_fact_at_the_same_place():
    article = Article(id="a", text="Ada 12 orang dan 3 desa.")
    fact = {"start": 4, "end": 6, "confidence": 0.9, "metric": "participants", "region": "X", "year": 2024,
            "value": 12, "value_max": None, "qualifier": "exact", "quote": "12"}  # fmt: skip
    decisions = [
        {"start": 4, "end": 6, "reason": "participants: cue 'orang'"},
        {"start": 17, "end": 18, "reason": "counts villages"},
    ]
    page = review.build(article, [fact], decisions)
    assert [(m.text, m.is_fact, m.reason) for m in page.marks] == [
        ("12", True, "participants: cue 'orang'"),
        ("3", False, "counts villages"),
    ]


def test_every_piece_of_article_text_is_escaped(db, tmp_path):
    html = write_page(db, tmp_path, HOSTILE_ID).read_text(encoding="utf-8")
    assert "<script>window.hacked" not in html and "&lt;script&gt;window.hacked" in html
    assert "<b>tebal</b>" not in html and "&lt;b&gt;tebal&lt;/b&gt;" in html
    assert "<img src=x" not in html
    assert html.count("<script>") == 1  # the page's own filters
    assert not re.search(r"<(link|script)[^>]+(src|href)=\"https?:", html), "the page loads nothing"


def test_an_article_not_stored_is_extracted_for_the_page_and_says_so(db, tmp_path):
    fresh = tmp_path / "berau.txt"
    fresh.write_text(HOSTILE["text"], encoding="utf-8")
    html = write_page(db, tmp_path, str(fresh)).read_text(encoding="utf-8")
    assert "Not in the database" in html and "11.872" in html


def test_a_ref_that_names_nothing_is_one_line_and_exit_2(db, tmp_path):
    result = CliRunner().invoke(cli, ["review", "nope", "--db", str(db), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.stderr == "Error: nope: no such file or directory\n"


def test_all_writes_an_index_with_charts_and_a_page_per_article(db, tmp_path):
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["review", "--all", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    index = (out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(articles/[^"]+)"', index)
    stored = api.Store(db, create=False).counts()["articles"]
    assert len(links) == len(set(links)) == stored
    assert all((out / link).is_file() for link in links)
    assert index.count("data:image/svg+xml;base64,") >= 3
    assert "participants (person): Kota Samarinda" in index


# --- in the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    pytest.importorskip("playwright", reason="playwright is in the test extra")
    if find_browser() is None:
        if os.environ.get("EXTRACTOR_NO_BROWSER"):
            pytest.skip(f"no Chromium: {os.environ['EXTRACTOR_NO_BROWSER']}")
        if os.environ.get("CI"):
            pytest.fail("CI must have a browser: .ci/run installs Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    from tests.browser import browser_page

    with browser_page() as page:
        yield page


def open_page(browser, db: Path, tmp_path: Path, ref: str):
    browser.goto(write_page(db, tmp_path, ref).as_uri())
    return browser


def test_every_fact_is_marked_on_its_own_figure(browser, db, tmp_path, kukar):
    page = open_page(browser, db, tmp_path, kukar)
    facts = stored_facts(db, kukar)
    text = api.Store(db, create=False).article(kukar).text
    marks = page.locator(".text mark.fact")
    assert marks.count() == len({(f["start"], f["end"]) for f in facts}) == 7
    for fact in facts:
        mark = page.locator(f"#figure-{fact['start']}-{fact['end']}")
        assert mark.inner_text() == fact["quote"] == text[fact["start"] : fact["end"]]
        assert "fact" in mark.get_attribute("class").split()
    assert page.locator(".text").inner_text() == text  # the marks leave the text as it is


def test_colours_follow_confidence(browser, db, tmp_path, kukar):
    page = open_page(browser, db, tmp_path, kukar)
    for fact in stored_facts(db, kukar):
        classes = page.locator(f"#figure-{fact['start']}-{fact['end']}").get_attribute("class").split()
        assert f"band-{review.band(fact['confidence'])}" in classes


def test_a_figure_that_is_no_fact_shows_its_reason_on_focus(browser, db, tmp_path, kukar):
    page = open_page(browser, db, tmp_path, kukar)
    explained = {
        (r["start"], r["end"]): r["reason"]
        for r in api.explain_article(KUKAR_FILE)
        if r["verdict"] == "no fact"
    }
    marks = page.locator(".text mark.nonfact")
    assert marks.count() == len(explained) > 0
    first = marks.first
    first.focus()
    start, end = (int(n) for n in first.get_attribute("id").split("-")[1:])
    shown = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert shown == json.dumps(f"no fact: {explained[(start, end)]}")
    colour = page.evaluate("getComputedStyle(document.activeElement).color")
    assert colour != page.evaluate("getComputedStyle(document.querySelector('.text')).color"), "greyed"


def test_the_facts_table_links_to_each_mark(browser, db, tmp_path, kukar):
    page = open_page(browser, db, tmp_path, kukar)
    rows = page.locator("table.facts tbody tr")
    assert rows.count() == len(stored_facts(db, kukar))
    link = rows.nth(1).locator("a")
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f".text mark{target}").inner_text() == link.inner_text()


FILTERS = [
    # (id, select, value, which facts stay)
    ("metric", "#filter-metric", "benefit_amount", lambda f: f["metric"] == "benefit_amount"),
    ("region", "#filter-region", "Kabupaten Kutai Kartanegara", lambda f: True),
]


@pytest.mark.parametrize(("control", "value", "keep"), [f[1:] for f in FILTERS], ids=[f[0] for f in FILTERS])
def test_filters_hide_the_facts_that_do_not_match(browser, db, tmp_path, kukar, control, value, keep):
    page = open_page(browser, db, tmp_path, kukar)
    page.select_option(control, value)
    facts = stored_facts(db, kukar)
    assert page.locator("table.facts tbody tr:visible").count() == sum(map(keep, facts))
    dimmed = page.locator(".text mark.fact.filtered-out").count()
    assert dimmed == len({(f["start"], f["end"]) for f in facts if not keep(f)})


def test_the_confidence_filter(browser, db, tmp_path, kukar):
    page = open_page(browser, db, tmp_path, kukar)
    page.locator("#filter-confidence").fill("0.8")
    facts = stored_facts(db, kukar)
    assert page.locator("table.facts tbody tr:visible").count() == sum(f["confidence"] >= 0.8 for f in facts)
    assert page.locator("#filter-confidence-value").inner_text() == "0.80"


def test_a_script_in_an_article_stays_text(browser, db, tmp_path):
    page = open_page(browser, db, tmp_path, HOSTILE_ID)
    assert page.evaluate("window.hacked") is None
    assert page.title() != "pwned"
    assert "<script>window.hacked = 1;" in page.locator(".text").inner_text()
    assert "<b>tebal</b>" in page.locator("h1").inner_text()
    assert page.locator(".text mark.fact").count() == len(stored_facts(db, HOSTILE_ID)) == 1
    assert page.locator(".text mark.fact").inner_text() == "11.872"
