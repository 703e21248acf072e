"""Scrape: an HTML page (saved or fetched) into an article record, and URLs into articles.

``article_from_html`` turns the bytes of a page into an ``Article``: the headline, then the main
text in paragraphs, without page chrome, plus title, publication date, author, outlet and URL.
Articles leave here with ``needs_cleaning=True``, so one set of text rules
(``patterns/debris.jsonl``, through ``prepare.py``) serves plain text and HTML alike.

| module | owns |
|---|---|
| ``page`` | the bytes of a page into an article: the parts below, composed |
| ``encoding`` | bytes into text |
| ``text`` | the main text without page chrome; the page's visible lines |
| ``metadata`` | title, publication date, author and outlet: the cascades |
| ``structured`` | what the page writes for machines: JSON-LD, meta tags, its dates for htmldate |
| ``byline`` | the Indonesian layer: the printed dateline and the labelled byline |
| ``sites`` | the names a site goes by, told apart from headlines and authors |
| ``rules`` | the rules of ``patterns/scrape/``, compiled |
| ``listing`` | URLs into articles through ``fetch.py``: one per URL, or the ones a listing links to |

``Fetcher`` reads URLs: the article id is the URL as given (or as linked from the listing), not
the final URL after redirects: the same input keeps the same id, and so the same fact ids, from
run to run; ``Article.url`` carries the canonical URL.
"""

from __future__ import annotations

from .encoding import decode_html
from .listing import Fetcher, links_matching
from .page import article_from_html

__all__ = ["Fetcher", "article_from_html", "decode_html", "links_matching"]
