package io.footprint.run;

import io.footprint.align.Aligner;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.Modularity;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.graph.ConditionGraph;
import io.footprint.io.InputException;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.propose.CountScan;
import io.footprint.propose.ProposalSettings;
import io.footprint.propose.PartitionScorer;
import io.footprint.propose.Proposer;
import io.footprint.propose.ScanMarks;
import io.footprint.propose.ScanSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * footprint's scan as a library: for each condition of a {@link Request} (and, nested in a reference,
 * for each of its regions), every count of footprints the resolution reaches in a range
 * ({@link CountScan}), each count's best start scored as a proposal is, aligned with every reference,
 * and the counts a reader should consider marked ({@link ScanMarks}). Conditions run one after another,
 * each one's clusterings on all the request's threads.
 */
public final class Scans {
  /** The stage in which every condition is scanned. */
  public static final String SCAN_STAGE = "scan: profile, starts, scores";

  private Scans() {}

  /** Scans quietly. */
  public static ScanResult scan(Request r, ScanSettings s) throws InputException {
    return scan(r, s, Progress.NONE);
  }

  /**
   * @throws InputException when an input is invalid (every problem found is listed)
   */
  public static ScanResult scan(Request r, ScanSettings s, Progress progress) throws InputException {
    Footprints.Clock clock = new Footprints.Clock(progress);
    progress.started(Footprints.STAGES);
    Footprints.Prepared in = Footprints.prepare(r, progress, clock);
    List<ScanResult.Curve> curves = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(r.threads());
    try {
      for (String c : in.scenario().flows().keySet()) {
        long t0 = System.nanoTime();
        ConditionGraph graph = new ConditionGraph(in.scenario(), c, in.adjacency(), r.requiredRoles().get(c),
            in.relationships(), r.relationshipWeight());
        long t1 = System.nanoTime();
        if (in.nested() == null) {
          curves.add(whole(graph, r.settings(c), s, in.aligners(), pool));
        } else {
          curves.addAll(regions(graph, r.settings(c), s, in.nested(), pool));
        }
        progress.conditionDone(c, new Timings.ConditionSteps((t1 - t0) / 1_000_000,
            (System.nanoTime() - t1) / 1_000_000, 0, 0, 0, 0, 0));
      }
    } finally {
      pool.shutdownNow();
    }
    clock.lap(SCAN_STAGE);
    clock.lap("marks");
    List<String> refs = in.aligners().stream().map(a -> a.regions().name()).toList();
    return new ScanResult(in.scenario(), s, r.settings(), refs, r.within(), curves, r.inputNames(), in.problems());
  }

  /**
   * One run of Leiden at a resolution with a seed, then the constraints and the border moves, as {@code propose
   * --resolution R --seed S --starts 1} makes it.
   */
  private static CountScan.Runner runner(SpatialFlowNetwork net, ProposalSettings p, double scale) {
    return (gamma, seed) -> {
      ProposalSettings one = new ProposalSettings(p.method(), gamma, 0, p.constraints(), p.contiguity(), seed, 1,
          p.polish());
      return Proposer.polish(net, Proposer.leiden(net, gamma * scale, one, Runnable::run), one, null).clustering();
    };
  }

  private static ScanResult.Curve whole(ConditionGraph graph, ProposalSettings p, ScanSettings s,
      List<Aligner> aligners, ExecutorService pool) {
    SpatialFlowNetwork net = graph.network();
    CountScan scan = new CountScan(runner(net, p, 1), (c, gamma) -> Modularity.of(net.flows(), c, gamma),
        net.areaPopulations(), pool);
    CountScan.Result found = scan.scan(s.lowest(), s.highest(), s.starts(), p.seed());
    PartitionScorer scorer = new PartitionScorer(graph);
    List<ScanResult.Row> rows = new ArrayList<>();
    for (CountScan.Count count : found.counts()) {
      Proposal proposal = graph.toProposal(count.best(), p.method().key(), Map.of());
      PartitionScore score = scorer.score(proposal, count.bestResolution());
      Map<String, Integer> aligned = new LinkedHashMap<>();
      for (Aligner al : aligners) {
        aligned.put(al.regions().name(), al.align(proposal, scorer).aligned());
      }
      rows.add(new ScanResult.Row(count, score, maxPopulation(score), aligned));
    }
    double population = Arrays.stream(net.areaPopulations()).sum();
    return new ScanResult.Curve(graph.condition(), null, null, net.areaCount(), population, found.samples(), rows,
        ScanMarks.of(markRows(rows, s), s), found.runs());
  }

