package io.footprint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeTableTest {
  /**
   * Property: over thousands of random codes (many sharing prefixes and hashes of their kind), each is
   * found by its characters anywhere in a larger array and by its string, with the id it was given in
   * order of adding; codes never added, prefixes and extensions of added ones included, are not found.
   */
  @Test
  void findsEveryCodeAddedAndNothingElse() {
    Random rnd = new Random(12);
    CodeTable table = new CodeTable();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      String code = "E0" + (1000000 + rnd.nextInt(3000000));
      if (table.find(code) < 0) {
        assertThat(table.add(code)).isEqualTo(added.size());
        added.add(code);
      }
    }
    assertThat(table.size()).isEqualTo(added.size());
    for (int id = 0; id < added.size(); id++) {
      String code = added.get(id);
      char[] row = ("xx," + code + ",yy").toCharArray();
      assertThat(table.find(row, 3, code.length())).isEqualTo(id);
      assertThat(table.find(code)).isEqualTo(id);
      assertThat(table.find(code.substring(0, code.length() - 1))).isEqualTo(-1);
      assertThat(table.find(code + "0")).isEqualTo(-1);
      assertThat(table.find(" " + code)).isEqualTo(-1);
    }
    assertThat(table.find("")).isEqualTo(-1);
    assertThat(table.find("S1")).isEqualTo(-1);
  }
}
