package io.footprint.io;

import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.model.RegionSet;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a partition of the areas, whatever made it: an earlier footprint output (its folder, or a condition's
 * {@code assignments.csv}), a lookup or polygons (as {@code --reference} reads them), or a built-in reference.
 * {@link RegionReader} reads earlier outputs through it too, so they serve as references and as maps to refine.
 */
public final class PartitionReader {
  private PartitionReader() {}

  /**
   * A partition: the unit of each area by code, each unit's name, and for an earlier output the footprint of
   * each site it lists (else empty).
   *
   * @param name what it is called in the outputs
   * @param source the file it was read from, or the built-in name
   */
  public record Partition(String name, String source, Map<String, String> unitOfArea, Map<String, String> unitNames,
      Map<String, String> unitOfSite) {}

  /**
   * @param condition the condition of an earlier output to read (null: its only one)
   * @return the partition, or null with the problems recorded
   */
  public static Partition read(String spec, String condition, List<Area> areas, Problems problems,
      Map<String, String> columns, Charset encoding) {
    ReferenceSpec ref = ReferenceSpec.parse(spec);
    Path file = ref.file();
    if (file != null && Files.isDirectory(file)) {
      Path assignments = assignmentsIn(file, condition, problems);
      return assignments == null ? null : assignments(ref.name(), assignments, problems);
    }
    if (file != null && file.getFileName() != null && file.getFileName().toString().equals("assignments.csv")) {
      return assignments(ref.name(), file, problems);
    }
    RegionSet regions = new RegionReader(problems, columns, encoding).read(spec, areas);
    if (regions == null) {
      return null;
    }
    return new Partition(ref.name(), file == null ? ref.name() : file.toString(), regions.regionOfArea(),
        regions.regionNames(), regions.regionOfSite());
  }

  /** Whether {@code file} is an earlier footprint output: a folder, or a condition's assignments.csv. */
  static boolean isEarlierOutput(Path file) {
    return Files.isDirectory(file) || (file.getFileName() != null
        && file.getFileName().toString().equals("assignments.csv"));
  }

  /** A condition's assignments.csv in an earlier output folder. */
  private static Path assignmentsIn(Path dir, String condition, Problems problems) {
    if (condition != null) {
      Path p = dir.resolve(Conditions.folder(condition)).resolve("assignments.csv");
      if (Files.isRegularFile(p)) {
        return p;
      }
      problems.add(ProblemType.UNREADABLE_FILE, p.toString(), 0, "", "", "no assignments.csv for condition "
          + condition + " in this output");
      return null;
    }
    List<Path> found = new ArrayList<>();
    File[] subs = dir.toFile().listFiles(File::isDirectory);
    if (subs != null) {
      java.util.Arrays.sort(subs);
      for (File sub : subs) {
        Path p = sub.toPath().resolve("assignments.csv");
        if (Files.isRegularFile(p)) {
          found.add(p);
        }
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    problems.add(ProblemType.UNREADABLE_FILE, dir.toString(), 0, "", "", found.isEmpty()
        ? "no <condition>/assignments.csv in this folder: not a footprint output"
        : "it holds " + found.size() + " conditions: name one with --condition");
    return null;
  }

  /** The areas' footprints of an assignments.csv (kind,code,footprint); sites are left out. */
  private static Partition assignments(String name, Path file, Problems problems) {
    CsvTable t = CsvTable.open(file, problems);
    if (t == null) {
      return null;
    }
    Map<String, String> unit = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    Map<String, String> ofSite = new TreeMap<>();
    try (t) {
      int kind = t.column("kind", List.of(), Map.of(), true);
      int code = t.column("code", List.of("area_code"), Map.of(), true);
      int fp = t.column("footprint", List.of(), Map.of(), true);
      if (kind < 0 || code < 0 || fp < 0) {
        return null;
      }
      while (t.next()) {
        String k = t.get(kind).strip();
        if (k.equals("site")) {
          String site = t.get(code).strip();
          String f = t.get(fp).strip();
          if (!site.isEmpty() && !f.isEmpty()) {
            ofSite.put(site, f);
          }
          continue;
        }
        if (!k.equals("area")) {
          continue;
        }
        String c = Codes.read(t, code, problems);
        String f = t.get(fp).strip();
        if (c == null) {
          continue;
        }
        if (f.isEmpty()) {
          problems.add(ProblemType.MISSING_VALUE, file.toString(), t.line(), "footprint", c, "");
          continue;
        }
        String before = unit.put(c, f);
        if (before != null && !before.equals(f)) {
          problems.add(ProblemType.DUPLICATE_CODE, file.toString(), t.line(), "code", c, "area in two footprints");
        }
        names.put(f, f);
      }
    } catch (IOException e) {
      ReadFailure.report(e, file, 0, problems);
      return null;
    }
    return new Partition(name, file.toString(), unit, names, ofSite);
  }
}
