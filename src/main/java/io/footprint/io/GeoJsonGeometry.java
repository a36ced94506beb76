package io.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Builds JTS polygons straight from an already parsed GeoJSON geometry, instead of writing it back
 * to text for JTS's {@link GeoJsonReader} to parse again (half the reading time of a large areas
 * file). Other geometry types still go through JTS's reader, so they are reported by their type.
 */
final class GeoJsonGeometry {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoJsonGeometry() {}

  static Geometry read(JsonNode g) throws ParseException {
    String type = g.path("type").asText();
    JsonNode coords = g.get("coordinates");
    if (coords == null || !coords.isArray()) {
      return new GeoJsonReader(FACTORY).read(g.toString());
    }
    switch (type) {
      case "Polygon":
        return polygon(coords);
      case "MultiPolygon":
        Polygon[] parts = new Polygon[coords.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(coords.get(i));
        }
        return FACTORY.createMultiPolygon(parts);
      default:
        return new GeoJsonReader(FACTORY).read(g.toString());
    }
  }

  private static Polygon polygon(JsonNode rings) throws ParseException {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new ParseException("a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) throws ParseException {
    if (!points.isArray() || points.size() < 4) {
      throw new ParseException("a ring needs at least 4 positions");
    }
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      JsonNode p = points.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw new ParseException("position " + i + " is not [x, y]: " + p);
      }
      cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
    try {
      return FACTORY.createLinearRing(cs);
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage());
    }
  }
}
