"""The timeline chart and the actor network, drawn on the server as SVG (no chart library).

Both return plain data (coordinates, labels, links) that templates/svg_*.html draw, so every
label goes through the template's escaping.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    r: float
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    lanes: list[tuple[float, str]]  # y, event type
    ticks: list[Tick]
    dots: list[Dot]
    undated: int


LEFT, RIGHT, TOP, LANE = 110, 20, 20, 28
LABELS = 200  # room right of the graph for the last names


def timeline(rows) -> Timeline:
    """One lane per event type, one dot per dated event; its size grows with corroboration."""
    dated = []
    undated = 0
    for r in rows:
        try:
            dated.append((dt.date.fromisoformat(str(r.date)[:10]), r))
        except ValueError:
            undated += 1
    types = sorted({r.type for _, r in dated})
    width = 900
    height = TOP + LANE * max(1, len(types)) + 40
    if not dated:
        return Timeline(width, height, [], [], [], undated)
    lo, hi = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max(1, (hi - lo).days)
    plot = width - LEFT - RIGHT

    def x_of(d: dt.date) -> float:
        return LEFT + plot * ((d - lo).days / span) if hi != lo else LEFT + plot / 2

    lane_y = {t: TOP + LANE * i + LANE / 2 for i, t in enumerate(types)}
    dots = []
    seen: dict[tuple[dt.date, str], int] = {}
    for d, r in dated:
        k = seen[(d, r.type)] = seen.get((d, r.type), -1) + 1  # events of one day and type sit side by side
        radius = round(4 + 2.5 * math.log2(1 + max(0, r.corroboration)), 1)
        dots.append(Dot(round(x_of(d) + k * 9, 1), lane_y[r.type], radius,
                        f"/events/{r.event}", f"{d.isoformat()}: {r.summary} (corroboration {r.corroboration})"))
    ticks = []
    n = min(6, span + 1) if hi != lo else 1
    for i in range(n):
        d = lo + dt.timedelta(days=round(span * i / max(1, n - 1))) if n > 1 else lo
        ticks.append(Tick(round(x_of(d), 1), d.isoformat()))
    return Timeline(width, height, [(lane_y[t], t) for t in types], ticks, dots, undated)


@dataclass(frozen=True, slots=True)
class Node:
    x: float
    y: float
    r: float
    name: str
    href: str | None


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclass(slots=True)
class Network:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]


def network(edges, links: dict[str, int], size: int = 640, iterations: int = 120) -> Network:
    """A deterministic force layout (Fruchterman-Reingold from a circle); edge width = events."""
    names = sorted({e.source for e in edges} | {e.target for e in edges})
    n = len(names)
    if not n:
        return Network(size, 200, [], [])
    index = {name: i for i, name in enumerate(names)}
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)
    pairs = [(index[e.source], index[e.target], e.weight) for e in edges]
    temp = 0.2
    for _ in range(iterations if n <= 150 else 30):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d = max(1e-3, math.hypot(dx, dy))
                f = k * k / d
                disp[i][0] += dx / d * f
                disp[i][1] += dy / d * f
                disp[j][0] -= dx / d * f
                disp[j][1] -= dy / d * f
        for a, b, w in pairs:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(1e-3, math.hypot(dx, dy))
            f = d * d / k * (1 + math.log(w))
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for i in range(n):
            d = max(1e-9, math.hypot(*disp[i]))
            step = min(d, temp)
            pos[i][0] += disp[i][0] / d * step
            pos[i][1] += disp[i][1] / d * step
        temp *= 0.97
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    pad = 70
    sx = (size - 2 * pad) / max(1e-9, max(xs) - min(xs))
    sy = (size - 2 * pad) / max(1e-9, max(ys) - min(ys))
    pt = [(pad + (x - min(xs)) * sx if n > 1 else size / 2, pad + (y - min(ys)) * sy if n > 1 else size / 2) for x, y in pos]
    degree = [0] * n
    for a, b, w in pairs:
        degree[a] += w
        degree[b] += w
    nodes = [Node(round(pt[i][0], 1), round(pt[i][1], 1), round(4 + 2 * math.sqrt(degree[i]), 1), names[i],
                  f"/actors/{links[names[i]]}" if names[i] in links else None) for i in range(n)]
    drawn = [Edge(round(pt[a][0], 1), round(pt[a][1], 1), round(pt[b][0], 1), round(pt[b][1], 1), round(1 + 1.5 * math.log2(w), 1) if w > 1 else 1,
                  f"{e.source} -> {e.target}: {e.weight} event(s) ({e.types})") for (a, b, w), e in zip(pairs, edges)]
    return Network(size + LABELS, size, nodes, drawn)
