"""The actor network of a corpus as GraphML or GEXF, for Gephi, networkx, igraph or R.

Nodes are the corpus actors that take part in an event, with `label` (the name), `kind`,
`country` and the number of events they act in. Edges are directed source -> target, one per
actor pair: `weight` (corpus events, each counted once however many outlets report it), one
integer attribute per PLOVER type (`ASSAULT`: 2), `types` ("ASSAULT:2; CONSULT:1"), and the
first and last event dates (ISO). Written with the standard library, so no graph package is
needed to export.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field

from ..errors import StoreError
from ..model import PLOVER_TYPES
from .store import explain

GEXF_NS = "http://www.gexf.net/1.2draft"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


@dataclass(slots=True)
class Node:
    id: int
    label: str
    kind: str
    country: str | None
    events: int = 0


@dataclass(slots=True)
class Edge:
    source: int
    target: int
    events: set[int] = field(default_factory=set)
    types: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return len(self.events)


def build(conn: sqlite3.Connection) -> tuple[dict[int, Node], dict[tuple[int, int], Edge]]:
    """Nodes and edges of the network (self-loops left out)."""
    sql = """SELECT e.id, e.type, e.date, s.actor, t.actor
             FROM events e
             JOIN event_actors s ON s.event = e.id AND s.role = 'source'
             JOIN event_actors t ON t.event = e.id AND t.role = 'target'
             WHERE s.actor != t.actor ORDER BY e.id"""
    try:
        links = conn.execute(sql).fetchall()
        actors = {r[0]: Node(r[0], r[1], r[2], r[3]) for r in conn.execute("SELECT id, name, kind, country FROM actors")}
    except sqlite3.Error as e:
        raise explain("corpus", e) from None
    edges: dict[tuple[int, int], Edge] = {}
    acting: dict[int, set[int]] = {}
    for event, type_, date, s, t in links:
        edge = edges.setdefault((s, t), Edge(s, t))
        if event not in edge.events:
            edge.events.add(event)
            edge.types[type_] += 1
            if date:
                edge.dates.append(date)
        acting.setdefault(s, set()).add(event)
        acting.setdefault(t, set()).add(event)
    nodes = {}
    for actor, events in acting.items():
        node = actors[actor]
        node.events = len(events)
        nodes[actor] = node
    return nodes, edges


def _types(edge: Edge) -> str:
    return "; ".join(f"{t}:{n}" for t, n in sorted(edge.types.items(), key=lambda kv: (-kv[1], kv[0])))


def _edge_values(edge: Edge, plover: list[str]) -> list[tuple[str, str, object]]:
    """(name, type, value) of an edge's attributes; None values are left out of the file."""
    dates = sorted(edge.dates)
    values: list[tuple[str, str, object]] = [
        ("weight", "int", edge.weight), ("types", "string", _types(edge)),
        ("first_date", "string", dates[0] if dates else None), ("last_date", "string", dates[-1] if dates else None)]
    values += [(t, "int", edge.types.get(t, 0)) for t in plover]
    return values


def _plover(edges: dict) -> list[str]:
    found = {t for e in edges.values() for t in e.types}
    return [t for t in PLOVER_TYPES if t in found] + sorted(found - set(PLOVER_TYPES))


_NODE_ATTRS = (("label", "string"), ("kind", "string"), ("country", "string"), ("events", "int"))


def _node_values(node: Node) -> list[tuple[str, str, object]]:
    return [("label", "string", node.label), ("kind", "string", node.kind), ("country", "string", node.country),
            ("events", "int", node.events)]


