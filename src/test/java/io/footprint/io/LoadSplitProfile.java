package io.footprint.io;

import java.nio.file.Path;
import java.util.List;

/** Times the area and flow readers apart: java -cp ... io.footprint.io.LoadSplitProfile DIR. */
public final class LoadSplitProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      Problems p = new Problems();
      var areas = new ScenarioLoader(LoadOptions.defaults()).readAreas(List.of(dir.resolve("areas.geojson")), p,
          new BritishNationalGrid());
      long t1 = System.nanoTime();
      java.util.Map<String, Integer> ai = new java.util.HashMap<>();
      for (int i = 0; i < areas.size(); i++) {
        ai.put(areas.get(i).code(), i);
      }
      var sites = new SiteReader(p, java.util.Map.of(), new BritishNationalGrid()).read(dir.resolve("sites.csv"));
      java.util.Map<String, Integer> si = new java.util.HashMap<>();
      int k = 0;
      for (String c : sites.keySet()) {
        si.put(c, k++);
      }
      FlowReader f = new FlowReader(p, java.util.Map.of(), ai, si, null, false);
      f.read(dir.resolve("flows.csv.gz"));
      long t2 = System.nanoTime();
      f.matrices(areas.size(), sites.size());
      long t3 = System.nanoTime();
      System.out.printf("areas %d ms, flows read %d ms, matrices %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000,
          (t3 - t2) / 1000000);
    }
  }
}
