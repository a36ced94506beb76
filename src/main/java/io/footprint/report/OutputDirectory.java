package io.footprint.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.model.DisplayPath;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder of outputs that footprint owns, written so that it never harms the user's files.
 *
 * <p>Terms. An <b>earlier output</b> is a folder holding footprint's marker file ({@value #MARKER}),
 * which lists every file footprint wrote there, and nothing else. The <b>target</b> may be replaced
 * only when it is absent, an empty folder, or an earlier output; it is refused (a {@link Refused},
 * before anything is written) when it is a regular file or device, when it holds anything footprint
 * did not write, when it is, holds or lies above an input, when it holds the working folder, or when
 * it lies inside another earlier output (whose next run would then have to refuse).
 *
 * <p>Outputs are written under a hidden sibling, {@code .NAME.partial-*}, created with the user's
 * umask. {@link #commit()} then replaces the target: an absent target or an earlier output by
 * renaming folders, so a reader sees the old outputs or the new, never a mix; an empty folder or the
 * working folder in place, file by file, so that the folder itself (its permissions, a shell inside
 * it) stays. Of an earlier output only the files its marker lists are deleted, and only after the new
 * outputs are in place. {@link #close()} without commit removes what was staged and leaves the target
 * as it was.
 */
public final class OutputDirectory implements AutoCloseable {
  /** The marker footprint writes into every output folder: its version and the files it wrote. */
  public static final String MARKER = ".footprint-output";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** One file to a line, LF whatever the system, so the marker reads well and is the same everywhere. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Path target;
  private final String version;
  private final OutputRules rules;
  private Path staging;
  private boolean committed;

  /** The target refused, or a folder that cannot be written: a user's or the system's problem, not a bug. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private OutputDirectory(Path target, String shownAs, String version, List<Path> inputs) {
    this.target = target;
    this.version = version;
    this.rules = new OutputRules(target, shownAs, inputs);
  }

  /**
   * Checks that {@code target} may be replaced (see the class comment); nothing is created yet.
   *
   * @param inputs every file or folder the run reads (they must lie outside the target)
   */
  public static OutputDirectory prepare(Path target, String version, Collection<Path> inputs) throws Refused {
    Path absolute = target.toAbsolutePath().normalize();
    String shown = DisplayPath.of(target);
    Path real = absolute;
    if (Files.isSymbolicLink(absolute)) {
      try {
        real = absolute.toRealPath();
      } catch (IOException e) {
        throw new Refused("--out " + shown + " is a symbolic link to nothing: remove it or choose another folder");
      }
    }
    OutputDirectory d = new OutputDirectory(real, shown, version, inputs.stream().map(OutputDirectory::real)
        .toList());
    d.rules.check();
    return d;
  }

  static Path real(Path p) {
    Path a = p.toAbsolutePath().normalize();
    try {
      return a.toRealPath();
    } catch (IOException e) {
      return a;
    }
  }

  /** Where to write a file, given its path relative to the output folder; parent folders are created. */
  public Path resolve(String relative) throws IOException {
    Path root = staging();
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("output path " + relative + " leaves the output folder");
    }
    Files.createDirectories(p.getParent());
    return p;
  }

  /** The folder outputs are written in until {@link #commit()}, for writers that fill a folder themselves. */
  public Path folder() throws IOException {
    return staging();
  }

  private synchronized Path staging() throws IOException {
    if (staging == null) {
      staging = createStaging();
    }
    return staging;
  }

  private Path createStaging() throws IOException {
    Files.createDirectories(target.getParent());
    for (int attempt = 0; ; attempt++) {
      Path p = target.resolveSibling("." + target.getFileName() + ".partial-" + Long.toUnsignedString(
          RANDOM.nextLong(), 36));
      try {
        return Files.createDirectory(p); // the user's umask applies, unlike createTempDirectory's 0700
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** Replaces the target with everything written (see the class comment). */
  public void commit() throws IOException, Refused {
    staging();
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(staging)) {
      s.filter(Files::isRegularFile).forEach(p -> files.add(OutputRules.relative(staging, p)));
    }
    files.sort(Comparator.naturalOrder());
    writeMarker(staging, files);
    rules.check(); // again: the target may have changed while the run computed
    Path cwd = real(Path.of(""));
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(staging, target);
      committed = true;
      return;
    }
    Set<String> old = rules.owned(target);
    if (!old.isEmpty() && !cwd.equals(target) && swapFolders(old)) {
      return;
    }
    replaceInPlace(old, files);
  }

  /** Renames the earlier output aside and the new one into place; false when the file system will not. */
  private boolean swapFolders(Set<String> old) throws IOException {
    Path previous = target.resolveSibling("." + target.getFileName() + ".previous-" + Long.toUnsignedString(
        RANDOM.nextLong(), 36));
    try {
      move(target, previous);
    } catch (FileSystemException e) {
      return false; // a mount point, say: replace file by file instead
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      move(previous, target);
      throw e;
    }
    committed = true;
    deleteOwned(previous, old, true);
    return true;
  }

  /**
   * Replaces the outputs inside the folder itself. A marker listing old and new files is written
   * first and the final one last, so that whatever moment this is interrupted at, every file present
   * is listed and the next run may replace the folder.
   */
  private void replaceInPlace(Set<String> old, List<String> files) throws IOException {
    Set<String> union = new TreeSet<>(old);
    union.addAll(files);
    writeMarker(target, new ArrayList<>(union));
    deleteOwned(target, old, false);
    try (Stream<Path> s = Files.list(staging)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().equals(MARKER)).sorted().toList()) {
        move(p, target.resolve(p.getFileName().toString()));
      }
    }
    Files.move(staging.resolve(MARKER), target.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING);
    Files.delete(staging);
    committed = true;
  }

  private void writeMarker(Path dir, List<String> files) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("written_by", "footprint " + version);
    m.put("about", "footprint replaces this folder only while it holds nothing but these files");
    m.put("files", files);
    Files.writeString(dir.resolve(MARKER), JSON.writer(PRETTY).writeValueAsString(m) + "\n");
  }

  /**
   * Deletes the listed files, the marker and the folders they leave empty (with {@code root} itself
   * when {@code andRoot}); anything else stays where it is.
   */
  private static void deleteOwned(Path root, Set<String> owned, boolean andRoot) throws IOException {
    Set<Path> folders = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (String f : owned) {
      Path p = root.resolve(f);
      Files.deleteIfExists(p);
      for (Path q = p.getParent(); q != null && q.startsWith(root) && !q.equals(root); q = q.getParent()) {
        folders.add(q);
      }
    }
    Files.deleteIfExists(root.resolve(MARKER));
    if (andRoot) {
      folders.add(root);
    }
    for (Path q : folders) {
      try {
        Files.deleteIfExists(q);
      } catch (DirectoryNotEmptyException e) {
        // holds something footprint did not write: it stays
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes what was staged unless committed; the target is left as it was. */
  @Override
  public void close() {
    if (!committed && staging != null) {
      try (Stream<Path> s = Files.walk(staging)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a staging folder left behind is hidden and named as ours; nothing of the user's is at stake
      }
    }
  }

  /** What went wrong with a file operation, in words (no exception class names). */
  public static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null ? "input/output error" : m;
  }
}
