package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes analysts make, each through the command line with its message asserted: exit code 2
 * with the file (and line) named, never an internal error, a Java class name or an exception's text.
 * The input mistakes that fit in small files are in the bad-input corpus ({@link BadInputCorpusTest}).
 */
class UserMistakesTest {
  @TempDir
  static Path tmp;
  static Path base;
  static Path earlier;

  @BeforeAll
  static void inputs() throws Exception {
    base = tmp.resolve("in");
    BadInputCorpusTest.copyTree(BadInputCorpusTest.root().resolve("_base"), base);
    Files.writeString(base.resolve("regions.csv"), "area_code,region_code\nE01,R1\nE02,R1\nE03,R2\nE04,R2\n");
    earlier = tmp.resolve("earlier");
    assertThat(propose("--out", earlier.toString()).code).isZero();
  }

  static Cli propose(String... more) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", base.resolve("flows.csv").toString(), "--quiet"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  static void noJavaInside(Cli r) {
    assertThat(r.out + r.err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error")
        .doesNotContainPattern("java\\.[a-z]+\\.").doesNotContainPattern("\\$[A-Z]");
  }

  /** A 40 MB line with no line break (a file saved with another line ending, or not a CSV at all). */
  @Test
  void aFortyMegabyteLineIsNamed() throws IOException {
    Path flows = tmp.resolve("one-long-line.csv");
    try (OutputStream out = Files.newOutputStream(flows)) {
      out.write("area_code,site_code,condition,activity\n\"".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "E01,S1,cancer,30 ".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < 40L << 20; n += chunk.length) {
        out.write(chunk);
      }
    }
    Cli r = Cli.run("validate", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", flows.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("one-long-line.csv:2: cannot read file (a line or field longer than 16 million "
        + "characters");
    noJavaInside(r);
  }

  @Test
  void alignOnATruncatedSummaryNamesItsLine() throws IOException {
    Path cut = tmp.resolve("cut");
    BadInputCorpusTest.copyTree(earlier, cut);
    String s = Files.readString(cut.resolve("summary.json"));
    Files.writeString(cut.resolve("summary.json"), s.substring(0, s.length() / 2));
    Cli r = Cli.run("align", "--footprints", cut.toString(), "--reference", "regions=" + base.resolve("regions.csv"), "--out",
        tmp.resolve("cut-out").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).containsPattern("summary.json:\\d+: not a summary.json written by footprint \\(column \\d+: "
        + "the file ends before its JSON does");
    noJavaInside(r);
  }

  @Test
  void alignOnAHandEditedSummarySaysWhatIsWrong() throws IOException {
    JsonNode root = new ObjectMapper().readTree(earlier.resolve("summary.json").toFile());
    String[][] edits = {
        {"\"inputs\"", "\"inputz\"", "key inputs.areas: not a summary.json written by footprint"},
        {"\"conditions\" : {", "\"conditions\" : {\"x\" : {\"folder\" : \"../../etc\"}, ", "not a folder name"},
        {"\"conditions\" : {", "\"conditions_were\" : {", "expected the conditions the run proposed"}};
    for (String[] e : edits) {
      Path dir = tmp.resolve("edited-" + e[2].hashCode());
      BadInputCorpusTest.copyTree(earlier, dir);
      String s = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
      assertThat(s).contains(e[0]);
      Files.writeString(dir.resolve("summary.json"), s.replace(e[0], e[1]));
      Cli r = Cli.run("align", "--footprints", dir.toString(), "--reference", "regions=" + base.resolve("regions.csv"),
          "--out",
          tmp.resolve("edited-out").toString());
      assertThat(r.code).as(r.toString()).isEqualTo(2);
      assertThat(r.err).contains(e[2]);
      noJavaInside(r);
    }
    Cli none = Cli.run("align", "--footprints", base.toString(), "--reference", "senates", "--out",
        tmp.resolve("none-out").toString());
    assertThat(none.code).isEqualTo(2);
    assertThat(none.err).contains("it holds no summary.json");
    Cli gone = Cli.run("align", "--footprints", tmp.resolve("nowhere").toString(), "--reference", "senates",
        "--out", tmp.resolve("gone-out").toString());
    assertThat(gone.err).contains("no such folder");
    Cli same = Cli.run("align", "--footprints", earlier.toString(), "--reference", "senates", "--out",
        earlier.toString());
    assertThat(same.code).isEqualTo(2);
    assertThat(same.err).contains("holds the input");
  }

  @Test
  void aTargetTheDataCannotGiveNamesTheConditionAndTheMost() {
    Cli r = propose("--target", "10", "--out", tmp.resolve("t10").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("cancer: no resolution gives 10 footprints; the most found was 2 (each needs a site "
        + "that provides cancer, and cancer has 2)");
    noJavaInside(r);
  }

  @Test
  void everyCommandPrintsItsVersionAndHelpThatPastes() {
    for (String cmd : List.of("run", "propose", "align", "validate", "generate")) {
      Cli v = Cli.run(cmd, "--version");
      assertThat(v.code).as(cmd).isZero();
      assertThat(v.out).as(cmd).startsWith("footprint 0.");
      Cli h = Cli.run(cmd, "--help");
      String footer = h.out.substring(h.out.indexOf("Example"));
      for (String line : footer.split("\n")) {
        assertThat(line.length()).as(cmd + ": " + line).isLessThanOrEqualTo(80);
      }
      assertThat(footer).as(cmd).contains("target/footprint " + cmd);
    }
    Cli propose = Cli.run("propose", "--help");
    assertThat(propose.out).contains("  target/footprint propose --areas $E/areas.geojson --areas $E/areas.csv \\\n"
        + "      --sites $E/sites.csv --flows $E/flows.csv --condition all_admissions \\\n");
    Cli align = Cli.run("align", "--help");
    assertThat(align.out).contains("--reference").doesNotContain("--target").doesNotContain("--method")
        .doesNotContain("--within").doesNotContain("--resolution");
    Cli validate = Cli.run("validate", "--help");
    assertThat(validate.out).contains("--encoding").doesNotContain("--reference");
  }

  @Test
  void usageErrorsPointAtTheRightHelp() {
    Cli top = Cli.run("--frobnicate");
    assertThat(top.code).isEqualTo(2);
    assertThat(top.err).contains("see: footprint --help").doesNotContain("  --help");
    Cli sub = Cli.run("propose", "--frobnicate");
    assertThat(sub.err).contains("see: footprint propose --help");
    Cli bad = Cli.run("propose", "--areas", "a\u0000b.csv", "--sites", "s", "--flows", "f", "--out", "o");
    assertThat(bad.code).isEqualTo(2);
    noJavaInside(bad);
  }

  @Test
  void printedPathsAreNormalised() {
    Path out = tmp.resolve("x/../normalised");
    Cli r = Cli.run("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", base.resolve("flows.csv").toString(), "--out",
        out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("wrote " + tmp.resolve("normalised")).doesNotContain("/../");
    Path wrongOut = tmp.resolve("y/../in");
    Cli refused = propose("--out", wrongOut.toString());
    assertThat(refused.err).contains("--out " + base).doesNotContain("/../");
  }

  /** Warnings print the first few of each kind with the count; warnings.csv keeps every one. */
  @Test
  void warningsShowTheFirstFewAndKeepThemAll() throws IOException {
    Path flows = tmp.resolve("suppressed.csv");
    StringBuilder b = new StringBuilder(Files.readString(base.resolve("flows.csv")));
    for (int i = 0; i < 10; i++) {
      b.append("E0").append(1 + i % 4).append(",S1,cancer,*\n");
    }
    Files.writeString(flows, b);
    Path out = tmp.resolve("warned");
    Cli r = Cli.run("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", flows.toString(), "--out", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err.lines().filter(l -> l.contains("suppressed count treated as missing"))).hasSize(4);
    assertThat(r.err).contains("... and 7 more of: suppressed count treated as missing, not as 0 (10 in all)")
        .contains("every one is listed in " + out.resolve("warnings.csv"));
    List<String> csv = Files.readAllLines(out.resolve("warnings.csv"));
    assertThat(csv).hasSize(11);
    assertThat(csv.get(1)).startsWith("suppressed_count," + flows + ",10,activity,*,");
  }

  /**
   * One name, one meaning: {@code min_localisation} is the worst footprint's localisation, as in
   * summary.json, and {@code localisation} the overall; each verdict is written into the summary.
   */
  @Test
  void gatesTestTheSummaryFigureOfTheirName() throws IOException {
    Path probe = tmp.resolve("probe");
    assertThat(propose("--out", probe.toString()).code).isZero();
    JsonNode s = new ObjectMapper().readTree(probe.resolve("summary.json").toFile()).get("conditions").get("cancer");
    double worst = s.get("min_localisation").asDouble();
    double overall = s.get("localisation").asDouble();
    assertThat(worst).isLessThan(overall);
    String between = String.valueOf((worst + overall) / 2);
    Path out = tmp.resolve("gated");
    Cli r = propose("--out", out.toString(), "--fail-on", "min_localisation=" + between + ",localisation=" + between
        + ",non_contiguous=0");
    assertThat(r.code).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("gate failed: cancer: min_localisation: worst footprint's localisation")
        .doesNotContain("gate failed: cancer: localisation").doesNotContain("non_contiguous");
    JsonNode gates = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("gates");
    assertThat(gates).hasSize(3);
    for (JsonNode g : gates) {
      String name = g.get("gate").asText();
      assertThat(g.get("passed").asBoolean()).as(name).isEqualTo(!name.equals("min_localisation"));
      if (name.equals("non_contiguous")) {
        assertThat(g.get("value").isIntegralNumber()).isTrue();
      }
    }
    Cli counts = propose("--out", tmp.resolve("counts").toString(), "--reference", "regions="
        + base.resolve("regions.csv"), "--fail-on", "misaligned_footprints=0");
    assertThat(counts.code).as(counts.toString()).isEqualTo(3);
    assertThat(counts.err).containsPattern("gate failed: cancer: misaligned_footprints: footprints not aligned with "
        + "regions \\d+ > 0\\n");
  }

  /** A configuration whose out: is its own folder would replace itself and its inputs: refused, all intact. */
  @Test
  void aConfigurationWritingIntoItsOwnFolderIsRefused() throws Exception {
    Path dir = tmp.resolve("own-folder");
    BadInputCorpusTest.copyTree(base, dir);
    Files.writeString(dir.resolve("config.yaml"), "areas: [areas.csv]\nsites: sites.csv\nflows: [flows.csv]\nout: .\n");
    var before = OutputSafetyTest.snapshot(dir);
    Cli r = Cli.run("run", dir.resolve("config.yaml").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("holds the input");
    assertThat(OutputSafetyTest.snapshot(dir)).isEqualTo(before);
  }

  /** Labels say what is counted: "aligned" (95% of residents in one region) and "inside", never "within". */
  @Test
  void alignmentLabelsSayWhatTheyCount() throws IOException {
    Path out = tmp.resolve("labels");
    Cli r = Cli.run("propose", "--areas", base.resolve("areas.csv").toString(), "--sites",
        base.resolve("sites.csv").toString(), "--flows", base.resolve("flows.csv").toString(), "--reference",
        "regions=" + base.resolve("regions.csv"), "--out", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("aligned_regions").contains("inside_regions").doesNotContain("within");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("aligned with one region (at least 95% of residents in it)")
        .contains("wholly inside one").doesNotContain("sits within").doesNotContain("(crosses)");
    assertThat(Files.readAllLines(out.resolve("cancer/alignment-regions.csv")).get(0)).contains("aligned,inside");
  }
}
