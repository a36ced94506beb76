package io.footprint.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the number of footprints wanted in each region ({@code region_code, footprints}, as FAQ Q13's table
 * gives them, or {@code scan --within}'s {@code regions.csv}, whose {@code recommended} column is read when
 * there is no {@code footprints} column). An optional {@code condition} column keeps a row to one condition
 * (its name as the flows give it; empty: every condition). A row with no count leaves its region to the
 * resolution. Each count must be a whole number of at least 1,
 * each region appear once per condition, and each code name a region of the reference footprints are
 * nested in.
 */
public final class RegionCountReader {
  private RegionCountReader() {}

  /**
   * The counts by condition ("" for rows of every condition) and region code, or null (with the problems
   * recorded) when the file cannot be read.
   *
   * @param regions the codes of the reference's regions
   */
  public static Map<String, Map<String, Integer>> read(Path file, Set<String> regions, String reference,
      Problems problems) {
    CsvTable t = CsvTable.open(file, problems);
    if (t == null) {
      return null;
    }
    String name = file.toString();
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    try (t) {
      int code = t.column("region_code", List.of("region"), Map.of(), true);
      int count = t.column("footprints", List.of("count", "networks", "recommended"), Map.of(), true);
      int condition = t.column("condition", List.of(), Map.of(), false);
      if (code < 0 || count < 0) {
        return null;
      }
      while (t.next()) {
        String c = t.get(code).strip();
        String v = t.get(count).strip();
        if (c.isEmpty()) {
          problems.add(ProblemType.MISSING_VALUE, name, t.line(), "region_code", "", "");
          continue;
        }
        if (!regions.contains(c)) {
          problems.add(ProblemType.BAD_REGION_COUNT, name, t.line(), "region_code", c, "names no region of "
              + reference);
          continue;
        }
        if (v.isEmpty()) {
          continue; // no count (a region scan --within could recommend none for): left to the resolution
        }
        int k;
        try {
          k = Integer.parseInt(v);
        } catch (NumberFormatException e) {
          k = 0;
        }
        if (k < 1) {
          problems.add(ProblemType.BAD_NUMBER, name, t.line(), "footprints", v, "a whole number of footprints, "
              + "at least 1");
          continue;
        }
        String cond = condition < 0 ? "" : io.footprint.model.Conditions.normalise(t.get(condition).strip());
        Map<String, Integer> of = out.computeIfAbsent(cond, x -> new TreeMap<>());
        if (of.putIfAbsent(c, k) != null && of.get(c) != k) {
          problems.add(ProblemType.BAD_REGION_COUNT, name, t.line(), "region_code", c, "the region is given two "
              + "counts");
        }
      }
      return out;
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
      return null;
    }
  }
}
