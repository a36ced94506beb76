package io.footprint.report;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The report's maps: WGS84 geometry projected to British National Grid (so England is not stretched),
 * scaled to the page and written as SVG path data, simplified to what the map can show. One projection
 * serves every map of a report, so they share an extent.
 */
final class SvgProjection {
  private final BritishNationalGrid grid = new BritishNationalGrid();
  private final Envelope extent = new Envelope();
  private double scale;

  private SvgProjection() {}

  /** The projection that fits every footprint of the run (or, with none, every area's centroid) in {@code width}. */
  static SvgProjection of(RunResult run, double width) {
    SvgProjection p = new SvgProjection();
    for (ConditionResult c : run.conditions()) {
      for (Geometry g : c.geometries()) {
        for (Coordinate q : g.getEnvelope().getCoordinates()) {
          p.extent.expandToInclude(p.project(q.x, q.y));
        }
      }
    }
    if (p.extent.isNull()) {
      for (int a = 0; a < run.scenario().areas().size(); a++) {
        p.extent.expandToInclude(p.project(run.scenario().areas().get(a).lon(), run.scenario().areas().get(a).lat()));
      }
    }
    p.scale = p.extent.getWidth() > 0 ? width / Math.max(p.extent.getWidth(), p.extent.getHeight() * 0.8) : 1;
    return p;
  }

  /**
   * The same projection for another thread: the grid's transform keeps its coordinates between calls, so each
   * thread needs its own.
   */
  SvgProjection copy() {
    SvgProjection p = new SvgProjection();
    p.extent.init(extent);
    p.scale = scale;
    return p;
  }

  double width() {
    return extent.getWidth() * scale;
  }

  double height() {
    return extent.getHeight() * scale;
  }

  Coordinate project(double lon, double lat) {
    double[] p = grid.toGrid(lon, lat);
    return new Coordinate(p[0], p[1]);
  }

  String x(double e) {
    return Fmt.tenths(mapX(e));
  }

  String y(double n) {
    return Fmt.tenths(mapY(n));
  }

  /** An easting on the map, in its units from the left. */
  double mapX(double e) {
    return (e - extent.getMinX()) * scale;
  }

  /** A northing on the map, in its units from the top. */
  double mapY(double n) {
    return (extent.getMaxY() - n) * scale;
  }

  /** The map's scale: SVG units per metre of British National Grid. */
  double scale() {
    return scale;
  }

  String path(Geometry lonLat) {
    double metres = 0.6 / scale;
    // under a third of the map's tolerance in metres whichever the direction (a degree of latitude is 111 km,
    // of longitude less)
    double degrees = metres / 2 / 111_320 * 0.55;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      if (lonLat.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        Coordinate[] shell = simplify(p.getExteriorRing(), degrees, metres);
        if (shell == null) {
          continue;
        }
        ring(b, shell);
        for (int r = 0; r < p.getNumInteriorRing(); r++) {
          Coordinate[] hole = simplify(p.getInteriorRingN(r), degrees, metres);
          if (hole != null) {
            ring(b, hole);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * The geometry in the map's own units (x to the right, y down), simplified to {@code units} of the map: for
   * placing labels, not for drawing. Outer rings only, as JTS polygons; null when nothing is left.
   */
  Geometry shape(Geometry lonLat, double units) {
    double metres = units / scale;
    double degrees = metres / 2 / 111_320 * 0.55;
    GeometryFactory f = lonLat.getFactory();
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      if (lonLat.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        Coordinate[] shell = simplify(p.getExteriorRing(), degrees, metres);
        if (shell == null) {
          continue;
        }
        Coordinate[] onMap = new Coordinate[shell.length];
        for (int k = 0; k < shell.length; k++) {
          onMap[k] = new Coordinate(mapX(shell[k].x), mapY(shell[k].y));
        }
        Polygon part = f.createPolygon(onMap);
        parts.add(part.isValid() ? part : (Polygon) largest(GeometryFixer.fix(part)));
      }
    }
    parts.removeIf(p -> p == null || p.isEmpty());
    if (parts.isEmpty()) {
      return null;
    }
    Geometry g = f.createMultiPolygon(parts.toArray(new Polygon[0]));
    return g.isValid() ? g : GeometryFixer.fix(g);
  }

  private static Geometry largest(Geometry g) {
    Geometry best = null;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry p = g.getGeometryN(i);
      if (p instanceof Polygon && (best == null || p.getArea() > best.getArea())) {
        best = p;
      }
    }
    return best;
  }

  /**
   * A ring simplified by Douglas-Peucker in degrees first, so that only vertices the map can show are
   * projected, then in metres; null when it collapses (a polygon whose outer ring collapses is not drawn),
   * as JTS's simplifier does with polygons. Ring by ring, because for polygons it checks every result's
   * validity even when asked not to repair it, and an SVG path filled even-odd draws a ring that touches
   * itself just as well.
   */
  private Coordinate[] simplify(LinearRing lonLat, double degrees, double metres) {
    Geometry coarse = DouglasPeuckerSimplifier.simplify(lonLat, degrees);
    if (coarse.getNumPoints() < 4) {
      return null;
    }
    Coordinate[] lonLatKept = coarse.getCoordinates();
    Coordinate[] projected = new Coordinate[lonLatKept.length];
    for (int k = 0; k < projected.length; k++) {
      double[] en = grid.toGrid(lonLatKept[k].x, lonLatKept[k].y);
      projected[k] = new Coordinate(en[0], en[1]);
    }
    Geometry fine = DouglasPeuckerSimplifier.simplify(lonLat.getFactory().createLinearRing(projected), metres);
    return fine.getNumPoints() < 4 ? null : fine.getCoordinates();
  }

  private void ring(StringBuilder b, Coordinate[] cs) {
    List<String> pts = new ArrayList<>(cs.length);
    String last = null;
    for (Coordinate c : cs) {
      String p = x(c.x) + "," + y(c.y);
      if (!p.equals(last)) {
        pts.add(p);
      }
      last = p;
    }
    if (pts.size() < 3) {
      return;
    }
    b.append('M').append(String.join("L", pts)).append('Z');
  }
}
