package io.footprint.cli;

import io.footprint.io.InputException;
import io.footprint.model.DisplayPath;
import io.footprint.report.Gate;
import io.footprint.report.OutputDirectory;
import io.footprint.report.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    d.encoding = Given.option("--encoding", run.input.encoding);
    d.gates(run.failOn);
    return d;
  }

  /**
   * Checks the output folder (before anything is computed), computes, applies the gates, writes,
   * prints. {@code alsoRead} are inputs the request does not list (a configuration, earlier outputs).
   */
  static int runAndWrite(CommandSpec spec, RunDraft.Built built, Path out, RunOptions options, List<Path> alsoRead)
      throws InputException, IOException, OutputDirectory.Refused {
    List<Path> inputs = new ArrayList<>(built.request().inputFiles());
    inputs.addAll(alsoRead);
    PrintWriter err = spec.commandLine().getErr();
    RunResult run;
    Pipeline.Timings t = new Pipeline.Timings(!options.quiet);
    try (OutputDirectory dir = OutputDirectory.prepare(out, FootprintCommand.version(), inputs)) {
      try (t) {
        run = Pipeline.compute(built.request(), t);
        List<Gate.Result> verdicts = new ArrayList<>();
        for (Map.Entry<Gate, Double> g : built.gates().entrySet()) {
          run.conditions().forEach(c -> verdicts.addAll(g.getKey().apply(g.getValue(), c)));
        }
        run = run.withGates(verdicts);
        Pipeline.write(run, dir, t, built.request().topoJson(), built.request().threads());
      }
    }
    if (options.timings) {
      t.print(err);
    }
    if (!options.quiet) {
      run.warnings().forEach(err::println);
      if (!run.problems().warnings().isEmpty()) {
        err.println("warnings: every one is listed in " + DisplayPath.of(out.resolve("warnings.csv")));
      }
      Pipeline.printTable(run, spec.commandLine().getOut());
      spec.commandLine().getOut().println("wrote " + DisplayPath.of(out));
    }
    boolean failed = false;
    for (Gate.Result g : run.gates()) {
      if (!g.passed()) {
        err.println(g.line());
        failed = true;
      }
    }
    return failed ? Main.GATE_FAILED : Main.OK;
  }
}
