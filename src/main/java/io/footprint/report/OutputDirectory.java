package io.footprint.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output directory written atomically: files are written under a temporary sibling, which
 * replaces the target in {@link #commit()} by renames; {@link #close()} without commit removes the
 * temporary directory and leaves the target untouched.
 */
public final class OutputDirectory implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  public OutputDirectory(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    Path parent = this.target.getParent();
    Files.createDirectories(parent);
    this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
  }

  /** Where to write a file, given its path relative to the output directory; parent folders are created. */
  public Path resolve(String relative) throws IOException {
    Path p = staging.resolve(relative);
    Files.createDirectories(p.getParent());
    return p;
  }

  /** Replaces the target with everything written. */
  public void commit() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
      Files.delete(old);
      move(target, old);
    }
    move(staging, target);
    committed = true;
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTree(staging);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
