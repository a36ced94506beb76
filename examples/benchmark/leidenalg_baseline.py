#!/usr/bin/env python3
"""The baseline footprint is measured against: pandas load + igraph build + leidenalg per condition + CSV write.

Usage: leidenalg_baseline.py FLOWS.csv[.gz] OUT_DIR [--seeds N]
Runs leidenalg's ModularityVertexPartition (resolution 1, n_iterations=-1: until stable) on the bipartite
area-site flow graph of every condition, writes OUT_DIR/<condition>.csv (node,cluster), and prints one JSON
line per condition with the weighted modularity (igraph's g.modularity with weights, resolution 1) of each seed. Needs Debian's python3-igraph python3-leidenalg python3-pandas.
"""
import json
import os
import sys
import time

import igraph as ig
import leidenalg as la
import pandas as pd


def main():
    flows, out = sys.argv[1], sys.argv[2]
    seeds = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 1
    t0 = time.time()
    df = pd.read_csv(flows, dtype={"area_code": str, "site_code": str, "condition": str})
    df = df.groupby(["condition", "area_code", "site_code"], as_index=False)["activity"].sum()
    df = df[df["activity"] > 0]
    os.makedirs(out, exist_ok=True)
    for condition, d in df.groupby("condition"):
        areas = "a:" + d["area_code"]
        sites = "s:" + d["site_code"]
        names = pd.Index(pd.concat([areas, sites]).unique())
        g = ig.Graph(n=len(names), edges=list(zip(names.get_indexer(areas), names.get_indexer(sites))),
                     edge_attrs={"weight": d["activity"].astype(float).tolist()})
        qs = []
        best = None
        for seed in range(seeds):
            p = la.find_partition(g, la.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=seed)
            # weighted Newman-Girvan modularity, scored by igraph (partition.modularity did not give it here)
            q = g.modularity(p.membership, weights="weight")
            qs.append(q)
            if best is None or q > max(qs[:-1]):
                best = p
        pd.DataFrame({"node": names, "cluster": best.membership}).to_csv(os.path.join(out, condition + ".csv"),
                                                                         index=False)
        print(json.dumps({"condition": condition, "nodes": g.vcount(), "edges": g.ecount(), "clusters": len(best),
                          "modularity": qs}), flush=True)
    print(json.dumps({"seconds": round(time.time() - t0, 2)}), flush=True)


if __name__ == "__main__":
    main()
