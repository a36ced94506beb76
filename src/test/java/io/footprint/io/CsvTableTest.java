package io.footprint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir
  Path dir;

  @Test
  void linesAreWhereRowsStartPastQuotedLineBreaksAndBlankLines() throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "\uFEFFCode,Name\r\nA1,\"two\r\nlines\"\r\n\r\nA2,plain\r\nA3\r\nA4,\"x, y\"\r\n",
        StandardCharsets.UTF_8);
    Problems problems = new Problems();
    List<String> seen = new ArrayList<>();
    try (CsvTable t = CsvTable.open(f, problems)) {
      int code = t.column("code", List.of(), null, true);
      int name = t.column("name", List.of(), null, true);
      while (t.next()) {
        seen.add(t.get(code) + "@" + t.line() + "=" + t.get(name).replace("\r\n", "|"));
      }
    }
    assertThat(seen).containsExactly("A1@2=two|lines", "A2@5=plain", "A4@7=x, y");
    assertThat(problems.lines()).singleElement().asString().contains("t.csv:6").contains("1 fields, header has 2");
  }

  /** The row's characters read directly: whole numbers only when plain digits, codes only as written. */
  @Test
  void wholeNumbersAndCodesAreReadOffTheRow() throws Exception {
    Path f = dir.resolve("n.csv");
    Files.writeString(f, "code,n\nA1,42\n\" A1\",007\nA2,1.5\nA1,\n\"A1\",1234567890123456\nA3,-4\nA1,\"12\"\n",
        StandardCharsets.UTF_8);
    CodeTable codes = new CodeTable();
    assertThat(codes.add("A1")).isZero();
    List<String> seen = new ArrayList<>();
    try (CsvTable t = CsvTable.open(f, new Problems())) {
      while (t.next()) {
        seen.add(t.find(0, codes) + ":" + t.wholeNumber(1));
      }
    }
    // " A1" is not A1 as written (the string path trims and warns); 16 digits, decimals, signs, empty: -1
    assertThat(seen).containsExactly("0:42", "-1:7", "-1:-1", "0:-1", "0:-1", "-1:-1", "0:12");
  }
}
