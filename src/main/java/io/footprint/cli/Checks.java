package io.footprint.cli;

import io.footprint.io.Problem;
import io.footprint.io.ProblemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the settings a user gave, on the command line and in a configuration
 * file alike, so that every mistake is reported at once, each where it was made; one set of rules
 * ({@link ProposalDraft}, {@link RunDraft}) serves both sources.
 */
final class Checks {
  private final List<String> lines = new ArrayList<>();

  /** Records that {@code g} is wrong: {@code why} reads after the option's name ("must be at least 1, not 0"). */
  void bad(Given<?> g, String why) {
    if (g.file() == null) {
      lines.add("error: " + g.name() + " " + why);
    } else {
      lines.add(new Problem(ProblemType.BAD_CONFIG, g.file(), g.line(), g.name(), "", why).format());
    }
  }

  /** A problem that belongs to no one setting. */
  void bad(String line) {
    lines.add(line.startsWith("error: ") ? line : "error: " + line);
  }

  boolean any() {
    return !lines.isEmpty();
  }

  int count() {
    return lines.size();
  }

  /** Throws the mistakes found, if any, as one usage error (exit code 2). */
  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new UsageException(lines);
    }
  }
}
