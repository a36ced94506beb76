package io.footprint.io;

/** Reading of area and site codes: trimmed (reported once with a count), empty codes rejected. */
final class Codes {
  private Codes() {}

  static String read(CsvTable t, int column, Problems problems) {
    String raw = t.get(column);
    String c = raw.strip();
    if (c.isEmpty()) {
      problems.add(ProblemType.MISSING_VALUE, t.file(), t.line(), t.columnName(column), "", "code");
      return null;
    }
    if (c.length() != raw.length()) {
      problems.add(ProblemType.CODE_TRIMMED, t.file(), t.line(), t.columnName(column), raw, "");
    }
    return c;
  }
}
