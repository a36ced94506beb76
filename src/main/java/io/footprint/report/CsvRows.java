package io.footprint.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of one CSV table, written exactly as commons-csv's {@link CSVPrinter} writes them in
 * {@link #FORMAT} (quotes where its minimal rule asks for them, {@code \n} between records). Most rows of
 * the large tables (assignments, outside areas, realignment moves) are codes, names and numbers that
 * need no quotes; those rows are written out by hand, and only a row with a field that the rule would quote
 * goes through the printer. The rule, as commons-csv 1.14 applies it to a value's text: quote an empty first
 * field, a field starting with a character up to {@code '#'}, one holding a line break, a quote or a comma, and
 * one ending with a character up to a space.
 */
final class CsvRows implements Closeable {
  /** commons-csv's default format with {@code \n} between records: every table footprint writes. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  /**
   * Plain rows go here first and reach the file's writer a few thousand at a time: that writer locks and
   * checks itself on every call, which a row of short fields would pay twice per field.
   */
  private static final int PENDING = 1 << 15;

  private final Writer out;
  private final CSVPrinter printer;
  private final StringBuilder pending = new StringBuilder(PENDING + 1024);
  private char[] chunk = new char[0];
  /** the text of each field of the row being written. */
  private String[] texts = new String[16];

  /** Writes the header at once, as the printer does. */
  CsvRows(Writer out, String... header) throws IOException {
    this.out = out;
    this.printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
  }

  /** A table in a new UTF-8 file, its header written. */
  static CsvRows open(Path file, String... header) throws IOException {
    return new CsvRows(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
  }

  void printRecord(Object... values) throws IOException {
    if (texts.length < values.length) {
      texts = new String[values.length];
    }
    for (int i = 0; i < values.length; i++) {
      String text = values[i] == null ? null : values[i].toString();
      if (!plainText(text)) {
        writePending();
        printer.printRecord(values);
        return;
      }
      texts[i] = text;
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        pending.append(',');
      }
      pending.append(texts[i]);
    }
    pending.append('\n');
    if (pending.length() >= PENDING) {
      writePending();
    }
  }

  /** Hands the plain rows held so far to the file's writer, so that what comes next follows them. */
  private void writePending() throws IOException {
    int n = pending.length();
    if (n == 0) {
      return;
    }
    if (chunk.length < n) {
      chunk = new char[Math.max(n, PENDING + 1024)];
    }
    pending.getChars(0, n, chunk, 0);
    out.write(chunk, 0, n);
    pending.setLength(0);
  }

  void printRecord(Iterable<?> values) throws IOException {
    List<Object> row = new ArrayList<>();
    values.forEach(row::add);
    printRecord(row.toArray());
  }

  /** Whether the printer would write the value's text as it is, wherever in the row it stands. */
  static boolean plain(Object value) {
    return value != null && plainText(value.toString());
  }

  private static boolean plainText(String s) {
    if (s == null) {
      return false;
    }
    int n = s.length();
    if (n == 0 || s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || c == ',') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    try {
      writePending();
    } finally {
      printer.close();
    }
  }
}
