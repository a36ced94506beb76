package io.footprint.io;

/** Parsing of the numbers NHS and ONS files carry. */
final class Numbers {
  private Numbers() {}

  /** True for the markers statistical releases use for suppressed or unavailable values. */
  static boolean isSuppressed(String s) {
    if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
      return false;
    }
    String t = s.strip();
    return t.isEmpty() || t.equals("*") || t.equals("..") || t.equals("-") || t.equalsIgnoreCase("c")
        || t.equals(":") || t.equalsIgnoreCase("x");
  }

  /** A finite number, allowing thousands separators ("12,345"); NaN when it is not one. */
  static double parse(String s) {
    int n = s.length();
    if (n > 0 && n <= 15) {
      // plain whole numbers (most counts) are exact in a double: no need for the general parser
      long v = 0;
      int i = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i++) - '0');
      }
      if (i == n) {
        return v;
      }
    }
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
