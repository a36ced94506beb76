package io.footprint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that computes and writes outputs: how it runs, what it prints, its gates. */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "N", description = "conditions clustered at once (default: the number "
      + "of cores); results do not depend on it")
  Integer threads;

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = "--topojson", description = "also write <condition>/footprints.topojson (shared borders stored "
      + "once: far smaller)")
  boolean topoJson;

  @Option(names = "--gpkg", description = "also write footprints.gpkg: one GeoPackage (British National Grid, "
      + "EPSG:27700) with each condition's footprints, areas and sites and each reference's regions, styled for QGIS")
  boolean geoPackage;

  @Option(names = "--fail-on", paramLabel = "GATE=BOUND", split = ",", description = "exit 3 when a gate fails "
      + "(outputs still written): localisation, min_localisation, min_population (lower bounds), "
      + "misaligned_footprints, non_contiguous, max_travel_km (upper bounds); e.g. "
      + "min_localisation=0.85,non_contiguous=0")
  List<String> failOn = new ArrayList<>();

  @Option(names = "--max-travel-km", paramLabel = "KM", description = "exit 3 when a footprint's 90th-percentile "
      + "straight-line distance from residents to its hub exceeds KM (the gate max_travel_km)")
  Double maxTravelKm;

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Option(names = "--timings", description = "print each stage's wall-clock time, the CPU time of each step "
      + "of proposing, and the process's CPU time to stderr")
  boolean timings;
}
