package io.footprint.run;

import io.footprint.align.Aligner;
import io.footprint.align.Realigner;
import io.footprint.geo.AreaAdjacency;
import io.footprint.geo.Dissolver;
import io.footprint.io.AssignmentReader;
import io.footprint.io.InputException;
import io.footprint.io.LoadOptions;
import io.footprint.io.LoadResult;
import io.footprint.io.ExpectedReader;
import io.footprint.io.RelationshipReader;
import io.footprint.model.Relationship;
import io.footprint.io.ProblemType;
import io.footprint.io.Problems;
import io.footprint.io.RegionCountReader;
import io.footprint.io.ReferenceSpec;
import io.footprint.io.RegionReader;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.propose.ProposalSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.locationtech.jts.geom.Geometry;

/**
 * footprint as a library: {@link #run(Request)} reads the inputs, builds the area adjacency, proposes
 * footprints for every condition (on several threads), aligns them with the references, and returns
 * everything the outputs are written from. Stages, in order:
 * <ol>
 *   <li>load inputs (flows on a second thread; the adjacency starts as soon as the areas are read),</li>
 *   <li>references (and earlier footprints, when given),</li>
 *   <li>area adjacency (what is left of it once the inputs are read; with centroids only, the
 *       areas' Voronoi cells),</li>
 *   <li>{@value #PROPOSE_STAGE}: each condition's {@link ConditionRun},</li>
 *   <li>region outlines, for the maps (what is left of them once every condition is done: they are
 *       queued behind the conditions, so that they take a thread the last conditions leave idle).</li>
 * </ol>
 */
public final class Footprints {
  /** The stage in which every condition is proposed, scored, aligned, dissolved and realigned. */
  public static final String PROPOSE_STAGE = "propose, score, align, dissolve, realign";
  /** Stages a run reports through {@link Progress#stage}, in the order above, besides one step per condition. */
  static final int STAGES = 5;

  private Footprints() {}

  /** Runs the request quietly. */
  public static RunResult run(Request r) throws InputException {
    return run(r, Progress.NONE);
  }

  /**
   * Runs the request, telling {@code progress} as it goes.
   *
   * @throws InputException when an input is invalid (every problem found is listed)
   * @throws RequestException when the inputs cannot give what the request asks for
   */
  public static RunResult run(Request r, Progress progress) throws InputException {
    Clock clock = new Clock(progress);
    progress.started(STAGES);
    Prepared in = prepare(r, progress, clock);
    Map<String, Map<String, Geometry>> outlines = new TreeMap<>();
    List<ConditionResult> results = proposeAll(r, in, progress, clock, outlines);
    return new RunResult(in.scenario(), in.adjacency(), results, r.inputNames(), in.problems(), outlines, List.of());
  }

  /**
   * What every condition of a run shares, read and built once: the scenario, the references' aligners
   * (and the one footprints are nested in), earlier footprints, the area adjacency and the dissolver.
   */
  record Prepared(Scenario scenario, Problems problems, List<Aligner> aligners, Aligner nested,
      Map<String, Proposal> given, Map<String, Map<String, Integer>> regionTargets, AreaAdjacency adjacency,
      Dissolver dissolver, List<Relationship> relationships, Map<String, double[]> expected) {}

