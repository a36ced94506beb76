package io.footprint.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Codes met in the flows, numbered as first seen, with where each was first seen and how many rows
 * and how much activity named it; the numbers are mapped to the scenario's indices at the end, so
 * flows can be read while the areas are still loading.
 */
final class Codebook {
  final CodeTable id = new CodeTable();
  final List<String> code = new ArrayList<>();
  final List<String> column = new ArrayList<>();
  final List<String> file = new ArrayList<>();
  long[] firstLine = new long[64];
  long[] rows = new long[64];
  double[] activity = new double[64];

  /** The number of a code that is new or was written differently (say, with spaces around it). */
  int of(String c, CsvTable t, int col) {
    int i = id.find(c);
    if (i < 0) {
      i = id.add(c);
      code.add(c);
      column.add(t.columnName(col));
      file.add(t.file());
      if (i == firstLine.length) {
        firstLine = Arrays.copyOf(firstLine, i * 2);
        rows = Arrays.copyOf(rows, i * 2);
        activity = Arrays.copyOf(activity, i * 2);
      }
      firstLine[i] = t.line();
    }
    return i;
  }
}
