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

/** Modularity and time of contiguous Leiden by convergence tolerance: java -cp ... ToleranceProfile DIR. */
public final class ToleranceProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Scenario s = new ScenarioLoader(LoadOptions.defaults()).load(List.of(dir.resolve("areas.geojson")),
        dir.resolve("sites.csv"), List.of(dir.resolve("flows.csv.gz"))).scenario();
    AreaAdjacency adj = AreaAdjacency.of(s.areas());
    for (int rep = 0; rep < 2; rep++) {
      for (double tol : new double[] {0, 1e-5, 1e-4, 1e-3}) {
        long t = 0;
        double q = 0;
        for (String c : s.flows().keySet()) {
          ConditionGraph g = new ConditionGraph(s, c, adj);
          long t0 = System.nanoTime();
          Clustering cl = new LeidenAlgorithm(1, 0.01, 50, tol, true).cluster(g.network(), 1);
          t += System.nanoTime() - t0;
          q += Modularity.of(g.network().flows(), cl, 1);
        }
        System.out.printf("tolerance %.0e: %5d ms, mean Q %.5f%n", tol, t / 1_000_000, q / s.flows().size());
      }
    }
  }
}
