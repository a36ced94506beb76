package io.footprint.cli;

import io.footprint.io.InputException;
import io.footprint.model.Conditions;
import io.footprint.report.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;

/** What the proposing commands share: compute, write, print, and apply the gates. */
final class Commands {
  private Commands() {}

  /** The normalised condition names asked for, or null for "all". */
  static Set<String> conditions(List<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      String c = Conditions.normalise(n);
      if (c.equals("all")) {
        return null;
      }
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out.isEmpty() ? null : out;
  }

  static int runAndWrite(CommandSpec spec, Pipeline.Request request, Path out, boolean quiet,
      Map<String, Double> gates, boolean timings) throws InputException, IOException {
    RunResult run;
    Pipeline.Timings t = new Pipeline.Timings(!quiet);
    try (t) {
      run = Pipeline.compute(request, t);
      Pipeline.write(run, out, t, request.topoJson(), request.threads());
    }
    if (timings) {
      t.print(spec.commandLine().getErr());
    }
    if (!quiet) {
      run.warnings().forEach(spec.commandLine().getErr()::println);
      Pipeline.printTable(run, spec.commandLine().getOut());
      spec.commandLine().getOut().println("wrote " + out);
    }
    List<String> failed = Gates.failures(gates, run.conditions());
    failed.forEach(spec.commandLine().getErr()::println);
    return failed.isEmpty() ? Main.OK : Main.GATE_FAILED;
  }
}
