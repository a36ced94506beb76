package io.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FmtTest {
  @Test
  void numRoundsTheShortestDecimalHalfUp() {
    assertThat(Fmt.num(2.675, 2)).isEqualTo("2.68"); // the double is 2.67499999..., its shortest decimal 2.675
    assertThat(Fmt.num(0.5, 0)).isEqualTo("1");
    assertThat(Fmt.num(-0.5, 0)).isEqualTo("-1");
    assertThat(Fmt.num(1200.0, 0)).isEqualTo("1200");
    assertThat(Fmt.num(1.10, 2)).isEqualTo("1.1");
    assertThat(Fmt.num(0.000001, 6)).isEqualTo("0.000001");
    assertThat(Fmt.num(0.0123, 6)).isEqualTo("0.0123");
    assertThat(Fmt.num(-0.0000004, 6)).isEqualTo("0");
    assertThat(Fmt.num(-0.0, 3)).isEqualTo("0");
    assertThat(Fmt.num(Double.NaN, 3)).isEmpty();
    assertThat(Fmt.num(1e15 + 0.5, 2)).isEqualTo("1000000000000000.5");
  }

  @Test
  void numWritesWhatBigDecimalWrites() {
    // property: random figures of every magnitude and sign, whole ones, and ones a hair from a half
    Random r = new Random(3);
    for (int i = 0; i < 400_000; i++) {
      int decimals = r.nextInt(9);
      double v;
      switch (i % 4) {
        case 0 -> v = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(14) - 4);
        case 1 -> v = r.nextInt(5_000_000) * (r.nextBoolean() ? 1 : -1);
        case 2 -> v = (r.nextInt(1_000_000) + 0.5) / Math.pow(10, decimals) + (r.nextInt(3) - 1) * 1e-12;
        default -> v = r.nextInt(100_000) / 1e4 * (1 + (r.nextDouble() - 0.5) * 1e-9);
      }
      assertThat(Fmt.num(v, decimals)).as("%s at %d", v, decimals).isEqualTo(Fmt.exact(v, decimals));
    }
  }

  @Test
  void tenthsWritesWhatNumWritesAtOneDecimal() {
    assertThat(Fmt.tenths(12.0)).isEqualTo("12");
    assertThat(Fmt.tenths(12.46)).isEqualTo("12.5");
    assertThat(Fmt.tenths(-0.3)).isEqualTo("-0.3");
    assertThat(Fmt.tenths(-0.04)).isEqualTo("0");
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double v = (r.nextDouble() - 0.2) * Math.pow(10, r.nextInt(5));
      assertThat(Fmt.tenths(v)).as("%s", v).isEqualTo(Fmt.num(v, 1));
    }
  }

  @Test
  void thousandsWritesWhatFormatWrites() {
    assertThat(Fmt.thousands(1234567.5)).isEqualTo("1,234,568");
    assertThat(Fmt.thousands(999.4)).isEqualTo("999");
    assertThat(Fmt.thousands(0)).isEqualTo("0");
    assertThat(Fmt.thousands(-1234.6)).isEqualTo("-1,235");
    assertThat(Fmt.thousands(-0.04)).isEqualTo("0"); // where %,.0f writes "-0"
    Random r = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      double v = r.nextDouble() * Math.pow(10, r.nextInt(10));
      assertThat(Fmt.thousands(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%,.0f", v));
    }
  }
}
