package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
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
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path launcher = dir.resolve("footprint");
    Files.copy(Path.of("src/main/dist/footprint"), launcher);
    assumeTrue(launcher.toFile().setExecutable(true), "cannot make the launcher executable here");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
        Path.of("target/test-classes").toAbsolutePath().toUri().toString());
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(dir.resolve("footprint.jar")), manifest)) {
      // the manifest is the whole jar
    }
    // run through a symbolic link from elsewhere, as from ~/bin: the jar is found beside the script itself
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("footprint"), launcher);
    ProcessBuilder pb = new ProcessBuilder(link.toString(), "two words", "--out", "x").redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("JAVA_OPTS", "-Dfootprint.probe=1 -Xmx256m");
    Process p = pb.start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(lines.get(0)).contains("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
        "-XX:Tier3BackEdgeThreshold=10000", "-XX:+UseSerialGC", "-Dfootprint.probe=1", "-Xmx256m");
    assertThat(lines.subList(1, lines.size())).containsExactly("arg:two words", "arg:--out", "arg:x");
  }
}
