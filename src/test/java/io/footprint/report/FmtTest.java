package io.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FmtTest {
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
