package io.footprint.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A CSV file read one row at a time, as NHS and ONS publish them: UTF-8 with or without a BOM, CRLF
 * or LF, optionally gzip-compressed (detected from the content, not the name), header names matched
 * case-insensitively against a column's aliases or a user's mapping. Ragged rows are reported and
 * skipped. Parsing is FastCSV's (RFC 4180; it reads a row without making an object per field, where
 * Commons CSV does); line numbers are where each row starts in the file, so they stay right past quoted line breaks
 * and blank lines. A row's fields are kept as characters in one reused buffer ({@link Row}) and become
 * strings only when asked for: FastCSV's own records make a string of every field of every row.
 */
final class CsvTable implements Closeable {
  private final String file;
  private final Problems problems;
  private final CsvReader<Row> parser;
  private final Iterator<Row> records;
  /** Every row has been read (the table was not left part way). */
  private boolean ended;
  private final List<String> header;
  private Row current;
  private long rows;
  /** line where the last row read started (1: the header). */
  private long lastLine = 1;
  /** reading stopped at a row that could not be read (reported). */
  private boolean failed;

  /** The row being read: its fields' characters one after another, where each starts and how long it is. */
  static final class Row {
    private char[] chars = new char[256];
    private int[] start = new int[16];
    private int[] length = new int[16];
    private int fields;
    private int used;
    private long line;

    int fieldCount() {
      return fields;
    }

    String field(int i) {
      return new String(chars, start[i], length[i]);
    }

    long line() {
      return line;
    }
  }

  /** Fills one {@link Row} with each record's fields, copied out of FastCSV's buffer as they are parsed. */
  private static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
    private final Row row = new Row();

    @Override
    protected void handleBegin(long line) {
      row.fields = 0;
      row.used = 0;
      row.line = line;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (row.fields == row.start.length) {
        row.start = Arrays.copyOf(row.start, 2 * row.fields);
        row.length = Arrays.copyOf(row.length, 2 * row.fields);
      }
      if (row.used + len > row.chars.length) {
        row.chars = Arrays.copyOf(row.chars, Math.max(2 * row.chars.length, row.used + len));
      }
      System.arraycopy(buf, offset, row.chars, row.used, len);
      row.start[row.fields] = row.used;
      row.length[row.fields++] = len;
      row.used += len;
    }

    @Override
    protected RecordWrapper<Row> buildRecord() {
      return wrapRecord(row);
    }
  }

  private CsvTable(String file, Problems problems, CsvReader<Row> parser, Iterator<Row> records,
      List<String> header) {
    this.file = file;
    this.problems = problems;
    this.parser = parser;
    this.records = records;
    this.header = header;
  }

  /** Opens a UTF-8 table, or records why it cannot be read and returns null. */
  static CsvTable open(Path path, Problems problems) {
    return open(path, problems, StandardCharsets.UTF_8);
  }

  /**
   * Opens a table in the given encoding, or records why it cannot be read and returns null. Two
   * columns of the same name are refused: which one a reader took would be a guess.
   */
  static CsvTable open(Path path, Problems problems, Charset encoding) {
    String file = path.toString();
    try {
      CsvReader<Row> parser = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
          .acceptCharsAfterQuotes(false).build(new RowHandler(), reader(path, encoding));
      Iterator<Row> records = parser.iterator();
      List<String> header = new ArrayList<>();
      if (records.hasNext()) {
        Row first = records.next();
        for (int i = 0; i < first.fieldCount(); i++) {
          header.add(first.field(i).strip().toLowerCase(Locale.ROOT));
        }
      }
      if (header.isEmpty() || (header.size() == 1 && header.get(0).isEmpty())) {
        parser.close();
        problems.add(ProblemType.EMPTY_FILE, file, 0, "", "", "");
        return null;
      }
      boolean twice = false;
      for (int i = 0; i < header.size(); i++) {
        int j = header.indexOf(header.get(i));
        if (j < i && !header.get(i).isEmpty()) {
          problems.add(ProblemType.DUPLICATE_COLUMN, file, 1, header.get(i), "", "columns " + (j + 1) + " and "
              + (i + 1) + "; rename or remove one");
          twice = true;
        }
      }
      if (twice) {
        parser.close();
        return null;
      }
      return new CsvTable(file, problems, parser, records, List.copyOf(header));
    } catch (IOException | RuntimeException e) {
      ReadFailure.report(e, path, 1, problems);
      return null;
    }
  }

  /** A UTF-8 reader of the file (see {@link #reader(Path, Charset)}). */
  static Reader reader(Path path) throws IOException {
    return reader(path, StandardCharsets.UTF_8);
  }

  /**
   * A reader of the file's text, gunzipped when its first bytes say it is gzip, a UTF-8 byte-order
   * mark skipped; bytes that are not valid in the encoding are an error (a
   * {@link java.nio.charset.CharacterCodingException}), never replaced silently.
   */
  static Reader reader(Path path, Charset encoding) throws IOException {
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
    return new InputStreamReader(in, encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
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
              + String.join(",", header) + separatorHint());
    }
    return i;
  }

  /** A header read as one column that holds another separator says what went wrong. */
  private String separatorHint() {
    if (header.size() != 1) {
      return "";
    }
    String h = header.get(0);
    String sep = h.indexOf(';') >= 0 ? "semicolons" : h.indexOf('\t') >= 0 ? "tabs" : h.indexOf('|') >= 0
        ? "bars (|)" : null;
    return sep == null ? "" : "; the file looks separated by " + sep + ": footprint reads comma-separated files";
  }

  String columnName(int index) {
    return header.get(index);
  }

  /** Advances to the next well-formed row; ragged rows are reported and skipped. */
  boolean next() {
    while (true) {
      Row r;
      try {
        if (!records.hasNext()) {
          ended = true;
          break;
        }
        r = records.next();
      } catch (RuntimeException e) {
        ReadFailure.report(e, Path.of(file), lastLine + 1, problems);
        current = null;
        failed = true;
        return false;
      }
      rows++;
      lastLine = r.line();
      if (r.fieldCount() != header.size()) {
        if (r.fieldCount() == 1 && r.field(0).isBlank()) {
          continue;
        }
        problems.add(ProblemType.RAGGED_ROW, file, r.line(), "", "",
            r.fieldCount() + " fields, header has " + header.size());
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
    return column < 0 ? "" : current.field(column);
  }

  /**
   * The current row's value in a column read as a whole number when it is one to fifteen digits and
   * nothing else (most counts), else -1: then {@link #get} and {@link Numbers} judge it.
   */
  long wholeNumber(int column) {
    int n = current.length[column];
    if (n == 0 || n > 15) {
      return -1;
    }
    long v = 0;
    for (int i = current.start[column]; i < current.start[column] + n; i++) {
      char c = current.chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The id in {@code table} of the current row's value in a column exactly as written, or -1. */
  int find(int column, CodeTable table) {
    return table.find(current.chars, current.start[column], current.length[column]);
  }

  /** 1-based line of the current row in the file (header is line 1). */
  long line() {
    return current.line();
  }

  /** Number of rows read so far, well-formed or not. */
  long rows() {
    return rows;
  }

  /** Reports a header-only file; call after reading to the end. */
  void checkNotHeaderOnly() {
    if (rows == 0 && !failed) {
      problems.add(ProblemType.HEADER_ONLY, file, 1, "", "", "");
    }
  }

  @Override
  public void close() throws IOException {
    if (ended && !failed) {
      problems.read(file, rows);
    }
    parser.close();
  }
}
