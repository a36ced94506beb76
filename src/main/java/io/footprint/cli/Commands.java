package io.footprint.cli;

import io.footprint.align.AlignmentResult;
import io.footprint.io.InputException;
import io.footprint.model.DisplayPath;
import io.footprint.propose.ScanMarks;
import io.footprint.propose.ScanSettings;
import io.footprint.report.InputChecksums;
import io.footprint.report.OutputDirectory;
import io.footprint.report.OutputWriter;
import io.footprint.report.ScanWriter;
import io.footprint.run.ConditionResult;
import io.footprint.run.Footprints;
import io.footprint.run.Gate;
import io.footprint.run.Request;
import io.footprint.run.RunResult;
import io.footprint.run.ScanResult;
import io.footprint.run.Scans;
import io.footprint.run.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands that compute share: the command line as a draft, then compute, write, print and gate. */
final class Commands {
  private Commands() {}

  /** The run-level values given on the command line. */
  static RunDraft draft(ProposalOptions proposal, AlignmentOptions alignment, RunOptions run) {
    RunDraft d = new RunDraft();
    if (proposal != null) {
      d.proposal = proposal.draft();
      d.within = Given.option("--within", proposal.within);
      d.bootstrap = Given.option("--bootstrap", proposal.bootstrap);
      d.regionTargets = Given.option("--region-targets", proposal.regionTargets);
      d.roles(proposal.requireRoles);
      d.relationships = Given.option("--relationships", proposal.relationships);
      d.expected = Given.option("--expected", proposal.expected);
      d.relationshipWeight = Given.option("--relationship-weight", proposal.relationshipWeight);
    }
    if (alignment != null) {
      List<Given<String>> refs = new ArrayList<>();
      alignment.references.forEach(r -> refs.add(Given.option("--reference", r)));
      d.references = refs;
      d.alignedShare = Given.option("--aligned-share", alignment.alignedShare);
      d.realign = alignment.realign ? Given.option("--realign", true) : null;
    }
    d.threads = Given.option("--threads", run.threads);
    d.dropUnmatched = run.input.dropUnmatched ? Given.option("--drop-unmatched", true) : null;
    d.topoJson = run.topoJson ? Given.option("--topojson", true) : null;
    d.geoPackage = run.geoPackage ? Given.option("--gpkg", true) : null;
    d.encoding = Given.option("--encoding", run.input.encoding);
    d.gates(run.failOn, run.maxTravelKm);
    return d;
  }

  /**
   * Checks the output folder (before anything is computed), computes, applies the gates, writes,
   * prints. {@code alsoRead} are inputs the request does not list (a configuration, earlier outputs).
   */
  static int runAndWrite(CommandSpec spec, RunDraft.Built built, Path out, RunOptions options, List<Path> alsoRead)
      throws InputException, IOException, OutputDirectory.Refused {
    Request request = built.request().build();
    InputChecksums checksums = InputChecksums.start(request.inputNames());
    List<Path> inputs = new ArrayList<>(request.inputFiles());
    inputs.addAll(alsoRead);
    PrintWriter err = spec.commandLine().getErr();
    String version = FootprintCommand.version();
    RunResult run;
    try (OutputDirectory dir = OutputDirectory.prepare(out, version, inputs);
        TerminalProgress bar = new TerminalProgress(!options.quiet)) {
      Timings timings = new Timings(bar);
      timings.before(STARTUP_STAGE, Math.max(0, System.currentTimeMillis() - javaStarted()));
      run = Footprints.run(request, timings);
      long t0 = System.nanoTime();
      List<Gate.Result> verdicts = new ArrayList<>();
      for (Map.Entry<Gate, Double> g : built.gates().entrySet()) {
        run.conditions().forEach(c -> verdicts.addAll(g.getKey().apply(g.getValue(), c)));
      }
      run = run.withGates(verdicts);
      OutputWriter.write(run, dir, version, built.formats(), request.threads(), checksums);
      timings.stage("write report, tables and GeoJSON", (System.nanoTime() - t0) / 1_000_000);
      bar.close();
      if (options.timings) {
        print(timings, err);
      }
    }
    if (!options.quiet) {
      run.warnings().forEach(err::println);
      if (!run.problems().warnings().isEmpty()) {
        err.println("warnings: every one is listed in " + DisplayPath.of(out.resolve("warnings.csv")));
      }
      printTable(run, spec.commandLine().getOut());
      spec.commandLine().getOut().println("wrote " + DisplayPath.of(out));
    }
    boolean failed = false;
    for (Gate.Result g : run.gates()) {
      if (!g.passed()) {
        err.println(line(g));
        failed = true;
      }
    }
    return failed ? Main.GATE_FAILED : Main.OK;
  }

