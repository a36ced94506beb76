package io.footprint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;


/**
 * A property over every reader: valid inputs edited at random (bytes cut, inserted, lines repeated
 * or swapped, fields replaced by what analysts' files hold: empty, NaN, huge, negative, quoted, not
 * UTF-8) are either read or refused with exit code 2; never an internal error, never a stack trace.
 * Seeded, so a failure names the edit that caused it and reproduces.
 */
class ReaderFuzzTest {
  /** Edits per reader; each runs the command that reads the file on the tiny base inputs. */
  static final int EDITS = 250;
  private static final String[] TOKENS = {"", "NaN", "-1", "1e400", "*", "..", "\"", "\"\"", ",", "\n", "\r\n", "\u0000",
      "E01", "S1", "cancer", "0", "12,345", " ", "null", "{", "}", "[", "]", ":", "-", "x".repeat(300), "9".repeat(40),
      "\u00e9", "<<", "&a", "*a", "- ", "  ", "\t", "true", "1.5"};

  @TempDir
  static Path tmp;
  static Path base;
  static Path earlier;

  @BeforeAll
  static void inputs() throws Exception {
    base = tmp.resolve("base");
    BadInputCorpusTest.copyTree(BadInputCorpusTest.root().resolve("_base"), base);
    Files.copy(BadInputCorpusTest.root().resolve("geojson-accepted/areas.geojson"), base.resolve("areas.geojson"));
    Files.writeString(base.resolve("regions.csv"), "area_code,region_code,region_name\nE01,R1,North\nE02,R1,North\n"
        + "E03,R2,South\nE04,R2,South\n");
    Files.writeString(base.resolve("regions.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"R1\",\"name\":\"North\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[-2.1,52.45],[-1.7,52.45],[-1.7,52.6],[-2.1,52.6],[-2.1,52.45]]]}},\n"
        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"R2\",\"name\":\"South\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[-2.1,52.3],[-1.7,52.3],[-1.7,52.45],[-2.1,52.45],[-2.1,52.3]]]}}]}\n");
    Files.writeString(base.resolve("config.yaml"), "areas: [areas.csv]\nsites: sites.csv\nflows: [flows.csv]\n"
        + "method: leiden\nreferences: [regions.csv]\nconditions:\n  cancer: {min_population: 100, seed: 3}\n"
        + "fail_on: {non_contiguous: 0}\n");
    earlier = tmp.resolve("earlier");
    assertThat(Cli.run("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", base.resolve("flows.csv").toString(), "--out",
        earlier.toString(), "--quiet").code).isZero();
  }

  /** Which file a reader reads, and the command that reads it from a folder holding the edited copy. */
  record Reader(String file, Function<Path, String[]> command) {}

  static Reader reader(String name) {
    return switch (name) {
      case "areas.csv", "sites.csv", "flows.csv" -> new Reader(name, d -> validate(d, "areas.csv"));
      case "flows.csv.gz" -> new Reader("flows.csv", d -> validate(d, "areas.csv"));
      case "areas.geojson" -> new Reader(name, d -> validate(d, "areas.geojson"));
      case "regions.csv", "regions.geojson" -> new Reader(name, d -> new String[] {"propose", "--areas",
          d.resolve("areas.csv").toString(), "--sites", d.resolve("sites.csv").toString(), "--flows",
          d.resolve("flows.csv").toString(), "--reference", "regions=" + d.resolve(name), "--out",
          d.resolve("out").toString(), "--quiet", "--starts", "1"});
      case "config.yaml" -> new Reader(name, d -> new String[] {"run", d.resolve(name).toString(), "--out",
          d.resolve("out").toString(), "--quiet", "--starts", "1"});
      case "summary.json", "assignments.csv" -> new Reader(name, d -> new String[] {"align", "--footprints",
          d.resolve("earlier").toString(), "--reference", "regions=" + d.resolve("regions.csv"), "--out",
          d.resolve("out").toString(), "--quiet"});
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String[] validate(Path d, String areas) {
    return new String[] {"validate", "--areas", d.resolve(areas).toString(), "--sites", d.resolve("sites.csv").toString(),
        "--flows", d.resolve("flows.csv").toString()};
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"areas.csv", "areas.geojson", "sites.csv", "flows.csv", "flows.csv.gz", "regions.csv",
      "regions.geojson", "config.yaml", "summary.json", "assignments.csv"})
  void editedInputsAreReadOrRefusedNeverACrash(String name) throws Exception {
    Reader reader = reader(name);
    Path unedited = tmp.resolve(name + "-unedited");
    BadInputCorpusTest.copyTree(base, unedited);
    BadInputCorpusTest.copyTree(earlier, unedited.resolve("earlier"));
    if (name.endsWith(".gz")) {
      Files.write(unedited.resolve("flows.csv"), gzip(Files.readAllBytes(unedited.resolve("flows.csv")), new Random(0)));
    }
    Cli valid = Cli.run(reader.command().apply(unedited));
    assertThat(valid.code).as("the unedited inputs are valid: " + valid).isZero();
    Random random = new Random(name.hashCode());
    int refused = 0;
    for (int i = 0; i < EDITS; i++) {
      Path d = tmp.resolve(name + "-" + i);
      BadInputCorpusTest.copyTree(base, d);
      BadInputCorpusTest.copyTree(earlier, d.resolve("earlier"));
      Path target = name.equals("summary.json") ? d.resolve("earlier/summary.json")
          : name.equals("assignments.csv") ? d.resolve("earlier/cancer/assignments.csv") : d.resolve(reader.file());
      byte[] edited = edit(Files.readAllBytes(target), random);
      if (name.endsWith(".gz")) {
        edited = gzip(edited, random);
      }
      Files.write(target, edited);
      Cli r = Cli.run(reader.command().apply(d));
      String what = name + " edit " + i + ":\n" + new String(edited, StandardCharsets.ISO_8859_1) + "\n" + r;
      assertThat(r.code).as(what).isIn(0, 2, 3);
      assertThat(r.out + r.err).as(what).doesNotContain("Exception").doesNotContain("\tat ")
          .doesNotContain("internal error").doesNotContainPattern("java\\.[a-z]+\\.[A-Z]");
      refused += r.code == 2 ? 1 : 0;
      deleteTree(d);
    }
    assertThat(refused).as("some edits must break the file").isPositive();
  }

  /** One to three random edits of the bytes. */
  static byte[] edit(byte[] in, Random random) {
    byte[] b = in;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      switch (random.nextInt(7)) {
        case 0 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(12)), new byte[0]);
        case 1 -> b = splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
        case 2 -> b = splice(b, at, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
        case 3 -> b = Arrays.copyOf(b, at);
        case 4 -> b = repeatLine(b, random);
        case 5 -> b = replaceField(b, random);
        default -> b = splice(b, at, Math.min(b.length, at + 1), TOKENS[random.nextInt(TOKENS.length)]
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, from);
    out.writeBytes(insert);
    out.write(b, to, b.length - to);
    return out.toByteArray();
  }

  private static byte[] repeatLine(byte[] b, Random random) {
    List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    if (lines.size() > 1) {
      int i = random.nextInt(lines.size());
      int j = random.nextInt(lines.size());
      if (random.nextBoolean()) {
        lines.add(j, lines.get(i));
      } else {
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] replaceField(byte[] b, Random random) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    String[] fields = s.split("(?<=[,\n:\\[\\]{}])|(?=[,\n:\\[\\]{}])", -1);
    int i = random.nextInt(fields.length);
    fields[i] = TOKENS[random.nextInt(TOKENS.length)];
    return String.join("", fields).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The bytes gzipped, and now and then cut short. */
  private static byte[] gzip(byte[] b, Random random) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    byte[] gz = out.toByteArray();
    return random.nextInt(4) == 1 ? Arrays.copyOf(gz, random.nextInt(gz.length)) : gz;
  }

  private static void deleteTree(Path d) throws IOException {
    try (var s = Files.walk(d)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
