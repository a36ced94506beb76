package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Conditions;
import io.footprint.model.Site;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads provider sites: {@code site_code, site_name, org_code, org_name, lat, lon} (or easting,
 * northing), optional {@code conditions} ({@code ;}-separated). A code repeated with the same data is
 * ignored (and counted); repeated with different data it is an error.
 */
final class SiteReader {
  private final Problems problems;
  private final Map<String, String> mapping;
  private final BritishNationalGrid grid;
  private final Charset encoding;

  SiteReader(Problems problems, Map<String, String> mapping, BritishNationalGrid grid, Charset encoding) {
    this.problems = problems;
    this.mapping = mapping;
    this.grid = grid;
    this.encoding = encoding;
  }

  /** Sites by code, in code order. */
  TreeMap<String, Site> read(Path path) {
    TreeMap<String, Site> sites = new TreeMap<>();
    CsvTable t = CsvTable.open(path, problems, encoding);
    if (t == null) {
      return sites;
    }
    try (t) {
      int code = t.column("site_code", Columns.SITE_CODE, mapping, true);
      int name = t.column("site_name", List.of("name", "organisation_name"), mapping, false);
      int org = t.column("org_code", List.of("trust_code", "parent_code"), mapping, false);
      int orgName = t.column("org_name", List.of("trust_name"), mapping, false);
      int conditions = t.column("conditions", List.of("services"), mapping, false);
      int roles = t.column("roles", List.of("role"), mapping, false);
      PointColumns point = PointColumns.find(t, mapping, true, problems, grid);
      if (code < 0 || point == null) {
        return sites;
      }
      Map<String, Long> firstLine = new TreeMap<>();
      while (t.next()) {
        String c = Codes.read(t, code, problems);
        double[] p = point.read(t, problems);
        if (c == null || p == null) {
          continue;
        }
        String n = t.get(name).strip();
        String o = org == code ? c : t.get(org).strip();
        Set<String> provides = new LinkedHashSet<>();
        for (String s : t.get(conditions).split(";")) {
          if (!s.isBlank()) {
            provides.add(Conditions.normalise(s));
          }
        }
        Map<String, Set<String>> held = new TreeMap<>();
        for (String s : t.get(roles).split(";")) {
          if (s.isBlank()) {
            continue;
          }
          int colon = s.indexOf(':');
          if (colon <= 0 || colon == s.length() - 1 || s.substring(colon + 1).isBlank()) {
            problems.add(ProblemType.BAD_ROLE, t.file(), t.line(), t.columnName(roles), s.strip(), "");
            continue;
          }
          held.computeIfAbsent(Conditions.normalise(s.substring(0, colon)), k -> new java.util.TreeSet<>())
              .add(s.substring(colon + 1).strip().toUpperCase(java.util.Locale.ROOT));
        }
        Site site = new Site(c, n.isEmpty() ? c : n, o.isEmpty() ? c : o, t.get(orgName).strip(), p[0], p[1],
            provides, held);
        Site before = sites.putIfAbsent(c, site);
        if (before == null) {
          firstLine.put(c, t.line());
        } else if (before.equals(site)) {
          problems.add(ProblemType.DUPLICATE_ROW, t.file(), t.line(), t.columnName(code), c, "");
        } else {
          problems.add(ProblemType.DUPLICATE_CODE, t.file(), t.line(), t.columnName(code), c,
              "first at line " + firstLine.get(c));
        }
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, path, 0, problems);
    }
    return sites;
  }
}
