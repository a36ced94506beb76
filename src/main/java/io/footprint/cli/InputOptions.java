package io.footprint.cli;

import picocli.CommandLine.Option;

/** How the inputs of {@code validate} are read (the other commands take these among their run options). */
final class InputOptions {
  @Option(names = "--drop-unmatched", description = "drop flows naming unknown areas or sites (reported) instead "
      + "of failing")
  boolean dropUnmatched;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "text encoding of the CSV and GeoJSON inputs "
      + "(default: UTF-8; e.g. windows-1252)")
  String encoding;
}
