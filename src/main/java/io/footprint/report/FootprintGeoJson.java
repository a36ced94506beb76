package io.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footprint.model.Footprint;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.propose.Bootstrap;
import io.footprint.run.ConditionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a condition's footprints as RFC 7946 GeoJSON: a FeatureCollection, one Feature per
 * footprint, WGS84 lon/lat rounded to 6 decimals, exterior rings counter-clockwise, no {@code crs}
 * member (the frame is {@link GeoJsonFeatures}'s); the properties are {@link FootprintAttributes}'s schema,
 * shared with every other footprint layer.
 */
public final class FootprintGeoJson {
  private FootprintGeoJson() {}

  public static void write(ConditionResult c, Scenario scenario, Path file) throws IOException {
    write(c, scenario, file, null);
  }

  /**
   * As above; with {@code colours} (one hex colour per footprint) each feature also carries simplestyle
   * properties ({@code fill, fill-opacity, stroke, stroke-width, title}), so geojson.io and GitHub draw the map
   * in the report's colours.
   */
  public static void write(ConditionResult c, Scenario scenario, Path file, String[] colours) throws IOException {
    int[] ids = c.score().footprints().stream().mapToInt(Footprint::id).toArray();
    List<FootprintAttributes.Field> fields = FootprintAttributes.of(c, scenario);
    GeoJsonFeatures.write(file, ids, (g, id) -> properties(g, fields, c.score().footprints().get(id), colours),
        id -> c.geometries().get(id));
  }

  /**
   * A footprint's properties, the one schema of the footprint layers (GeoJSON and TopoJSON): with {@code colours}
   * (null for none), simplestyle ones too.
   */
  static void properties(JsonGenerator g, ConditionResult c, Scenario scenario, Footprint f, String[] colours)
      throws IOException {
    properties(g, FootprintAttributes.of(c, scenario), f, colours);
  }

  /** As above, with the condition's fields already listed (once per layer, not per feature). */
  static void properties(JsonGenerator g, List<FootprintAttributes.Field> fields, Footprint f, String[] colours)
      throws IOException {
    boolean first = true;
    for (FootprintAttributes.Field field : fields) {
      Object v = field.value().apply(f);
      if (v == null) {
        g.writeNullField(field.name());
      } else {
        switch (field.kind()) {
          case TEXT -> g.writeStringField(field.name(), (String) v);
          case INTEGER -> g.writeNumberField(field.name(), (Long) v);
          case BOOLEAN -> g.writeBooleanField(field.name(), (Boolean) v);
          case REAL -> g.writeNumberField(field.name(), withPoint((BigDecimal) v));
        }
      }
      if (first && colours != null) {
        g.writeStringField("title", f.label() + ": " + Math.round(f.population()) + " residents");
        g.writeStringField("fill", colours[f.id()]);
        g.writeNumberField("fill-opacity", 0.6);
        g.writeStringField("stroke", "#555555");
        g.writeNumberField("stroke-width", 1);
      }
      first = false;
    }
  }

  /** A real always with a decimal point, so that GDAL and QGIS read the field as real even when all are whole. */
  private static BigDecimal withPoint(BigDecimal d) {
    return d.scale() < 1 ? d.setScale(1) : d;
  }

  /**
   * {@code areas.geojson} of a bootstrapped condition: every area with a boundary, its footprint and its
   * confidence (the share of resamples in which it lay in its footprint's match), and whether that is
   * below {@link Bootstrap#CONTESTED}: the contested borders, to style in QGIS.
   */
  public static void writeAreas(ConditionResult c, Scenario scenario, Path file) throws IOException {
    Bootstrap.Result boot = c.bootstrap();
    int[] withBoundary = IntStream.range(0, scenario.areas().size())
        .filter(a -> scenario.areas().get(a).hasGeometry()).toArray();
    GeoJsonFeatures.write(file, withBoundary, (g, a) -> {
      g.writeStringField("area_code", scenario.areas().get(a).code());
      g.writeStringField("footprint", Proposal.label(c.proposal().footprintOfArea(a)));
      g.writeStringField("condition", c.condition());
      share(g, "confidence", boot.confidence()[a]);
      g.writeBooleanField("contested", boot.confidence()[a] < Bootstrap.CONTESTED);
    }, a -> scenario.areas().get(a).geometry());
  }

  /** A share, always with a decimal point, so that GDAL and QGIS read the field as real even when all are 1. */
  private static void share(JsonGenerator g, String field, double v) throws IOException {
    BigDecimal d = Fmt.json(v, 4);
    if (d == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, d.scale() < 1 ? d.setScale(1) : d);
    }
  }
}
