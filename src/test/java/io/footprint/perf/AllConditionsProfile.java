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
import java.util.ArrayList;
import java.util.List;

/**
 * Warm Leiden over every condition of a generated country, contiguity on and off: the time of the
 * last of REPS rounds and the mean modularity. java -cp ... AllConditionsProfile DIR [REPS].
 */
public final class AllConditionsProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Scenario s = new ScenarioLoader(LoadOptions.defaults())
        .load(List.of(dir.resolve("areas.geojson")), dir.resolve("sites.csv"), List.of(dir.resolve("flows.csv.gz")))
        .scenario();
    AreaAdjacency adj = AreaAdjacency.of(s.areas());
    List<ConditionGraph> graphs = new ArrayList<>();
    for (String c : s.flows().keySet()) {
      graphs.add(new ConditionGraph(s, c, adj));
    }
    for (boolean contiguity : new boolean[] {true, false}) {
      long best = Long.MAX_VALUE;
      double q = 0;
      for (int rep = 0; rep < reps; rep++) {
        long t0 = System.nanoTime();
        q = 0;
        for (ConditionGraph g : graphs) {
          Clustering c = new LeidenAlgorithm(1, contiguity).cluster(g.network(), Long.getLong("seed", 1));
          q += Modularity.of(g.network().flows(), c, 1) / graphs.size();
        }
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf("contiguity %-5s best of %d: %5d ms for %d conditions, mean modularity %.5f%n", contiguity, reps,
          best / 1_000_000, graphs.size(), q);
    }
  }
}
