package io.footprint.run;

import io.footprint.align.Aligner;
import io.footprint.align.AlignmentResult;
import io.footprint.align.Realigner;
import io.footprint.align.RealignmentSteps;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.cluster.SpatialFlowNetwork;
import io.footprint.geo.AreaAdjacency;
import io.footprint.geo.Dissolver;
import io.footprint.geo.Travel;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.Relationship;
import io.footprint.model.Scenario;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.NestedProposer;
import io.footprint.propose.PartitionScorer;
import io.footprint.propose.ProposalSettings;
import io.footprint.propose.Proposer;
import io.footprint.propose.Refiner;
import io.footprint.propose.Variation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.locationtech.jts.geom.Geometry;

/**
 * The run of one condition, in order: its flow graph, the proposal (free, nested in a reference's
 * regions, or given), its score, its alignment with every reference, its dissolved polygons, and its
 * realignment with every reference. Holds what every condition of a run shares.
 */
final class ConditionRun {
  private final Scenario scenario;
  private final AreaAdjacency adjacency;
  private final List<Aligner> aligners;
  private final Aligner nested;
  private final Request.Refine refine;
  private final Map<String, Map<String, Integer>> regionTargets;
  private final Dissolver dissolver;
  private final boolean keepRealigned;
  private final Executor starts;
  private final int bootstrap;
  private final Executor resamples;
  private List<Relationship> relationships = List.of();
  /** Per condition, expected activity of every area (conditions absent: crude rates). */
  private Map<String, double[]> expected = Map.of();
  private double relationshipWeight;
  /** Per condition, the role every footprint must hold a site with. */
  private Map<String, String> requiredRoles = Map.of();
  /** Areas and sites on the British National Grid, made for the first condition that needs them. */
  private Travel.Grid grid;

  /**
   * @param nested the reference footprints are nested in, or null
   * @param regionTargets footprints wanted per region of {@code nested}, by condition ("" for all)
   * @param refine the refinement asked for instead of a proposal, or null
   * @param keepRealigned keep each realignment whole, with polygons, as a second proposal
   * @param starts where Leiden's later random starts run (the result does not depend on it)
   * @param bootstrap resamples of the flows per condition (0: none)
   * @param resamples where they run (the result does not depend on it)
   */
  ConditionRun(Scenario scenario, AreaAdjacency adjacency, List<Aligner> aligners, Aligner nested,
      Map<String, Map<String, Integer>> regionTargets, Request.Refine refine, Dissolver dissolver, boolean keepRealigned, Executor starts, int bootstrap, Executor resamples) {
    this.scenario = scenario;
    this.adjacency = adjacency;
    this.aligners = aligners;
    this.nested = nested;
    this.regionTargets = regionTargets;
    this.refine = refine;
    this.dissolver = dissolver;
    this.keepRealigned = keepRealigned;
    this.starts = starts;
    this.bootstrap = bootstrap;
    this.resamples = resamples;
  }

