package io.footprint.perf;

import io.footprint.align.Aligner;
import io.footprint.align.Realigner;
import io.footprint.io.Problems;
import io.footprint.io.RegionReader;
import io.footprint.run.ConditionResult;
import io.footprint.run.Footprints;
import io.footprint.run.Request;
import io.footprint.run.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warm realignment alone: proposes every condition of a generated country once, then realigns each
 * proposal with the senates and the AHSNs REPS times, given each footprint's contiguity from its score as a run
 * gives it; prints the best round's time and the moves
 * (a checksum that a change of speed kept every move). java -cp ... RealignProfile DIR [REPS].
 */
public final class RealignProfile {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    RunResult run = Footprints.run(Request.builder().areas(dir.resolve("areas.geojson")).sites(dir.resolve("sites.csv"))
        .flows(dir.resolve("flows.csv.gz")).build());
    List<Aligner> aligners = new ArrayList<>();
    RegionReader reader = new RegionReader(new Problems(), Map.of());
    for (String ref : List.of("senates=" + dir.resolve("senates.csv"), "ahsns=" + dir.resolve("ahsns.csv"))) {
      aligners.add(new Aligner(run.scenario(), reader.read(ref, run.scenario().areas()), Request.DEFAULT_ALIGNED_SHARE));
    }
    long best = Long.MAX_VALUE;
    long moves = 0;
    long hash = 0;
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      moves = 0;
      hash = 0;
      for (ConditionResult c : run.conditions()) {
        for (Aligner al : aligners) {
          Realigner.Result r = al.realign(c.proposal(), c.score().contiguity(), run.adjacency());
          moves += r.moves().size();
          for (Realigner.Move m : r.moves()) {
            hash = hash * 31 + m.area() * 7919L + m.to();
          }
        }
      }
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      System.out.printf("round %d: %d ms%n", rep, t / 1_000_000);
    }
    System.out.printf("best of %d: %d ms, %d moves, hash %x%n", reps, best / 1_000_000, moves, hash);
  }
}
