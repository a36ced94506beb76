package io.footprint.io;

/** Parsing of the numbers NHS and ONS files carry. */
final class Numbers {
  private Numbers() {}

  /** True for the markers statistical releases use for suppressed or unavailable values. */
  static boolean isSuppressed(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("*") || t.equals("..") || t.equals("-") || t.equalsIgnoreCase("c")
        || t.equals(":") || t.equalsIgnoreCase("x");
  }

  /** A finite number, allowing thousands separators ("12,345"); NaN when it is not one. */
  static double parse(String s) {
    String t = s.strip();
    if (t.indexOf(',') >= 0) {
      t = t.replace(",", "");
    }
    if (t.isEmpty()) {
      return Double.NaN;
    }
    char c = t.charAt(t.length() - 1);
    if (!(Character.isDigit(c) || c == '.')) {
      return Double.NaN; // rejects "Infinity", "NaN", "1e5x", "10f"
    }
    try {
      double v = Double.parseDouble(t);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
