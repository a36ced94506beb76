package io.footprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.geo.Travel;
import io.footprint.model.Footprint;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Variation;
import io.footprint.run.ConditionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes a condition's footprints as RFC 7946 GeoJSON: a FeatureCollection, one Feature per
 * footprint, WGS84 lon/lat rounded to 6 decimals, exterior rings counter-clockwise, no {@code crs}
 * member (the frame is {@link GeoJsonFeatures}'s); properties include each footprint's
 * figures and, per reference region set, its host region and share ({@code senate, senate_share,
 * ahsn, ahsn_share} for the built-in sets, {@code <name>, <name>_share} otherwise).
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
    GeoJsonFeatures.write(file, ids, (g, id) -> properties(g, c, scenario, c.score().footprints().get(id), colours),
        id -> c.geometries().get(id));
  }

  /**
   * A footprint's properties, the one schema of the footprint layers (GeoJSON and TopoJSON): with {@code colours}
   * (null for none), simplestyle ones too.
   */
  static void properties(JsonGenerator g, ConditionResult c, Scenario scenario, Footprint f, String[] colours)
      throws IOException {
    int id = f.id();
    g.writeStringField("footprint", f.label());
    if (colours != null) {
      g.writeStringField("title", f.label() + ": " + Math.round(f.population()) + " residents");
      g.writeStringField("fill", colours[id]);
      g.writeNumberField("fill-opacity", 0.6);
      g.writeStringField("stroke", "#555555");
      g.writeNumberField("stroke-width", 1);
    }
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
    Travel.FootprintTravel t = c.travel().footprints().get(f.id());
    g.writeStringField("hub", t.hub());
    number(g, "travel_mean_km", t.meanKm());
    number(g, "travel_p90_km", t.p90Km());
    number(g, "extent_km", t.extentKm());
    Variation.Unit v = c.variation().units().get(f.id());
    number(g, "activity_per_1000", v.rate());
    g.writeStringField("funnel", v.flag().label());
    if (c.bootstrap() != null) {
      share(g, "stability", c.bootstrap().stability()[f.id()]);
      g.writeNumberField("contested_areas", Tables.contested(c.bootstrap(), f));
    }
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
      g.writeStringField(key + "_name", r.regionName(fa.host()));
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

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isNaN(v)) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Fmt.json(v, 6));
    }
  }
}