  /**
   * The scan inside each region of {@code nested}: its areas with the sites lying in it, as
   * {@code propose --within} clusters them, the resolution scaled as there so that a resolution means
   * the same in every region and in England. Each count is scored over the region's footprints only,
   * with all their residents' activity, inside the region or not.
   */
  private static List<ScanResult.Curve> regions(ConditionGraph graph, ProposalSettings p, ScanSettings s,
      Aligner nested, ExecutorService pool) {
    SpatialFlowNetwork net = graph.network();
    int nA = net.areaCount();
    int n = net.nodeCount();
    int[] regionOfArea = nested.regionIndexOfAreas();
    int[] regionOfSite = nested.regionIndexOfSites();
    int[] region = new int[n];
    for (int i = 0; i < n; i++) {
      region[i] = i < nA ? regionOfArea[i] : regionOfSite[graph.siteOfNode(i)];
    }
    List<String> codes = nested.regionCodes();
    PartitionScorer scorer = new PartitionScorer(graph);
    double m = net.flows().totalWeight();
    List<ScanResult.Curve> out = new ArrayList<>();
    for (int r = 0; r < codes.size(); r++) {
      final int rr = r;
      int[] nodes = IntStream.range(0, n).filter(i -> region[i] == rr).toArray();
      if (codes.get(r).equals(Aligner.NO_REGION) || nodes.length == 0 || nodes[0] >= nA) {
        continue;
      }
      SpatialFlowNetwork sub = net.subnetwork(nodes);
      double scale = m > 0 && sub.flows().totalWeight() > 0 ? sub.flows().totalWeight() / m : 1;
      CountScan scan = new CountScan(runner(sub, p, scale), (c, gamma) -> Modularity.of(sub.flows(), c, gamma * scale),
          sub.areaPopulations(), pool);
      CountScan.Result found = scan.scan(s.lowest(), s.highest(), s.starts(), p.seed());
      List<ScanResult.Row> rows = new ArrayList<>();
      for (CountScan.Count count : found.counts()) {
        PartitionScore score = regionScore(graph, scorer, nodes, sub, count);
        rows.add(new ScanResult.Row(count, score, maxPopulation(score), Map.of()));
      }
      double population = Arrays.stream(sub.areaPopulations()).sum();
      out.add(new ScanResult.Curve(graph.condition(), codes.get(r), nested.regions().regionName(codes.get(r)),
          sub.areaCount(), population, found.samples(), rows, ScanMarks.of(markRows(rows, s), s), found.runs()));
    }
    return out;
  }

  /**
   * A region's clustering scored over the whole flows: its footprints first, everything outside the
   * region one more part, left out of the figures. Localisation is then the activity-weighted mean of
   * the region's footprints alone; modularity is the region network's own, at resolution 1 as everywhere.
   */
  private static PartitionScore regionScore(ConditionGraph graph, PartitionScorer scorer, int[] nodes,
      SpatialFlowNetwork sub, CountScan.Count count) {
    Clustering c = count.best();
    int k = c.clusterCount();
    int n = graph.network().nodeCount();
    int[] whole = new int[n];
    Arrays.fill(whole, k);
    for (int i = 0; i < nodes.length; i++) {
      whole[nodes[i]] = c.cluster(i);
    }
    Proposal all = graph.toProposal(new Clustering(whole), "leiden", Map.of());
    // toProposal numbers parts by first area: find the outside part's number among them
    int outside = firstOutside(whole, k, graph.network().areaCount());
    int rest = outside < 0 ? -1 : all.footprintOfArea()[outside];
    List<String> labels = new ArrayList<>();
    for (int f = 0; f < all.footprintCount(); f++) {
      labels.add(Proposal.label(f));
    }
    PartitionScore wholeScore = scorer.score(all.footprintOfArea(), all.footprintOfSite(), all.footprintCount(),
        labels, count.bestResolution());
    List<Footprint> mine = new ArrayList<>();
    double internal = 0;
    double resident = 0;
    double msSum = 0;
    int msCount = 0;
    int contiguous = 0;
    double minPop = Double.POSITIVE_INFINITY;
    double minLoc = Double.POSITIVE_INFINITY;
    for (Footprint f : wholeScore.footprints()) {
      if (f.id() == rest) {
        continue;
      }
      mine.add(f);
      internal += f.internalActivity();
      resident += f.residentActivity();
      if (!Double.isNaN(f.marketShare())) {
        msSum += f.marketShare();
        msCount++;
      }
      contiguous += f.contiguous() ? 1 : 0;
      minPop = Math.min(minPop, f.population());
      if (!Double.isNaN(f.localisation())) {
        minLoc = Math.min(minLoc, f.localisation());
      }
    }
    double q = Modularity.of(sub.flows(), c, 1.0);
    return new PartitionScore(mine, resident > 0 ? internal / resident : Double.NaN,
        msCount > 0 ? msSum / msCount : Double.NaN, q, count.bestResolution(), Double.NaN, contiguous,
        mine.isEmpty() ? 0 : minPop, minLoc == Double.POSITIVE_INFINITY ? Double.NaN : minLoc);
  }

  /** An area outside the region, or -1 when the region holds every area. */
  private static int firstOutside(int[] whole, int rest, int areas) {
    for (int a = 0; a < areas; a++) {
      if (whole[a] == rest) {
        return a;
      }
    }
    return -1;
  }

  private static double maxPopulation(PartitionScore score) {
    return score.footprints().stream().mapToDouble(Footprint::population).max().orElse(0);
  }

  private static List<ScanMarks.Row> markRows(List<ScanResult.Row> rows, ScanSettings s) {
    List<ScanMarks.Row> out = new ArrayList<>();
    for (ScanResult.Row r : rows) {
      CountScan.Count c = r.count();
      out.add(new ScanMarks.Row(c.footprints(), c.span(), c.lowest(), c.highest(), s.starts(), c.startsAtCount(),
          c.meanVariationOfInformation(), c.meanAdjustedRand(), r.score().localisation(),
          r.score().minLocalisation()));
    }
    return out;
  }
}