  /**
   * The condition's result; {@code given} replaces the proposal when not null.
   *
   * @throws RequestException when a target cannot be reached
   */
  ConditionResult run(String condition, ProposalSettings settings, Proposal given, Progress progress) {
    long t0 = ThreadCpu.nanos();
    String role = requiredRoles.get(condition);
    ConditionGraph graph = new ConditionGraph(scenario, condition, adjacency, role, relationships,
        relationshipWeight);
    long t1 = ThreadCpu.nanos();
    double freeLocalisation = Double.NaN;
    int freeFootprints = 0;
    PartitionScorer scorer = new PartitionScorer(graph);
    Proposer.Outcome outcome;
    ConditionResult.Refinement refinement = null;
    if (given != null) {
      outcome = new Proposer.Outcome(given, 1.0);
    } else if (refine != null) {
      Refined r = refine(graph, scorer, settings);
      refinement = r.refinement();
      outcome = r.outcome();
    } else if (nested != null) {
      outcome = nestedProposal(graph, settings, starts);
      Proposer.Outcome free = freeAlike(graph, settings, outcome.proposal().footprintCount());
      freeLocalisation = scorer.score(free.proposal(), free.resolution()).localisation();
      freeFootprints = free.proposal().footprintCount();
    } else {
      outcome = propose(graph, settings);
    }
    Proposal p = outcome.proposal();
    long t2 = ThreadCpu.nanos();
    PartitionScorer.Scored scored = scorer.scored(p, outcome.resolution());
    PartitionScore score = scored.score();
    long t3 = ThreadCpu.nanos();
    List<AlignmentResult> alignments = new ArrayList<>();
    for (Aligner al : aligners) {
      alignments.add(al.align(p, scorer));
    }
    long t4 = ThreadCpu.nanos();
    List<Geometry> geometries = dissolve(score);
    long t5 = ThreadCpu.nanos();
    List<ConditionResult.Realignment> realignments = new ArrayList<>();
    boolean[] connected = score.contiguity();
    for (Aligner al : aligners) {
      realignments.add(realign(scorer, scored, outcome, connected, al, graph.relationships()));
    }
    long t6 = ThreadCpu.nanos();
    // the thread waits for resamples run on every thread: its wall-clock time, not its own CPU time
    long waitFrom = System.nanoTime();
    Bootstrap.Result firmness = given != null || bootstrap == 0 ? null
        : Bootstrap.run(graph, p, resample -> rerun(resample, settings, outcome.resolution()), bootstrap,
            settings.seed(), resamples);
    long waited = System.nanoTime() - waitFrom;
    progress.conditionDone(condition, new Timings.ConditionSteps(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3),
        ms(t5 - t4), ms(t6 - t5), ms(waited)));
    return new ConditionResult(p, score, alignments, geometries, dissolver.approximate(),
        nested == null ? null : nested.regions().name(), freeLocalisation, freeFootprints, realignments, firmness,
        refinement, travel(score, condition), variation(score, condition), graph.relationships());
  }

  /** Expected activity per area and condition, which makes the funnel plot's ratios standardised. */
  ConditionRun expecting(Map<String, double[]> byCondition) {
    this.expected = Map.copyOf(byCondition);
    return this;
  }

  /** Clinical relationships between sites, each weighed at {@code weight} units of activity per unit. */
  ConditionRun relating(List<Relationship> related, double weight) {
    this.relationships = List.copyOf(related);
    this.relationshipWeight = weight;
    return this;
  }

  /** Requires, per condition, that every footprint hold a site with the role (before any condition runs). */
  ConditionRun requiringRoles(Map<String, String> roles) {
    this.requiredRoles = Map.copyOf(roles);
    return this;
  }

  /**
   * Each footprint's residents' straight-line distance to its nearest hub (its sites with the required role) or,
   * with no role required, its largest providing site; and its extent.
   */
  private Travel.Result travel(PartitionScore score, String condition) {
    String role = requiredRoles.get(condition);
    int[][] hubs = null;
    if (role != null) {
      hubs = new int[score.footprints().size()][];
      for (Footprint f : score.footprints()) {
        hubs[f.id()] = Arrays.stream(f.sites()).filter(k -> scenario.sites().get(k).hasRole(condition, role))
            .toArray();
      }
    }
    return Travel.of(grid(), scenario, score, condition, scenario.flows(condition).siteTotals(), hubs);
  }

  private Travel.Grid grid() {
    synchronized (this) {
      if (grid == null) {
        grid = new Travel.Grid(scenario);
      }
      return grid;
    }
  }

  /**
   * Each footprint's residents' activity per 1,000 against the overall rate, or, when expected activity is given
   * for the condition, against the sum of its areas' expected activity.
   */
  private Variation.Result variation(PartitionScore score, String condition) {
    int k = score.footprints().size();
    double[] pop = new double[k];
    double[] obs = new double[k];
    double[] areaExpected = expected.get(condition);
    double[] exp = areaExpected == null ? null : new double[k];
    for (int f = 0; f < k; f++) {
      Footprint fp = score.footprints().get(f);
      pop[f] = fp.population();
      obs[f] = fp.residentActivity();
      if (exp != null) {
        for (int a : fp.areas()) {
          exp[f] += areaExpected[a];
        }
      }
    }
    return Variation.of(pop, obs, exp);
  }

  /** A refined map as a proposal, and its path. */
  private record Refined(Proposer.Outcome outcome, ConditionResult.Refinement refinement) {}

  /**
   * The start reference's regions as units (sites in the region of the area holding them), refined by
   * border moves ({@link Refiner}), as a proposal; with the start and as many free footprints scored alike.
   */
  private Refined refine(ConditionGraph graph, PartitionScorer scorer, ProposalSettings settings) {
    Aligner start = aligners.stream().filter(a -> a.regions().name().equals(refine.start())).findFirst()
        .orElseThrow(() -> new RequestException("--start " + refine.start() + " names no reference"));
    SpatialFlowNetwork net = graph.network();
    int nA = net.areaCount();
    int[] units = new int[net.nodeCount()];
    int[] ofArea = start.regionIndexOfAreas();
    int[] ofSite = start.regionIndexOfSites();
    for (int i = 0; i < units.length; i++) {
      units[i] = i < nA ? ofArea[i] : ofSite[graph.siteOfNode(i)];
    }
    double startLocalisation = start.scoreRegions(scorer).localisation();
    Refiner refiner = new Refiner(net, units);
    List<Refiner.Move> moves = refiner.refine(refine.limits(), settings.constraints().minPopulation(),
        refine.maxMerges());
    int[] after = refiner.units();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("start", refine.start());
    params.put("moves", moves.size());
    params.put("max_merges", refine.maxMerges());
    params.put("merges", moves.stream().filter(Refiner.Move::merged).count());
    params.put("min_population", settings.constraints().minPopulation());
    Proposal p = graph.toProposal(new Clustering(after), "refine", params);
    int[] footprintOfUnit = new int[start.regionCodes().size()];
    Arrays.fill(footprintOfUnit, -1);
    for (int a = 0; a < nA; a++) {
      footprintOfUnit[after[a]] = p.footprintOfArea(a);
    }
    int[] mergedInto = refiner.mergedInto();
    for (int u = 0; u < footprintOfUnit.length; u++) {
      int v = u;
      while (footprintOfUnit[v] < 0 && mergedInto[v] >= 0) {
        v = mergedInto[v]; // a merged unit's residents are in the footprint of the unit it merged into
      }
      footprintOfUnit[u] = footprintOfUnit[v];
    }
    Proposer.Outcome free = freeAlike(graph, settings, p.footprintCount());
    double refinedLocalisation = scorer.score(p, 1.0).localisation();
    return new Refined(new Proposer.Outcome(p, 1.0), new ConditionResult.Refinement(refine.start(),
        start.regionCodes(), footprintOfUnit, moves, startLocalisation, refinedLocalisation,
        scorer.score(free.proposal(), free.resolution()).localisation(), free.proposal().footprintCount()));
  }

  /**
   * The free proposal a nested one is set beside: as many footprints, so that the localisation nesting costs is
   * measured on equal terms (plurality, which takes no count, and a count no resolution reaches freely: the
   * same settings).
   */
  private Proposer.Outcome freeAlike(ConditionGraph graph, ProposalSettings settings, int footprints) {
    if (settings.method() == io.footprint.propose.Method.PLURALITY) {
      return propose(graph, settings);
    }
    try {
      return Proposer.propose(graph, settings.withTarget(footprints), starts);
    } catch (ResolutionSearch.Unreachable e) {
      return propose(graph, settings.withTarget(0));
    }
  }

  /** The footprints wanted per region for a condition: the file's rows for every condition, then its own. */
  private Map<String, Integer> perRegion(String condition) {
    Map<String, Integer> m = new TreeMap<>(regionTargets.getOrDefault("", Map.of()));
    m.putAll(regionTargets.getOrDefault(condition, Map.of()));
    return m;
  }

  /** The proposal nested in {@link #nested}'s regions, at the resolution, to a total target, or per region. */
  private Proposer.Outcome nestedProposal(ConditionGraph graph, ProposalSettings settings, Executor on) {
    String c = graph.condition();
    int regions = (int) Arrays.stream(nested.regionIndexOfAreas()).distinct().count();
    if (settings.target() > 0 && settings.target() < regions) {
      throw new RequestException(c + ": --target " + settings.target() + " with --within " + nested.regions().name()
          + " asks for fewer footprints than the " + regions + " regions the areas lie in (each holds one at least)");
    }
    Proposer.Outcome o;
    try {
      o = NestedProposer.propose(graph, nested.regionIndexOfAreas(), nested.regionIndexOfSites(),
          nested.regionCodes(), perRegion(c), settings, nested.regions().name(), on);
    } catch (ResolutionSearch.Unreachable e) {
      throw new RequestException(c + ": no resolution gives " + e.target() + " footprints nested in "
          + nested.regions().name() + " (a region's or the total); the most found was " + e.mostFound()
          + ": ask for fewer");
    }
    if (settings.target() > 0 && o.proposal().footprintCount() != settings.target()) {
      throw new RequestException(c + ": nested in " + nested.regions().name() + ", no resolution gives "
          + settings.target() + " footprints and merging inside the regions stops at "
          + o.proposal().footprintCount() + ": ask for another --target");
    }
    return o;
  }

  /** The proposal made again from a resample, as {@link #run} made it: nested, or free from the resolution found. */
  private Proposal rerun(ConditionGraph resample, ProposalSettings settings, double resolution) {
    if (nested != null) {
      return nestedProposal(resample, settings, Runnable::run).proposal();
    }
    try {
      return Proposer.propose(resample, settings, Runnable::run, resolution).proposal();
    } catch (ResolutionSearch.Unreachable e) {
      throw new RequestException(resample.condition() + ": a bootstrap resample reaches no more than " + e.mostFound()
          + " footprints, fewer than the target " + e.target() + ": ask for fewer with --target, or leave out "
          + "--bootstrap");
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private Proposer.Outcome propose(ConditionGraph graph, ProposalSettings settings) {
    try {
      return Proposer.propose(graph, settings, starts);
    } catch (ResolutionSearch.Unreachable e) {
      String c = graph.condition();
      throw new RequestException(c + ": no resolution gives " + e.target() + " footprints; the most found was "
          + e.mostFound() + " (each needs a site that provides " + c + ", and " + c + " has "
          + graph.network().providerCount() + "): ask for fewer with --target");
    }
  }

  private List<Geometry> dissolve(PartitionScore score) {
    List<Geometry> out = new ArrayList<>(score.footprints().size());
    for (Footprint f : score.footprints()) {
      out.add(dissolver.dissolve(f.areas()));
    }
    return out;
  }

  /** The border moves that align the footprints with one reference, scored and aligned again. */
  private ConditionResult.Realignment realign(PartitionScorer scorer, PartitionScorer.Scored scored,
      Proposer.Outcome outcome, boolean[] connected, Aligner al, List<Relationship> related) {
    Proposal p = outcome.proposal();
    Realigner.Result moved = al.realign(p, connected, adjacency);
    Map<String, Object> params = new LinkedHashMap<>(p.parameters());
    params.put("realigned_with", al.regions().name());
    Proposal after = new Proposal(p.condition(), p.method(), params, moved.footprintOfArea(), p.footprintOfSite(),
        p.footprintCount());
    PartitionScore afterScore = scorer.rescore(scored, after, moved.connected());
    AlignmentResult afterAlignment = al.align(after, scorer);
    ConditionResult kept = keepRealigned ? new ConditionResult(after, afterScore, List.of(afterAlignment),
        dissolve(afterScore), dissolver.approximate(), null, Double.NaN, 0, List.of(), null, null,
        travel(afterScore, p.condition()), variation(afterScore, p.condition()), related)
        : null;
    double populationMoved = moved.moves().stream().mapToDouble(mv -> scenario.areas().get(mv.area()).population())
        .sum();
    return new ConditionResult.Realignment(al.regions().name(), moved.moves(),
        RealignmentSteps.replay(p, scenario.flows(p.condition()), moved.moves()), populationMoved, moved.rounds(),
        moved.stuck(), afterScore, afterAlignment, kept);
  }
}
