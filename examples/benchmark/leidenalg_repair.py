#!/usr/bin/env python3
"""The peer `propose --target K` is measured against: leidenalg, then contiguity repaired afterwards.

The spatially constrained Leiden recipe of Wang and Wang (ScLeiden): cluster the bipartite area-site flow graph
with leidenalg (RBConfigurationVertexPartition, n_iterations=-1), then repair contiguity: in every cluster the
connected piece of areas (rook adjacency of the polygons) holding most residents keeps the cluster, and each other
piece joins the neighbouring cluster its residents send most activity to (by shared boundary when they send none).
A cluster left without a providing site (or without areas) joins the neighbour it exchanges most flow with. The
resolution is bisected on log scale until the repaired count is K; when the count jumps over K, the pair of
bordering clusters whose merge loses least localisation is merged until K are left.

Usage: leidenalg_repair.py AREAS.geojson AREAS.csv|- SITES.csv FLOWS.csv[.gz] CONDITION K[,K...] [--seeds N] [--out DIR]
(AREAS.csv "-": populations from the GeoJSON's properties; DIR gets CONDITION-K-SEED.csv: area_code,region_code, readable by `footprint compare` and `--start`)
Prints one JSON line per (K, seed): localisation, smallest population, resolution, clusters before repair.
Needs Debian's python3-igraph python3-leidenalg python3-pandas python3-shapely.
"""
import json
import math
import os
import sys
from collections import defaultdict

import igraph as ig
import leidenalg as la
import pandas as pd
from shapely.geometry import shape
import warnings

from shapely.strtree import STRtree
from shapely.validation import make_valid


def rook_adjacency(geojson, codes):
    """Areas are neighbours when their polygons share a stretch of boundary (not a point)."""
    feats = json.load(open(geojson))["features"]
    index = {c: i for i, c in enumerate(codes)}
    geoms = [None] * len(codes)
    for f in feats:
        code = f["properties"].get("area_code")
        if code in index:
            geoms[index[code]] = make_valid(shape(f["geometry"]))
    tree = STRtree(geoms)
    position = {id(g): i for i, g in enumerate(geoms)}
    border = defaultdict(float)
    for a, g in enumerate(geoms):
        for h in tree.query(g):
            b = position[id(h)]
            if a < b and g.intersects(h):
                length = g.boundary.intersection(h.boundary).length
                if length > 1e-7:
                    border[(a, b)] = length
    adj = [dict() for _ in codes]
    for (a, b), length in border.items():
        adj[a][b] = length
        adj[b][a] = length
    return adj


