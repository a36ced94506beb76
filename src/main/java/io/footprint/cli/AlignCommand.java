package io.footprint.cli;

import io.footprint.io.EarlierOutput;
import io.footprint.io.InputException;
import io.footprint.io.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code align}: aligns footprints written earlier (a {@code propose} or {@code run} output
 * folder) with reference regions, re-reading the inputs named in its {@code summary.json}.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = "Aligns existing footprints (an output folder of propose or run) with reference regions.",
    footer = {"", "Example:",
        "  target/footprint align --footprints footprint-out --reference ahsns --out aligned-out"})
final class AlignCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--footprints", required = true, paramLabel = "DIR", description = "output folder of an earlier "
      + "run")
  Path footprints;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (not --footprints): "
      + "replaced only when it is absent, empty or an earlier footprint output")
  Path out;

  @Option(names = "--areas", arity = "1..*", paramLabel = "FILE", description = "areas (default: those named in "
      + "summary.json)")
  List<Path> areas;

  @Option(names = "--sites", paramLabel = "FILE", description = "sites (default: as named in summary.json)")
  Path sites;

  @Option(names = "--flows", arity = "1..*", paramLabel = "FILE", description = "flows (default: those named in "
      + "summary.json)")
  List<Path> flows;

  @Mixin
  AlignmentOptions alignment;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    if (alignment.references.isEmpty()) {
      throw new UsageException("align needs at least one --reference");
    }
    Problems problems = new Problems();
    EarlierOutput earlier = EarlierOutput.read(footprints, problems);
    if (earlier == null) {
      throw new InputException(problems);
    }
    RunDraft d = Commands.draft(null, alignment, run);
    d.areas = areas != null ? areas : files(earlier.areas());
    d.sites = sites != null ? sites : files(earlier.sites()).get(0);
    d.flows = flows != null ? flows : files(earlier.flows());
    d.conditions = new TreeSet<>(earlier.assignments().keySet());
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("areas", areas != null ? areas.stream().map(Path::toString).toList() : earlier.areas());
    names.put("sites", sites != null ? List.of(sites.toString()) : earlier.sites());
    names.put("flows", flows != null ? flows.stream().map(Path::toString).toList() : earlier.flows());
    names.put("footprints", List.of(footprints.toString()));
    d.inputNames = names;
    RunDraft.Built built = d.over(new RunDraft()).build();
    built.request().assignments(earlier.assignments());
    return Commands.runAndWrite(spec, built, out, run, List.of(footprints));
  }

  /** Files as an earlier run named them; the demo's ("demo:...") are extracted again. */
  private static List<Path> files(List<String> names) throws IOException {
    List<Path> out = new ArrayList<>();
    Path demo = null;
    for (String n : names) {
      if (n.startsWith("demo:")) {
        demo = demo == null ? Demo.extract() : demo;
        out.add(demo.resolve(n.substring(5)));
      } else {
        out.add(Path.of(n));
      }
    }
    return out;
  }
}
