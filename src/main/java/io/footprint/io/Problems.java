package io.footprint.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a load. Every fatal problem is kept up to a cap per type and file (a
 * file with a million bad rows should not print a million lines); warnings are counted and the first
 * occurrence kept, so each is reported once with a count.
 */
public final class Problems {
  static final int MAX_PER_KIND = 20;

  private final List<Problem> fatal = new ArrayList<>();
  private final Map<String, Integer> fatalCounts = new LinkedHashMap<>();
  private final Map<String, Problem> firstWarning = new LinkedHashMap<>();
  private final Map<String, Long> warningCounts = new LinkedHashMap<>();

  public void add(Problem p) {
    String key = p.type() + "\u0000" + p.file();
    if (p.type().fatal()) {
      int n = fatalCounts.merge(key, 1, Integer::sum);
      if (n <= MAX_PER_KIND) {
        fatal.add(p);
      }
    } else {
      firstWarning.putIfAbsent(key, p);
      warningCounts.merge(key, 1L, Long::sum);
    }
  }

  public void add(ProblemType type, String file, long line, String column, String value, String detail) {
    add(new Problem(type, file, line, column, value == null ? "" : value, detail == null ? "" : detail));
  }

  public void addAll(Problems other) {
    for (Problem p : other.fatal) {
      add(p);
    }
    other.fatalCounts.forEach((k, n) -> {
      int kept = Math.min(n, MAX_PER_KIND);
      if (n > kept) {
        fatalCounts.merge(k, n - kept, Integer::sum);
      }
    });
    other.firstWarning.forEach((k, p) -> {
      firstWarning.putIfAbsent(k, p);
      warningCounts.merge(k, other.warningCounts.get(k), Long::sum);
    });
  }

  public boolean hasFatal() {
    return !fatal.isEmpty();
  }

  public List<Problem> fatal() {
    return List.copyOf(fatal);
  }

  /** Number of warnings of a type, over all files. */
  public long warningCount(ProblemType type) {
    long n = 0;
    for (Map.Entry<String, Problem> e : firstWarning.entrySet()) {
      if (e.getValue().type() == type) {
        n += warningCounts.get(e.getKey());
      }
    }
    return n;
  }

  public List<Problem> firstWarnings() {
    return List.copyOf(firstWarning.values());
  }

  /** The lines a user sees: every kept fatal problem, "... and N more" where capped, then each warning once. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    Map<String, Integer> printed = new LinkedHashMap<>();
    for (Problem p : fatal) {
      out.add(p.format());
      printed.merge(p.type() + "\u0000" + p.file(), 1, Integer::sum);
    }
    fatalCounts.forEach((k, n) -> {
      int shown = printed.getOrDefault(k, 0);
      if (n > shown) {
        String[] parts = k.split("\u0000", 2);
        out.add("error: " + parts[1] + ": ... and " + (n - shown) + " more of: "
            + ProblemType.valueOf(parts[0]).message());
      }
    });
    firstWarning.forEach((k, p) -> {
      long n = warningCounts.get(k);
      out.add(p.format() + (n > 1 ? " [" + n + " times; first shown]" : ""));
    });
    return out;
  }
}
