package io.footprint.cli;

/** Lets tests in other packages run the command line and read its exit code. */
public final class CliAccess {
  private CliAccess() {}

  public static int run(String... args) {
    return Cli.run(args).code;
  }
}
