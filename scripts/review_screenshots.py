"""Screenshots of the review page, its index and a chart, to look at (not committed).

    .venv/bin/python scripts/review_screenshots.py [OUT_DIR]     # default .cache/screenshots

Builds a database from corpus/ and tests/fixtures/check/ (two Samarinda sources that disagree),
writes `extract review --all` and a chart, and has headless Chromium (Debian's `chromium`, driven
by Playwright; no browser download) take full-page PNGs: the index, the Kukar article, the same
article with a figure that is no fact focused (its reason showing), and the chart rendered as PNG.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractor import api  # noqa: E402
from tests.browser import browser_page  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.db"
        inputs = [str(REPO / "corpus"), str(REPO / "tests" / "fixtures" / "check")]
        failed = [o.error for o in api.run(inputs, api.Settings(db_path=str(db))) if o.error]
        if failed:
            raise SystemExit(f"could not build the database: {failed}")
        index = api.write_review(out=Path(tmp) / "review", db_path=db, every=True)
        kukar = next((index.parent / "articles").glob("*kukar-kaltimtoday*.html"))
        chart = api.draw_chart("Samarinda", "participants", db_path=db, out=out / "chart-samarinda.png")
        with browser_page(width=1400, height=1000) as page:
            page.goto(index.as_uri())
            page.screenshot(path=str(out / "review-index.png"), full_page=True)
            page.goto(kukar.as_uri())
            page.screenshot(path=str(out / "review-article.png"), full_page=True)
            page.locator(".text mark.nonfact").first.focus()
            page.screenshot(path=str(out / "review-article-reason.png"))
            page.select_option("#filter-metric", "benefit_amount")
            page.screenshot(path=str(out / "review-article-filtered.png"))
    for name in (
        "review-index.png",
        "review-article.png",
        "review-article-reason.png",
        "review-article-filtered.png",
    ):
        print(out / name)
    print(chart)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / ".cache" / "screenshots")
