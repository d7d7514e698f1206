"""Second thoughts on the suggested types of proposals, once every mention of the article is known.

A name ending in 'Cluster' may be the cluster or the organisation that runs it. When the article says that
another organisation manages (runs, coordinates, facilitates) 'the cluster', the proposed '… Cluster' named
shortly before is the cluster itself: 'The Kobe Biomedical Innovation Cluster … the Foundation … (FBRI),
which manages the cluster'; so is a '… Cluster' or 'Clúster …' named right after such a verb ('la Cámara …, que
coordina el Clúster Energía Sostenible').
"""

from __future__ import annotations

import re
from dataclasses import replace

from clusterld.extraction.mentions import Mentions

_MANAGES = re.compile(r"\b(?:which |that |who )?(?:manages|runs|coordinates|facilitates|operates|gestiona|coordina|dinamitza|dinamiza) (?:the|el|la) (?:cluster|clúster)\b")
_CLUSTER_NAME = re.compile(r"\b(?:Cluster|Clúster)$|^(?:Cluster|Clúster)\b")
# 'X, que coordina el Clúster Energía Sostenible', 'Y, which runs the Z Cluster': the named cluster right after.
_MANAGES_NAMED = re.compile(r"\b(?:manages|runs|coordinates|facilitates|operates|gestiona|coordina|dinamitza|dinamiza) (?:the |el |la )?$")
_REACH = 400  # characters back from 'which manages the cluster' where the cluster may be named


def managed_clusters(text: str, mentions: Mentions) -> Mentions:
    """The mentions with every proposed '… Cluster' that another organisation manages made a cluster."""
    proposals = {p.id: p for p in mentions.proposals}
    clusters: set[str] = set()
    for match in _MANAGES.finditer(text):
        before = [m for m in mentions.items if match.start() - _REACH <= m.start and m.end <= match.start()]
        if not before:
            continue
        manager = before[-1].entity
        named = [m.entity for m in before if m.entity != manager and m.entity in proposals and proposals[m.entity].kind == "cluster-organisation" and _CLUSTER_NAME.search(proposals[m.entity].name)]
        if named:
            clusters.add(named[-1])
    for mention in mentions.items:
        proposal = proposals.get(mention.entity)
        if proposal and proposal.kind == "cluster-organisation" and _CLUSTER_NAME.search(proposal.name) and _MANAGES_NAMED.search(text, max(0, mention.start - 40), mention.start):
            clusters.add(mention.entity)
    if not clusters:
        return mentions
    items = tuple(replace(m, kind="cluster") if m.entity in clusters else m for m in mentions.items)
    retyped = tuple(replace(p, kind="cluster", reason=f"{p.reason}; another organisation manages it") if p.id in clusters else p for p in mentions.proposals)
    return replace(mentions, items=items, proposals=retyped)
