package io.footprint.cli;

import io.footprint.io.Problem;
import io.footprint.io.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what is wrong with the settings a user gave, on the command line and in a configuration
 * file alike, so that every mistake is reported at once, each where it was made; one set of rules
 * ({@link ProposalDraft}, {@link RunDraft}) serves both sources.
 */
final class Checks {
  /** A mistake, with where it was made: command-line mistakes first, then each file's in line order. */
  private record Mistake(String file, long line, String text) {}

  private final List<Mistake> mistakes = new ArrayList<>();

  /** Records that {@code g} is wrong: {@code why} reads after the option's name ("must be at least 1, not 0"). */
  void bad(Given<?> g, String why) {
    if (g.file() == null) {
      mistakes.add(new Mistake("", 0, "error: " + g.name() + " " + why));
    } else {
      add(new Problem(ProblemType.BAD_CONFIG, g.file(), g.line(), g.name(), "", why));
    }
  }

  /** A problem that belongs to no one setting. */
  void bad(String line) {
    mistakes.add(new Mistake("", 0, line.startsWith("error: ") ? line : "error: " + line));
  }

  /** A problem found while reading a configuration file. */
  void add(Problem p) {
    mistakes.add(new Mistake(p.file(), p.line(), p.format()));
  }

  boolean any() {
    return !mistakes.isEmpty();
  }

  int count() {
    return mistakes.size();
  }

  /** Throws the mistakes found, if any, as one usage error (exit code 2). */
  void throwIfAny() {
    if (!mistakes.isEmpty()) {
      List<Mistake> sorted = new ArrayList<>(mistakes);
      sorted.sort(Comparator.comparing(Mistake::file).thenComparingLong(Mistake::line));
      throw new UsageException(sorted.stream().map(Mistake::text).toList());
    }
  }
}
