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

  /**
   * The folder a condition's outputs go in: its name where that is a safe file name, else the name
   * with every character but letters, digits, '.', '-' and '_' replaced by '_' (so "../x" cannot
   * write outside the output folder), no leading dot, no name Windows reserves, at most 100 characters.
   * Distinct conditions may share a folder name; loaders refuse such pairs.
   */
  public static String folder(String condition) {
    StringBuilder b = new StringBuilder(Math.min(condition.length(), MAX_FOLDER));
    for (int i = 0; i < condition.length() && b.length() < MAX_FOLDER; i++) {
      char c = condition.charAt(i);
      boolean safe = c == '-' || c == '_' || (c == '.' && b.length() > 0) || (Character.isLetterOrDigit(c) && c > 0x7f)
          || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      b.append(safe ? c : '_');
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '.') {
      b.setCharAt(b.length() - 1, '_');
    }
    String s = b.length() == 0 ? "_" : b.toString();
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    return WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT)) ? s + "_" : s;
  }

  private static final int MAX_FOLDER = 100;
  private static final List<String> WINDOWS_RESERVED = List.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
      "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
      "lpt9");

  /** A human label: "mental_health_dementia_neuro" becomes "Mental health dementia neuro". */
  public static String label(String condition) {
    String s = condition.replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
