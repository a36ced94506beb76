package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.geo.Travel;
import io.footprint.model.Footprint;
import io.footprint.model.Scenario;
import io.footprint.propose.Variation;
import io.footprint.run.ConditionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one attribute schema of a condition's footprints, which every footprint layer writes: {@code footprints.csv},
 * the GeoJSON, the TopoJSON and the GeoPackage. Each format only encodes the values, so a field has the same name,
 * type and rounding everywhere, and a test can compare the formats field by field.
 *
 * <p>The built-in references are keyed {@code senate} and {@code ahsn} (the contract's GeoJSON names), any other
 * reference by its own name; the two built-in keys are always present, null when the run did not align with them.
 */
public final class FootprintAttributes {
  /** How a value is stored: text, a whole number, a real number (rounded once, here) or a flag. */
  public enum Kind { TEXT, INTEGER, REAL, BOOLEAN }

  /** A field: its name, its kind and its value for a footprint (String, Long, BigDecimal, Boolean, or null). */
  public record Field(String name, Kind kind, Function<Footprint, Object> value) {}

  private FootprintAttributes() {}

  /** The key of a reference's fields. */
  public static String key(String reference) {
    return switch (reference) {
      case "senates" -> "senate";
      case "ahsns" -> "ahsn";
      default -> reference;
    };
  }

  /** The condition's fields, in their order. */
  public static List<Field> of(ConditionResult c, Scenario scenario) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("footprint", Kind.TEXT, Footprint::label));
    fields.add(new Field("condition", Kind.TEXT, f -> c.condition()));
    fields.add(new Field("population", Kind.REAL, f -> real(f.population(), 0)));
    fields.add(new Field("areas", Kind.INTEGER, f -> (long) f.areaCount()));
    fields.add(new Field("sites", Kind.INTEGER, f -> (long) f.siteCount()));
    fields.add(new Field("providers", Kind.INTEGER, f -> (long) f.providers()));
    fields.add(new Field("site_codes", Kind.TEXT, f -> siteCodes(f, scenario)));
    fields.add(new Field("resident_activity", Kind.REAL, f -> real(f.residentActivity(), 2)));
    fields.add(new Field("site_activity", Kind.REAL, f -> real(f.siteActivity(), 2)));
    fields.add(new Field("internal_activity", Kind.REAL, f -> real(f.internalActivity(), 2)));
    fields.add(new Field("localisation", Kind.REAL, f -> real(f.localisation(), 6)));
    fields.add(new Field("market_share", Kind.REAL, f -> real(f.marketShare(), 6)));
    fields.add(new Field("contiguous", Kind.BOOLEAN, Footprint::contiguous));
    boolean senate = false;
    boolean ahsn = false;
    for (AlignmentResult r : c.alignments()) {
      String key = key(r.reference());
      senate |= key.equals("senate");
      ahsn |= key.equals("ahsn");
      Function<Footprint, FootprintAlignment> fa = f -> r.footprints().get(f.id());
      fields.add(new Field(key, Kind.TEXT, f -> fa.apply(f).host()));
      fields.add(new Field(key + "_name", Kind.TEXT, f -> r.regionName(fa.apply(f).host())));
      fields.add(new Field(key + "_share", Kind.REAL, f -> real(fa.apply(f).hostShare(), 6)));
      fields.add(new Field(key + "_aligned", Kind.BOOLEAN, f -> fa.apply(f).aligned()));
      fields.add(new Field(key + "_inside", Kind.BOOLEAN, f -> fa.apply(f).inside()));
    }
    for (String absent : senate ? ahsn ? List.<String>of() : List.of("ahsn") : ahsn ? List.of("senate")
        : List.of("senate", "ahsn")) {
      fields.add(new Field(absent, Kind.TEXT, f -> null));
      fields.add(new Field(absent + "_share", Kind.REAL, f -> null));
    }
    if (c.bootstrap() != null) {
      fields.add(new Field("stability", Kind.REAL, f -> real(c.bootstrap().stability()[f.id()], 4)));
      fields.add(new Field("contested_areas", Kind.INTEGER, f -> (long) Tables.contested(c.bootstrap(), f)));
    }
    Function<Footprint, Travel.FootprintTravel> travel = f -> c.travel().footprints().get(f.id());
    fields.add(new Field("hub", Kind.TEXT, f -> travel.apply(f).hub()));
    fields.add(new Field("travel_mean_km", Kind.REAL, f -> real(travel.apply(f).meanKm(), 2)));
    fields.add(new Field("travel_p90_km", Kind.REAL, f -> real(travel.apply(f).p90Km(), 2)));
    fields.add(new Field("extent_km", Kind.REAL, f -> real(travel.apply(f).extentKm(), 2)));
    Function<Footprint, Variation.Unit> unit = f -> c.variation().units().get(f.id());
    fields.add(new Field("activity_per_1000", Kind.REAL, f -> real(unit.apply(f).rate(), 3)));
    fields.add(new Field("funnel", Kind.TEXT, f -> unit.apply(f).flag().label()));
    return fields;
  }

  /** A value as the CSV writes it: empty for null. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static BigDecimal real(double v, int decimals) {
    return Fmt.json(v, decimals);
  }

  static String siteCodes(Footprint f, Scenario scenario) {
    StringBuilder codes = new StringBuilder();
    for (int s : f.sites()) {
      codes.append(codes.length() == 0 ? "" : ";").append(scenario.sites().get(s).code());
    }
    return codes.toString();
  }
}
