package io.footprint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void wholeNumbersReadAsTheGeneralParserReadsThem() {
    Random r = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      long v = (long) (r.nextDouble() * Math.pow(10, r.nextInt(16)));
      assertThat(Numbers.parse(Long.toString(v))).isEqualTo(Double.parseDouble(Long.toString(v)));
    }
    assertThat(Numbers.parse("0012")).isEqualTo(12);
    assertThat(Numbers.parse("9999999999999999")).isEqualTo(1e16); // 16 digits: the general parser
  }

  @Test
  void theQuirksOfPublishedFiles() {
    assertThat(Numbers.parse(" 12 ")).isEqualTo(12);
    assertThat(Numbers.parse("12,345.5")).isEqualTo(12345.5);
    assertThat(Numbers.parse("1e3")).isEqualTo(1000);
    assertThat(Numbers.parse("")).isNaN();
    assertThat(Numbers.parse("Infinity")).isNaN();
    assertThat(Numbers.parse("12x")).isNaN();
    assertThat(Numbers.isSuppressed("*")).isTrue();
    assertThat(Numbers.isSuppressed(" .. ")).isTrue();
    assertThat(Numbers.isSuppressed("")).isTrue();
    assertThat(Numbers.isSuppressed("0")).isFalse();
    assertThat(Numbers.isSuppressed("-")).isTrue();
    assertThat(Numbers.isSuppressed("-3")).isFalse();
  }
}
