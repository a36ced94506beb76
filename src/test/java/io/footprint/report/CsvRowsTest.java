package io.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** {@link CsvRows} writes what commons-csv's printer writes, byte for byte. */
class CsvRowsTest {
  @Test
  void plainFieldsByHand() {
    assertThat(CsvRows.plain("E01000001")).isTrue();
    assertThat(CsvRows.plain("-0.25")).as("'-' comes after '#'").isTrue();
    assertThat(CsvRows.plain(12)).isTrue();
    assertThat(CsvRows.plain("")).isFalse();
    assertThat(CsvRows.plain(null)).isFalse();
    assertThat(CsvRows.plain("#1")).isFalse();
    assertThat(CsvRows.plain("!x")).isFalse();
    assertThat(CsvRows.plain("St Mary's, Paddington")).isFalse();
    assertThat(CsvRows.plain("a\"b")).isFalse();
    assertThat(CsvRows.plain("trailing ")).isFalse();
    assertThat(CsvRows.plain("two\nlines")).isFalse();
  }

  @Test
  void rowsAsThePrinterWritesThem() throws IOException {
    Random rnd = new Random(8);
    String alphabet = "ab ,\"\n\r#!$-.09'é\tŵ€";
    for (int t = 0; t < 510; t++) {
      // the last trials hold enough rows for the plain ones to reach the writer in several chunks, between
      // rows the printer writes
      int rowsPerTrial = t < 500 ? 20 : 4_000;
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      StringWriter theirs = new StringWriter();
      try (CsvRows rows = new CsvRows(ours, "x", "y", "z");
          CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
              .setHeader("x", "y", "z").get())) {
        for (int r = 0; r < rowsPerTrial; r++) {
          List<Object> row = new ArrayList<>();
          int fields = 1 + rnd.nextInt(4);
          for (int f = 0; f < fields; f++) {
            row.add(value(rnd, alphabet));
          }
          if (rnd.nextBoolean()) {
            rows.printRecord(row.toArray());
          } else {
            rows.printRecord(row);
          }
          printer.printRecord(row);
        }
      }
      assertThat(ours.toString(StandardCharsets.UTF_8)).as("trial %d", t).isEqualTo(theirs.toString());
    }
  }

  private static Object value(Random rnd, String alphabet) {
    switch (rnd.nextInt(8)) {
      case 0:
        return rnd.nextInt(2000) - 1000;
      case 1:
        return rnd.nextDouble() * 100 - 50;
      case 2:
        return rnd.nextInt(10) == 0 ? null : "";
      default:
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
          b.append(rnd.nextInt(3) == 0 ? alphabet.charAt(rnd.nextInt(alphabet.length())) : (char) ('A' + rnd.nextInt(26)));
        }
        return b.toString();
    }
  }
}
