"""Small charts of an entity's observations over time: one per indicator and unit, in SVG coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import URIRef

from clusterld.description import Triples
from clusterld.iris import CL

SDO = "https://schema.org/"
DATE_PREDICATES = (URIRef(SDO + "observationDate"), CL.periodEnd, CL.periodStart, CL.attestedOn)
WIDTH, HEIGHT = 420, 180
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 28


@dataclass(frozen=True)
class Point:
    """One observation: where it is drawn, and what it says."""

    x: float
    y: float
    date: str
    value: str
    fact: URIRef


@dataclass(frozen=True)
class Chart:
    """A series of observations of one indicator in one unit, laid out in a WIDTH × HEIGHT box."""

    indicator: URIRef | None
    unit: URIRef | None
    width: int
    height: int
    points: tuple[Point, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]

    @property
    def line(self) -> str:
        """The points of the SVG polyline joining the observations in time order."""
        return " ".join(f"{p.x},{p.y}" for p in self.points)

    @property
    def is_series(self) -> bool:
        """Whether there is a line to draw (two observations or more); a single figure reads better in a table."""
        return len(self.points) > 1

    @property
    def baseline(self) -> float:
        """The y of the time axis."""
        return float(self.height - BOTTOM)


def decimal_year(date: str) -> float:
    """An ISO date of any precision as a year with a fraction: "2016-07" → 2016.5."""
    parts = [int(p) for p in date.split("-")[:3]]
    year, month, day = (parts + [1, 1])[:3]
    return year + (month - 1) / 12 + (day - 1) / 365


def _number(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def observation_charts(graph: Triples, iri: URIRef) -> tuple[Chart, ...]:
    """One chart per (indicator, unit) of the dated observations about `iri` in its description graph."""
    series: dict[tuple, list[tuple[float, str, Decimal, URIRef]]] = {}
    for fact in graph.subjects(CL.observedEntity, iri):
        value = graph.value(fact, CL.value)
        date = next((graph.value(fact, p) for p in DATE_PREDICATES if graph.value(fact, p) is not None), None)
        if value is None or date is None or not isinstance(fact, URIRef):
            continue
        try:
            number = Decimal(str(value))
            x = decimal_year(str(date))
        except (InvalidOperation, ValueError):
            continue
        key = (graph.value(fact, CL.indicator), graph.value(fact, CL.unit))
        series.setdefault(key, []).append((x, str(date), number, fact))
    return tuple(_chart(indicator, unit, sorted(points, key=lambda p: (p[0], str(p[3]))))
                 for (indicator, unit), points in sorted(series.items(), key=lambda item: tuple(map(str, item[0]))))


def _chart(indicator: object, unit: object, points: list[tuple[float, str, Decimal, URIRef]]) -> Chart:
    xs = [p[0] for p in points]
    top = max(max(p[2] for p in points), Decimal(0))
    bottom = min(min(p[2] for p in points), Decimal(0))
    span_y = float(top - bottom) or 1.0
    first, last = min(xs), max(xs)
    span_x = last - first
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return round(LEFT + (plot_w / 2 if span_x == 0 else (x - first) / span_x * plot_w), 1)

    def py(v: Decimal) -> float:
        return round(TOP + plot_h - float(v - bottom) / span_y * plot_h, 1)

    placed = tuple(Point(px(x), py(v), date, _number(v), fact) for x, date, v, fact in points)
    x_ticks = tuple(sorted({(p.x, p.date[:4]) for p in (placed[0], placed[-1])}))
    y_ticks = tuple(sorted({(py(bottom), _number(bottom)), (py(top), _number(top))}))
    return Chart(indicator if isinstance(indicator, URIRef) else None, unit if isinstance(unit, URIRef) else None,
                 WIDTH, HEIGHT, placed, x_ticks, y_ticks)
