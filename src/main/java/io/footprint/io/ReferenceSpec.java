package io.footprint.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A reference region set as a user names it: {@code senates} or {@code ahsns} (built in), a file
 * (named by its stem), or {@code NAME=FILE} (named NAME, so that {@code senates=my_lookup.csv} fills
 * the senate columns). The name becomes part of output file names ({@code alignment-NAME.csv}), so
 * it may not hold path separators or characters that some file systems refuse.
 *
 * @param name the set's name in outputs
 * @param file its file, or null for a built-in set
 */
public record ReferenceSpec(String name, Path file) {
  /** Built-in reference sets, by the name users give on the command line. */
  public static final List<String> BUILT_IN = List.of("senates", "ahsns");
  private static final String REFUSED = "/\\<>:\"|?*";

  public static ReferenceSpec parse(String reference) {
    String key = reference.strip().toLowerCase(Locale.ROOT);
    if (BUILT_IN.contains(key)) {
      return new ReferenceSpec(key, null);
    }
    int eq = reference.indexOf('=');
    if (eq > 0 && !Files.exists(Path.of(reference))) {
      return new ReferenceSpec(reference.substring(0, eq).strip(), Path.of(reference.substring(eq + 1).strip()));
    }
    Path path = Path.of(reference);
    Path name = path.getFileName();
    return new ReferenceSpec(name == null ? "" : name.toString().replaceFirst("(?i)\\.(csv|geojson|json)(\\.gz)?$",
        ""), path);
  }

  /** Why the name cannot name output files, or null when it can. */
  public String nameProblem() {
    if (name.isBlank()) {
      return "a reference needs a name: give NAME=FILE";
    }
    if (name.startsWith(".")) {
      return "a reference's name may not start with a dot";
    }
    for (char c : name.toCharArray()) {
      if (c < 0x20 || REFUSED.indexOf(c) >= 0) {
        return "a reference's name becomes part of file names and may not hold " + (c < 0x20 ? "control characters"
            : "\"" + c + "\"");
      }
    }
    return null;
  }
}
