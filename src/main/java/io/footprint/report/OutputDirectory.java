package io.footprint.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
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
  private final String shownAs;
  private final String version;
  private final List<Path> inputs;
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
    this.shownAs = shownAs;
    this.version = version;
    this.inputs = inputs;
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
    d.check();
    return d;
  }

  private static Path real(Path p) {
    Path a = p.toAbsolutePath().normalize();
    try {
      return a.toRealPath();
    } catch (IOException e) {
      return a;
    }
  }

  private void check() throws Refused {
    if (target.getParent() == null) {
      throw new Refused("--out " + shownAs + " is the root of the file system: choose a folder for the outputs");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new Refused("--out " + shownAs + " is " + (Files.isRegularFile(target) ? "a file" : "not a folder")
          + ": footprint writes a folder of outputs there; choose a folder name");
    }
    checkParents();
    for (Path in : inputs) {
      if (in.equals(target) || in.startsWith(target)) {
        throw new Refused("--out " + shownAs + " " + (in.equals(target) ? "is" : "holds") + " the input "
            + DisplayPath.of(in) + ", which footprint would replace: choose another folder for the outputs");
      }
      if (target.startsWith(in) && Files.isDirectory(in)) {
        throw new Refused("--out " + shownAs + " lies inside the input folder " + DisplayPath.of(in)
            + ": choose a folder outside it");
      }
    }
    Path cwd = real(Path.of(""));
    if (cwd.startsWith(target) && !cwd.equals(target)) {
      throw new Refused("--out " + shownAs + " holds the current folder: choose a folder that does not");
    }
    for (Path p = target.getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(MARKER))) {
        throw new Refused("--out " + shownAs + " lies inside the footprint output " + DisplayPath.of(p)
            + ", which its next run could then not replace: choose a folder outside it");
      }
    }
    if (Files.isDirectory(target)) {
      owned(target);
    }
  }

  /** The nearest existing parent must be a folder footprint may write in. */
  private void checkParents() throws Refused {
    Path p = target.getParent();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return;
    }
    if (!Files.isDirectory(p)) {
      throw new Refused("cannot create --out " + shownAs + ": " + DisplayPath.of(p) + " is a file, not a folder");
    }
    if (!Files.isWritable(p)) {
      throw new Refused("cannot create --out " + shownAs + ": no permission to write in " + DisplayPath.of(p));
    }
  }

  /**
   * The files of an earlier output as its marker lists them (relative, '/'-separated); empty for an
   * empty folder. Refused when the folder holds anything the marker does not list.
   */
  private Set<String> owned(Path dir) throws Refused {
    List<String> present = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !p.equals(dir)).forEach(p -> present.add(relative(dir, p)
          + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
    } catch (IOException | RuntimeException e) {
      throw new Refused("cannot read the folder --out " + shownAs + ": " + reason(e));
    }
    if (present.isEmpty()) {
      return Set.of();
    }
    Set<String> listed = listed(dir);
    if (listed == null) {
      List<String> foreign = present.stream().filter(p -> !p.contains("/") || p.indexOf('/') == p.length() - 1)
          .sorted().toList();
      throw new Refused("--out " + shownAs + " holds files footprint did not write (" + sample(foreign) + "): "
          + "footprint replaces a folder only when it is empty or an earlier footprint output; move those files "
          + "or choose another folder");
    }
    Set<String> folders = new TreeSet<>();
    for (String f : listed) {
      for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
        folders.add(f.substring(0, i + 1));
      }
    }
    List<String> foreign = present.stream().filter(p -> !listed.contains(p) && !folders.contains(p)
        && !p.equals(MARKER)).sorted().toList();
    if (!foreign.isEmpty()) {
      throw new Refused("--out " + shownAs + " is an earlier footprint output but also holds files footprint did "
          + "not write (" + sample(foreign) + "): move them out, or choose another folder");
    }
    return listed;
  }

  /** The files a marker lists, or null when the folder has no readable marker of footprint's. */
  private static Set<String> listed(Path dir) throws Refused {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(marker.toFile());
      JsonNode files = root == null ? null : root.get("files");
      if (files == null || !files.isArray() || !root.path("written_by").asText().startsWith("footprint")) {
        throw new IOException("not a footprint marker");
      }
      Set<String> out = new TreeSet<>();
      for (JsonNode f : files) {
        String name = f.asText();
        if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
          throw new IOException("lists " + name);
        }
        out.add(name);
      }
      return out;
    } catch (IOException e) {
      throw new Refused("--out " + DisplayPath.of(dir) + " holds a " + MARKER + " file that is not footprint's "
          + "or was edited: footprint cannot tell which files are its own; move the folder or choose another");
    }
  }

  private static String sample(List<String> names) {
    List<String> shown = names.subList(0, Math.min(3, names.size()));
    return String.join(", ", shown) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
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
      s.filter(Files::isRegularFile).forEach(p -> files.add(relative(staging, p)));
    }
    files.sort(Comparator.naturalOrder());
    writeMarker(staging, files);
    check(); // again: the target may have changed while the run computed
    Path cwd = real(Path.of(""));
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(staging, target);
      committed = true;
      return;
    }
    Set<String> old = owned(target);
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
