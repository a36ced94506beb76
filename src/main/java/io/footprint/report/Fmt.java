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

  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%";
  }
}
