package io.footprint.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;


/**
 * The bad-input corpus: every folder under {@code src/test/resources/bad/} (but {@code _base}) is a
 * small input set holding only the files that differ from {@code _base}, an optional {@code args}
 * (command and options; default {@code validate}) and {@code expected.txt}: the exit code, then
 * fragments the output must contain. Every case also checks that no stack trace leaks, and that a
 * failed {@code propose} or {@code run} leaves its output folder (an earlier footprint output) as it
 * was, byte for byte.
 */
class BadInputCorpusTest {
  @TempDir
  Path tmp;
  @TempDir
  static Path shared;
  /** An earlier output of the base inputs, copied to each case's --out. */
  static Path earlier;

  @BeforeAll
  static void earlierOutput() throws Exception {
    Path base = root().resolve("_base");
    earlier = shared.resolve("earlier");
    Cli r = Cli.run("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", base.resolve("flows.csv").toString(), "--out",
        earlier.toString(), "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(root())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList().stream();
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  static Path root() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/bad/_base").toURI()).getParent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCase(String name) throws Exception {
    Path dir = root().resolve(name);
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));
    int exit = Integer.parseInt(expected.get(0).replace("exit", "").strip());
    // the case's files over the base files, in one folder (configs name them relatively)
    Path work = tmp.resolve("in");
    Files.createDirectories(work);
    for (Path p : List.of(root().resolve("_base"), dir)) {
      try (Stream<Path> s = Files.list(p)) {
        for (Path f : s.toList()) {
          Files.copy(f, work.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    boolean ownAreas = Files.exists(dir.resolve("areas.geojson")) || Files.exists(dir.resolve("areas.csv"));
    List<String> args = new ArrayList<>(Files.exists(dir.resolve("args"))
        ? Arrays.asList(Files.readString(dir.resolve("args")).strip().split("\\s+")) : List.of("validate"));
    if (!args.get(0).equals("validate") && !args.get(0).equals("propose") && !args.get(0).equals("run")) {
      args.add(0, "validate");
    }
    // files the case names (also in NAME=FILE) are its own, in the work folder
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      String file = a.contains("=") && !a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : a;
      if (!a.startsWith("--") && !file.isEmpty() && Files.isRegularFile(work.resolve(file))) {
        args.set(i, a.substring(0, a.length() - file.length()) + work.resolve(file));
      }
    }
    String command = args.get(0);
    Path out = tmp.resolve("out");
    if (command.equals("run")) {
      args.add(work.resolve("config.yaml").toString());
    } else {
      if (!args.contains("--areas")) {
        args.add("--areas");
        if (ownAreas && Files.exists(dir.resolve("areas.geojson"))) {
          args.add(work.resolve("areas.geojson").toString());
        }
        if (!ownAreas || Files.exists(dir.resolve("areas.csv"))) {
          args.add(work.resolve("areas.csv").toString());
        }
      }
      if (!args.contains("--sites")) {
        args.addAll(List.of("--sites", work.resolve("sites.csv").toString()));
      }
      if (!args.contains("--flows")) {
        args.addAll(List.of("--flows", work.resolve("flows.csv").toString()));
      }
    }
    if (!command.equals("validate")) {
      copyTree(earlier, out);
      args.addAll(List.of("--out", out.toString()));
    }
    Map<String, String> before = Files.exists(out) ? CliTest.tree(out) : Map.of();
    Cli r = Cli.run(args.toArray(new String[0]));
    String all = r.out + r.err;
    assertThat(r.code).as(r.toString()).isEqualTo(exit);
    for (String fragment : expected.subList(1, expected.size())) {
      assertThat(all).as(r.toString()).contains(fragment);
    }
    assertThat(all).doesNotContain("Exception").doesNotContain("\tat ");
    if (exit == 2 && !command.equals("validate")) {
      assertThat(CliTest.tree(out)).isEqualTo(before);
      try (Stream<Path> s = Files.list(tmp)) {
        assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> !n.contains("partial"));
      }
    }
  }
}
