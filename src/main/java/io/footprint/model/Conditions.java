package io.footprint.model;

import java.util.List;
import java.util.Locale;

/**
 * The condition vocabulary of NHS England's 2013 networks: four strategic clinical networks and
 * four operational delivery networks. Free text is allowed elsewhere; these spellings are canonical.
 */
public final class Conditions {
  /** Strategic clinical networks (NHS England, 2013). */
  public static final List<String> STRATEGIC =
      List.of("cancer", "cardiovascular", "maternity_children", "mental_health_dementia_neuro");
  /** Operational delivery networks (NHS England, 2013). */
  public static final List<String> OPERATIONAL = List.of("burns", "critical_care", "neonatal", "trauma");
  /** All eight, in the order reports list them. */
  public static final List<String> CANONICAL = List.of("cancer", "cardiovascular", "maternity_children",
      "mental_health_dementia_neuro", "burns", "critical_care", "neonatal", "trauma");

  private Conditions() {}

  /** Trims and lower-cases a condition name so that "Cancer " and "cancer" are the same condition. */
  public static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** A human label: "mental_health_dementia_neuro" becomes "Mental health dementia neuro". */
  public static String label(String condition) {
    String s = condition.replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
