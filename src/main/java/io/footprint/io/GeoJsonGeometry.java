package io.footprint.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;

/**
 * One GeoJSON Feature read straight off a streaming parser: its properties as text and its geometry's
 * type and coordinates as nested arrays, from which JTS polygons are built. Neither a JSON tree nor
 * JTS's own GeoJSON reader (which would parse the text again) is involved: coordinates are most of a
 * boundary file, and building a tree for them would cost more than reading them.
 *
 * @param properties each property's value as text ("" for nested values), null for JSON null
 * @param geometryType the geometry's "type", or null when the feature has no geometry
 * @param coordinates a position is a {@code double[]}, any other array an {@code Object[]}; null if absent
 */
record GeoJsonGeometry(Map<String, String> properties, String geometryType, Object coordinates) {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final List<String> OTHER_TYPES = List.of("Point", "MultiPoint", "LineString", "MultiLineString",
      "GeometryCollection");

  /** Reads the feature object the parser is at (its START_OBJECT) up to and including its END_OBJECT. */
  static GeoJsonGeometry readFeature(JsonParser p) throws IOException {
    Map<String, String> properties = null;
    String type = null;
    Object coordinates = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (field.equals("properties") && v == JsonToken.START_OBJECT) {
        properties = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonToken pv = p.nextToken();
          if (pv == JsonToken.START_OBJECT || pv == JsonToken.START_ARRAY) {
            p.skipChildren();
            properties.put(key, "");
          } else {
            properties.put(key, pv == JsonToken.VALUE_NULL ? null : p.getText());
          }
        }
      } else if (field.equals("geometry") && v == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonToken gv = p.nextToken();
          if (key.equals("type") && gv == JsonToken.VALUE_STRING) {
            type = p.getText();
          } else if (key.equals("coordinates") && gv == JsonToken.START_ARRAY) {
            coordinates = array(p);
          } else {
            p.skipChildren();
          }
        }
        if (type == null) {
          type = "";
        }
      } else {
        p.skipChildren();
      }
    }
    return new GeoJsonGeometry(properties, type, coordinates);
  }

  /**
   * A feature read from elsewhere (a GeoPackage) as if read from GeoJSON: polygons as nested coordinate arrays, any
   * other geometry as its type alone (which {@link #polygons} reports as not polygonal).
   */
  static GeoJsonGeometry of(Map<String, String> properties, Geometry g) {
    if (g instanceof Polygon p) {
      return new GeoJsonGeometry(properties, "Polygon", rings(p));
    }
    if (g instanceof org.locationtech.jts.geom.MultiPolygon m) {
      Object[] parts = new Object[m.getNumGeometries()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = rings((Polygon) m.getGeometryN(i));
      }
      return new GeoJsonGeometry(properties, "MultiPolygon", parts);
    }
    return new GeoJsonGeometry(properties, g.getGeometryType(), null);
  }

  private static Object[] rings(Polygon p) {
    Object[] rings = new Object[1 + p.getNumInteriorRing()];
    for (int r = 0; r < rings.length; r++) {
      Coordinate[] cs = (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
      Object[] ring = new Object[cs.length];
      for (int i = 0; i < cs.length; i++) {
        ring[i] = new double[] {cs[i].x, cs[i].y};
      }
      rings[r] = ring;
    }
    return rings;
  }

  /**
   * The array the parser is at, read to its end: numbers make a position ({@code double[]}), arrays
   * nested arrays ({@code Object[]}); anything else is kept as a message ({@code String}), so that one
   * bad feature is reported and the file read on.
   */
  private static Object array(JsonParser p) throws IOException {
    List<Object> items = null;
    double[] position = new double[3];
    int n = 0;
    String bad = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("unexpected end of input in coordinates");
      }
      if (t == JsonToken.START_ARRAY) {
        if (items == null) {
          items = new ArrayList<>();
        }
        items.add(array(p));
      } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        if (n == position.length) {
          position = Arrays.copyOf(position, n * 2);
        }
        position[n++] = p.getDoubleValue();
      } else {
        p.skipChildren();
        bad = "coordinates hold " + t.asString() + " where a number or an array belongs";
      }
    }
    if (bad != null || (items != null && n > 0)) {
      return bad != null ? bad : "coordinates mix numbers and arrays";
    }
    return items != null ? items.toArray() : Arrays.copyOf(position, n);
  }

  /**
   * The geometry as JTS polygons, or null when it is a valid GeoJSON type other than Polygon and
   * MultiPolygon (the caller names the type).
   */
  Geometry polygons() throws ParseException {
    switch (geometryType) {
      case "Polygon":
        return polygon(coordinates);
      case "MultiPolygon": {
        Object[] parts = arrays(coordinates, "a multipolygon");
        Polygon[] polygons = new Polygon[parts.length];
        for (int i = 0; i < parts.length; i++) {
          polygons[i] = polygon(parts[i]);
        }
        return FACTORY.createMultiPolygon(polygons);
      }
      default:
        if (OTHER_TYPES.contains(geometryType)) {
          return null;
        }
        throw new ParseException("unknown geometry type \"" + geometryType + "\"");
    }
  }

  private static Object[] arrays(Object o, String what) throws ParseException {
    if (o instanceof String message) {
      throw new ParseException(message);
    }
    if (!(o instanceof Object[] a)) {
      throw new ParseException(what + " needs an array of arrays as coordinates");
    }
    return a;
  }

  private static Polygon polygon(Object coordinates) throws ParseException {
    Object[] rings = arrays(coordinates, "a polygon");
    if (rings.length == 0) {
      throw new ParseException("a polygon needs at least one ring");
    }
    LinearRing shell = ring(rings[0]);
    LinearRing[] holes = new LinearRing[rings.length - 1];
    for (int i = 1; i < rings.length; i++) {
      holes[i - 1] = ring(rings[i]);
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(Object o) throws ParseException {
    Object[] points = arrays(o, "a ring");
    if (points.length < 4) {
      throw new ParseException("a ring needs at least 4 positions");
    }
    Coordinate[] cs = new Coordinate[points.length];
    for (int i = 0; i < cs.length; i++) {
      if (points[i] instanceof String message) {
        throw new ParseException(message);
      }
      if (!(points[i] instanceof double[] p) || p.length < 2) {
        throw new ParseException("position " + i + " is not [x, y]");
      }
      cs[i] = new CoordinateXY(p[0], p[1]);
    }
    try {
      return FACTORY.createLinearRing(cs);
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage());
    }
  }
}
