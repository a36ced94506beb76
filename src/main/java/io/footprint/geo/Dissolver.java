package io.footprint.geo;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Dissolves the areas of each footprint into one (Multi)Polygon. Area polygons that tile the land
 * form a coverage, so OverlayNG's {@link CoverageUnion} merges them by dropping shared edges, fast and
 * exact; where generalised boundaries leave slivers or overlaps it falls back to OverlayNG's robust
 * union. When only centroids are known, each area is drawn as its Voronoi cell (in British National
 * Grid metres, clipped to the centroids' convex hull widened by the median cell size) and marked so.
 */
public final class Dissolver {
  private final List<Area> areas;
  private final Geometry[] cells;
  private final boolean voronoi;
  private final GeometryFactory gf = new GeometryFactory();

  public Dissolver(List<Area> areas) {
    this.areas = areas;
    this.voronoi = areas.isEmpty() || !areas.stream().allMatch(Area::hasGeometry);
    this.cells = voronoi ? voronoiCells(areas) : null;
  }

  /** Whether footprints are drawn from Voronoi cells of centroids rather than real polygons. */
  public boolean approximate() {
    return voronoi;
  }

  public Geometry geometry(int area) {
    return voronoi ? cells[area] : areas.get(area).geometry();
  }

  /** The union of the given areas' polygons, in WGS84 lon/lat. */
  public Geometry dissolve(int[] areaIndices) {
    Geometry[] parts = new Geometry[areaIndices.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = geometry(areaIndices[i]);
    }
    if (parts.length == 0) {
      return gf.createPolygon();
    }
    if (parts.length == 1) {
      return parts[0];
    }
    try {
      Geometry u = CoverageUnion.union(asMultiPolygon(parts));
      if (u instanceof Polygonal && u.isValid()) {
        return u;
      }
    } catch (RuntimeException e) {
      // not a clean coverage (gaps or overlaps between generalised boundaries): use the robust overlay
    }
    return OverlayNGRobust.union(gf.createGeometryCollection(parts));
  }

  /**
   * The parts as one MultiPolygon, for OverlayNG's coverage union. JTS's {@code coverage.CoverageUnion}
   * wraps them in a GeometryCollection instead, whose dimension OverlayNG asks for edge after edge and
   * which computes it over every part each time: a footprint of n areas then costs O(n^2) instead of
   * O(n) (the benchmark README gives the times).
   */
  private Geometry asMultiPolygon(Geometry[] parts) {
    List<Polygon> polygons = new ArrayList<>(parts.length);
    for (Geometry g : parts) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        if (!(g.getGeometryN(k) instanceof Polygon p)) {
          return gf.createGeometryCollection(parts);
        }
        polygons.add(p);
      }
    }
    return gf.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  private Geometry[] voronoiCells(List<Area> areas) {
    BritishNationalGrid grid = new BritishNationalGrid();
    int n = areas.size();
    Geometry[] out = new Geometry[n];
    if (n == 0) {
      return out;
    }
    List<Coordinate> pts = new ArrayList<>(n);
    for (Area a : areas) {
      double[] p = grid.toGrid(a.lon(), a.lat());
      pts.add(new Coordinate(p[0], p[1]));
    }
    Geometry hull = gf.createMultiPointFromCoords(pts.toArray(new Coordinate[0])).convexHull();
    double spacing = Math.sqrt(Math.max(hull.getArea(), 1) / n);
    Geometry land = hull.buffer(Math.max(spacing, 500));
    Geometry[] cells = VoronoiCells.clipped(pts, land, PreparedGeometryFactory.prepare(land), spacing, gf);
    for (int i = 0; i < n; i++) {
      Geometry cell = cells[i];
      if (cell == null) {
        cell = gf.createPoint(pts.get(i)).buffer(spacing / 4, 4);
      }
      out[i] = grid.toLonLat(cell);
    }
    return out;
  }
}