def graphml(nodes: dict[int, Node], edges: dict[tuple[int, int], Edge]) -> ET.ElementTree:
    ET.register_namespace("", GRAPHML_NS)
    q = lambda tag: f"{{{GRAPHML_NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("graphml"))
    plover = _plover(edges)
    keys = {}
    for i, (name, kind) in enumerate(_NODE_ATTRS):
        keys[("node", name)] = f"n{i}"
        ET.SubElement(root, q("key"), {"id": f"n{i}", "for": "node", "attr.name": name, "attr.type": kind})
    for i, (name, kind, _) in enumerate(_edge_values(Edge(0, 0), plover)):
        keys[("edge", name)] = f"e{i}"
        ET.SubElement(root, q("key"), {"id": f"e{i}", "for": "edge", "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, q("graph"), {"id": "actors", "edgedefault": "directed"})
    for node in sorted(nodes.values(), key=lambda n: n.id):
        el = ET.SubElement(graph, q("node"), {"id": str(node.id)})
        for name, _, value in _node_values(node):
            if value is not None:
                ET.SubElement(el, q("data"), {"key": keys[("node", name)]}).text = str(value)
    for i, edge in enumerate(sorted(edges.values(), key=lambda e: (e.source, e.target))):
        el = ET.SubElement(graph, q("edge"), {"id": f"e{i}", "source": str(edge.source), "target": str(edge.target)})
        for name, _, value in _edge_values(edge, plover):
            if value is not None:
                ET.SubElement(el, q("data"), {"key": keys[("edge", name)]}).text = str(value)
    return ET.ElementTree(root)


def gexf(nodes: dict[int, Node], edges: dict[tuple[int, int], Edge]) -> ET.ElementTree:
    ET.register_namespace("", GEXF_NS)
    q = lambda tag: f"{{{GEXF_NS}}}{tag}"  # noqa: E731
    gexf_type = {"int": "integer", "string": "string"}
    root = ET.Element(q("gexf"), {"version": "1.2"})
    meta = ET.SubElement(root, q("meta"), {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, q("creator")).text = "newsgraph"
    ET.SubElement(meta, q("description")).text = "actor network: directed source -> target, weighted by corpus events"
    graph = ET.SubElement(root, q("graph"), {"defaultedgetype": "directed", "mode": "static"})
    plover = _plover(edges)
    node_attrs = [(n, k) for n, k in _NODE_ATTRS if n != "label"]
    edge_attrs = [(n, k) for n, k, _ in _edge_values(Edge(0, 0), plover) if n != "weight"]
    for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        el = ET.SubElement(graph, q("attributes"), {"class": cls, "mode": "static"})
        for i, (name, kind) in enumerate(attrs):
            ET.SubElement(el, q("attribute"), {"id": str(i), "title": name, "type": gexf_type[kind]})
    node_ids = {n: str(i) for i, (n, _) in enumerate(node_attrs)}
    edge_ids = {n: str(i) for i, (n, _) in enumerate(edge_attrs)}
    nodes_el = ET.SubElement(graph, q("nodes"))
    for node in sorted(nodes.values(), key=lambda n: n.id):
        el = ET.SubElement(nodes_el, q("node"), {"id": str(node.id), "label": node.label})
        vals = ET.SubElement(el, q("attvalues"))
        for name, _, value in _node_values(node):
            if name != "label" and value is not None:
                ET.SubElement(vals, q("attvalue"), {"for": node_ids[name], "value": str(value)})
    edges_el = ET.SubElement(graph, q("edges"))
    for i, edge in enumerate(sorted(edges.values(), key=lambda e: (e.source, e.target))):
        el = ET.SubElement(edges_el, q("edge"), {"id": str(i), "source": str(edge.source), "target": str(edge.target),
                                                 "weight": str(edge.weight)})
        vals = ET.SubElement(el, q("attvalues"))
        for name, _, value in _edge_values(edge, plover):
            if name != "weight" and value is not None:
                ET.SubElement(vals, q("attvalue"), {"for": edge_ids[name], "value": str(value)})
    return ET.ElementTree(root)


def write(conn: sqlite3.Connection, fmt: str, path) -> int:
    """Write the network to `path`; returns nodes + edges."""
    if fmt not in ("graphml", "gexf"):
        raise StoreError(f"unknown network format {fmt!r}; choose graphml or gexf")
    nodes, edges = build(conn)
    tree = (graphml if fmt == "graphml" else gexf)(nodes, edges)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return len(nodes) + len(edges)
