package io.footprint.cli;

import io.footprint.align.AlignmentResult;
import io.footprint.report.ConditionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Quality gates for batch runs: each compares a figure of every condition with a bound. */
final class Gates {
  static final List<String> NAMES = List.of("min_localisation", "misaligned_footprints", "non_contiguous",
      "min_population");

  private Gates() {}

  /** Parses {@code name=value} strings. */
  static Map<String, Double> parse(List<String> specs) {
    Map<String, Double> gates = new TreeMap<>();
    for (String s : specs) {
      String[] kv = s.split("=", 2);
      String name = kv[0].strip().toLowerCase(Locale.ROOT);
      if (!NAMES.contains(name) || kv.length != 2) {
        throw new UsageException("--fail-on takes NAME=VALUE with NAME one of " + String.join(", ", NAMES)
            + ", not \"" + s + "\"");
      }
      try {
        gates.put(name, Double.parseDouble(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new UsageException("--fail-on " + name + " needs a number, not \"" + kv[1] + "\"");
      }
    }
    return gates;
  }

  /** The failed gates, one line each; empty when all pass. */
  static List<String> failures(Map<String, Double> gates, List<ConditionResult> results) {
    List<String> out = new ArrayList<>();
    for (ConditionResult c : results) {
      gates.forEach((name, bound) -> {
        switch (name) {
          case "min_localisation" -> {
            double v = c.score().localisation();
            if (!(v >= bound)) {
              out.add(String.format(Locale.ROOT, "gate failed: %s: localisation %.4f < %s", c.condition(), v, bound));
            }
          }
          case "min_population" -> {
            double v = c.score().minPopulation();
            if (!(v >= bound)) {
              out.add(String.format(Locale.ROOT, "gate failed: %s: smallest footprint %.0f residents < %s",
                  c.condition(), v, bound));
            }
          }
          case "non_contiguous" -> {
            int v = c.proposal().footprintCount() - c.score().contiguous();
            if (v > bound) {
              out.add(String.format(Locale.ROOT, "gate failed: %s: %d non-contiguous footprints > %s", c.condition(),
                  v, bound));
            }
          }
          case "misaligned_footprints" -> {
            for (AlignmentResult r : c.alignments()) {
              int v = c.proposal().footprintCount() - r.aligned();
              if (v > bound) {
                out.add(String.format(Locale.ROOT, "gate failed: %s: %d footprints misaligned with %s > %s",
                    c.condition(), v, r.reference(), bound));
              }
            }
          }
          default -> throw new IllegalStateException(name);
        }
      });
    }
    return out;
  }
}
