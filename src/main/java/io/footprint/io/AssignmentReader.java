package io.footprint.io;

import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads footprints written earlier ({@code assignments.csv}: kind, code, footprint) back into a
 * {@link Proposal}, so they can be aligned or scored again. Every area must be assigned exactly once.
 */
public final class AssignmentReader {
  private AssignmentReader() {}

  /** One row: an area or a site, the footprint it is in, and the line it was on. */
  private record Row(String kind, String code, String footprint, long line) {}

  /**
   * Footprint labels in the order footprint numbers them ("F2" before "F10"), labels of another form
   * after, in text order.
   */
  static final Comparator<String> LABEL_ORDER = Comparator.comparingLong(AssignmentReader::number)
      .thenComparing(Comparator.naturalOrder());

  private static long number(String label) {
    if (label.length() > 1 && label.charAt(0) == 'F' && label.length() < 19
        && label.substring(1).chars().allMatch(Character::isDigit)) {
      return Long.parseLong(label.substring(1));
    }
    return Long.MAX_VALUE;
  }

  /** The footprints the file gives, or null (with the problems recorded) when it cannot be read. */
  public static Proposal read(Path file, Scenario scenario, String condition, Problems problems) {
    List<Row> rows = rows(file, problems);
    if (rows == null) {
      return null;
    }
    Map<String, Integer> number = new TreeMap<>(LABEL_ORDER);
    rows.forEach(r -> number.putIfAbsent(r.footprint(), 0));
    int next = 0;
    for (Map.Entry<String, Integer> e : number.entrySet()) {
      e.setValue(next++);
    }
    int[] ofArea = new int[scenario.areas().size()];
    int[] ofSite = new int[scenario.sites().size()];
    Arrays.fill(ofArea, -1);
    Arrays.fill(ofSite, -1);
    String name = file.toString();
    for (Row r : rows) {
      int f = number.get(r.footprint());
      if (r.kind().equals("area")) {
        int a = scenario.areaIndex(r.code());
        if (a < 0) {
          problems.add(ProblemType.UNKNOWN_AREA, name, r.line(), "code", r.code(), "");
        } else if (ofArea[a] >= 0 && ofArea[a] != f) {
          problems.add(ProblemType.DUPLICATE_CODE, name, r.line(), "code", r.code(), "area in two footprints");
        } else {
          ofArea[a] = f;
        }
      } else if (r.kind().equals("site")) {
        int s = scenario.siteIndex(r.code());
        if (s < 0) {
          problems.add(ProblemType.UNKNOWN_SITE, name, r.line(), "code", r.code(), "");
        } else {
          ofSite[s] = f;
        }
      } else {
        problems.add(ProblemType.BAD_ASSIGNMENT, name, r.line(), "kind", r.kind(), "kind must be area or site");
      }
    }
    for (int a = 0; a < ofArea.length; a++) {
      if (ofArea[a] < 0) {
        problems.add(ProblemType.MISSING_VALUE, name, 0, "code", scenario.areas().get(a).code(),
            "area in no footprint");
      }
    }
    return new Proposal(condition, "given", Map.of("source", name), ofArea, ofSite, number.size());
  }

  private static List<Row> rows(Path file, Problems problems) {
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
      List<Row> rows = new ArrayList<>();
      while (t.next()) {
        String c = Codes.read(t, code, problems);
        String f = t.get(fp).strip();
        if (c != null && !f.isEmpty()) {
          rows.add(new Row(t.get(kind).strip(), c, f, t.line()));
        }
      }
      return rows;
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
      return null;
    }
  }
}
