package io.footprint.io;

import io.footprint.model.Conditions;
import io.footprint.model.FlowMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Streams flow files ({@code area_code, site_code, condition, activity}, optional {@code year}) and
 * aggregates them as they are read: several rows for one (area, site, condition) are summed, so
 * memory grows with the number of distinct pairs, never with the number of rows.
 *
 * <p>Activity is added up in exact fixed point (millionths), so the totals do not depend on row
 * order or on how the rows are split across files: the same flows always give the same bits.
 * Suppressed values ({@code *}, {@code ..}, empty) are reported and left out, never read as 0.
 */
final class FlowReader {
  static final double SCALE = 1e6;
  /** No small area sends a billion patients anywhere: larger values are mistakes. */
  static final double MAX_ACTIVITY = 1e9;

  private final Problems problems;
  private final Map<String, String> mapping;
  private final Map<String, Integer> areaIndex;
  private final Map<String, Integer> siteIndex;
  private final Set<String> wanted;
  private final boolean dropUnmatched;
  private final Map<String, LongLongMap> sums = new TreeMap<>();
  private final Map<String, String> conditionNames = new HashMap<>();
  private long rows;
  private long droppedRows;
  private double droppedActivity;

  /**
   * @param wanted conditions to keep (normalised names), or null for all
   */
  FlowReader(Problems problems, Map<String, String> mapping, Map<String, Integer> areaIndex,
      Map<String, Integer> siteIndex, Set<String> wanted, boolean dropUnmatched) {
    this.problems = problems;
    this.mapping = mapping;
    this.areaIndex = areaIndex;
    this.siteIndex = siteIndex;
    this.wanted = wanted;
    this.dropUnmatched = dropUnmatched;
  }

  void read(Path path) {
    CsvTable t = CsvTable.open(path, problems);
    if (t == null) {
      return;
    }
    try (t) {
      int area = t.column("area_code", Columns.AREA_CODE, mapping, true);
      int site = t.column("site_code", Columns.SITE_CODE, mapping, true);
      int condition = t.column("condition", Columns.CONDITION, mapping, true);
      int activity = t.column("activity", Columns.ACTIVITY, mapping, true);
      if (area < 0 || site < 0 || condition < 0 || activity < 0) {
        return;
      }
      while (t.next()) {
        rows++;
        String c = conditionNames.computeIfAbsent(t.get(condition), Conditions::normalise);
        if (c.isEmpty()) {
          problems.add(ProblemType.MISSING_VALUE, t.file(), t.line(), t.columnName(condition), "", "condition");
          continue;
        }
        if (wanted != null && !wanted.contains(c)) {
          continue;
        }
        String raw = t.get(activity);
        if (Numbers.isSuppressed(raw)) {
          problems.add(ProblemType.SUPPRESSED_COUNT, t.file(), t.line(), t.columnName(activity), raw, "");
          continue;
        }
        double v = Numbers.parse(raw);
        if (Double.isNaN(v) || v < 0) {
          problems.add(ProblemType.BAD_NUMBER, t.file(), t.line(), t.columnName(activity), raw, "activity");
          continue;
        }
        if (v > MAX_ACTIVITY) {
          problems.add(ProblemType.HUGE_NUMBER, t.file(), t.line(), t.columnName(activity), raw,
              "activity above " + (long) MAX_ACTIVITY);
          continue;
        }
        Integer a = index(t, area, areaIndex, ProblemType.UNKNOWN_AREA);
        Integer s = index(t, site, siteIndex, ProblemType.UNKNOWN_SITE);
        if (a == null || s == null) {
          if (dropUnmatched) {
            droppedRows++;
            droppedActivity += v;
          }
          continue;
        }
        long micro = Math.round(v * SCALE);
        if (micro == 0) {
          continue;
        }
        try {
          sums.computeIfAbsent(c, k -> new LongLongMap()).add(((long) a << 32) | s, micro);
        } catch (ArithmeticException e) {
          problems.add(ProblemType.OVERFLOW, t.file(), t.line(), t.columnName(activity), raw, "");
          return;
        }
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      problems.add(ProblemType.UNREADABLE_FILE, path.toString(), 0, "", "", e.getMessage());
    }
  }

  private Integer index(CsvTable t, int column, Map<String, Integer> index, ProblemType unknown) {
    String raw = t.get(column);
    Integer i = index.get(raw);
    if (i != null) {
      return i;
    }
    String code = Codes.read(t, column, problems);
    if (code == null) {
      return null;
    }
    i = index.get(code);
    if (i == null) {
      if (dropUnmatched) {
        problems.add(ProblemType.UNMATCHED_DROPPED, t.file(), t.line(), t.columnName(column), code,
            unknown == ProblemType.UNKNOWN_AREA ? "unknown area" : "unknown site");
      } else {
        problems.add(unknown, t.file(), t.line(), t.columnName(column), code, "");
      }
    }
    return i;
  }

  /** Conditions met in the flow files, wanted or not, in alphabetical order. */
  java.util.List<String> conditionsSeen() {
    return conditionNames.values().stream().filter(c -> !c.isEmpty()).distinct().sorted().toList();
  }

  long rows() {
    return rows;
  }

  long droppedRows() {
    return droppedRows;
  }

  double droppedActivity() {
    return droppedActivity;
  }

  /** The aggregated flows, one matrix per condition. */
  Map<String, FlowMatrix> matrices(int nAreas, int nSites) {
    Map<String, FlowMatrix> out = new TreeMap<>();
    sums.forEach((condition, map) -> {
      long[][] e = map.sortedEntries();
      long[] keys = e[0];
      int[] rowStart = new int[nAreas + 1];
      int[] site = new int[keys.length];
      double[] activity = new double[keys.length];
      for (int j = 0; j < keys.length; j++) {
        rowStart[(int) (keys[j] >>> 32) + 1]++;
        site[j] = (int) keys[j];
        activity[j] = e[1][j] / SCALE;
      }
      for (int a = 0; a < nAreas; a++) {
        rowStart[a + 1] += rowStart[a];
      }
      out.put(condition, new FlowMatrix(condition, nSites, rowStart, site, activity));
    });
    return out;
  }
}
