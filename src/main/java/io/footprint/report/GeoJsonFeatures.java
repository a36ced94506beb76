package io.footprint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The frame every GeoJSON output shares: an RFC 7946 FeatureCollection, one feature per line, WGS84 lon/lat
 * rounded to 6 decimals, exterior rings counter-clockwise, no {@code crs} member (JTS's {@link GeoJsonWriter}
 * writes each geometry), and every polygonal geometry a MultiPolygon, so that a layer has one geometry type
 * (GDAL reports a file mixing Polygon and MultiPolygon as "Unknown (any)", and QGIS then asks which to load);
 * each writer gives only its features' properties.
 */
final class GeoJsonFeatures {
  private GeoJsonFeatures() {}

  /** Writes one feature's properties into the open {@code properties} object. */
  @FunctionalInterface
  interface Properties {
    void write(JsonGenerator g, int feature) throws IOException;
  }

  /** A Polygon as the MultiPolygon of itself; any other geometry as it is. */
  static Geometry multi(Geometry g) {
    return g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g;
  }

  /** Features {@code features[0..]}, each with its properties and {@code geometry.apply(feature)}. */
  static void write(Path file, int[] features, Properties properties, IntFunction<Geometry> geometry)
      throws IOException {
    GeoJsonWriter geo = new GeoJsonWriter(6);
    geo.setEncodeCRS(false);
    geo.setForceCCW(true);
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (int f : features) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        properties.write(g, f);
        g.writeEndObject();
        g.writeFieldName("geometry");
        g.writeRawValue(geo.write(multi(geometry.apply(f))));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
