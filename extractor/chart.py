"""Chart: a metric over the years for a region, and others to compare, from the stored facts.

Every stored fact is a point, labelled with its source (outlet or headline, and date): a chart
never averages sources away. Where sources give one region, year and metric figures that do not
agree beyond rounding (``check.disagreeing_pairs``), each is its own point, set side by side and
ringed in red; a thin line joins each region's per-year median to show the trend. Drawn with
matplotlib (no display needed) as SVG, PNG, or an offline HTML page holding the SVG and a table of
the points.
"""

from __future__ import annotations

import base64
import html
import io
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import output
from .check import disagreeing_pairs
from .language import LanguageData
from .records import METRIC_UNITS
from .store import Store

FORMATS = (".svg", ".png", ".html")
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
CONFLICT_COLOUR = "#c00000"
LABEL_CHARS = 28
"""Longer source labels are cut: a chart is read at a glance."""
SPREAD = 0.22
"""How far apart (in years) points of one year are set, so each stays visible with its label."""


class ChartError(ValueError):
    """A chart that cannot be drawn: nothing stored for it, or an unknown output format."""


@dataclass
class Point:
    """One stored fact on a chart."""

    region: str
    year: int
    value: float | int
    value_max: float | int | None
    source: str
    """The label: outlet (or headline) and date."""
    article: str
    quote: str
    conflicting: bool = False
    """Another source gives this region, year and metric a figure that does not agree."""


def points(
    store: Store, regions: Sequence[str], metric: str, data: LanguageData | None = None
) -> list[Point]:
    """The stored facts of ``regions`` (canonical names) for ``metric`` with a year, in region,
    year and publication order; those that disagree with another source are marked."""
    marks = ", ".join("?" * len(regions))
    rows = list(
        store.facts(
            f"facts.region in ({marks}) and facts.metric = ? and facts.year is not null", [*regions, metric]
        )
    )
    by_group: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        by_group[(row["region"], row["year"])].append(row)
    found = []
    for (region, year), group in sorted(
        by_group.items(), key=lambda item: (regions.index(item[0][0]), item[0][1])
    ):
        disputed = {index for pair in disagreeing_pairs(group, data) for index in pair}
        group_order = sorted(
            range(len(group)), key=lambda i: (group[i]["article_published"] or "", group[i]["id"])
        )
        for index in group_order:
            row = group[index]
            found.append(
                Point(
                    region=region,
                    year=year,
                    value=output.tidy(row["value"]),
                    value_max=output.tidy(row["value_max"]),
                    source=source_label(row),
                    article=row["article"],
                    quote=row["quote"],
                    conflicting=index in disputed,
                )
            )
    return found


def source_label(row: dict) -> str:
    """A point's label: the outlet, else the headline, else the article id; and the date.

    >>> source_label({"article_outlet": "Kaltim Today", "article_title": "X", "article": "a",
    ...               "article_published": "2025-12-01"})
    'Kaltim Today 2025-12-01'
    """
    name = row.get("article_outlet") or row.get("article_title") or Path(row["article"]).name
    if len(name) > LABEL_CHARS:
        name = name[: LABEL_CHARS - 1].rstrip() + "…"
    date = row.get("article_published")
    return f"{name} {date}" if date else name


def title(regions: Sequence[str], metric: str) -> str:
    return f"{metric} ({METRIC_UNITS.get(metric, '')}): {' vs '.join(regions)}"


