package io.footprint.io;

import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads footprints written earlier ({@code assignments.csv}: kind, code, footprint) back into a
 * {@link Proposal}, so they can be aligned or scored again. Every area must be assigned exactly once.
 */
public final class AssignmentReader {
  private AssignmentReader() {}

  public static Proposal read(Path file, Scenario scenario, String condition, Problems problems) {
    int[] ofArea = new int[scenario.areas().size()];
    int[] ofSite = new int[scenario.sites().size()];
    Arrays.fill(ofArea, -1);
    Arrays.fill(ofSite, -1);
    Map<String, Integer> number = new TreeMap<>();
    CsvTable t = CsvTable.open(file, problems);
    if (t == null) {
      return null;
    }
    try (t) {
      int kind = t.column("kind", List.of(), Map.of(), true);
      int code = t.column("code", List.of(), Map.of(), true);
      int fp = t.column("footprint", List.of(), Map.of(), true);
      if (kind < 0 || code < 0 || fp < 0) {
        return null;
      }
      List<String[]> rows = new ArrayList<>();
      while (t.next()) {
        String c = Codes.read(t, code, problems);
        String f = t.get(fp).strip();
        String k = t.get(kind).strip();
        if (c == null || f.isEmpty()) {
          continue;
        }
        number.putIfAbsent(f, 0);
        rows.add(new String[] {k, c, f, String.valueOf(t.line())});
      }
      int next = 0;
      for (Map.Entry<String, Integer> e : number.entrySet()) {
        e.setValue(next++);
      }
      for (String[] r : rows) {
        int f = number.get(r[2]);
        long line = Long.parseLong(r[3]);
        if (r[0].equals("area")) {
          int a = scenario.areaIndex(r[1]);
          if (a < 0) {
            problems.add(ProblemType.UNKNOWN_AREA, file.toString(), line, "code", r[1], "");
          } else if (ofArea[a] >= 0 && ofArea[a] != f) {
            problems.add(ProblemType.DUPLICATE_CODE, file.toString(), line, "code", r[1], "area in two footprints");
          } else {
            ofArea[a] = f;
          }
        } else if (r[0].equals("site")) {
          int s = scenario.siteIndex(r[1]);
          if (s < 0) {
            problems.add(ProblemType.UNKNOWN_SITE, file.toString(), line, "code", r[1], "");
          } else {
            ofSite[s] = f;
          }
        } else {
          problems.add(ProblemType.BAD_CONFIG, file.toString(), line, "kind", r[0], "kind must be area or site");
        }
      }
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
      return null;
    }
    for (int a = 0; a < ofArea.length; a++) {
      if (ofArea[a] < 0) {
        problems.add(ProblemType.MISSING_VALUE, file.toString(), 0, "code", scenario.areas().get(a).code(),
            "area in no footprint");
      }
    }
    return new Proposal(condition, "given", Map.of("source", file.toString()), ofArea, ofSite, number.size());
  }
}
