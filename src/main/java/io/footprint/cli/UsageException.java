package io.footprint.cli;

import java.util.List;

/**
 * A command used wrongly in a way picocli cannot see (an option's value out of range, a bad
 * combination, a configuration file's mistakes): exit code 2, each line printed as it is.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> lines;

  UsageException(String message) {
    this(List.of("error: " + message));
  }

  UsageException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  List<String> lines() {
    return lines;
  }
}