def figure(found: Sequence[Point], regions: Sequence[str], metric: str):
    """The matplotlib figure of the points: one colour per region, each point labelled."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig = Figure(figsize=(10, 5.6), dpi=100, layout="constrained")
    axes = fig.add_subplot()
    for number, region in enumerate(regions):
        colour = COLOURS[number % len(COLOURS)]
        mine = [p for p in found if p.region == region]
        if not mine:
            continue
        by_year: dict[int, list[Point]] = defaultdict(list)
        for point in mine:
            by_year[point.year].append(point)
        years = sorted(by_year)
        axes.plot(
            years,
            [statistics.median(p.value for p in by_year[y]) for y in years],
            color=colour,
            lw=1,
            alpha=0.5,
        )
        for year in years:
            group = by_year[year]
            for index, point in enumerate(group):
                x = year + (index - (len(group) - 1) / 2) * SPREAD
                edge = CONFLICT_COLOUR if point.conflicting else "white"
                axes.scatter(
                    [x], [point.value], s=64, color=colour, edgecolors=edge, linewidths=2.2, zorder=3
                )
                if point.value_max is not None:
                    axes.vlines(x, point.value, point.value_max, color=colour, lw=2, alpha=0.6)
                axes.annotate(
                    plain(point.source),
                    (x, point.value),
                    xytext=label_place(index, len(group))[0],
                    ha=label_place(index, len(group))[1],
                    textcoords="offset points",
                    fontsize=7.5,
                    color="#333",
                )
    unit = METRIC_UNITS.get(metric, "")
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: axis_label(v, unit)))
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(plain(title(regions, metric)), fontsize=11, loc="left")
    axes.set_xlabel("year")
    axes.grid(True, alpha=0.25)
    years = [p.year for p in found]
    # A year either side, and more on the right for the labels of the last year's points; one
    # year alone would otherwise be stretched over centuries.
    axes.set_xlim(min(years) - 0.7, max(years) + 1.3)
    axes.margins(y=0.15)
    handles = [
        Line2D([], [], color=COLOURS[n % len(COLOURS)], marker="o", label=plain(legend_name(r, found)))
        for n, r in enumerate(regions)
    ]
    if any(p.conflicting for p in found):
        handles.append(
            Line2D([], [], color="none", marker="o", markerfacecolor="#bbb", markeredgecolor=CONFLICT_COLOUR,
                   markeredgewidth=2, label="sources disagree")
        )  # fmt: skip
    axes.legend(handles=handles, fontsize=8, loc="best")
    return fig


def label_place(index: int, count: int) -> tuple[tuple[int, int], str]:
    """Where the label of the ``index``-th of ``count`` points of a year goes (an offset in
    points, and its alignment): the first to the left, the last to the right, those between
    above and below in turn, so the labels of one year do not cover each other.

    >>> [label_place(i, 3) for i in range(3)]
    [((-7, 4), 'right'), ((0, 9), 'center'), ((7, 4), 'left')]
    >>> label_place(0, 1)
    ((7, 4), 'left')
    """
    if index == count - 1:
        return (7, 4), "left"
    if index == 0:
        return (-7, 4), "right"
    return ((0, 9), "center") if index % 2 else ((0, -16), "center")


def legend_name(region: str, found: Sequence[Point]) -> str:
    return region if any(p.region == region for p in found) else f"{region} (nothing stored)"


def axis_label(value: float, unit: str) -> str:
    """A tick label in the Indonesian convention.

    >>> axis_label(13289.0, "person"), axis_label(36.5, "percent"), axis_label(1.5e9, "IDR")
    ('13.289', '36,5 %', 'Rp 1.500.000.000')
    """
    text = output.cell(value, "value")
    return {"percent": f"{text} %", "IDR": f"Rp {text}"}.get(unit, text)


def plain(text: str) -> str:
    """Text matplotlib draws as it is: a ``$`` would start mathematical notation."""
    return text.replace("$", r"\$")


def render(found: Sequence[Point], regions: Sequence[str], metric: str, suffix: str) -> bytes:
    """The chart as the bytes of an SVG, PNG or HTML file."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise ChartError(
            f"cannot write a chart as {suffix or 'a file without a suffix'}: use .svg, .png or .html"
        )
    if suffix == ".html":
        return html_page(found, regions, metric).encode("utf-8")
    import matplotlib

    buffer = io.BytesIO()
    # An SVG keeps its words as text (searchable, selectable, read by screen readers), not paths.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "extractor"}):
        fig = figure(found, regions, metric)
        dpi = 150 if suffix == ".png" else None
        fig.savefig(buffer, format=suffix[1:], dpi=dpi, metadata=_metadata(suffix))
    return buffer.getvalue()


def _metadata(suffix: str) -> dict:
    # No creation date in an SVG: the same data gives the same file.
    return {"Date": None} if suffix == ".svg" else {}


def svg(found: Sequence[Point], regions: Sequence[str], metric: str) -> str:
    return render(found, regions, metric, ".svg").decode("utf-8")


def html_page(found: Sequence[Point], regions: Sequence[str], metric: str) -> str:
    """A page with the chart (an SVG image, offline) and the table of its points."""
    image = base64.b64encode(render(found, regions, metric, ".svg")).decode("ascii")
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(str(cell))}</td>"
            for cell in (
                p.region,
                p.year,
                output.cell(p.value, "value"),
                p.quote,
                p.source,
                p.article,
                "yes" if p.conflicting else "",
            )
        )
        + "</tr>"
        for p in found
    )
    heading = html.escape(title(regions, metric))
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>{heading}</title>
<style>body{{font:15px system-ui,sans-serif;margin:1.5rem}} img{{max-width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.2rem .5rem;text-align:left}}
table{{border-collapse:collapse}}</style>
</head><body><h1>{heading}</h1>
<img src="data:image/svg+xml;base64,{image}" alt="{heading}">
<table><thead><tr><th>region</th><th>year</th><th>value</th><th>as written</th><th>source</th><th>article</th>
<th>disagrees</th></tr></thead><tbody>
{rows}
</tbody></table></body></html>
"""


def chart_specs(store: Store, regions: Iterable[str], metrics: Sequence[str]) -> list[tuple[str, str]]:
    """The (region, metric) pairs worth a chart for the review index: each region's metrics of
    ``metrics`` that have stored facts with a year, in that order."""
    specs = []
    for region in sorted(set(regions)):
        for metric in metrics:
            found = store.db.execute(
                "select 1 from facts where region = ? and metric = ? and year is not null limit 1",
                [region, metric],
            ).fetchone()
            if found:
                specs.append((region, metric))
    return specs
