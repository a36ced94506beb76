"""Inputs with a long border drawn with different vertices on its two sides, for the adjacency benchmark.

Four areas over [-2, 0] x [52, 54]: A and B on the lower row split by x = -1 + 0.01 sin(8 pi t) at
y = 52 + t, A's side sampled at i/N and B's half a step later (so no segment is shared exactly, as when two
sources meet); C and D on the upper row, with straight borders shared vertex for vertex. One site per area.
Usage: python3 long_border.py N OUT_DIR   (N vertices on each side of the long border)
"""
import json
import math
import os
import sys

n = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(out, exist_ok=True)


def x(t):
    return -1 + 0.01 * math.sin(8 * math.pi * t)


west = [[x(i / n), 52 + i / n] for i in range(n + 1)] + [[-2, 53], [-2, 52]]
east = [[0, 52], [0, 53]] + [[x(1 if i == n else 0 if i == 0 else (i + 0.5) / n), 52 + (1 if i == n else 0 if i == 0
                                                                                          else (i + 0.5) / n)]
                             for i in range(n, -1, -1)]
rings = {
    "A": west + [west[0]],
    "B": east + [east[0]],
    "C": [[-2, 53], [-1, 53], [-1, 54], [-2, 54], [-2, 53]],
    "D": [[-1, 53], [0, 53], [0, 54], [-1, 54], [-1, 53]],
}
features = [{"type": "Feature", "properties": {"area_code": c, "area_name": "Area " + c, "population": 1000},
             "geometry": {"type": "Polygon", "coordinates": [ring]}} for c, ring in rings.items()]
with open(os.path.join(out, "areas.geojson"), "w") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f)
centre = {"A": (-1.5, 52.5), "B": (-0.5, 52.5), "C": (-1.5, 53.5), "D": (-0.5, 53.5)}
with open(os.path.join(out, "sites.csv"), "w") as f:
    f.write("site_code,site_name,lat,lon\n")
    for c, (lon, lat) in centre.items():
        f.write(f"S{c},Site {c},{lat},{lon}\n")
with open(os.path.join(out, "flows.csv"), "w") as f:
    f.write("area_code,site_code,condition,activity\n")
    for c in centre:
        for s in centre:
            f.write(f"{c},S{s},cancer,{100 if c == s else 10}\n")
