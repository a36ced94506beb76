package io.footprint.cli;

import io.footprint.model.DisplayPath;
import io.footprint.report.ComparisonWriter;
import io.footprint.report.OutputDirectory;
import io.footprint.run.Comparisons;
import io.footprint.io.ReferenceSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: agreement and changes between two partitions of the same areas. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = {"Sets two partitions of the same areas against each other (each an earlier footprint output, "
        + "an assignments.csv, a lookup area_code,region_code, polygons, senates or ahsns), weighted by residents: "
        + "adjusted Rand index, NMI, variation of information, Mapcurves both ways, each unit of A's best match in "
        + "B, and the areas that change unit. Writes compare.json, units.csv, changes.csv and changes.geojson."},
    footer = {"", "Example (real England: the 2013 senates against the 2017 STPs):",
        "  E=../shared/data/england",
        "  target/footprint compare senates=$E/msoa_senates_2013.csv stp=$E/msoa_stp_2017.csv \\",
        "      --areas $E/areas.geojson --areas $E/areas.csv --out senates-vs-stp"})
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "the first partition")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "the second partition")
  String b;

  @Option(names = "--areas", required = true, arity = "1..*", paramLabel = "FILE", description = "the areas both "
      + "partition (their residents weight every figure)")
  List<Path> areas;

  @Option(names = "--condition", paramLabel = "NAME", description = "which condition of an earlier output (default: "
      + "its only one)")
  String condition;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: replaced only when "
      + "it is absent, empty or an earlier footprint output")
  Path out;

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    RunDraft d = new RunDraft();
    d.encoding = Given.option("--encoding", input.encoding);
    Checks checks = new Checks();
    java.nio.charset.Charset cs = d.charset(checks);
    for (String p : List.of(a, b)) {
      String why = ReferenceSpec.parse(p).nameProblem();
      if (why != null) {
        checks.bad("partition " + p + ": " + why);
      }
    }
    checks.throwIfAny();
    Comparisons.Request request = new Comparisons.Request(areas, a, b, condition, Map.of(), cs);
    List<Path> inputs = new ArrayList<>(areas);
    for (String p : List.of(a, b)) {
      Path f = ReferenceSpec.parse(p).file();
      if (f != null) {
        inputs.add(f);
      }
    }
    String version = FootprintCommand.version();
    Comparisons.Result c;
    try (OutputDirectory dir = OutputDirectory.prepare(out, version, inputs)) {
      c = Comparisons.compare(request);
      ComparisonWriter.write(c, dir, version);
    }
    if (!quiet) {
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "%s (%d units) against %s (%d units), %d areas, weighted by residents:%n", c.a().name(),
          c.codesA().size(), c.b().name(), c.codesB().size(), c.areas().size());
      o.printf(Locale.ROOT, "  ARI %.3f  NMI %.3f  VI %.3f  Mapcurves A in B %.3f, B in A %.3f%n",
          c.agreement().adjustedRand(), c.agreement().normalisedMutualInformation(),
          c.agreement().variationOfInformation(), c.map().mapcurvesAInB(), c.map().mapcurvesBInA());
      o.printf(Locale.ROOT, "  %d areas (%,.0f residents) lie outside their A unit's best match in B%n",
          c.areasChanged(), c.residentsChanged());
      o.println("wrote " + DisplayPath.of(out));
    }
    return Main.OK;
  }
}
