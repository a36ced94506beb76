package io.footprint.cli;

/**
 * A setting's value with where the user gave it: a command-line option ({@code --target}) or a key
 * on a line of a configuration file, so that a mistake is reported where it was made.
 *
 * @param name the option ("--target") or the key's path ("conditions.cancer.target")
 * @param file the configuration file, or null for the command line
 * @param line 1-based line in {@code file}
 */
record Given<T>(T value, String name, String file, int line) {
  /** The option's value, or null when the option was not given. */
  static <T> Given<T> option(String option, T value) {
    return value == null ? null : new Given<>(value, option, null, 0);
  }

  static <T> T value(Given<T> g, T otherwise) {
    return g == null ? otherwise : g.value();
  }

  static <T> Given<T> first(Given<T> a, Given<T> b) {
    return a != null ? a : b;
  }
}