  /** The first three stages: load inputs, references, area adjacency. */
  static Prepared prepare(Request r, Progress progress, Clock clock) throws InputException {
    AtomicReference<CompletableFuture<AreaAdjacency>> early = new AtomicReference<>();
    LoadResult loaded = new ScenarioLoader(new LoadOptions(r.columns(), r.conditions(), r.dropUnmatched(),
        r.encoding())).load(r.areas(), r.sites(), r.flows(), areas -> early.set(CompletableFuture.supplyAsync(
            () -> AreaAdjacency.of(areas))));
    Scenario scenario = loaded.scenario();
    Problems problems = loaded.problems();
    progress.conditions(scenario.flows().size());
    clock.lap("load inputs");
    List<Aligner> aligners = aligners(r, scenario, problems);
    Map<String, Proposal> given = new TreeMap<>();
    // by condition, so that the problems come in the same order every run (the request's maps have none)
    new TreeMap<>(r.assignments()).forEach((c, file) -> given.put(c, AssignmentReader.read(file, scenario, c,
        problems)));
    Map<String, double[]> expected = Map.of();
    if (r.expected() != null) {
      Map<String, Integer> areaIndex = new TreeMap<>();
      for (int a = 0; a < scenario.areas().size(); a++) {
        areaIndex.put(scenario.areas().get(a).code(), a);
      }
      expected = ExpectedReader.read(r.expected(), areaIndex, problems);
    }
    List<Relationship> relationships = List.of();
    if (r.relationships() != null) {
      Map<String, Integer> siteIndex = new TreeMap<>();
      for (int k = 0; k < scenario.sites().size(); k++) {
        siteIndex.put(scenario.sites().get(k).code(), k);
      }
      relationships = RelationshipReader.read(r.relationships(), siteIndex, problems);
    }
    new TreeMap<>(r.requiredRoles()).forEach((c, role) -> {
      if (scenario.flows().containsKey(c) && scenario.sites().stream().noneMatch(s -> s.provides(c)
          && s.hasRole(c, role))) {
        problems.add(io.footprint.io.ProblemType.NO_HUB, r.sites().toString(), 0, "roles", c + ":" + role,
            "--require-role " + c + "=" + role + " needs a site that provides " + c + " with the role " + c + ":"
            + role + " in its roles column");
      }
    });
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    Aligner nested = r.within() == null ? null : aligners.stream().filter(a -> a.regions().name().equals(r.within()))
        .findFirst().orElseThrow(() -> new RequestException("--within " + r.within() + " names no reference"));
    Map<String, Map<String, Integer>> targets = Map.of();
    if (r.regionTargets() != null) {
      if (nested == null) {
        throw new RequestException("footprints per region need --within: the regions they count");
      }
      targets = RegionCountReader.read(r.regionTargets(), new TreeSet<>(nested.regionCodes()),
          nested.regions().name(), problems);
      if (problems.hasFatal() || targets == null) {
        throw new InputException(problems);
      }
    }
    checkMinPopulation(r, scenario);
    clock.lap("references");
    AreaAdjacency adjacency = early.get() != null ? await(early.get()) : AreaAdjacency.of(scenario.areas());
    for (AreaAdjacency.IslandLink l : adjacency.links()) {
      problems.add(ProblemType.ISLAND_LINKED, "areas", 0, "area_code", l.from(),
          String.format(Locale.ROOT, "%d area(s) linked to %s, %.0f m away", l.piecesize(), l.to(), l.metres()));
    }
    if (r.refine() != null) {
      checkStartMap(r, scenario, aligners, adjacency, problems);
    }
    Dissolver dissolver = new Dissolver(scenario.areas());
    clock.lap("area adjacency");
    return new Prepared(scenario, problems, aligners, nested, given, targets, adjacency, dissolver, relationships,
        expected);
  }

  private static List<Aligner> aligners(Request r, Scenario scenario, Problems problems) throws InputException {
    List<Aligner> out = new ArrayList<>();
    RegionReader regions = new RegionReader(problems, r.columns(), r.encoding());
    int[] areaOfSite = r.references().isEmpty() ? null : Aligner.areasOfSites(scenario);
    Realigner.SharedOrder areaOrder = new Realigner.SharedOrder(scenario.areas());
    for (String ref : r.references()) {
      out.add(new Aligner(scenario, regions.read(ref, scenario.areas()), r.alignedShare(), areaOfSite, areaOrder));
    }
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    return out;
  }

  /**
   * A map to refine must put every area in a unit, name no area the areas lack, and have contiguous units
   * (moves keep units contiguous; they cannot mend one that is not): else every misfit is an input problem.
   */
  private static void checkStartMap(Request r, Scenario scenario, List<Aligner> aligners, AreaAdjacency adjacency,
      Problems problems) throws InputException {
    Aligner start = aligners.stream().filter(a -> a.regions().name().equals(r.refine().start())).findFirst()
        .orElseThrow(() -> new RequestException("--start " + r.refine().start() + " names no reference"));
    String name = r.refine().start();
    String file = r.references().stream().map(ReferenceSpec::parse).filter(s -> s.name().equals(name))
        .map(s -> s.file() == null ? name : s.file().toString()).findFirst().orElse(name);
    for (io.footprint.io.Problem p : problems.warnings()) {
      if (p.type() == ProblemType.REGION_CODE_UNMATCHED && p.file().equals(file)) {
        problems.add(ProblemType.START_MAP_MISFIT, p.file(), p.line(), p.column(), p.value(), "names an area the "
            + "areas lack");
      }
    }
    int[] unit = start.regionIndexOfAreas();
    List<String> codes = start.regionCodes();
    int none = 0;
    for (int a = 0; a < unit.length; a++) {
      if (codes.get(unit[a]).isEmpty() && none++ < 5) {
        problems.add(ProblemType.START_MAP_MISFIT, file, 0, "area_code", scenario.areas().get(a).code(),
            "the map puts this area in no unit");
      }
    }
    if (none > 5) {
      problems.add(ProblemType.START_MAP_MISFIT, file, 0, "area_code", (none - 5) + " more",
          "the map puts these areas in no unit too");
    }
    boolean[] whole = adjacency.connectedParts(unit, codes.size());
    for (int u = 0; u < codes.size(); u++) {
      if (!codes.get(u).isEmpty() && !whole[u]) {
        problems.add(ProblemType.START_MAP_MISFIT, file, 0, "region_code", codes.get(u), "the unit is in more than "
            + "one piece (by the areas' adjacency): join its pieces, or split it, before refining");
      }
    }
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
  }

