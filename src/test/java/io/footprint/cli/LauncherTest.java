package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell launcher ({@code src/main/dist/footprint}, copied beside the jar by {@code package}), run for
 * real: beside it a footprint.jar whose main class is {@link Probe}, which prints what the JVM was given.
 */
class LauncherTest {
  /** Prints the JVM's options, then each argument on a line of its own. */
  public static final class Probe {
    public static void main(String[] args) {
      System.out.println(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
      for (String a : args) {
        System.out.println("arg:" + a);
      }
    }
  }

  @Test
  void runsTheJarBesideItWithCommandLineJvmSettingsAndPassesArgumentsThrough(@TempDir Path dir) throws Exception {
    Path launcher = launcherWithProbe(dir);
    // run through a symbolic link from elsewhere, as from ~/bin: the jar is found beside the script itself
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("footprint"), launcher);
    List<String> lines = run(link, "-Dfootprint.probe=1 -Xmx256m", "two words", "--out", "x");
    assertThat(lines.get(0)).contains("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
        "-XX:Tier3BackEdgeThreshold=10000", "-XX:+UseSerialGC", "-Dfootprint.probe=1", "-Xmx256m")
        .doesNotContain("SharedArchiveFile");
    assertThat(lines.subList(1, lines.size())).containsExactly("arg:two words", "arg:--out", "arg:x");
  }

  @Test
  void mapsTheClassArchiveBesideTheJar(@TempDir Path dir) throws Exception {
    Path launcher = launcherWithProbe(dir);
    Path archive = archiveBeside(dir);
    Path loaded = dir.resolve("classes.txt");
    List<String> lines = run(launcher, "-Xlog:class+load:file=" + loaded, "a");
    assertThat(lines.get(0)).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    assertThat(lines.subList(1, lines.size())).containsExactly("arg:a");
    assertThat(Files.readAllLines(loaded)).anySatisfy(l -> assertThat(l)
        .contains(Probe.class.getName() + " source: shared objects file (top)"));
  }

  @Test
  void startsWithoutAClassArchiveItCannotUseAndSaysNothing(@TempDir Path dir) throws Exception {
    launcherWithProbe(dir);
    archiveBeside(dir);
    // copied elsewhere, the jar is no longer the one the archive was made from: the JVM drops the archive, and
    // its warning is not printed
    Path copy = Files.createDirectories(dir.resolve("copy"));
    for (String f : List.of("footprint", "footprint.jar", "footprint.jsa")) {
      Files.copy(dir.resolve(f), copy.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
    }
    List<String> lines = run(copy.resolve("footprint"), "", "a");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("-XX:SharedArchiveFile=" + copy.resolve("footprint.jsa"));
    assertThat(lines.get(1)).isEqualTo("arg:a");
  }

  /** footprint.cmd cannot run here: it is read instead, for every JVM option the shell launcher gives. */
  @Test
  void theWindowsLauncherGivesTheShellLaunchersJvmOptions() throws Exception {
    String sh = String.join("\n", Files.readAllLines(Path.of("src/main/dist/footprint")).stream()
        .filter(l -> !l.strip().startsWith("#")).toList());
    String cmd = Files.readString(Path.of("src/main/dist/footprint.cmd"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'?(-X[^\\s'=\"]+(=[^\\s'\"]*)?)").matcher(sh);
    List<String> options = new ArrayList<>();
    while (m.find()) {
      options.add(m.group(1));
    }
    assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=",
        "-Xlog:cds*=off");
    for (String o : options) {
      assertThat(cmd).as(o).contains(o);
    }
    assertThat(cmd).contains("footprint.jsa");
  }

  /** Makes the class-data archive of a run of the jar in {@code dir} beside it, as the build does. */
  private static Path archiveBeside(Path dir) throws Exception {
    Path archive = dir.resolve("footprint.jsa");
    Process dump = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=error", "-jar",
        dir.resolve("footprint.jar").toString()).redirectErrorStream(true).start();
    dump.getInputStream().readAllBytes();
    assertThat(dump.waitFor()).isZero();
    assumeTrue(Files.isRegularFile(archive), "this Java made no class-data archive");
    return archive;
  }

  /** The launcher, and beside it a footprint.jar holding only {@link Probe}, its main class. */
  private static Path launcherWithProbe(Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path launcher = dir.resolve("footprint");
    Files.copy(Path.of("src/main/dist/footprint"), launcher);
    assumeTrue(launcher.toFile().setExecutable(true), "cannot make the launcher executable here");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(dir.resolve("footprint.jar")), manifest)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(Path.of("target/test-classes").resolve(entry)));
      out.closeEntry();
    }
    return launcher;
  }

  /** Runs the launcher with this Java and {@code javaOpts}; every line it printed, its output and errors merged. */
  private static List<String> run(Path launcher, String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("JAVA_OPTS", javaOpts);
    Process p = pb.start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor()).as(String.join("\n", lines)).isZero();
    return lines;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
