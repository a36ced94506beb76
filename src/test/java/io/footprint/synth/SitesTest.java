package io.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Site codes and trusts at the size of England's output areas. */
class SitesTest {
  /**
   * A country of 180,000 areas (England's output areas) has {@code CountryGenerator.nSites(180000)}
   * sites: every code is distinct and NHS-shaped (a trust's three characters, a two-digit site), each
   * trust has one name, and the first 1,296 keep the codes they always had (R, two base-36 digits, 01).
   */
  @Test
  void codesStayUniqueAtEnglandOutputAreaScale() {
    int sites = CountryGenerator.nSites(180_000);
    assertThat(sites).isGreaterThan(Sites.TRUSTS);
    Set<String> codes = new HashSet<>();
    Map<String, String> trustNames = new HashMap<>();
    String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int s = 0; s < sites; s++) {
      String code = Sites.code(s);
      assertThat(codes.add(code)).as("site %d's code %s is new", s, code).isTrue();
      assertThat(code).matches("R[0-9A-Z]{2}[0-9]{2}");
      String trust = code.substring(0, 3);
      String before = trustNames.putIfAbsent(trust, Sites.trustName(s));
      assertThat(before == null || before.equals(Sites.trustName(s))).as("trust %s has one name", trust).isTrue();
      if (s < Sites.TRUSTS) {
        assertThat(code).isEqualTo("R" + digits.charAt(s / 36 % 36) + digits.charAt(s % 36) + "01");
      }
    }
    assertThat(Sites.code(Sites.TRUSTS)).isEqualTo("R0002");
  }
}
