package io.footprint.io;

import io.footprint.model.Conditions;
import io.footprint.model.Relationship;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads clinical relationships between sites ({@code site_a, site_b, condition, weight}): transfers between
 * providers, tertiary referrals, shared multidisciplinary teams. An empty condition applies to every condition.
 * A site the sites file lacks, a site related to itself and a weight that is not a finite number above 0 are
 * input errors, each with its file, line and column.
 */
public final class RelationshipReader {
  private RelationshipReader() {}

  /**
   * The relationships, in file order, or an empty list (with the problems recorded) when the file cannot be read.
   *
   * @param siteIndex scenario index of each site code
   */
  public static List<Relationship> read(Path file, Map<String, Integer> siteIndex, Problems problems) {
    List<Relationship> out = new ArrayList<>();
    CsvTable t = CsvTable.open(file, problems);
    if (t == null) {
      return out;
    }
    String name = file.toString();
    try (t) {
      int a = t.column("site_a", List.of("from_site", "site_code_a"), Map.of(), true);
      int b = t.column("site_b", List.of("to_site", "site_code_b"), Map.of(), true);
      int condition = t.column("condition", List.of(), Map.of(), false);
      int weight = t.column("weight", List.of("strength", "transfers"), Map.of(), true);
      if (a < 0 || b < 0 || weight < 0) {
        return out;
      }
      while (t.next()) {
        String ca = t.get(a).strip();
        String cb = t.get(b).strip();
        Integer ia = siteIndex.get(ca);
        Integer ib = siteIndex.get(cb);
        boolean ok = true;
        if (ia == null) {
          problems.add(ProblemType.UNKNOWN_RELATED_SITE, name, t.line(), t.columnName(a), ca, "");
          ok = false;
        }
        if (ib == null) {
          problems.add(ProblemType.UNKNOWN_RELATED_SITE, name, t.line(), t.columnName(b), cb, "");
          ok = false;
        }
        if (ok && ia.equals(ib)) {
          problems.add(ProblemType.SELF_RELATIONSHIP, name, t.line(), t.columnName(b), cb, "");
          ok = false;
        }
        String w = t.get(weight).strip();
        double v = Double.NaN;
        try {
          v = Double.parseDouble(w);
        } catch (NumberFormatException e) {
          // reported below
        }
        if (!(v > 0) || !Double.isFinite(v)) {
          problems.add(ProblemType.BAD_RELATIONSHIP_WEIGHT, name, t.line(), t.columnName(weight), w, "");
          ok = false;
        }
        if (ok) {
          String c = t.get(condition).strip();
          out.add(new Relationship(ia, ib, c.isEmpty() ? null : Conditions.normalise(c), v));
        }
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
    }
    return out;
  }
}
