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
}
