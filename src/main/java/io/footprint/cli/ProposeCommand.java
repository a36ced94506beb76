package io.footprint.cli;

import io.footprint.report.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code propose}: footprints for one or more conditions from areas, sites and flows. */
@Command(name = "propose", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Proposes footprints for one or more conditions and writes them under --out.",
    footer = {"", "Example (real England, MSOA, from the repository root):",
        "  target/footprint propose --areas ../shared/data/england/areas.geojson \\",
        "      --areas ../shared/data/england/areas.csv --sites ../shared/data/england/sites.csv \\",
        "      --flows ../shared/data/england/flows.csv --condition all_admissions --method plurality \\",
        "      --reference senates=../shared/data/england/msoa_senates_2013.csv --out england-out"})
final class ProposeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--areas", required = true, arity = "1..*", description = "areas: CSV and/or GeoJSON, merged "
      + "by code (e.g. polygons plus a CSV of populations)")
  List<Path> areas;

  @Option(names = "--sites", required = true, description = "provider sites CSV")
  Path sites;

  @Option(names = "--flows", required = true, arity = "1..*", description = "flow CSVs (optionally .gz)")
  List<Path> flows;

  @Option(names = "--condition", split = ",", defaultValue = "all", description = "conditions, comma separated, "
      + "or all (default)")
  List<String> conditions = new ArrayList<>();

  @Option(names = "--out", required = true, description = "output directory (replaced atomically)")
  Path out;

  @Mixin
  ProposeOptions options;

  @Override
  public Integer call() throws Exception {
    Pipeline.Request request = new Pipeline.Request(areas, sites, flows, Commands.conditions(conditions),
        options.references, options.settings(), Map.of(), options.alignedShare, options.threads,
        options.dropUnmatched, Map.of(), Pipeline.names(areas, sites, flows)).withTopoJson(options.topoJson).within(options.within).realigned(options.realign);
    return Commands.runAndWrite(spec, request, out, options.quiet, Gates.parse(options.failOn), options.timings);
  }
}
