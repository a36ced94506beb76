package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * footprint never harms a user's files: every command that writes is pointed, with {@code --out},
 * at each kind of folder a user has (one holding their files, the inputs' folder, a file, a device,
 * a symbolic link to their folder, an ancestor of the inputs, an earlier output they added a file
 * to, ...). Each is refused with exit code 2 and one line saying why, and the whole sandbox, every
 * file, folder and link, is byte for byte as it was.
 */
class OutputSafetyTest {
  @TempDir
  Path sandbox;
  /** Outside the sandbox: an earlier output for align to read. */
  @TempDir
  static Path elsewhere;
  Path inputs;
  Path earlier;

  @BeforeEach
  void userFiles() throws Exception {
    inputs = sandbox.resolve("inputs");
    Files.createDirectories(inputs);
    for (String f : List.of("areas.csv", "sites.csv", "flows.csv")) {
      Files.copy(BadInputCorpusTest.root().resolve("_base").resolve(f), inputs.resolve(f));
    }
    Files.writeString(inputs.resolve("config.yaml"), "areas: [areas.csv]\nsites: sites.csv\nflows: [flows.csv]\n");
    Files.createDirectories(sandbox.resolve("results"));
    Files.writeString(sandbox.resolve("results/notes.txt"), "my notes");
    Files.writeString(sandbox.resolve("notes.txt"), "a file, not a folder");
    Files.createDirectories(sandbox.resolve("deep/analysis"));
    Files.writeString(sandbox.resolve("deep/analysis/keep.md"), "keep");
    Files.createSymbolicLink(sandbox.resolve("link"), sandbox.resolve("results"));
    Files.createSymbolicLink(sandbox.resolve("dangling"), sandbox.resolve("nowhere"));
    earlier = sandbox.resolve("earlier");
    assertThat(propose(earlier).code).isZero();
    Files.writeString(earlier.resolve("my-notes.txt"), "added by the user after the run");
    Files.writeString(earlier.resolve("cancer/comments.txt"), "added deeper");
  }

  private Cli propose(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", inputs.resolve("areas.csv").toString(),
        "--sites", inputs.resolve("sites.csv").toString(), "--flows", inputs.resolve("flows.csv").toString(),
        "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  /** Every target a user might point --out at by mistake, and what footprint must say (a pattern). */
  private Map<String, String> refusedTargets() {
    Map<String, String> m = new TreeMap<>();
    // commands that do not read the sandbox's inputs (the demo, generate) find the user's files instead
    m.put(inputs.toString(), "holds the input|holds files footprint did not write \\(areas.csv, config.yaml");
    m.put(inputs.resolve("areas.csv").toString(), "is a file");
    m.put(sandbox.toString(), "holds the input|holds files footprint did not write \\(dangling, deep/, earlier/");
    m.put(sandbox.resolve("results").toString(), "holds files footprint did not write \\(notes.txt\\)");
    m.put(sandbox.resolve("notes.txt").toString(), "is a file");
    m.put(sandbox.resolve("notes.txt/sub").toString(), "notes.txt is a file, not a folder");
    m.put(sandbox.resolve("deep").toString(), "holds files footprint did not write \\(analysis/\\)");
    m.put(sandbox.resolve("link").toString(), "holds files footprint did not write \\(notes.txt\\)");
    m.put(sandbox.resolve("dangling").toString(), "symbolic link to nothing");
    m.put(earlier.toString(), "also holds files footprint did not write \\(cancer/comments.txt, my-notes.txt\\)");
    m.put(earlier.resolve("cancer").toString(), "lies inside the footprint output");
    m.put("/dev/null", "is not a folder");
    m.put("/", "is the root of the file system");
    return m;
  }

  private List<String[]> commands(String out) {
    String a = inputs.resolve("areas.csv").toString();
    String s = inputs.resolve("sites.csv").toString();
    String f = inputs.resolve("flows.csv").toString();
    return List.of(
        new String[] {"propose", "--areas", a, "--sites", s, "--flows", f, "--out", out},
        new String[] {"run", inputs.resolve("config.yaml").toString(), "--out", out},
        new String[] {"run", "--out", out, "--method", "plurality"},
        new String[] {"align", "--footprints", clean().toString(), "--reference", "senates", "--out", out},
        new String[] {"generate", "--areas", "100", "--out", out});
  }

  private Path clean() {
    return elsewhere.resolve("clean");
  }

  @Test
  void everyCommandRefusesEveryUserFolderAndChangesNothing() throws Exception {
    Path clean = clean();
    if (!Files.exists(clean)) {
      assertThat(propose(clean).code).isZero();
    }
    for (Map.Entry<String, String> target : refusedTargets().entrySet()) {
      for (String[] command : commands(target.getKey())) {
        Map<String, String> before = snapshot(sandbox);
        Cli r = Cli.run(command);
        String what = String.join(" ", command);
        assertThat(r.code).as(what + "\n" + r).isEqualTo(2);
        assertThat(r.err).as(what).containsPattern(target.getValue()).contains("nothing written")
            .doesNotContain("Exception").doesNotContain("internal error");
        assertThat(snapshot(sandbox)).as(what).isEqualTo(before);
      }
    }
  }

  @Test
  void anAbsentFolderIsCreatedAndNothingElseChanges() throws Exception {
    Map<String, String> before = snapshot(sandbox);
    Path out = sandbox.resolve("new/out");
    Cli r = propose(out);
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, String> after = snapshot(sandbox);
    after.keySet().removeIf(k -> k.equals("new/") || k.startsWith("new/out"));
    assertThat(after).isEqualTo(before);
    assertThat(out.resolve(".footprint-output")).exists();
    // and the earlier output, cleaned of the user's additions, is replaced again
    assertThat(propose(out, "--method", "plurality").code).isZero();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"method\" : \"plurality\"");
  }

