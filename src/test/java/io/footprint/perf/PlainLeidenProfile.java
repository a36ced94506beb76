package io.footprint.perf;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.LeidenAlgorithm;
import io.footprint.cluster.Modularity;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.io.LoadOptions;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plain (contiguity off) Leiden modularity by tolerance and seed: java -cp ... PlainLeidenProfile DIR CONDITION. */
public final class PlainLeidenProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Scenario s = new ScenarioLoader(new LoadOptions(Map.of(), Set.of(args[1]), false))
        .load(List.of(dir.resolve("areas.geojson")), dir.resolve("sites.csv"), List.of(dir.resolve("flows.csv.gz")))
        .scenario();
    ConditionGraph g = new ConditionGraph(s, args[1], AreaAdjacency.of(s.areas()));
    for (double tol : new double[] {1e-4}) {
      for (double theta : new double[] {0.01, 0.001, 0.0001}) {
        StringBuilder b = new StringBuilder();
        for (long seed = 1; seed <= 5; seed++) {
          Clustering c = new LeidenAlgorithm(1, theta, 200, tol, false).cluster(g.network(), seed);
          b.append(String.format(" %.5f", Modularity.of(g.network().flows(), c, 1)));
        }
        System.out.printf("tol %.0e theta %.3f:%s%n", tol, theta, b);
      }
    }
  }
}
