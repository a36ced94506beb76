package io.footprint.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * Neighbours of areas known only by their centroids: the edges of the Delaunay triangulation of the
 * centroids in British National Grid metres (JTS's {@link DelaunayTriangulationBuilder}). Areas with
 * the same centroid are neighbours of each other.
 */
final class DelaunayAdjacency {
  private DelaunayAdjacency() {}

  /** The neighbour pairs {@code {a, b}} of the points. */
  static List<int[]> edges(double[][] xy) {
    List<int[]> edges = new ArrayList<>();
    Map<Coordinate, Integer> at = new HashMap<>();
    List<Coordinate> unique = new ArrayList<>();
    for (int i = 0; i < xy.length; i++) {
      Coordinate c = new Coordinate(xy[i][0], xy[i][1]);
      Integer first = at.putIfAbsent(c, i);
      if (first == null) {
        unique.add(c);
      } else {
        edges.add(new int[] {first, i});
      }
    }
    if (unique.size() < 2) {
      return edges;
    }
    if (unique.size() == 2) {
      edges.add(new int[] {at.get(unique.get(0)), at.get(unique.get(1))});
      return edges;
    }
    DelaunayTriangulationBuilder b = new DelaunayTriangulationBuilder();
    b.setSites(unique);
    Geometry lines = b.getEdges(new GeometryFactory());
    for (int k = 0; k < lines.getNumGeometries(); k++) {
      Coordinate[] cs = lines.getGeometryN(k).getCoordinates();
      Integer a = at.get(new Coordinate(cs[0].x, cs[0].y));
      Integer c = at.get(new Coordinate(cs[cs.length - 1].x, cs[cs.length - 1].y));
      if (a != null && c != null && !a.equals(c)) {
        edges.add(new int[] {a, c});
      }
    }
    return edges;
  }
}
