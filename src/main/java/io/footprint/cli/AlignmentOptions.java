package io.footprint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say which reference regions footprints are aligned with, and how. */
final class AlignmentOptions {
  @Option(names = "--reference", paramLabel = "REF", description = "senates | ahsns | FILE | NAME=FILE "
      + "(repeatable): regions to align with (a lookup, polygons, or an earlier output's footprints)")
  List<String> references = new ArrayList<>();

  @Option(names = "--aligned-share", paramLabel = "SHARE", description = "share of a footprint's residents in one "
      + "region from which it counts as aligned (default: 0.95)")
  Double alignedShare;

  @Option(names = "--realign", description = "also write, per reference, the footprints realigned by moving the "
      + "border areas listed in realignment-<reference>.csv, under <condition>/realigned-<reference>/")
  boolean realign;
}
