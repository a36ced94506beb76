package io.footprint.run;

import io.footprint.cluster.Agreement;
import io.footprint.cluster.MapComparison;
import io.footprint.io.InputException;
import io.footprint.io.LoadOptions;
import io.footprint.io.PartitionReader;
import io.footprint.io.ProblemType;
import io.footprint.io.Problems;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.Area;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * footprint's {@code compare} as a library: two partitions of the same areas (two runs, two years' flows, a
 * proposal and a reference) set against each other, every figure weighted by residents: adjusted Rand
 * index, normalised mutual information and variation of information ({@link Agreement}), Mapcurves both
 * ways and each unit's best match ({@link MapComparison}), and the areas that change unit.
 */
public final class Comparisons {
  private Comparisons() {}

  /**
   * What to compare.
   *
   * @param a the first partition, as {@link PartitionReader} reads it
   * @param condition the condition of an earlier output to read, or null for its only one
   */
  public record Request(List<Path> areas, String a, String b, String condition, Map<String, String> columns,
      Charset encoding) {}

  /**
   * The comparison.
   *
   * @param unitA unit number of each area in A (numbers follow {@code codesA}, sorted)
   * @param codesA each unit's code in A
   */
  public record Result(List<Area> areas, PartitionReader.Partition a, PartitionReader.Partition b, int[] unitA,
      int[] unitB, List<String> codesA, List<String> codesB, Agreement agreement, MapComparison map,
      Problems problems) {

    /** Residents of the areas whose unit in B is not their A unit's match. */
    public double residentsChanged() {
      double s = 0;
      for (int i = 0; i < areas.size(); i++) {
        s += map.changed()[i] ? areas.get(i).population() : 0;
      }
      return s;
    }

    /** Areas whose unit in B is not their A unit's match. */
    public int areasChanged() {
      int n = 0;
      for (boolean c : map.changed()) {
        n += c ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * @throws InputException when an input is invalid, or a partition leaves areas out
   */
  public static Result compare(Request r) throws InputException {
    LoadOptions options = new LoadOptions(r.columns(), null, false, r.encoding());
    List<Area> areas = new ScenarioLoader(options).loadAreas(r.areas()).scenario().areas();
    Problems problems = new Problems();
    PartitionReader.Partition a = PartitionReader.read(r.a(), r.condition(), areas, problems, r.columns(),
        r.encoding());
    PartitionReader.Partition b = PartitionReader.read(r.b(), r.condition(), areas, problems, r.columns(),
        r.encoding());
    if (problems.hasFatal() || a == null || b == null) {
      throw new InputException(problems);
    }
    List<String> codesA = new ArrayList<>(new TreeSet<>(a.unitOfArea().values()));
    List<String> codesB = new ArrayList<>(new TreeSet<>(b.unitOfArea().values()));
    int[] unitA = units(a, areas, codesA, problems);
    int[] unitB = units(b, areas, codesB, problems);
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    double[] weight = new double[areas.size()];
    for (int i = 0; i < weight.length; i++) {
      weight[i] = areas.get(i).population();
    }
    return new Result(areas, a, b, unitA, unitB, codesA, codesB, Agreement.of(unitA, unitB, weight),
        MapComparison.of(unitA, unitB, weight), problems);
  }

  /** Each area's unit number; an area the partition leaves out is an input problem (the first five, and a count). */
  private static int[] units(PartitionReader.Partition p, List<Area> areas, List<String> codes, Problems problems) {
    Map<String, Integer> number = new HashMap<>();
    for (int k = 0; k < codes.size(); k++) {
      number.put(codes.get(k), k);
    }
    int[] out = new int[areas.size()];
    int missing = 0;
    for (int i = 0; i < areas.size(); i++) {
      String u = p.unitOfArea().get(areas.get(i).code());
      if (u == null) {
        if (missing++ < 5) {
          problems.add(ProblemType.START_MAP_MISFIT, p.source(), 0, "area_code", areas.get(i).code(),
              "the partition puts this area in no unit; both must cover the same areas");
        }
        continue;
      }
      out[i] = number.get(u);
    }
    if (missing > 5) {
      problems.add(ProblemType.START_MAP_MISFIT, p.source(), 0, "area_code", (missing - 5) + " more",
          "the partition leaves these areas out too");
    }
    return out;
  }
}