class Problem:
    def __init__(self, areas_geojson, areas_csv, sites_csv, flows, condition):
        if areas_csv == "-":
            props = [f["properties"] for f in json.load(open(areas_geojson))["features"]]
            areas = pd.DataFrame({"area_code": [p["area_code"] for p in props],
                                  "population": [p.get("population", 0) for p in props]})
        else:
            areas = pd.read_csv(areas_csv, dtype={"area_code": str})
        df = pd.read_csv(flows, dtype={"area_code": str, "site_code": str, "condition": str})
        df = df[df["condition"] == condition]
        df = df.groupby(["area_code", "site_code"], as_index=False)["activity"].sum()
        df = df[df["activity"] > 0]
        sites = pd.read_csv(sites_csv, dtype={"site_code": str})
        providing = set(sites["site_code"]) if "conditions" not in sites else {
            s for s, c in zip(sites["site_code"], sites["conditions"].fillna(""))
            if condition in str(c).split(";")}
        self.areas = list(areas["area_code"])
        self.population = dict(zip(areas["area_code"], areas["population"].astype(float)))
        self.sites = sorted(set(df["site_code"]))
        self.nA = len(self.areas)
        names = self.areas + self.sites
        self.index = {n: i for i, n in enumerate(names)}
        self.pop = [self.population[a] for a in self.areas] + [0.0] * len(self.sites)
        self.provider = [False] * self.nA + [s in providing for s in self.sites]
        self.edges = [(self.index[a], self.index[s], w) for a, s, w in zip(df["area_code"], df["site_code"],
                                                                            df["activity"].astype(float))]
        self.graph = ig.Graph(n=len(names), edges=[(a, s) for a, s, _ in self.edges],
                              edge_attrs={"weight": [w for _, _, w in self.edges]})
        self.flow = [dict() for _ in names]
        for a, s, w in self.edges:
            self.flow[a][s] = self.flow[a].get(s, 0) + w
            self.flow[s][a] = self.flow[s].get(a, 0) + w
        self.total = sum(w for _, _, w in self.edges)
        self.adj = rook_adjacency(areas_geojson, self.areas)

    def leiden(self, gamma, seed):
        p = la.find_partition(self.graph, la.RBConfigurationVertexPartition, weights="weight",
                              resolution_parameter=gamma, n_iterations=-1, seed=seed)
        return list(p.membership)

    def pieces(self, members):
        """Connected pieces of each cluster's areas."""
        seen = [False] * self.nA
        out = []
        for start in range(self.nA):
            if seen[start]:
                continue
            piece, stack = [], [start]
            seen[start] = True
            while stack:
                a = stack.pop()
                piece.append(a)
                for b in self.adj[a]:
                    if not seen[b] and members[b] == members[a]:
                        seen[b] = True
                        stack.append(b)
            out.append(piece)
        return out

    def repair(self, members):
        members = list(members)
        while True:
            by_cluster = defaultdict(list)
            for piece in self.pieces(members):
                by_cluster[members[piece[0]]].append(piece)
            moved = False
            for c in sorted(by_cluster):
                ps = by_cluster[c]
                if len(ps) == 1:
                    continue
                ps.sort(key=lambda p: (-sum(self.pop[a] for a in p), min(p)))
                for piece in ps[1:]:
                    inside = set(piece)
                    score = defaultdict(float)
                    for a in piece:
                        for s, w in self.flow[a].items():
                            score[members[s]] += w
                    ring = {members[b] for a in piece for b in self.adj[a] if b not in inside}
                    ring.discard(c)
                    if not ring:
                        continue
                    if max(score.get(q, 0) for q in ring) <= 0:
                        border = defaultdict(float)
                        for a in piece:
                            for b, length in self.adj[a].items():
                                if b not in inside:
                                    border[members[b]] += length
                        target = max(sorted(ring), key=lambda q: border[q])
                    else:
                        target = max(sorted(ring), key=lambda q: score.get(q, 0))
                    for a in piece:
                        members[a] = target
                    moved = True
            if not moved:
                break
        return self.fix_clusters(members)

    def fix_clusters(self, members):
        """Sites of clusters with no areas, and clusters with no provider, join where most of their flow goes."""
        while True:
            has_area = defaultdict(bool)
            has_provider = defaultdict(bool)
            for i, c in enumerate(members):
                if i < self.nA:
                    has_area[c] = True
                elif self.provider[i]:
                    has_provider[c] = True
            bad = sorted(c for c in set(members) if not has_area[c] or not has_provider[c])
            if not bad:
                return members
            c = bad[0]
            nodes = [i for i, m in enumerate(members) if m == c]
            score = defaultdict(float)
            for i in nodes:
                for j, w in self.flow[i].items():
                    if members[j] != c:
                        score[members[j]] += w
                if i < self.nA:
                    for b in self.adj[i]:
                        if members[b] != c:
                            score[members[b]] += 0  # a neighbour, even without flow
            target = max(sorted(score), key=lambda q: score[q]) if score else None
            if target is None:
                return members
            for i in nodes:
                members[i] = target

    def localisation(self, members):
        return sum(w for a, s, w in self.edges if members[a] == members[s]) / self.total

    def smallest(self, members):
        pop = defaultdict(float)
        for a in range(self.nA):
            pop[members[a]] += self.pop[a]
        return min(pop.values())

    def merge_to(self, members, k):
        """Merges the bordering pair whose merge loses least localisation (i.e. gains most) until k are left."""
        members = list(members)
        while len(set(members)) > k:
            between = defaultdict(float)
            for a, s, w in self.edges:
                p, q = members[a], members[s]
                if p != q:
                    between[(min(p, q), max(p, q))] += w
            pairs = {(min(members[a], members[b]), max(members[a], members[b]))
                     for a in range(self.nA) for b in self.adj[a] if members[a] != members[b]}
            p, q = max(sorted(pairs), key=lambda pq: between.get(pq, 0))
            members = [p if m == q else m for m in members]
        return members

    def propose(self, k, seed):
        def run(gamma):
            m = self.repair(self.leiden(gamma, seed))
            return m, len(set(m))
        lo, hi = 1.0, 1.0
        m, n = run(1.0)
        steps = 1
        if n == k:
            return m, 1.0, steps
        if n < k:
            while n < k:
                lo, hi = hi, hi * 2
                m, n = run(hi)
                steps += 1
            m_hi, n_hi = m, n
        else:
            m_hi, n_hi = m, n
            while n > k:
                hi, m_hi, n_hi = lo, m, n
                lo /= 2
                m, n = run(lo)
                steps += 1
            if n == k:
                return m, lo, steps
        if n_hi == k:
            return m_hi, hi, steps
        for _ in range(24):
            if hi / lo <= 1.0001:
                break
            mid = math.sqrt(lo * hi)
            m, n = run(mid)
            steps += 1
            if n == k:
                return m, mid, steps
            if n < k:
                lo = mid
            else:
                hi, m_hi = mid, m
        return self.merge_to(m_hi, k), hi, steps


def main():
    args = [a for a in sys.argv[1:]]
    seeds, out = 5, None
    if "--seeds" in args:
        i = args.index("--seeds")
        seeds = int(args[i + 1])
        del args[i:i + 2]
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i:i + 2]
        os.makedirs(out, exist_ok=True)
    geojson, areas_csv, sites_csv, flows, condition, ks = args
    problem = Problem(geojson, areas_csv, sites_csv, flows, condition)
    for k in (int(x) for x in ks.split(",")):
        for seed in range(seeds):
            m, gamma, steps = problem.propose(k, seed)
            print(json.dumps({"condition": condition, "k": k, "seed": seed, "footprints": len(set(m)),
                              "localisation": problem.localisation(m), "smallest": problem.smallest(m),
                              "resolution": gamma, "runs": steps}), flush=True)
            if out:
                pd.DataFrame({"area_code": problem.areas, "region_code": [f"P{m[a]}" for a in range(problem.nA)]}
                             ).to_csv(os.path.join(out, f"{condition}-{k}-{seed}.csv"), index=False)


if __name__ == "__main__":
    main()
