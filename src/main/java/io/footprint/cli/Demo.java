package io.footprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The embedded demo scenario: the synthetic country in {@code data/demo}, shipped inside the jar. */
final class Demo {
  static final List<String> FILES = List.of("areas.geojson", "sites.csv", "flows.csv.gz");

  private Demo() {}

  /** Copies the demo inputs into a new temporary directory and returns it. */
  static Path extract() throws IOException {
    Path dir = Files.createTempDirectory("footprint-demo-");
    dir.toFile().deleteOnExit();
    for (String f : FILES) {
      try (InputStream in = Demo.class.getClassLoader().getResourceAsStream("footprint/data/demo/" + f)) {
        if (in == null) {
          throw new IllegalStateException("demo file " + f + " missing from the jar");
        }
        Path p = dir.resolve(f);
        Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        p.toFile().deleteOnExit();
      }
    }
    return dir;
  }
}
