"""The MRC map as SVG paths, drawn from the boundary data shipped in portal/data (no tiles, no
third-party request). Projected once per process and simplified to the map's pixel size."""

import json
import math
from functools import lru_cache

from portal.territories import DATA_DIR

WIDTH = 560
LATITUDE_OF_TRUE_SCALE = 50.0


@lru_cache(maxsize=1)
def mrc_shapes():
    """(viewbox, {code: svg path d})."""
    with open(DATA_DIR / "mrc_land.geojson", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    rings_by_code = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings_by_code[feature["properties"]["code"]] = [polygon[0] for polygon in polygons]
    points = [point for rings in rings_by_code.values() for ring in rings for point in ring]
    squeeze = math.cos(math.radians(LATITUDE_OF_TRUE_SCALE))
    west = min(p[0] for p in points)
    east = max(p[0] for p in points)
    north = max(p[1] for p in points)
    south = min(p[1] for p in points)
    scale = WIDTH / ((east - west) * squeeze)
    height = round((north - south) * scale)

    def project(point):
        return (round((point[0] - west) * squeeze * scale, 1), round((north - point[1]) * scale, 1))

    paths = {}
    for code, rings in rings_by_code.items():
        parts = []
        for ring in rings:
            projected = []
            for point in ring:
                xy = project(point)
                # Drop points within a pixel and a half of the previous one: invisible at this size.
                if not projected or abs(xy[0] - projected[-1][0]) + abs(xy[1] - projected[-1][1]) >= 1.5:
                    projected.append(xy)
            if len(projected) >= 3:
                parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in projected) + "Z")
        paths[code] = "".join(parts)
    return f"0 0 {WIDTH} {height}", paths


def colour_class(count, maximum):
    """One of six classes, 0 = nothing; steps grow with the largest count shown."""
    if count <= 0:
        return 0
    if maximum <= 5:
        return min(5, count)
    return min(5, 1 + int(4 * count / maximum))
