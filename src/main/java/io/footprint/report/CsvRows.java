package io.footprint.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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
 * goes through the format's own printing. The rule, as commons-csv 1.14 applies it to a value's text: quote an
 * empty first field, a field starting with a character up to {@code '#'}, one holding a line break, a quote or a
 * comma, and one ending with a character up to a space. Rows are kept as UTF-8 bytes and reach the file a few
 * thousand at a time, so that plain ASCII text (codes, names and numbers) is copied once, not turned into
 * characters and encoded back.
 */
final class CsvRows implements Closeable {
  /** commons-csv's default format with {@code \n} between records: every table footprint writes. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  /** How many bytes of rows are held before they are handed to the file. */
  private static final int PENDING = 1 << 16;

  private final OutputStream out;
  /** the rows not yet handed to the file, UTF-8, {@code size} bytes of them. */
  private byte[] pending = new byte[PENDING + 1024];
  private int size;
  /** a row the rule quotes, as the format prints it. */
  private final StringBuilder quoted = new StringBuilder();

  /** Writes the header first, as the printer does. */
  CsvRows(OutputStream out, String... header) throws IOException {
    this.out = out;
    printQuoted(header);
  }

  /** A table in a new UTF-8 file, its header written. */
  static CsvRows open(Path file, String... header) throws IOException {
    return new CsvRows(Files.newOutputStream(file), header);
  }

  void printRecord(Object... values) throws IOException {
    int rowStart = size;
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        room(1);
        pending[size++] = ',';
      }
      if (values[i] == null || !appendPlain(values[i].toString())) {
        size = rowStart;
        printQuoted(values);
        return;
      }
    }
    room(1);
    pending[size++] = '\n';
    if (size >= PENDING) {
      writePending();
    }
  }

  void printRecord(Iterable<?> values) throws IOException {
    List<Object> row = new ArrayList<>();
    values.forEach(row::add);
    printRecord(row.toArray());
  }

  /** The row as the format prints it (quotes where its rule asks for them), after the rows held so far. */
  private void printQuoted(Object[] values) throws IOException {
    quoted.setLength(0);
    FORMAT.printRecord(quoted, values);
    appendUtf8(quoted.toString());
    if (size >= PENDING) {
      writePending();
    }
  }

  /**
   * Appends the text if the printer would write it as it is, wherever in the row it stands; returns false (what
   * was appended of it is then left for the caller to drop) if not.
   */
  private boolean appendPlain(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ') {
      return false;
    }
    room(n);
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || c == ',') {
        return false;
      }
      if (c >= 0x80) {
        return plainText(s, i) && appendUtf8(s);
      }
      pending[at++] = (byte) c;
    }
    size = at;
    return true;
  }

  /** Appends the text's UTF-8 bytes; returns true. */
  private boolean appendUtf8(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    room(b.length);
    System.arraycopy(b, 0, pending, size, b.length);
    size += b.length;
    return true;
  }

  private void room(int bytes) {
    if (size + bytes > pending.length) {
      pending = java.util.Arrays.copyOf(pending, Math.max(2 * pending.length, size + bytes));
    }
  }

  /** Hands the rows held so far to the file. */
  private void writePending() throws IOException {
    out.write(pending, 0, size);
    size = 0;
  }

  /** Whether the printer would write the value's text as it is, wherever in the row it stands. */
  static boolean plain(Object value) {
    if (value == null) {
      return false;
    }
    String s = value.toString();
    int n = s.length();
    return n > 0 && s.charAt(0) > '#' && s.charAt(n - 1) > ' ' && plainText(s, 0);
  }

  /** Whether the text from {@code from} on holds no line break, quote or comma. */
  private static boolean plainText(String s, int from) {
    for (int i = from; i < s.length(); i++) {
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
      out.close();
    }
  }
}
