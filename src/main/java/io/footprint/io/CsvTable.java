package io.footprint.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file read one row at a time, as NHS and ONS publish them: UTF-8 with or without a BOM, CRLF
 * or LF, optionally gzip-compressed (detected from the content, not the name), header names matched
 * case-insensitively against a column's aliases or a user's mapping. Ragged rows are reported and
 * skipped.
 */
final class CsvTable implements Closeable {
  private final String file;
  private final Problems problems;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private CSVRecord current;
  private long rows;

  private CsvTable(String file, Problems problems, CSVParser parser, List<String> header) {
    this.file = file;
    this.problems = problems;
    this.parser = parser;
    this.records = parser.iterator();
    this.header = header;
  }

  /** Opens a table, or records why it cannot be read and returns null. */
  static CsvTable open(Path path, Problems problems) {
    String file = path.toString();
    try {
      Reader reader = reader(path);
      CSVParser parser = CSVFormat.DEFAULT.builder()
          .setHeader().setSkipHeaderRecord(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setAllowMissingColumnNames(true)
          .setIgnoreEmptyLines(true)
          .get().parse(reader);
      List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      if (header.isEmpty()) {
        parser.close();
        problems.add(ProblemType.EMPTY_FILE, file, 0, "", "", "");
        return null;
      }
      return new CsvTable(file, problems, parser, header);
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemType.UNREADABLE_FILE, file, 0, "", "", String.valueOf(e.getMessage()));
      return null;
    }
  }

  static Reader reader(Path path) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
      in.reset();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  String file() {
    return file;
  }

  /**
   * Finds a column by the user's mapping, else its canonical name, else an alias (all
   * case-insensitive), so one mapping can serve files that spell a column differently. Records a
   * missing-column problem when it is required and absent.
   *
   * @return the column's index, or -1
   */
  int column(String canonical, List<String> aliases, Map<String, String> mapping, boolean required) {
    String mapped = mapping == null ? null : mapping.get(canonical);
    int i = mapped == null ? -1 : header.indexOf(mapped.strip().toLowerCase(Locale.ROOT));
    if (i < 0) {
      i = header.indexOf(canonical);
    }
    for (int k = 0; i < 0 && k < aliases.size(); k++) {
      i = header.indexOf(aliases.get(k).toLowerCase(Locale.ROOT));
    }
    if (i < 0 && required) {
      problems.add(ProblemType.MISSING_COLUMN, file, 1, mapped != null ? mapped : canonical, "",
          (mapped != null ? "mapped from " + canonical + "; " : "")
              + (aliases.isEmpty() ? "" : "or one of " + String.join(", ", aliases) + "; ") + "header is "
              + String.join(",", header));
    }
    return i;
  }

  String columnName(int index) {
    return header.get(index);
  }

  /** Advances to the next well-formed row; ragged rows are reported and skipped. */
  boolean next() {
    while (records.hasNext()) {
      CSVRecord r;
      try {
        r = records.next();
      } catch (RuntimeException e) {
        problems.add(ProblemType.UNREADABLE_FILE, file, parser.getCurrentLineNumber(), "", "",
            String.valueOf(e.getMessage()));
        return false;
      }
      rows++;
      if (r.size() != header.size()) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        problems.add(ProblemType.RAGGED_ROW, file, r.getRecordNumber() + 1, "", "",
            r.size() + " fields, header has " + header.size());
        continue;
      }
      current = r;
      return true;
    }
    current = null;
    return false;
  }

  /** The current row's value in a column, or "" when the column is absent. */
  String get(int column) {
    return column < 0 ? "" : current.get(column);
  }

  /** 1-based line of the current row in the file (header is line 1). */
  long line() {
    return current.getRecordNumber() + 1;
  }

  /** Number of rows read so far, well-formed or not. */
  long rows() {
    return rows;
  }

  /** Reports a header-only file; call after reading to the end. */
  void checkNotHeaderOnly() {
    if (rows == 0) {
      problems.add(ProblemType.HEADER_ONLY, file, 1, "", "", "");
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
