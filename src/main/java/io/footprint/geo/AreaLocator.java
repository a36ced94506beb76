package io.footprint.geo;

import io.footprint.model.Area;
import java.util.List;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the area a point (a site) lies in: the polygon covering it (an {@link EnvelopeGrid} of
 * bounding boxes, then point in polygon), or, when no polygon covers it or only centroids are known, the area with
 * the nearest centroid (distance on a local equirectangular plane, ample at area scale). A few
 * thousand sites are located among up to hundreds of thousands of areas, so nothing is prepared per
 * area, and the centroids' tree is built only when a point falls in no polygon.
 */
public final class AreaLocator {
  private final List<Area> areas;
  private final EnvelopeGrid polygons;
  private STRtree centroids;
  private final GeometryFactory gf = new GeometryFactory();

  public AreaLocator(List<Area> areas) {
    this.areas = areas;
    boolean all = !areas.isEmpty() && areas.stream().allMatch(Area::hasGeometry);
    if (all) {
      Envelope[] boxes = new Envelope[areas.size()];
      for (int i = 0; i < boxes.length; i++) {
        boxes[i] = areas.get(i).geometry().getEnvelopeInternal();
      }
      polygons = new EnvelopeGrid(boxes);
    } else {
      polygons = null;
    }
  }

  /** Index of the area holding the point, or of the nearest area; -1 when there are no areas. */
  public int locate(double lon, double lat) {
    Point p = gf.createPoint(new Coordinate(lon, lat));
    if (polygons != null) {
      int best = -1;
      for (int i : polygons.query(p.getEnvelopeInternal())) {
        if ((best < 0 || i < best)
            && SimplePointInAreaLocator.locate(p.getCoordinate(), areas.get(i).geometry()) != Location.EXTERIOR) {
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
    if (centroids == null) {
      centroids = new STRtree();
      for (int i = 0; i < areas.size(); i++) {
        centroids.insert(new Envelope(areas.get(i).lon(), areas.get(i).lon(), areas.get(i).lat(), areas.get(i).lat()), i);
      }
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