  @Test
  void aSymbolicLinkToAnEarlierOutputStaysALink() throws Exception {
    Path real = sandbox.resolve("real-out");
    assertThat(propose(real).code).isZero();
    Path link = sandbox.resolve("out-link");
    Files.createSymbolicLink(link, real);
    assertThat(propose(link, "--method", "plurality").code).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real.resolve("summary.json"))).contains("plurality");
  }

  /** Folders and files are made with the user's umask, as mkdir and touch would make them. */
  @Test
  void outputsTakeTheUsersUmask() throws Exception {
    Path probe = Files.createDirectory(sandbox.resolve("probe"));
    Path probeFile = Files.createFile(sandbox.resolve("probe-file"));
    Path out = sandbox.resolve("umask-out");
    assertThat(propose(out).code).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("cancer"))))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("summary.json"))))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probeFile)));
  }

  /** A condition's name cannot steer its folder out of --out. */
  @Test
  void conditionNamesStayInsideTheOutputFolder() throws Exception {
    Files.writeString(inputs.resolve("flows.csv"), Files.readString(inputs.resolve("flows.csv"))
        .replace("cancer", "../escaped"));
    Map<String, String> before = snapshot(sandbox);
    Path out = sandbox.resolve("safe-out");
    Cli r = propose(out);
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, String> after = snapshot(sandbox);
    after.keySet().removeIf(k -> k.startsWith("safe-out/") || k.equals("inputs/flows.csv"));
    before.remove("inputs/flows.csv");
    assertThat(after).isEqualTo(before);
    assertThat(out.resolve("_._escaped/assignments.csv")).exists();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"../escaped\"").contains("\"_._escaped\"");
  }

  /** {@code --out .}: refused in a folder of the user's; in an empty folder the outputs go into it, and it stays. */
  @Test
  void theWorkingFolder() throws Exception {
    Path mine = sandbox.resolve("results");
    Map<String, String> before = snapshot(sandbox);
    Process p = inFolder(mine, "run", "--out", ".", "--quiet");
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(new String(p.getErrorStream().readAllBytes())).contains("--out . holds files footprint did not write");
    assertThat(snapshot(sandbox)).isEqualTo(before);
    Path empty = Files.createDirectory(sandbox.resolve("empty"));
    Object id = Files.readAttributes(empty, "unix:ino").get("ino");
    assertThat(inFolder(empty, "run", "--out", ".", "--quiet", "--method", "plurality").exitValue()).isZero();
    assertThat(inFolder(empty, "run", "--out", ".", "--quiet", "--method", "plurality").exitValue()).isZero();
    assertThat(Files.readAttributes(empty, "unix:ino").get("ino")).isEqualTo(id);
    assertThat(empty.resolve("summary.json")).exists();
    try (Stream<Path> s = Files.list(sandbox)) {
      assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.contains("partial") || n.contains("previous"));
    }
  }

  private static Process inFolder(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p;
  }

  /** Every file (by SHA-256), folder and symbolic link (by target) under root, not following links. */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> !p.equals(root)).toList()) {
        String key = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          m.put(key, "link to " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          m.put(key + "/", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        } else {
          m.put(key, CliTest.sha256(Files.readAllBytes(p)));
        }
      }
    }
    return m;
  }
}
