package io.footprint.cli;

import io.footprint.align.Aligner;
import io.footprint.align.AlignmentResult;
import io.footprint.align.Dissolver;
import io.footprint.align.RealignmentSteps;
import io.footprint.align.Realigner;
import io.footprint.graph.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.graph.ProposalSettings;
import io.footprint.graph.Proposer;
import io.footprint.io.InputException;
import io.footprint.io.LoadOptions;
import io.footprint.io.LoadResult;
import io.footprint.io.Problems;
import io.footprint.io.RegionReader;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.RegionSet;
import io.footprint.model.Scenario;
import io.footprint.report.ConditionResult;
import io.footprint.report.FootprintGeoJson;
import io.footprint.report.HtmlReport;
import io.footprint.report.OutputDirectory;
import io.footprint.report.RunResult;
import io.footprint.report.SummaryJson;
import io.footprint.report.Tables;
import io.footprint.cluster.ResolutionSearch;
import io.footprint.io.ReferenceSpec;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Geometry;

/** The stages in order: load, adjacency, per condition propose and score and align, then write. */
final class Pipeline {
  /**
   * One run's inputs and settings.
   *
   * @param conditions conditions to propose for, or null for every condition in the flows
   * @param perCondition settings that differ from {@code settings} for some conditions
   * @param inputNames how input files are named in the summary
   * @param assignments footprints given (condition to assignments.csv) instead of proposed
   * @param topoJson also write footprints.topojson per condition
   * @param within nest footprints in the regions of this reference (a name among the references), or null
   * @param realign also write the realigned footprints of every reference as second proposals
   */
  record Request(List<Path> areas, Path sites, List<Path> flows, Set<String> conditions, List<String> references,
      ProposalSettings settings, Map<String, ProposalSettings> perCondition, double alignedShare, int threads,
      boolean dropUnmatched, Map<String, String> columns, Map<String, List<String>> inputNames,
      Map<String, Path> assignments, boolean topoJson, String within, boolean realign, Charset encoding) {

    Request(List<Path> areas, Path sites, List<Path> flows, Set<String> conditions, List<String> references,
        ProposalSettings settings, Map<String, ProposalSettings> perCondition, double alignedShare, int threads,
        boolean dropUnmatched, Map<String, String> columns, Map<String, List<String>> inputNames) {
      this(areas, sites, flows, conditions, references, settings, perCondition, alignedShare, threads, dropUnmatched,
          columns, inputNames, Map.of(), false, null, false, StandardCharsets.UTF_8);
    }

    /** The same run on footprints given (condition to assignments.csv) instead of proposed. */
    Request withAssignments(Map<String, Path> given) {
      return new Request(areas, sites, flows, conditions, references, settings, perCondition, alignedShare, threads,
          dropUnmatched, columns, inputNames, Map.copyOf(given), topoJson, within, realign, encoding);
    }

    /** Every file or folder the run reads, which its output folder must not replace. */
    List<Path> inputFiles() {
      List<Path> out = new ArrayList<>(areas);
      out.add(sites);
      out.addAll(flows);
      for (String r : references) {
        ReferenceSpec spec = ReferenceSpec.parse(r);
        if (spec.file() != null) {
          out.add(spec.file());
        }
      }
      out.addAll(assignments.values());
      return out;
    }
  }

  private Pipeline() {}

  /**
   * Wall-clock time of each stage, in the order they ran (printed by {@code --timings}), and a
   * progress bar over the stages and conditions on a terminal (me.tongfei:progressbar).
   */
  static final class Timings implements AutoCloseable {
    final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();
    private final me.tongfei.progressbar.ProgressBar bar;

    Timings() {
      this(false);
    }

    /** @param progress show a bar (only when a terminal is attached) */
    Timings(boolean progress) {
      bar = progress && System.console() != null ? new me.tongfei.progressbar.ProgressBarBuilder()
          .setTaskName("footprint").setInitialMax(8).setUpdateIntervalMillis(250).continuousUpdate()
          .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII).build() : null;
    }

    /** Called once the number of conditions is known. */
    void expect(int conditions) {
      if (bar != null) {
        bar.maxHint(6L + conditions);
      }
    }

    /** A condition finished clustering (any thread). */
    void conditionDone(String condition) {
      if (bar != null) {
        bar.step();
        bar.setExtraMessage(condition);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }

    /** Adds time measured elsewhere (per condition, possibly on several threads: CPU time summed). */
    synchronized void add(String stage, long nanos) {
      millis.merge(stage, nanos / 1_000_000, Long::sum);
    }

    synchronized void lap(String stage) {
      long now = System.nanoTime();
      millis.merge(stage, (now - last) / 1_000_000, Long::sum);
      last = now;
      if (bar != null) {
        bar.step();
        bar.setExtraMessage(stage);
      }
    }

    void print(PrintWriter err) {
      long total = millis.entrySet().stream().filter(e -> !e.getKey().startsWith("  ")).mapToLong(Map.Entry::getValue)
          .sum();
      millis.forEach((k, v) -> err.printf(Locale.ROOT, "timing: %-36s %7d ms%n", k, v));
      err.printf(Locale.ROOT, "timing: %-36s %7d ms%n", "total (wall)", total);
    }
  }

