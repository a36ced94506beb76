package io.footprint.io;

import io.footprint.model.Conditions;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks of a load that concern the inputs as a whole rather than one row: files that cannot be
 * read, one file given twice, conditions asked for that the flows lack, a condition no site provides,
 * two conditions that would share an output folder.
 */
final class InputChecks {
  private InputChecks() {}

  /** Every input must be a file (or a pipe) that can be read; the reason is named when it is not. */
  static void readable(List<Path> files, Problems problems) {
    for (Path f : files) {
      String why = !Files.exists(f) ? (Files.isSymbolicLink(f) ? "a symbolic link to nothing" : "no such file")
          : Files.isDirectory(f) ? "it is a folder, not a file" : !Files.isReadable(f) ? "permission denied" : null;
      if (why != null) {
        problems.add(ProblemType.UNREADABLE_FILE, f.toString(), 0, "", "", why);
      }
    }
  }

  /** One file given twice (say, the same flows under two spellings of its path) would count its rows twice. */
  static void notGivenTwice(List<Path> files, Problems problems) {
    Map<Path, Path> seen = new HashMap<>();
    for (Path f : files) {
      Path real;
      try {
        real = f.toRealPath();
      } catch (IOException | RuntimeException e) {
        continue;
      }
      Path before = seen.putIfAbsent(real, f);
      if (before != null) {
        problems.add(ProblemType.DUPLICATE_INPUT, f.toString(), 0, "", "", before.equals(f) ? "given twice"
            : "the same file as " + before);
      }
    }
  }

  /** Two flow files with the same bytes are one file given twice under two names. */
  static void flowsDiffer(List<Path> files, Problems problems) {
    Map<Long, List<Path>> bySize = new HashMap<>();
    for (Path f : files) {
      try {
        if (!Files.isRegularFile(f)) {
          continue;
        }
        List<Path> same = bySize.computeIfAbsent(Files.size(f), k -> new ArrayList<>());
        for (Path other : same) {
          if (Files.mismatch(other, f) < 0) {
            problems.add(ProblemType.DUPLICATE_INPUT, f.toString(), 0, "", "", "its bytes are those of " + other
                + ": every flow would count twice");
            break;
          }
        }
        same.add(f);
      } catch (IOException e) {
        // unreadable files were reported when they were read
      }
    }
  }

  /**
   * Conditions with rows but no activity (a warning for "all", an error when asked for), conditions
   * asked for that the flows do not hold, and flows with no usable activity at all.
   */
  static void conditions(Set<String> wanted, List<String> seen, Map<String, FlowMatrix> matrices, String flowNames,
      Problems problems) {
    for (String c : seen) {
      if ((wanted == null || wanted.contains(c)) && !matrices.containsKey(c)) {
        problems.add(wanted == null ? ProblemType.ZERO_ACTIVITY : ProblemType.NO_FLOWS_FOR_CONDITION, flowNames, 0,
            "condition", c, "every row of it has activity 0, or is suppressed");
      }
    }
    if (wanted != null) {
      for (String c : new TreeSet<>(wanted)) {
        if (!matrices.containsKey(c) && !seen.contains(c)) {
          problems.add(ProblemType.NO_FLOWS_FOR_CONDITION, flowNames, 0, "condition", c, "conditions present: "
              + String.join(", ", seen));
        }
      }
    } else if (matrices.isEmpty() && !problems.hasFatal()) {
      problems.add(ProblemType.NO_FLOWS_FOR_CONDITION, flowNames, 0, "", "", "the flow files hold no usable activity");
    }
  }

  /** Every condition needs a site that provides it, and its own output folder. */
  static void providersAndFolders(Map<String, FlowMatrix> matrices, List<Site> sites, String siteFile,
      String flowNames, Problems problems) {
    for (Map.Entry<String, FlowMatrix> e : matrices.entrySet()) {
      if (!anyProvider(e.getValue(), sites)) {
        problems.add(ProblemType.NO_PROVIDER, siteFile, 0, "conditions", e.getKey(), "its conditions column lists "
            + "other conditions for every site that treats it: add " + e.getKey() + " to those that provide it, or "
            + "leave the column empty for sites that provide everything they treat");
      }
    }
    Map<String, String> byFolder = new TreeMap<>();
    for (String c : matrices.keySet()) {
      String other = byFolder.putIfAbsent(Conditions.folder(c), c);
      if (other != null) {
        problems.add(ProblemType.FOLDER_CLASH, flowNames, 0, "condition", c, "\"" + other + "\" and \"" + c
            + "\" would both write to " + Conditions.folder(c) + "/; rename one");
      }
    }
  }

  private static boolean anyProvider(FlowMatrix m, List<Site> sites) {
    double[] received = m.siteTotals();
    for (int s = 0; s < received.length; s++) {
      if (received[s] > 0 && sites.get(s).provides(m.condition())) {
        return true;
      }
    }
    return false;
  }
}
