"""The actor network (datelines.query.network) as GraphML, for Gephi, Cytoscape, networkx or igraph.

A directed graph: a node per actor with its event counts, an edge per dyad with `weight` (the number
of clustered events), `goldstein_sum`, `goldstein_mean`, `sign` and the counts by quad class.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("events", "int"), ("as_source", "int"), ("as_target", "int"))
EDGE_KEYS = (("weight", "int"), ("goldstein_sum", "double"), ("goldstein_mean", "double"), ("sign", "int"),
             ("quad1", "int"), ("quad2", "int"), ("quad3", "int"), ("quad4", "int"))


def graphml_tree(net: dict[str, Any]) -> ET.ElementTree:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{NS}}}key", {"id": f"{domain}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": f"datelines-{net.get('level', 'actor')}", "edgedefault": "directed"})
    for node in net["nodes"]:
        element = ET.SubElement(graph, f"{{{NS}}}node", {"id": node["id"]})
        for name, _ in NODE_KEYS:
            ET.SubElement(element, f"{{{NS}}}data", {"key": f"node_{name}"}).text = str(node[name])
    for n, edge in enumerate(net["edges"]):
        element = ET.SubElement(graph, f"{{{NS}}}edge", {"id": f"e{n}", "source": edge["source"], "target": edge["target"]})
        values = {**edge, "weight": edge["events"]}
        for name, _ in EDGE_KEYS:
            ET.SubElement(element, f"{{{NS}}}data", {"key": f"edge_{name}"}).text = str(values[name])
    ET.indent(root)
    return ET.ElementTree(root)


def write_graphml(net: dict[str, Any], path: Path) -> None:
    graphml_tree(net).write(Path(path), encoding="utf-8", xml_declaration=True)
