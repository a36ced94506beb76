package io.footprint.io;

import io.footprint.model.Conditions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads expected activity per area and condition ({@code area_code, condition, expected}), e.g. from age-sex
 * standardisation done elsewhere, which turns footprints' crude rates into indirectly standardised ratios. An
 * area the areas file lacks, an expected value that is not a finite number of 0 or more, and an area given twice
 * for a condition are input errors, each with its file, line and column.
 */
public final class ExpectedReader {
  private ExpectedReader() {}

  /**
   * Per condition (normalised), the expected activity of every area (0 where the file gives none); empty (with
   * the problems recorded) when the file cannot be read.
   *
   * @param areaIndex scenario index of each area code
   */
  public static Map<String, double[]> read(Path file, Map<String, Integer> areaIndex, Problems problems) {
    Map<String, double[]> out = new TreeMap<>();
    CsvTable t = CsvTable.open(file, problems);
    if (t == null) {
      return out;
    }
    String name = file.toString();
    Map<String, Map<Integer, Long>> seen = new TreeMap<>();
    try (t) {
      int area = t.column("area_code", Columns.AREA_CODE, Map.of(), true);
      int condition = t.column("condition", List.of(), Map.of(), true);
      int expected = t.column("expected", List.of("expected_activity", "expected_count"), Map.of(), true);
      if (area < 0 || condition < 0 || expected < 0) {
        return out;
      }
      while (t.next()) {
        String code = t.get(area).strip();
        Integer a = areaIndex.get(code);
        if (a == null) {
          problems.add(ProblemType.UNKNOWN_AREA, name, t.line(), t.columnName(area), code, "");
          continue;
        }
        String c = Conditions.normalise(t.get(condition).strip());
        String v = t.get(expected).strip();
        double x;
        try {
          x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          x = Double.NaN;
        }
        if (!(x >= 0) || !Double.isFinite(x)) {
          problems.add(ProblemType.BAD_NUMBER, name, t.line(), t.columnName(expected), v, "");
          continue;
        }
        Long first = seen.computeIfAbsent(c, k -> new TreeMap<>()).putIfAbsent(a, t.line());
        if (first != null) {
          problems.add(ProblemType.DUPLICATE_CODE, name, t.line(), t.columnName(area), code, "first at line "
              + first + " for " + c);
          continue;
        }
        out.computeIfAbsent(c, k -> new double[areaIndex.size()])[a] = x;
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
    }
    return out;
  }
}
