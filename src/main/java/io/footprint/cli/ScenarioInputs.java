package io.footprint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The input files and conditions of every command that reads a whole scenario ({@code propose}, {@code scan}, {@code refine}). */
final class ScenarioInputs {
  @Option(names = "--areas", required = true, arity = "1..*", paramLabel = "FILE", description = "areas: CSV "
      + "and/or GeoJSON, merged by code (e.g. polygons plus a CSV of populations)")
  List<Path> areas;

  @Option(names = "--sites", required = true, paramLabel = "FILE", description = "provider sites CSV")
  Path sites;

  @Option(names = "--flows", required = true, arity = "1..*", paramLabel = "FILE", description = "flow CSVs "
      + "(optionally .gz)")
  List<Path> flows;

  @Option(names = "--condition", split = ",", paramLabel = "NAME", description = "conditions, comma separated, "
      + "or all (default)")
  List<String> conditions = new ArrayList<>();

  /** Puts the files and conditions into the command line's draft. */
  void into(RunDraft d) {
    d.areas = areas;
    d.sites = sites;
    d.flows = flows;
    d.conditions = RunDraft.conditions(conditions);
  }
}
