package io.footprint.report;

import io.footprint.run.ConditionResult;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.model.Footprint;
import io.footprint.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes a condition's footprints as RFC 7946 GeoJSON: a FeatureCollection, one Feature per
 * footprint, WGS84 lon/lat rounded to 6 decimals, exterior rings counter-clockwise, no {@code crs}
 * member. Geometry goes through JTS's own {@link GeoJsonWriter}; properties include each footprint's
 * figures and, per reference region set, its host region and share ({@code senate, senate_share,
 * ahsn, ahsn_share} for the built-in sets, {@code <name>, <name>_share} otherwise).
 */
public final class FootprintGeoJson {
  private FootprintGeoJson() {}

  public static void write(ConditionResult c, Scenario scenario, Path file) throws IOException {
    GeoJsonWriter geo = new GeoJsonWriter(6);
    geo.setEncodeCRS(false);
    geo.setForceCCW(true);
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Footprint f : c.score().footprints()) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("footprint", f.label());
        g.writeStringField("condition", c.condition());
        g.writeNumberField("population", Fmt.json(f.population(), 0));
        g.writeNumberField("areas", f.areaCount());
        g.writeNumberField("sites", f.siteCount());
        StringBuilder codes = new StringBuilder();
        for (int s : f.sites()) {
          codes.append(codes.length() == 0 ? "" : ";").append(scenario.sites().get(s).code());
        }
        g.writeStringField("site_codes", codes.toString());
        number(g, "localisation", f.localisation());
        number(g, "market_share", f.marketShare());
        g.writeBooleanField("contiguous", f.contiguous());
        boolean senate = false;
        boolean ahsn = false;
        for (AlignmentResult r : c.alignments()) {
          String key = switch (r.reference()) {
            case "senates" -> "senate";
            case "ahsns" -> "ahsn";
            default -> r.reference();
          };
          senate |= key.equals("senate");
          ahsn |= key.equals("ahsn");
          FootprintAlignment fa = r.footprints().get(f.id());
          g.writeStringField(key, fa.host());
          number(g, key + "_share", fa.hostShare());
          g.writeBooleanField(key + "_aligned", fa.aligned());
          g.writeBooleanField(key + "_inside", fa.inside());
        }
        if (!senate) {
          g.writeNullField("senate");
          g.writeNullField("senate_share");
        }
        if (!ahsn) {
          g.writeNullField("ahsn");
          g.writeNullField("ahsn_share");
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        g.writeRawValue(geo.write(c.geometries().get(f.id())));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isNaN(v)) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Fmt.json(v, 6));
    }
  }
}
