package io.footprint.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a load. Fatal problems and warnings are kept up to a cap per type and
 * file (a file with a million bad rows should not hold a million problems in memory) and every one
 * is counted; {@link #lines()} shows the first few of each kind with the count, and
 * {@link #warnings()} keeps the full list (to the cap) for the outputs.
 */
public final class Problems {
  /** Fatal problems of one type in one file that are printed. */
  static final int MAX_PER_KIND = 20;
  /** Warnings of one type in one file that are printed; the rest are counted. */
  public static final int SHOWN_WARNINGS = 3;
  /** Warnings of one type in one file that are kept for the outputs. */
  public static final int KEPT_WARNINGS = 100_000;

  private final List<Problem> fatal = new ArrayList<>();
  private final Map<String, Integer> fatalCounts = new LinkedHashMap<>();
  private final Map<String, List<Problem>> warnings = new LinkedHashMap<>();
  private final Map<String, Long> warningCounts = new LinkedHashMap<>();
  private final Map<String, Long> rowsRead = new LinkedHashMap<>();

  private static String key(Problem p) {
    return p.type() + "\u0000" + p.file();
  }

  public synchronized void add(Problem p) {
    String key = key(p);
    if (p.type().fatal()) {
      int n = fatalCounts.merge(key, 1, Integer::sum);
      if (n <= MAX_PER_KIND) {
        fatal.add(p);
      }
    } else {
      List<Problem> kept = warnings.computeIfAbsent(key, k -> new ArrayList<>());
      if (kept.size() < KEPT_WARNINGS) {
        kept.add(p);
      }
      warningCounts.merge(key, 1L, Long::sum);
    }
  }

  public void add(ProblemType type, String file, long line, String column, String value, String detail) {
    add(new Problem(type, file, line, column, value == null ? "" : value, detail == null ? "" : detail));
  }

  /** Records that {@code file} was read to its end: its data rows (or features), for the report's provenance. */
  public synchronized void read(String file, long rows) {
    rowsRead.put(file, rows);
  }

  /** The rows (or features) of each file read to its end, by file name. */
  public synchronized Map<String, Long> rowsRead() {
    return Map.copyOf(rowsRead);
  }

  public synchronized void addAll(Problems other) {
    synchronized (other) {
      rowsRead.putAll(other.rowsRead);
      for (Problem p : other.fatal) {
        add(p);
      }
      other.fatalCounts.forEach((k, n) -> {
        int kept = Math.min(n, MAX_PER_KIND);
        if (n > kept) {
          fatalCounts.merge(k, n - kept, Integer::sum);
        }
      });
      other.warnings.forEach((k, list) -> {
        List<Problem> kept = warnings.computeIfAbsent(k, x -> new ArrayList<>());
        for (Problem p : list) {
          if (kept.size() < KEPT_WARNINGS) {
            kept.add(p);
          }
        }
        warningCounts.merge(k, other.warningCounts.get(k), Long::sum);
      });
    }
  }

  public synchronized boolean hasFatal() {
    return !fatal.isEmpty();
  }

  /** Fatal problems found, those not kept included. */
  public synchronized int fatalCount() {
    return fatalCounts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public synchronized List<Problem> fatal() {
    return List.copyOf(fatal);
  }

  /** Number of warnings of a type, over all files. */
  public synchronized long warningCount(ProblemType type) {
    long n = 0;
    for (Map.Entry<String, List<Problem>> e : warnings.entrySet()) {
      if (e.getValue().get(0).type() == type) {
        n += warningCounts.get(e.getKey());
      }
    }
    return n;
  }

  /** The first warning of each type and file. */
  public synchronized List<Problem> firstWarnings() {
    return warnings.values().stream().map(l -> l.get(0)).toList();
  }

  /** Every warning kept (up to {@link #KEPT_WARNINGS} of a type in a file), kind by kind in the order met. */
  public synchronized List<Problem> warnings() {
    List<Problem> out = new ArrayList<>();
    warnings.values().forEach(out::addAll);
    return out;
  }

  /** Warnings counted but not kept. */
  public synchronized long warningsNotKept() {
    long n = 0;
    for (Map.Entry<String, List<Problem>> e : warnings.entrySet()) {
      n += warningCounts.get(e.getKey()) - e.getValue().size();
    }
    return n;
  }

  /**
   * The lines a user sees: every kept fatal problem and "... and N more" where capped, then the first
   * {@link #SHOWN_WARNINGS} warnings of each kind with "... and N more" for the rest.
   */
  public synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    Map<String, Integer> printed = new LinkedHashMap<>();
    for (Problem p : fatal) {
      out.add(p.format());
      printed.merge(key(p), 1, Integer::sum);
    }
    fatalCounts.forEach((k, n) -> {
      int shown = printed.getOrDefault(k, 0);
      if (n > shown) {
        String[] parts = k.split("\u0000", 2);
        out.add("error: " + parts[1] + ": ... and " + (n - shown) + " more of: "
            + ProblemType.valueOf(parts[0]).message());
      }
    });
    warnings.forEach((k, list) -> {
      long n = warningCounts.get(k);
      for (int i = 0; i < Math.min(SHOWN_WARNINGS, list.size()); i++) {
        out.add(list.get(i).format());
      }
      if (n > SHOWN_WARNINGS) {
        Problem p = list.get(0);
        out.add("warning: " + p.file() + ": ... and " + (n - SHOWN_WARNINGS) + " more of: " + p.type().message()
            + " (" + n + " in all)");
      }
    });
    return out;
  }
}
