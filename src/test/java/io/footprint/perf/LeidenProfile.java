package io.footprint.perf;

import io.footprint.cluster.Clustering;
import io.footprint.cluster.ConstraintMerger;
import io.footprint.cluster.Constraints;
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

/** Times Leiden on one condition of a generated country: java -cp ... LeidenProfile DIR CONDITION. */
public final class LeidenProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Scenario s = new ScenarioLoader(new LoadOptions(Map.of(), Set.of(args[1]), false))
        .load(List.of(dir.resolve("areas.geojson")), dir.resolve("sites.csv"), List.of(dir.resolve("flows.csv.gz")))
        .scenario();
    AreaAdjacency adj = AreaAdjacency.of(s.areas());
    ConditionGraph g = new ConditionGraph(s, args[1], adj);
    for (int rep = 0; rep < 3; rep++) {
      for (boolean contiguity : new boolean[] {false, true}) {
        long t0 = System.nanoTime();
        Clustering c = new LeidenAlgorithm(1, contiguity).cluster(g.network(), 1);
        long t1 = System.nanoTime();
        Clustering m = ConstraintMerger.apply(g.network(), c, new Constraints(0, 0, contiguity));
        long t2 = System.nanoTime();
        System.out.printf("contiguity %-5s leiden %5d ms (%d clusters, Q %.5f)  merger %4d ms (%d clusters, Q %.5f)%n",
            contiguity, (t1 - t0) / 1_000_000, c.clusterCount(), Modularity.of(g.network().flows(), c, 1),
            (t2 - t1) / 1_000_000, m.clusterCount(), Modularity.of(g.network().flows(), m, 1));
      }
    }
  }
}
