package io.footprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.footprint.model.Area;
import io.footprint.run.Comparisons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Writes a comparison and commits it: {@code compare.json} (the indices), {@code units.csv} (each unit of A
 * with its best match in B), {@code changes.csv} (every area whose unit in B is not its A unit's match) and,
 * when the areas have boundaries, {@code changes.geojson}: those areas, to map what changed.
 */
public final class ComparisonWriter {

  private ComparisonWriter() {}

  public static void write(Comparisons.Result c, OutputDirectory dir, String version)
      throws IOException, OutputDirectory.Refused {
    json(c, version, dir.resolve("compare.json"));
    units(c, dir.resolve("units.csv"));
    changes(c, dir.resolve("changes.csv"));
    if (c.areas().stream().allMatch(Area::hasGeometry)) {
      geojson(c, dir.resolve("changes.geojson"));
    }
    dir.commit();
  }

  private static double[] unitResidents(Comparisons.Result c, int[] unit, int units) {
    double[] r = new double[units];
    for (int i = 0; i < unit.length; i++) {
      r[unit[i]] += c.areas().get(i).population();
    }
    return r;
  }

  /** One side's name, source and units, in that order (Map.of's order would change from run to run). */
  private static Map<String, Object> partition(String name, String source, int units) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("source", source);
    m.put("units", units);
    return m;
  }

  private static void json(Comparisons.Result c, String version, Path file) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("footprint_version", version);
    root.put("a", partition(c.a().name(), c.a().source(), c.codesA().size()));
    root.put("b", partition(c.b().name(), c.b().source(), c.codesB().size()));
    root.put("areas", c.areas().size());
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put("weight", "residents");
    agreement.put("ari", Fmt.json(c.agreement().adjustedRand(), 6));
    agreement.put("nmi", Fmt.json(c.agreement().normalisedMutualInformation(), 6));
    agreement.put("vi", Fmt.json(c.agreement().variationOfInformation(), 6));
    agreement.put("mapcurves_a_in_b", Fmt.json(c.map().mapcurvesAInB(), 6));
    agreement.put("mapcurves_b_in_a", Fmt.json(c.map().mapcurvesBInA(), 6));
    root.put("agreement", agreement);
    root.put("areas_changed", c.areasChanged());
    root.put("residents_changed", Fmt.json(c.residentsChanged(), 0));
    double all = c.areas().stream().mapToDouble(Area::population).sum();
    root.put("share_of_residents_changed", Fmt.json(all > 0 ? c.residentsChanged() / all : Double.NaN, 6));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
  }

  private static void units(Comparisons.Result c, Path file) throws IOException {
    double[] residents = unitResidents(c, c.unitA(), c.codesA().size());
    int[] areas = new int[c.codesA().size()];
    for (int u : c.unitA()) {
      areas[u]++;
    }
    try (CsvRows out = CsvRows.open(file, "unit", "name", "areas", "residents", "best_match", "best_match_name",
        "jaccard", "shared_residents")) {
      for (int u = 0; u < c.codesA().size(); u++) {
        int m = c.map().bestMatch()[u];
        String code = c.codesA().get(u);
        String match = m < 0 ? "" : c.codesB().get(m);
        out.printRecord(code, c.a().unitNames().getOrDefault(code, code), areas[u], Fmt.num(residents[u], 0), match,
            m < 0 ? "" : c.b().unitNames().getOrDefault(match, match), Fmt.num(c.map().jaccard()[u], 6),
            Fmt.num(c.map().shared()[u], 0));
      }
    }
  }

  private static void changes(Comparisons.Result c, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "area_code", "area_name", "residents", "a", "b", "a_match_in_b")) {
      for (int i = 0; i < c.areas().size(); i++) {
        if (c.map().changed()[i]) {
          Area a = c.areas().get(i);
          int m = c.map().bestMatch()[c.unitA()[i]];
          out.printRecord(a.code(), a.name(), Fmt.num(a.population(), 0), c.codesA().get(c.unitA()[i]),
              c.codesB().get(c.unitB()[i]), m < 0 ? "" : c.codesB().get(m));
        }
      }
    }
  }

  private static void geojson(Comparisons.Result c, Path file) throws IOException {
    int[] changed = IntStream.range(0, c.areas().size()).filter(i -> c.map().changed()[i]).toArray();
    GeoJsonFeatures.write(file, changed, (g, i) -> {
      Area a = c.areas().get(i);
      int m = c.map().bestMatch()[c.unitA()[i]];
      g.writeStringField("area_code", a.code());
      g.writeStringField("area_name", a.name());
      g.writeNumberField("residents", Fmt.json(a.population(), 0));
      g.writeStringField("a", c.codesA().get(c.unitA()[i]));
      g.writeStringField("b", c.codesB().get(c.unitB()[i]));
      g.writeStringField("a_match_in_b", m < 0 ? "" : c.codesB().get(m));
    }, i -> c.areas().get(i).geometry());
  }
}
