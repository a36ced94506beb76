package io.footprint.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The Voronoi cells of points, clipped to a land shape (JTS's {@link VoronoiDiagramBuilder}): the
 * generator draws its areas this way, and the dissolver draws areas known only by their centroids.
 */
public final class VoronoiCells {
  private VoronoiCells() {}

  /**
   * Each site's cell, in the order of {@code sites}, clipped to {@code land} (a cell the land properly
   * contains is kept whole); null for a site the diagram has no cell for (a repeated point).
   *
   * @param preparedLand {@code land}, prepared for the containment test
   * @param margin how far beyond the land's bounding box the diagram is drawn, in the points' units
   */
  public static Geometry[] clipped(List<Coordinate> sites, Geometry land, PreparedGeometry preparedLand,
      double margin, GeometryFactory gf) {
    VoronoiDiagramBuilder b = new VoronoiDiagramBuilder();
    b.setSites(sites);
    Envelope env = land.getEnvelopeInternal();
    env.expandBy(margin);
    b.setClipEnvelope(env);
    Geometry diagram = b.getDiagram(gf);
    Map<Coordinate, Geometry> cellAt = new HashMap<>();
    for (int k = 0; k < diagram.getNumGeometries(); k++) {
      Geometry cell = diagram.getGeometryN(k);
      Geometry clipped = preparedLand.containsProperly(cell) ? cell : cell.intersection(land);
      cellAt.put((Coordinate) cell.getUserData(), clipped);
    }
    Geometry[] out = new Geometry[sites.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cellAt.get(sites.get(i));
    }
    return out;
  }
}
