package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of a run recomputed from the files alone (inputs and written CSVs) with plain loops,
 * sharing no code with footprint: populations, localisation, market share, modularity, smallest
 * footprint, aligned count, and the population-weighted adjusted Rand index, NMI and variation of
 * information.
 */
class RecomputedFiguresTest {
  @TempDir
  Path tmp;

  @Test
  void summaryAndTablesAgreeWithAnIndependentRecount() throws Exception {
    Path in = Demo.extract();
    Path out = tmp.resolve("out");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, Double> pop = new HashMap<>();
    for (JsonNode f : new ObjectMapper().readTree(in.resolve("areas.geojson").toFile()).get("features")) {
      pop.put(f.get("properties").get("area_code").asText(), f.get("properties").get("population").asDouble());
    }
    Map<String, String> senate = new HashMap<>();
    for (String l : lines(Path.of("data/demo/senates.csv"))) {
      senate.put(l.split(",")[0], l.split(",")[1]);
    }
    List<String> flows = lines(in.resolve("flows.csv.gz"));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions");
    int checked = 0;
    for (String condition : List.of("cancer", "trauma", "neonatal")) {
      Map<String, String> fpOf = new HashMap<>();
      for (String l : lines(out.resolve(condition).resolve("assignments.csv"))) {
        String[] p = l.split(",");
        fpOf.put(p[0] + ":" + p[1], p[2]);
      }
      Map<String, double[]> f = new TreeMap<>(); // population, resident activity, site activity, internal
      for (Map.Entry<String, String> e : fpOf.entrySet()) {
        if (e.getKey().startsWith("area:")) {
          f.computeIfAbsent(e.getValue(), k -> new double[4])[0] += pop.get(e.getKey().substring(5));
        }
      }
      double total = 0;
      for (String l : flows) {
        String[] p = l.split(",");
        if (!p[2].equals(condition)) {
          continue;
        }
        double a = Double.parseDouble(p[3]);
        String fa = fpOf.get("area:" + p[0]);
        String fs = fpOf.get("site:" + p[1]);
        f.get(fa)[1] += a;
        f.get(fs)[2] += a;
        if (fa.equals(fs)) {
          f.get(fa)[3] += a;
        }
        total += a;
      }
      // per footprint, against footprints.csv
      List<String> rows = lines(out.resolve(condition).resolve("footprints.csv"));
      assertThat(rows).hasSize(f.size());
      double in1 = 0;
      double msSum = 0;
      double q = 0;
      double minPop = Double.POSITIVE_INFINITY;
      for (String row : rows) {
        String[] c = row.split(",");
        double[] x = f.get(c[0]);
        assertThat(Double.parseDouble(c[5])).as(c[0] + " population").isEqualTo(x[0]);
        assertThat(Double.parseDouble(c[9])).as(c[0] + " localisation").isCloseTo(x[3] / x[1], within(6e-7));
        assertThat(Double.parseDouble(c[10])).as(c[0] + " market share").isCloseTo(x[3] / x[2], within(6e-7));
        in1 += x[3];
        msSum += x[3] / x[2];
        double k = (x[1] + x[2]) / (2 * total);
        q += x[3] / total - k * k;
        minPop = Math.min(minPop, x[0]);
        checked++;
      }
      JsonNode s = summary.get(condition);
      assertThat(s.get("footprints").asInt()).isEqualTo(f.size());
      assertThat(s.get("localisation").asDouble()).isCloseTo(in1 / total, within(6e-7));
      assertThat(s.get("market_share").asDouble()).isCloseTo(msSum / f.size(), within(6e-7));
      assertThat(s.get("modularity").asDouble()).isCloseTo(q, within(6e-7));
      assertThat(s.get("min_population").asDouble()).isEqualTo(minPop);
      // alignment with the senates: shares by population, and the population-weighted adjusted Rand index
      Map<String, Map<String, Double>> share = new TreeMap<>();
      Map<String, Double> cell = new HashMap<>();
      Map<String, Double> byFp = new HashMap<>();
      Map<String, Double> bySenate = new HashMap<>();
      double n = 0;
      for (Map.Entry<String, Double> e : pop.entrySet()) {
        String fp = fpOf.get("area:" + e.getKey());
        String sen = senate.get(e.getKey());
        share.computeIfAbsent(fp, k -> new TreeMap<>()).merge(sen, e.getValue(), Double::sum);
        cell.merge(fp + "|" + sen, e.getValue(), Double::sum);
        byFp.merge(fp, e.getValue(), Double::sum);
        bySenate.merge(sen, e.getValue(), Double::sum);
        n += e.getValue();
      }
      int aligned = 0;
      for (Map.Entry<String, Map<String, Double>> e : share.entrySet()) {
        double max = e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        aligned += max / f.get(e.getKey())[0] >= 0.95 ? 1 : 0;
      }
      JsonNode al = s.get("alignment").get("senates");
      assertThat(al.get("aligned").asInt()).isEqualTo(aligned);
      double sumCells = cell.values().stream().mapToDouble(v -> v * (v - 1) / 2).sum();
      double sumA = byFp.values().stream().mapToDouble(v -> v * (v - 1) / 2).sum();
      double sumB = bySenate.values().stream().mapToDouble(v -> v * (v - 1) / 2).sum();
      double expected = sumA * sumB / (n * (n - 1) / 2);
      double ari = (sumCells - expected) / ((sumA + sumB) / 2 - expected);
      assertThat(al.get("ari").asDouble()).isCloseTo(ari, within(6e-7));
      double mi = 0;
      for (Map.Entry<String, Double> e : cell.entrySet()) {
        String[] k = e.getKey().split("\\|");
        mi += e.getValue() / n * Math.log(e.getValue() * n / (byFp.get(k[0]) * bySenate.get(k[1])));
      }
      final double total2 = n;
      double hA = -byFp.values().stream().mapToDouble(v -> v / total2 * Math.log(v / total2)).sum();
      double hB = -bySenate.values().stream().mapToDouble(v -> v / total2 * Math.log(v / total2)).sum();
      assertThat(al.get("nmi").asDouble()).isCloseTo(mi / ((hA + hB) / 2), within(6e-7));
      assertThat(al.get("vi").asDouble()).isCloseTo(hA + hB - 2 * mi, within(6e-7));
    }
    assertThat(checked).isGreaterThan(20);
  }

  private static List<String> lines(Path p) throws IOException {
    if (p.toString().endsWith(".gz")) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
          StandardCharsets.UTF_8))) {
        List<String> all = r.lines().toList();
        return all.subList(1, all.size());
      }
    }
    List<String> all = Files.readAllLines(p, StandardCharsets.UTF_8);
    return all.subList(1, all.size());
  }
}