  /**
   * A scan: checks the output folder, scans, writes, prints the marked counts per condition and region.
   * {@code alsoRead} are inputs the request does not list (a configuration).
   */
  static int scanAndWrite(CommandSpec spec, RunDraft.Built built, ScanSettings settings, Path out, boolean quiet,
      boolean showTimings, List<Path> alsoRead) throws InputException, IOException, OutputDirectory.Refused {
    Request request = built.request().build();
    List<Path> inputs = new ArrayList<>(request.inputFiles());
    inputs.addAll(alsoRead);
    PrintWriter err = spec.commandLine().getErr();
    String version = FootprintCommand.version();
    ScanResult scan;
    try (OutputDirectory dir = OutputDirectory.prepare(out, version, inputs);
        TerminalProgress bar = new TerminalProgress(!quiet)) {
      Timings t = new Timings(bar);
      t.before(STARTUP_STAGE, Math.max(0, System.currentTimeMillis() - javaStarted()));
      scan = Scans.scan(request, settings, t);
      long t0 = System.nanoTime();
      ScanWriter.write(scan, dir, version);
      t.stage("write report, tables and charts", (System.nanoTime() - t0) / 1_000_000);
      bar.close();
      if (showTimings) {
        print(t, err);
      }
    }
    if (!quiet) {
      scan.problems().lines().forEach(err::println);
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "%-30s %-12s %8s %10s %10s %10s %s%n", "condition", "region", "reached", "robust",
          "self-cont.", "knee", "recommended");
      for (ScanResult.Curve c : scan.curves()) {
        o.printf(Locale.ROOT, "%-30s %-12s %8d %10s %10s %10s %s%n", c.condition(), c.region() == null ? "" : c.region(),
            c.rows().size(), marked(c, ScanMarks.Kind.ROBUST), marked(c, ScanMarks.Kind.SELF_CONTAINED),
            marked(c, ScanMarks.Kind.KNEE), c.recommended() == 0 ? "-" : String.valueOf(c.recommended()));
      }
      o.println("wrote " + DisplayPath.of(out));
    }
    return Main.OK;
  }

  private static String marked(ScanResult.Curve c, ScanMarks.Kind kind) {
    List<String> out = new ArrayList<>();
    c.marks().stream().filter(m -> m.kind() == kind).forEach(m -> out.add(String.valueOf(m.footprints())));
    return out.isEmpty() ? "-" : String.join(",", out);
  }

  /** Before the run: the Java virtual machine, the command line, the output folder's checks. */
  static final String STARTUP_STAGE = "start Java, command line, output folder";

  /** When this Java virtual machine started, in milliseconds since 1970. */
  private static long javaStarted() {
    return ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /**
   * The stages' wall-clock times, and against their sum the time since Java started measured apart,
   * so that a stage missing from the list would show as a gap between the two; then the CPU time of the
   * whole process (every thread, the JVM's own included), against which the CPU steps of the proposing
   * stage are shares of the work.
   */
  private static void print(Timings t, PrintWriter err) {
    for (Timings.Entry e : t.entries()) {
      err.printf(Locale.ROOT, "timing: %-42s %7d ms%n", (e.cpu() ? "  " : "") + e.name(), e.millis());
    }
    err.printf(Locale.ROOT, "timing: %-42s %7d ms%n", "stages (wall, their sum)", t.totalMillis());
    err.printf(Locale.ROOT, "timing: %-42s %7d ms%n", "since Java started (wall)",
        System.currentTimeMillis() - javaStarted());
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        && os.getProcessCpuTime() >= 0) {
      err.printf(Locale.ROOT, "timing: %-42s %7d ms%n", "process (cpu, every thread)",
          os.getProcessCpuTime() / 1_000_000);
    }
  }

  /** {@code gate failed: cancer: min_localisation: worst footprint's localisation 0.921 < 0.93}. */
  static String line(Gate.Result g) {
    String value = g.gate().counts() ? String.valueOf((long) g.value()) : g.gate() == Gate.MIN_POPULATION
        ? String.format(Locale.ROOT, "%,.0f", g.value()) : plain(g.value(), 4);
    String bound = g.gate().counts() ? String.valueOf((long) g.bound()) : plain(g.bound(), 6);
    String sign = g.passed() ? (g.gate().lowerBound() ? ">=" : "<=") : g.gate().lowerBound() ? "<" : ">";
    return "gate " + (g.passed() ? "passed" : "failed") + ": " + g.condition() + ": " + g.gate().key() + ": "
        + g.gate().figure() + (g.reference() == null ? "" : " " + g.reference()) + " " + value + " " + sign + " "
        + bound;
  }

  private static String plain(double v, int decimals) {
    return Double.isNaN(v) ? "n/a" : BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
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
}
