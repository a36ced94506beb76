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
 * sharing no code with footprint: populations, localisation, market share, modularity (at resolution 1
 * and at the resolution found), smallest footprint, aligned and inside counts, the population-weighted
 * adjusted Rand index, NMI and variation of information, and every row of a realignment replayed move
 * by move.
 */
class RecomputedFiguresTest {
  @TempDir
  Path tmp;

  @Test
  void summaryAndTablesAgreeWithAnIndependentRecount() throws Exception {
    recount("run", "--out", tmp.resolve("out").toString(), "--quiet");
  }

  /** With a target the resolution found is not 1: modularity is still reported at 1, the found one apart. */
  @Test
  void modularityAtResolutionOneWhateverTheTarget() throws Exception {
    recount("run", "--out", tmp.resolve("target").toString(), "--quiet", "--target", "12", "--starts", "1");
  }

  private void recount(String... args) throws Exception {
    Path in = Demo.extract();
    Path out = Path.of(args[2]);
    Cli r = Cli.run(args);
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
      List<String> header = List.of(java.nio.file.Files.readAllLines(out.resolve(condition).resolve("footprints.csv"))
          .get(0).split(","));
      int population = header.indexOf("population");
      int localisation = header.indexOf("localisation");
      int marketShare = header.indexOf("market_share");
      JsonNode s = summary.get(condition);
      double gamma = s.get("modularity_at_found_resolution").get("resolution").asDouble();
      double in1 = 0;
      double msSum = 0;
      double q = 0;
      double qGamma = 0;
      double minPop = Double.POSITIVE_INFINITY;
      for (String row : rows) {
        String[] c = row.split(",");
        double[] x = f.get(c[0]);
        assertThat(Double.parseDouble(c[population])).as(c[0] + " population").isEqualTo(x[0]);
        assertThat(Double.parseDouble(c[localisation])).as(c[0] + " localisation").isCloseTo(x[3] / x[1], within(6e-7));
        assertThat(Double.parseDouble(c[marketShare])).as(c[0] + " market share").isCloseTo(x[3] / x[2], within(6e-7));
        in1 += x[3];
        msSum += x[3] / x[2];
        double k = (x[1] + x[2]) / (2 * total);
        q += x[3] / total - k * k;
        qGamma += x[3] / total - gamma * k * k;
        minPop = Math.min(minPop, x[0]);
        checked++;
      }
      assertThat(s.get("footprints").asInt()).isEqualTo(f.size());
      assertThat(s.get("localisation").asDouble()).isCloseTo(in1 / total, within(6e-7));
      assertThat(s.get("market_share").asDouble()).isCloseTo(msSum / f.size(), within(6e-7));
      assertThat(s.get("modularity").asDouble()).isCloseTo(q, within(6e-7));
      assertThat(s.get("modularity_at_found_resolution").get("modularity").asDouble()).isCloseTo(qGamma,
          within(6e-7));
      assertThat(s.get("parameters").get("resolution").asDouble()).isEqualTo(gamma);
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
      int inside = 0;
      for (Map.Entry<String, Map<String, Double>> e : share.entrySet()) {
        double max = e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        aligned += max / f.get(e.getKey())[0] >= 0.95 ? 1 : 0;
        inside += e.getValue().size() == 1 ? 1 : 0;
      }
      JsonNode al = s.get("alignment").get("senates");
      assertThat(al.get("aligned").asInt()).isEqualTo(aligned);
      assertThat(al.get("inside").asInt()).isEqualTo(inside);
      replayRealignment(out.resolve(condition).resolve("realignment-senates.csv"), fpOf, flows, condition,
          al.get("realignment"));
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

  /**
   * Applies the realignment's moves one by one to the assignments and recounts, after each, the two
   * footprints' localisation and the overall one from the flows: every row must give that move's own.
   */
  private static void replayRealignment(Path csv, Map<String, String> start, List<String> flows, String condition,
      JsonNode summary) throws IOException {
    Map<String, String> fpOf = new HashMap<>(start);
    List<String> rows = lines(csv);
    assertThat(rows).hasSize(summary.get("areas_moved").asInt());
    double overall = Double.NaN;
    for (String row : rows) {
      String[] c = row.split(",");
      String area = c[2];
      assertThat(fpOf.get("area:" + area)).isEqualTo(c[1]);
      assertThat(Double.parseDouble(c[6])).as(row).isCloseTo(localisation(fpOf, flows, condition, c[1]), within(6e-7));
      assertThat(Double.parseDouble(c[8])).as(row).isCloseTo(localisation(fpOf, flows, condition, c[5]), within(6e-7));
      fpOf.put("area:" + area, c[5]);
      assertThat(Double.parseDouble(c[7])).as(row).isCloseTo(localisation(fpOf, flows, condition, c[1]), within(6e-7));
      assertThat(Double.parseDouble(c[9])).as(row).isCloseTo(localisation(fpOf, flows, condition, c[5]), within(6e-7));
      overall = localisation(fpOf, flows, condition, null);
      assertThat(Double.parseDouble(c[10])).as(row).isCloseTo(overall, within(6e-7));
    }
    if (!rows.isEmpty()) {
      assertThat(summary.get("localisation_after").asDouble()).isCloseTo(overall, within(6e-7));
    }
  }

  /** Localisation of one footprint (all of them when null) under the assignments given. */
  private static double localisation(Map<String, String> fpOf, List<String> flows, String condition, String fp) {
    double in = 0;
    double all = 0;
    for (String[] p : parsed(flows, condition)) {
      String fa = fpOf.get("area:" + p[0]);
      if (fp == null || fa.equals(fp)) {
        double a = Double.parseDouble(p[3]);
        all += a;
        in += fa.equals(fpOf.get("site:" + p[1])) ? a : 0;
      }
    }
    return in / all;
  }

  private static final Map<String, List<String[]>> PARSED = new HashMap<>();

  /** The condition's flow rows split into fields, once. */
  private static List<String[]> parsed(List<String> flows, String condition) {
    return PARSED.computeIfAbsent(condition + "@" + System.identityHashCode(flows), k -> flows.stream()
        .map(l -> l.split(",")).filter(p -> p[2].equals(condition)).toList());
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
