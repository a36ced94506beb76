package io.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.model.DisplayPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The rules an output folder must pass before footprint writes it (see {@link OutputDirectory}): it
 * may be absent, an empty folder, or an earlier output holding nothing but the files its marker lists;
 * anything else is refused, with one sentence saying why and what to do.
 */
final class OutputRules {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final String shownAs;
  private final List<Path> inputs;

  OutputRules(Path target, String shownAs, List<Path> inputs) {
    this.target = target;
    this.shownAs = shownAs;
    this.inputs = inputs;
  }

  /** Refuses a target the rules do not allow. */
  void check() throws OutputDirectory.Refused {
    if (target.getParent() == null) {
      throw new OutputDirectory.Refused("--out " + shownAs + " is the root of the file system: choose a folder for the outputs");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new OutputDirectory.Refused("--out " + shownAs + " is " + (Files.isRegularFile(target) ? "a file" : "not a folder")
          + ": footprint writes a folder of outputs there; choose a folder name");
    }
    checkParents();
    for (Path in : inputs) {
      if (in.equals(target) || in.startsWith(target)) {
        throw new OutputDirectory.Refused("--out " + shownAs + " " + (in.equals(target) ? "is" : "holds") + " the input "
            + DisplayPath.of(in) + ", which footprint would replace: choose another folder for the outputs");
      }
      if (target.startsWith(in) && Files.isDirectory(in)) {
        throw new OutputDirectory.Refused("--out " + shownAs + " lies inside the input folder " + DisplayPath.of(in)
            + ": choose a folder outside it");
      }
    }
    Path cwd = OutputDirectory.real(Path.of(""));
    if (cwd.startsWith(target) && !cwd.equals(target)) {
      throw new OutputDirectory.Refused("--out " + shownAs + " holds the current folder: choose a folder that does not");
    }
    for (Path p = target.getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(OutputDirectory.MARKER))) {
        throw new OutputDirectory.Refused("--out " + shownAs + " lies inside the footprint output " + DisplayPath.of(p)
            + ", which its next run could then not replace: choose a folder outside it");
      }
    }
    if (Files.isDirectory(target)) {
      owned(target);
    }
  }

  /** The nearest existing parent must be a folder footprint may write in. */
  private void checkParents() throws OutputDirectory.Refused {
    Path p = target.getParent();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return;
    }
    if (!Files.isDirectory(p)) {
      throw new OutputDirectory.Refused("cannot create --out " + shownAs + ": " + DisplayPath.of(p) + " is a file, not a folder");
    }
    if (!Files.isWritable(p)) {
      throw new OutputDirectory.Refused("cannot create --out " + shownAs + ": no permission to write in " + DisplayPath.of(p));
    }
  }

  /**
   * The files of an earlier output as its marker lists them (relative, '/'-separated); empty for an
   * empty folder. Refused when the folder holds anything the marker does not list.
   */
  Set<String> owned(Path dir) throws OutputDirectory.Refused {
    List<String> present = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !p.equals(dir)).forEach(p -> present.add(relative(dir, p)
          + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
    } catch (IOException | RuntimeException e) {
      throw new OutputDirectory.Refused("cannot read the folder --out " + shownAs + ": " + OutputDirectory.reason(e));
    }
    if (present.isEmpty()) {
      return Set.of();
    }
    Set<String> listed = listed(dir);
    if (listed == null) {
      List<String> foreign = present.stream().filter(p -> !p.contains("/") || p.indexOf('/') == p.length() - 1)
          .sorted().toList();
      throw new OutputDirectory.Refused("--out " + shownAs + " holds files footprint did not write (" + sample(foreign) + "): "
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
        && !p.equals(OutputDirectory.MARKER)).sorted().toList();
    if (!foreign.isEmpty()) {
      throw new OutputDirectory.Refused("--out " + shownAs + " is an earlier footprint output but also holds files footprint did "
          + "not write (" + sample(foreign) + "): move them out, or choose another folder");
    }
    return listed;
  }

  /** The files a marker lists, or null when the folder has no readable marker of footprint's. */
  private static Set<String> listed(Path dir) throws OutputDirectory.Refused {
    Path marker = dir.resolve(OutputDirectory.MARKER);
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
      throw new OutputDirectory.Refused("--out " + DisplayPath.of(dir) + " holds a " + OutputDirectory.MARKER + " file that is not footprint's "
          + "or was edited: footprint cannot tell which files are its own; move the folder or choose another");
    }
  }

  private static String sample(List<String> names) {
    List<String> shown = names.subList(0, Math.min(3, names.size()));
    return String.join(", ", shown) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
  }

  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

}
