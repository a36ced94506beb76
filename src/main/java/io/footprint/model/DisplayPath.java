package io.footprint.model;

import java.nio.file.Path;

/**
 * How a path is printed to a user: normalised ({@code examples/../footprint-out} is {@code
 * footprint-out}), relative to the working folder when it lies inside it, else absolute.
 */
public final class DisplayPath {
  private DisplayPath() {}

  public static String of(Path p) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path a = p.toAbsolutePath().normalize();
    if (a.equals(cwd)) {
      return ".";
    }
    return a.startsWith(cwd) ? cwd.relativize(a).toString() : a.toString();
  }

  /** The same for a path given as text; text that is not a path is returned as it is. */
  public static String of(String p) {
    try {
      return of(Path.of(p));
    } catch (RuntimeException e) {
      return p;
    }
  }
}
