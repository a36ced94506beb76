package io.footprint.io;

import io.footprint.model.DisplayPath;

/**
 * One thing wrong with an input.
 *
 * @param type what is wrong
 * @param file the file's name as the user gave it
 * @param line 1-based line (the header is line 1), or 0 when the problem concerns the whole file
 * @param column the column (or GeoJSON property) concerned, or empty
 * @param value the offending value, or empty
 * @param detail extra words for this occurrence, or empty
 */
public record Problem(ProblemType type, String file, long line, String column, String value, String detail) {

  /** One line for a terminal: {@code error: flows.csv:12: column activity: value "-3": not a finite ...}. */
  public String format() {
    StringBuilder b = new StringBuilder(type.fatal() ? "error: " : "warning: ");
    b.append(DisplayPath.of(file));
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (!column.isEmpty()) {
      boolean json = type == ProblemType.BAD_CONFIG || type == ProblemType.BAD_SUMMARY;
      b.append(json ? "key " : "column ").append(column).append(": ");
    }
    if (!value.isEmpty()) {
      b.append("value \"").append(value.length() > 60 ? value.substring(0, 60) + "..." : value).append("\": ");
    }
    b.append(type.message());
    if (!detail.isEmpty()) {
      b.append(" (").append(detail).append(')');
    }
    return b.toString();
  }
}