  static RunResult compute(Request r) throws InputException {
    return compute(r, new Timings());
  }

  static RunResult compute(Request r, Timings t) throws InputException {
    // the adjacency needs only the areas: it is built while the flows finish loading
    java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<AreaAdjacency>> adjacent =
        new java.util.concurrent.atomic.AtomicReference<>();
    LoadResult loaded = new ScenarioLoader(new LoadOptions(r.columns(), r.conditions(), r.dropUnmatched(),
        r.encoding()))
        .load(r.areas(), r.sites(), r.flows(), areas -> adjacent.set(
            java.util.concurrent.CompletableFuture.supplyAsync(() -> AreaAdjacency.of(areas))));
    Scenario scenario = loaded.scenario();
    Problems problems = loaded.problems();
    List<Area> areas = scenario.areas();
    List<Aligner> aligners = new ArrayList<>();
    RegionReader regions = new RegionReader(problems, r.columns(), r.encoding());
    for (String ref : r.references()) {
      RegionSet set = regions.read(ref, areas);
      aligners.add(new Aligner(scenario, set, r.alignedShare()));
    }
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    t.lap("load inputs");
    AreaAdjacency adjacency = adjacent.get() != null ? await(adjacent.get()) : AreaAdjacency.of(areas);
    t.lap("area adjacency");
    for (AreaAdjacency.IslandLink l : adjacency.links()) {
      problems.add(io.footprint.io.ProblemType.ISLAND_LINKED, "areas", 0, "area_code", l.from(),
          String.format(Locale.ROOT, "%d area(s) linked to %s, %.0f m away", l.piecesize(), l.to(), l.metres()));
    }
    Map<String, Proposal> given = new TreeMap<>();
    r.assignments().forEach((c, file) -> given.put(c, io.footprint.io.AssignmentReader.read(file, scenario, c,
        problems)));
    if (problems.hasFatal()) {
      throw new InputException(problems);
    }
    Dissolver dissolver = new Dissolver(areas);
    Aligner nest = null;
    if (r.within() != null) {
      nest = aligners.stream().filter(a -> a.regions().name().equals(r.within())).findFirst()
          .orElseThrow(() -> new UsageException("--within " + r.within() + " names no reference region set"));
    }
    checkMinPopulation(r, scenario);
    final Aligner nested = nest;
    t.lap("references");
    List<String> conditions = new ArrayList<>(scenario.flows().keySet());
    t.expect(conditions.size());
    List<ConditionResult> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(r.threads(), conditions.size())));
    // threads the conditions leave idle run Leiden's later random starts (say, one condition on two cores)
    ExecutorService startPool = r.threads() > conditions.size()
        ? Executors.newFixedThreadPool(r.threads() - conditions.size()) : null;
    java.util.concurrent.Executor starts = startPool != null ? startPool : Runnable::run;
    try {
      Map<String, Future<ConditionResult>> futures = new TreeMap<>();
      // largest first (by area-site pairs), so that the last to finish are small and the threads end together;
      // results are gathered by name, so the order changes no output
      List<String> order = new ArrayList<>(conditions);
      order.sort(java.util.Comparator.comparingInt((String c) -> -scenario.flows(c).entryCount())
          .thenComparing(c -> c));
      for (String c : order) {
        ProposalSettings s = r.perCondition().getOrDefault(c, r.settings());
        futures.put(c, pool.submit(() -> condition(scenario, c, adjacency, s, given.get(c), aligners, dissolver, t,
            nested, r.realign(), starts)));
      }
      for (String c : conditions) {
        results.add(await(futures.get(c)));
      }
      t.lap("cluster, score, align, dissolve");
    } finally {
      pool.shutdownNow();
      if (startPool != null) {
        startPool.shutdownNow();
      }
    }
    Map<String, Map<String, Geometry>> regionGeometries = new TreeMap<>();
    for (Aligner al : aligners) {
      Map<String, List<Integer>> byRegion = new TreeMap<>();
      for (int a = 0; a < areas.size(); a++) {
        String code = al.regionOfArea(a);
        if (!code.isEmpty()) {
          byRegion.computeIfAbsent(code, k -> new ArrayList<>()).add(a);
        }
      }
      Map<String, Geometry> g = new TreeMap<>();
      byRegion.forEach((code, list) -> g.put(code, dissolver.dissolve(list.stream().mapToInt(i -> i).toArray())));
      regionGeometries.put(al.regions().name(), g);
    }
    t.lap("region outlines");
    return new RunResult(scenario, adjacency, results, r.inputNames(), problems, regionGeometries, List.of());
  }

  /** A footprint can have no more residents than all the areas hold. */
  private static void checkMinPopulation(Request r, Scenario scenario) {
    double all = scenario.totalPopulation();
    List<ProposalSettings> used = new ArrayList<>(r.perCondition().values());
    used.add(r.settings());
    for (ProposalSettings s : used) {
      if (s.constraints().minPopulation() > all) {
        throw new UsageException(String.format(Locale.ROOT, "min_population %,.0f is more than all %,.0f residents "
            + "of the areas: no footprint could have that many", s.constraints().minPopulation(), all));
      }
    }
  }

  private static ConditionResult condition(Scenario scenario, String condition, AreaAdjacency adjacency,
      ProposalSettings settings, Proposal given, List<Aligner> aligners, Dissolver dissolver, Timings t,
      Aligner nested, boolean realign, java.util.concurrent.Executor starts) {
    long t0 = System.nanoTime();
    ConditionGraph graph = new ConditionGraph(scenario, condition, adjacency);
    long t1 = System.nanoTime();
    Proposer.Outcome outcome;
    double freeLocalisation = Double.NaN;
    if (given != null) {
      outcome = new Proposer.Outcome(given, 1.0);
    } else if (nested != null) {
      outcome = Proposer.proposeWithin(graph, nested.regionIndexOfAreas(), nested.regionIndexOfSites(), settings,
          nested.regions().name(), starts);
      Proposer.Outcome free = Proposer.propose(graph, settings, starts);
      freeLocalisation = graph.score(free.proposal(), free.resolution()).localisation();
    } else {
      try {
        outcome = Proposer.propose(graph, settings, starts);
      } catch (ResolutionSearch.Unreachable e) {
        throw new UsageException(condition + ": no resolution gives " + e.target() + " footprints; the most found was "
            + e.mostFound() + " (each needs a site that provides " + condition + ", and " + condition + " has "
            + graph.network().providerCount() + "): ask for fewer with --target");
      }
    }
    Proposal p = outcome.proposal();
    long t2 = System.nanoTime();
    PartitionScore score = graph.score(p, outcome.resolution());
    List<AlignmentResult> alignments = new ArrayList<>();
    for (Aligner al : aligners) {
      alignments.add(al.align(p, graph));
    }
    long t3 = System.nanoTime();
    Geometry[] geometries = new Geometry[p.footprintCount()];
    for (Footprint f : score.footprints()) {
      geometries[f.id()] = dissolver.dissolve(f.areas());
    }
    long t4 = System.nanoTime();
    t.add("  build graphs (cpu, all conditions)", t1 - t0);
    t.add("  cluster (cpu, all conditions)", t2 - t1);
    t.add("  score and align (cpu)", t3 - t2);
    t.add("  dissolve (cpu)", t4 - t3);
    t.conditionDone(condition);
    List<ConditionResult.Realignment> realignments = new ArrayList<>();
    for (Aligner al : aligners) {
      Realigner.Result moved = al.realign(p, adjacency);
      Map<String, Object> params = new LinkedHashMap<>(p.parameters());
      params.put("realigned_with", al.regions().name());
      Proposal after = new Proposal(condition, p.method(), params, moved.footprintOfArea(), p.footprintOfSite(),
          p.footprintCount());
      PartitionScore afterScore = graph.score(after, outcome.resolution());
      AlignmentResult afterAlignment = al.align(after, graph);
      ConditionResult written = null;
      if (realign) {
        Geometry[] g = new Geometry[after.footprintCount()];
        for (Footprint f : afterScore.footprints()) {
          g[f.id()] = dissolver.dissolve(f.areas());
        }
        written = new ConditionResult(after, afterScore, List.of(afterAlignment), g, dissolver.approximate(), null,
            Double.NaN, List.of());
      }
      double populationMoved = moved.moves().stream().mapToDouble(mv -> scenario.areas().get(mv.area()).population())
          .sum();
      realignments.add(new ConditionResult.Realignment(al.regions().name(), moved.moves(),
          RealignmentSteps.replay(p, scenario.flows(condition), moved.moves()), populationMoved, moved.rounds(),
          moved.stuck(), afterScore, afterAlignment, written));
    }
    return new ConditionResult(p, score, alignments, geometries, dissolver.approximate(),
        nested == null ? null : nested.regions().name(), freeLocalisation, realignments);
  }

  /**
   * Writes every output into {@code dir} and commits it (see {@link OutputDirectory}); the report and
   * each condition's files on {@code threads} threads.
   */
  static void write(RunResult run, OutputDirectory dir, Timings t, boolean topoJson, int threads)
      throws IOException, OutputDirectory.Refused {
    String version = FootprintCommand.version();
    {
      List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
      tasks.add(() -> {
        SummaryJson.write(run, version, dir.resolve("summary.json"));
        HtmlReport.write(run, version, dir.resolve("report.html"));
        Tables.conditionAgreement(run, dir.resolve("condition-agreement.csv"));
        Tables.warnings(run.problems(), dir.resolve("warnings.csv"));
        return null;
      });
      for (ConditionResult c : run.conditions()) {
        tasks.add(() -> {
          writeCondition(c, run, dir, topoJson);
          return null;
        });
      }
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
      try {
        for (Future<Void> f : pool.invokeAll(tasks)) {
          await(f);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (TaskFailedOnIo e) {
        throw e.getCause();
      } finally {
        pool.shutdownNow();
      }
      dir.commit();
    }
    t.lap("write report, tables and GeoJSON");
  }

  /** A task's IOException, carried out of {@link #await} for the caller that can throw it. */
  private static final class TaskFailedOnIo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TaskFailedOnIo(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /**
   * The task's result, on this thread as if it had run here: its unchecked exceptions are rethrown as
   * they were thrown, an IOException as a {@link TaskFailedOnIo}, anything else wrapped.
   */
  private static <T> T await(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof IOException io) {
        throw new TaskFailedOnIo(io);
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void writeCondition(ConditionResult c, RunResult run, OutputDirectory dir, boolean topoJson)
      throws IOException {
    String d = Conditions.folder(c.condition()) + "/";
    FootprintGeoJson.write(c, run.scenario(), dir.resolve(d + "footprints.geojson"));
    if (topoJson) {
      io.footprint.report.FootprintTopoJson.write(c, dir.resolve(d + "footprints.topojson"));
    }
    Tables.assignments(c.proposal(), run.scenario(), dir.resolve(d + "assignments.csv"));
    Tables.footprints(c, run.scenario(), dir.resolve(d + "footprints.csv"));
    for (AlignmentResult a : c.alignments()) {
      Tables.alignment(c, a, dir.resolve(d + "alignment-" + a.reference() + ".csv"));
      Tables.regions(a, dir.resolve(d + "regions-" + a.reference() + ".csv"));
      Tables.outside(a, run.scenario(), run.scenario().flows(c.condition()).areaTotals(),
          dir.resolve(d + "outside-" + a.reference() + ".csv"));
    }
    for (ConditionResult.Realignment ra : c.realignments()) {
      Tables.realignment(ra, run.scenario(), dir.resolve(d + "realignment-" + ra.reference() + ".csv"));
      if (ra.proposal() != null) {
        String rd = d + "realigned-" + ra.reference() + "/";
        ConditionResult rc = ra.proposal();
        FootprintGeoJson.write(rc, run.scenario(), dir.resolve(rd + "footprints.geojson"));
        Tables.assignments(rc.proposal(), run.scenario(), dir.resolve(rd + "assignments.csv"));
        Tables.footprints(rc, run.scenario(), dir.resolve(rd + "footprints.csv"));
        Tables.alignment(rc, ra.alignedAfter(), dir.resolve(rd + "alignment-" + ra.reference() + ".csv"));
      }
    }
  }

  /** The short table per condition that a terminal user reads: footprints beside each reference scored alike. */
  static void printTable(RunResult run, PrintWriter out) {
    List<String> refs = run.conditions().isEmpty() ? List.of()
        : run.conditions().get(0).alignments().stream().map(AlignmentResult::reference).toList();
    StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-30s %10s %12s %12s %10s", "condition",
        "footprints", "localisation", "market_share", "contiguous"));
    for (String ref : refs) {
      String r = ref.length() > 8 ? ref.substring(0, 8) : ref;
      h.append(String.format(Locale.ROOT, " %14s %13s %11s", "aligned_" + r, "inside_" + r, r + "_loc"));
    }
    out.println(h);
    for (ConditionResult c : run.conditions()) {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-30s %10d %12.3f %12.3f %10d", c.condition(),
          c.proposal().footprintCount(), c.score().localisation(), c.score().marketShare(), c.score().contiguous()));
      for (AlignmentResult a : c.alignments()) {
        b.append(String.format(Locale.ROOT, " %14s %13s %11.3f", a.aligned() + "/" + c.proposal().footprintCount(),
            a.inside() + "/" + c.proposal().footprintCount(), a.referenceScore().localisation()));
      }
      out.println(b);
    }
  }

  static Map<String, List<String>> names(List<Path> areas, Path sites, List<Path> flows) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("areas", areas.stream().map(Path::toString).toList());
    m.put("sites", List.of(sites.toString()));
    m.put("flows", flows.stream().map(Path::toString).toList());
    return m;
  }
}
