package io.footprint.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed, locale-independent number formatting, so outputs are byte-identical run to run. */
final class Fmt {
  private Fmt() {}

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
  /** Below this, {@code |v| 10^decimals} is computed to within about 2e-7 of its shortest decimal's. */
  private static final double PLAIN_BELOW = 1e9;
  /** How far from a half the scaled value must be for the shortest decimal to round the same way. */
  private static final double CLEAR_OF_HALF = 1e-6;

  /**
   * {@code v} rounded half-up to {@code decimals} places, trailing zeros dropped; "" for NaN. What
   * {@link #exact} gives, without BigDecimal where that is certain: when {@code |v| 10^decimals} is
   * under 1e9 and more than 1e-6 from a half, the shortest decimal of {@code v} (which BigDecimal
   * rounds) and the double product lie on the same side of it, so rounding the product is the same.
   * Tables write hundreds of thousands of figures.
   */
  static String num(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (decimals >= POWERS.length) {
      return exact(v, decimals);
    }
    double x = Math.abs(v) * POWERS[decimals];
    if (!(x < PLAIN_BELOW)) {
      return exact(v, decimals);
    }
    double whole = Math.floor(x);
    double frac = x - whole;
    if (Math.abs(frac - 0.5) <= CLEAR_OF_HALF) {
      return exact(v, decimals);
    }
    long scaled = (long) whole + (frac > 0.5 ? 1 : 0);
    if (scaled == 0) {
      return "0";
    }
    long unit = POWERS[decimals];
    long integer = scaled / unit;
    long fraction = scaled % unit;
    StringBuilder b = new StringBuilder(20);
    if (v < 0) {
      b.append('-');
    }
    b.append(integer);
    if (fraction != 0) {
      int digits = decimals;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      b.append('.');
      String f = Long.toString(fraction);
      for (int pad = f.length(); pad < digits; pad++) {
        b.append('0');
      }
      b.append(f);
    }
    return b.toString();
  }

  /** {@link #num} by BigDecimal: the shortest decimal of {@code v}, rounded half-up. */
  static String exact(double v, int decimals) {
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

  /** Residents as a reader says them: "11.4m", "856k", "912". */
  static String millions(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Math.abs(v) >= 999_500) {
      return num(v / 1e6, 1) + "m";
    }
    return Math.abs(v) >= 1000 ? num(v / 1e3, 0) + "k" : num(v, 0);
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%";
  }
}