  /** A footprint can have no more residents than all the areas hold. */
  private static void checkMinPopulation(Request r, Scenario scenario) {
    double all = scenario.totalPopulation();
    // by condition, so that the same misfit is named first every run
    List<ProposalSettings> used = new ArrayList<>(new TreeMap<>(r.perCondition()).values());
    used.add(r.settings());
    for (ProposalSettings s : used) {
      if (s.constraints().minPopulation() > all) {
        throw new RequestException(String.format(Locale.ROOT, "min_population %,.0f is more than all %,.0f "
            + "residents of the areas: no footprint could have that many", s.constraints().minPopulation(), all));
      }
    }
  }

  /**
   * Every condition's run on up to {@code threads} threads, largest first (by area-site pairs) so that
   * the last to finish are small and the threads end together; results are gathered by name, so the
   * order changes no output. Threads the conditions leave idle run Leiden's later random starts. Each
   * reference's region outlines (into {@code outlines}) are queued behind the conditions; the clock laps
   * the proposing stage once the conditions are done and the outlines' stage once they are too.
   */
  private static List<ConditionResult> proposeAll(Request r, Prepared in, Progress progress, Clock clock,
      Map<String, Map<String, Geometry>> outlines) {
    Scenario scenario = in.scenario();
    Map<String, Proposal> given = in.given();
    List<String> conditions = new ArrayList<>(scenario.flows().keySet());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(r.threads(), conditions.size())));
    ExecutorService startPool = r.threads() > conditions.size()
        ? Executors.newFixedThreadPool(r.threads() - conditions.size()) : null;
    // the starts' CPU time is clustering's, spent on threads the conditions' own clocks do not see
    LongAdder startsCpu = new LongAdder();
    Executor starts = startPool == null ? Runnable::run : task -> startPool.execute(() -> {
      long t0 = ThreadCpu.nanos();
      try {
        task.run();
      } finally {
        startsCpu.add(ThreadCpu.nanos() - t0);
      }
    });
    // resamples are leaves (they wait on nothing), so the condition threads may wait on them without deadlock
    ExecutorService resamplePool = r.bootstrap() > 0 ? Executors.newFixedThreadPool(r.threads()) : null;
    ConditionRun each = new ConditionRun(scenario, in.adjacency(), in.aligners(), in.nested(), in.regionTargets(),
        r.refine(),
        in.dissolver(), r.realign(), starts, r.bootstrap(), resamplePool != null ? resamplePool : Runnable::run)
        .requiringRoles(r.requiredRoles()).relating(in.relationships(), r.relationshipWeight())
        .expecting(in.expected());
    try {
      List<String> order = new ArrayList<>(conditions);
      order.sort(Comparator.comparingInt((String c) -> -scenario.flows(c).entryCount()).thenComparing(c -> c));
      Map<String, Future<ConditionResult>> futures = new TreeMap<>();
      for (String c : order) {
        futures.put(c, pool.submit(() -> each.run(c, r.settings(c), given.get(c), progress)));
      }
      Map<String, Future<Map<String, Geometry>>> outlined = new TreeMap<>();
      for (Aligner al : in.aligners()) {
        outlined.put(al.regions().name(), pool.submit(() -> al.outlines(in.dissolver())));
      }
      List<ConditionResult> results = new ArrayList<>();
      for (String c : conditions) {
        results.add(await(futures.get(c)));
      }
      progress.startsElsewhere(startsCpu.sum() / 1_000_000);
      clock.lap(PROPOSE_STAGE);
      outlined.forEach((name, f) -> outlines.put(name, await(f)));
      clock.lap("region outlines");
      return results;
    } finally {
      pool.shutdownNow();
      if (startPool != null) {
        startPool.shutdownNow();
      }
      if (resamplePool != null) {
        resamplePool.shutdownNow();
      }
    }
  }

  /** The task's result, its unchecked failure rethrown as thrown. */
  static <T> T await(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Wall-clock laps, each told to the progress. */
  static final class Clock {
    private final Progress progress;
    private long last = System.nanoTime();

    Clock(Progress progress) {
      this.progress = progress;
    }

    void lap(String stage) {
      long now = System.nanoTime();
      progress.stage(stage, (now - last) / 1_000_000);
      last = now;
    }
  }
}
