package io.footprint.perf;

import io.footprint.io.LoadOptions;
import io.footprint.io.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;

/** Times loading a generated country, three times in one JVM: java -cp ... LoadProfile DIR. */
public final class LoadProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      var r = new ScenarioLoader(LoadOptions.defaults()).load(List.of(dir.resolve("areas.geojson")),
          dir.resolve("sites.csv"), List.of(dir.resolve("flows.csv.gz")));
      long t1 = System.nanoTime();
      System.out.printf("load %d ms: %d areas, %d flow rows%n", (t1 - t0) / 1_000_000, r.scenario().areas().size(),
          r.flowRows());
    }
  }
}
