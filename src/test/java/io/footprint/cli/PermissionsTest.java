package io.footprint.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


/**
 * Folders a user may not write in and files they may not read are exit code 2 with the reason, not an
 * internal error. Permissions bind only a user who is not root, so when the tests run as root (as in
 * CI) footprint is run as {@code nobody} through util-linux's {@code setpriv}, on a copy of the test
 * class path that {@code nobody} can read.
 */
class PermissionsTest {
  static Path root;
  static List<String> java;

  @BeforeAll
  static void asAnotherUser() throws Exception {
    root = Files.createTempDirectory("footprint-permissions-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    java = new ArrayList<>();
    if (System.getProperty("user.name").equals("root")) {
      assumeTrue(new File("/usr/bin/setpriv").canExecute(), "setpriv (util-linux) is needed to test permissions as root");
      Path copied = root.resolve("classpath");
      List<String> entries = new ArrayList<>();
      int i = 0;
      for (String entry : classPath.split(File.pathSeparator)) {
        Path from = Path.of(entry);
        if (!Files.exists(from)) {
          continue;
        }
        Path to = copied.resolve(String.valueOf(i++));
        copyReadable(from, to);
        entries.add(to.toString());
      }
      classPath = String.join(File.pathSeparator, entries);
      java.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    java.addAll(List.of(javaBin, "-cp", classPath, Main.class.getName()));
  }

  private static void copyReadable(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
          Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.createDirectories(q.getParent());
          Files.copy(p, q);
          Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
    for (Path p = to.getParent(); !p.equals(root); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (root == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path folder(String name, String permissions) throws IOException {
    Path p = Files.createDirectories(root.resolve(name));
    for (String f : List.of("areas.csv", "sites.csv", "flows.csv")) {
      try {
        Files.copy(BadInputCorpusTest.root().resolve("_base").resolve(f), p.resolve(f));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      Files.setPosixFilePermissions(p.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
    return p;
  }

  private static Result footprint(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(java);
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(root.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes()),
        new String(p.getErrorStream().readAllBytes()));
  }

  record Result(int code, String out, String err) {}

  @Test
  void outputInAReadOnlyFolderIsRefused() throws Exception {
    Path in = folder("readonly", "r-xr-xr-x");
    Result r = footprint("propose", "--areas", in.resolve("areas.csv").toString(), "--sites",
        in.resolve("sites.csv").toString(), "--flows", in.resolve("flows.csv").toString(), "--out",
        in.resolve("out").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("no permission to write in").contains("readonly").doesNotContain("Exception");
    assertThat(in.resolve("out")).doesNotExist();
  }

  @Test
  void anUnreadableInputSaysPermissionDenied() throws Exception {
    Path in = folder("unreadable", "rwxr-xr-x");
    Files.setPosixFilePermissions(in.resolve("flows.csv"), PosixFilePermissions.fromString("---------"));
    Result r = footprint("validate", "--areas", in.resolve("areas.csv").toString(), "--sites",
        in.resolve("sites.csv").toString(), "--flows", in.resolve("flows.csv").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("flows.csv: cannot read file (permission denied)").doesNotContain("no such file");
  }

  @Test
  void anEarlierOutputInAFolderThatBecameReadOnlyIsLeftAlone() throws Exception {
    Path in = folder("became-readonly", "rwxrwxrwx");
    String[] args = {"propose", "--areas", in.resolve("areas.csv").toString(), "--sites",
        in.resolve("sites.csv").toString(), "--flows", in.resolve("flows.csv").toString(), "--out",
        in.resolve("out").toString(), "--quiet"};
    assertThat(footprint(args).code()).isZero();
    String before = Files.readString(in.resolve("out/summary.json"));
    Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("r-xr-xr-x"));
    Result r = footprint(args);
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("permission").doesNotContain("Exception").doesNotContain("internal error");
    assertThat(Files.readString(in.resolve("out/summary.json"))).isEqualTo(before);
  }
}
