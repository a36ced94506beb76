package io.footprint.run;

import io.footprint.align.AlignmentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quality gate of a batch run ({@code --fail-on NAME=BOUND}, YAML {@code fail_on}): a figure of
 * every condition compared with a bound, the run exiting with code 3 when one fails. Each gate is
 * named after the {@code summary.json} figure it tests, so a name means one thing everywhere.
 */
public enum Gate {
  /** Overall localisation (summary {@code localisation}): share of all activity inside the patient's own footprint. */
  LOCALISATION("localisation", "overall localisation", true, false),
  /** Localisation of the least self-contained footprint (summary {@code min_localisation}). */
  MIN_LOCALISATION("min_localisation", "worst footprint's localisation", true, false),
  /** Residents of the smallest footprint (summary {@code min_population}). */
  MIN_POPULATION("min_population", "smallest footprint's residents", true, false),
  /** Footprints not aligned with a reference, per reference (summary {@code footprints - aligned}). */
  MISALIGNED_FOOTPRINTS("misaligned_footprints", "footprints not aligned with", false, true),
  /** Footprints that are not contiguous (summary {@code footprints - contiguous}). */
  NON_CONTIGUOUS("non_contiguous", "non-contiguous footprints", false, true),
  /**
   * The largest footprint 90th-percentile straight-line distance from residents to their hub, km (summary
   * {@code travel.max_p90_km}; {@code --max-travel-km}).
   */
  MAX_TRAVEL_KM("max_travel_km", "largest 90th-percentile travel to a hub (km)", false, false);

  private final String key;
  private final String figure;
  private final boolean lowerBound;
  private final boolean count;

  Gate(String key, String figure, boolean lowerBound, boolean count) {
    this.key = key;
    this.figure = figure;
    this.lowerBound = lowerBound;
    this.count = count;
  }

  public String key() {
    return key;
  }

  /** What the gate tests, in words ("worst footprint's localisation"). */
  public String figure() {
    return figure;
  }

  /** Whether the bound is a lower bound (else an upper one). */
  public boolean lowerBound() {
    return lowerBound;
  }

  /** Whether the figure counts footprints (a whole number). */
  public boolean counts() {
    return count;
  }

  /** The gate of this name, or null. */
  public static Gate named(String name) {
    for (Gate g : values()) {
      if (g.key.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    return null;
  }

  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Gate g : values()) {
      out.add(g.key);
    }
    return out;
  }

  /** Why {@code bound} cannot bound this gate's figure, or null when it can. */
  public String boundProblem(double bound) {
    if (!Double.isFinite(bound)) {
      return "needs a number";
    }
    if (count) {
      return bound >= 0 && bound == Math.rint(bound) ? null : "needs a whole number of footprints, 0 or more";
    }
    if (this == MIN_POPULATION) {
      return bound >= 0 ? null : "needs a number of residents, 0 or more";
    }
    if (this == MAX_TRAVEL_KM) {
      return bound >= 0 ? null : "needs a distance in km, 0 or more";
    }
    return bound >= 0 && bound <= 1 ? null : "needs a share between 0 and 1";
  }

  /**
   * The gate applied to one condition: one result, or one per reference for
   * {@link #MISALIGNED_FOOTPRINTS}.
   */
  public List<Result> apply(double bound, ConditionResult c) {
    List<Result> out = new ArrayList<>();
    int footprints = c.proposal().footprintCount();
    switch (this) {
      case LOCALISATION -> out.add(result(bound, c, null, c.score().localisation()));
      case MIN_LOCALISATION -> out.add(result(bound, c, null, c.score().minLocalisation()));
      case MIN_POPULATION -> out.add(result(bound, c, null, c.score().minPopulation()));
      case NON_CONTIGUOUS -> out.add(result(bound, c, null, footprints - c.score().contiguous()));
      case MAX_TRAVEL_KM -> out.add(result(bound, c, null, c.travel().maxP90Km()));
      case MISALIGNED_FOOTPRINTS -> {
        for (AlignmentResult r : c.alignments()) {
          out.add(result(bound, c, r.reference(), footprints - r.aligned()));
        }
      }
      default -> throw new IllegalStateException(key);
    }
    return out;
  }

  private Result result(double bound, ConditionResult c, String reference, double value) {
    boolean passed = lowerBound ? value >= bound : value <= bound;
    return new Result(this, c.condition(), reference, value, bound, passed);
  }

  /**
   * One gate's verdict on one condition.
   *
   * @param reference the reference set, for {@link #MISALIGNED_FOOTPRINTS}; else null
   */
  public record Result(Gate gate, String condition, String reference, double value, double bound, boolean passed) {}
}
