package io.footprint.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed, locale-independent number formatting, so outputs are byte-identical run to run. */
final class Fmt {
  private Fmt() {}

  /** {@code v} rounded half-up to {@code decimals} places, trailing zeros dropped; "" for NaN. */
  static String num(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (b.signum() == 0) {
      return "0";
    }
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  /** The same as a JSON number, or null for NaN. */
  static BigDecimal json(double v, int decimals) {
    String s = num(v, decimals);
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  /**
   * {@code v} rounded to tenths, as {@link #num num(v, 1)} writes it ("12", "12.5", "-0.3"), without
   * BigDecimal: SVG paths write hundreds of thousands of coordinates. Ties round away from zero.
   */
  static String tenths(double v) {
    long t = Math.round(Math.abs(v) * 10);
    if (t == 0) {
      return "0";
    }
    String sign = v < 0 ? "-" : "";
    return t % 10 == 0 ? sign + (t / 10) : sign + (t / 10) + "." + (t % 10);
  }

  /** {@code v} rounded to a whole number with thousands separated by commas ("1,234,567"), as %,.0f in Locale.ROOT. */
  static String thousands(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    String digits = BigDecimal.valueOf(Math.abs(v)).setScale(0, RoundingMode.HALF_UP).toPlainString();
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (v < 0 && !digits.equals("0")) {
      b.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%";
  }
}
