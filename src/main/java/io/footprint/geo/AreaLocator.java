package io.footprint.geo;

import io.footprint.model.Area;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the area a point (a site) lies in: the polygon covering it (JTS STRtree of prepared
 * polygons), or, when no polygon covers it or only centroids are known, the area with the nearest
 * centroid (distance on a local equirectangular plane, ample at area scale).
 */
public final class AreaLocator {
  private final List<Area> areas;
  private final STRtree polygons;
  private final STRtree centroids = new STRtree();
  private final GeometryFactory gf = new GeometryFactory();

  public AreaLocator(List<Area> areas) {
    this.areas = areas;
    boolean all = !areas.isEmpty() && areas.stream().allMatch(Area::hasGeometry);
    polygons = all ? new STRtree() : null;
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      if (polygons != null) {
        polygons.insert(a.geometry().getEnvelopeInternal(), new Object[] {i, PreparedGeometryFactory.prepare(a.geometry())});
      }
      centroids.insert(gf.createPoint(new Coordinate(a.lon(), a.lat())).getEnvelopeInternal(), i);
    }
  }

  /** Index of the area holding the point, or of the nearest area; -1 when there are no areas. */
  public int locate(double lon, double lat) {
    Point p = gf.createPoint(new Coordinate(lon, lat));
    if (polygons != null) {
      int best = -1;
      for (Object o : polygons.query(p.getEnvelopeInternal())) {
        Object[] e = (Object[]) o;
        int i = (Integer) e[0];
        if ((best < 0 || i < best) && ((PreparedGeometry) e[1]).covers(p)) {
          best = i;
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    if (areas.isEmpty()) {
      return -1;
    }
    double k = Math.cos(Math.toRadians(lat));
    Object nearest = centroids.nearestNeighbour(p.getEnvelopeInternal(), Integer.valueOf(-1), (a, b) -> {
      int i = (Integer) (a.getItem().equals(-1) ? b.getItem() : a.getItem());
      double dx = (areas.get(i).lon() - lon) * k;
      double dy = areas.get(i).lat() - lat;
      return Math.sqrt(dx * dx + dy * dy);
    });
    return (Integer) nearest;
  }
}
