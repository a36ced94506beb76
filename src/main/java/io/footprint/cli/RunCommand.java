package io.footprint.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: a batch run from a YAML file, or the embedded demo when no file is given. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = {"Runs every condition and reference named in CONFIG.yaml; with no file, the embedded demo "
        + "(every condition, aligned with the demo's senates and AHSNs) into ./footprint-out/. A scan: block "
        + "in the file scans the counts instead of proposing (as the scan command does).",
        "Command-line options given explicitly override the file's."},
    footer = {"", "Examples:", "  target/footprint run",
        "  target/footprint run examples/demo.yaml"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "CONFIG.yaml", description = "batch configuration (none: the demo)")
  Path config;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: the config's out, else "
      + "./footprint-out); replaced only when it is absent, empty or an earlier footprint output")
  Path out;

  @Mixin
  ProposalOptions proposal;

  @Mixin
  AlignmentOptions alignment;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    RunDraft file = config == null ? demo() : ConfigFile.read(config);
    RunDraft d = Commands.draft(proposal, alignment, run).over(file);
    Path target = out != null ? out : file.out != null ? file.out.value() : Path.of("footprint-out");
    if (d.scan != null) {
      RunDraft.Built built = d.build();
      return Commands.scanAndWrite(spec, built, built.scan(), target, run.quiet, run.timings,
          config == null ? List.of() : List.of(config));
    }
    return Commands.runAndWrite(spec, d.build(), target, run, config == null ? List.of() : List.of(config));
  }

  /**
   * The embedded demo as if it were a configuration: its files, every condition, both built-in references, and
   * the operational delivery networks organised around their hubs (every burns footprint holds a burns centre,
   * every trauma footprint a major trauma centre, every neonatal footprint a neonatal intensive care unit).
   */
  private static RunDraft demo() throws IOException {
    Path dir = Demo.extract();
    RunDraft d = new RunDraft();
    d.areas = List.of(dir.resolve("areas.geojson"));
    d.sites = dir.resolve("sites.csv");
    d.flows = List.of(dir.resolve("flows.csv.gz"));
    d.references = List.of(new Given<>("senates", "references", "demo", 0), new Given<>("ahsns", "references",
        "demo", 0));
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("areas", List.of("demo:areas.geojson"));
    names.put("sites", List.of("demo:sites.csv"));
    names.put("flows", List.of("demo:flows.csv.gz"));
    d.inputNames = names;
    d.roles.put("burns", new Given<>("BURNS_CENTRE", "require_role", "demo", 0));
    d.roles.put("neonatal", new Given<>("NICU", "require_role", "demo", 0));
    d.roles.put("trauma", new Given<>("MTC", "require_role", "demo", 0));
    return d;
  }
}
