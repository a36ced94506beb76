package io.footprint.report;

import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


/** The report as a commissioner sees it: opened from disk in a real browser (headless Debian chromium). */
class HtmlReportTest {
  @TempDir
  Path dir;

  @Test
  void selfContainedAndDrawnInABrowser() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet")).isZero();
    Path html = out.resolve("report.html");
    String page = Files.readString(html);
    assertThat(page).contains("<svg").contains("Cancer:").doesNotContain("http://").doesNotContain("https://")
        .doesNotContainPattern("<script[^>]+src=").doesNotContainPattern("<link[^>]+href=");
    assumeTrue(Fixtures.onPath("chromium"), "chromium (Debian package) not installed: browser check skipped");
    Path png = dir.resolve("report.png");
    Process p = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--window-size=1200,1400", "--screenshot=" + png, html.toUri().toString()))
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(log).doesNotContain("Uncaught").doesNotContainPattern("CONSOLE\\(\\d+\\)\\].*[Ee]rror");
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).as("chromium wrote a screenshot:\n" + log).isNotNull();
    Set<Integer> colours = new HashSet<>();
    int coloured = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 30) {
          coloured++;
        }
      }
    }
    // the map is drawn: many colours, and a good part of the page is coloured (not white or grey text)
    assertThat(colours.size()).isGreaterThan(20);
    assertThat(coloured).isGreaterThan(img.getWidth() * img.getHeight() / 4 / 20);
  }

  /**
   * Travel and variation as the browser builds the page: one funnel plot per condition with a point per
   * footprint, and the travel columns in every footprint table (Chromium's DOM, not the file's text).
   */
  @Test
  void everyConditionHasItsFunnelPlotAndTravel() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet")).isZero();
    assumeTrue(Fixtures.onPath("chromium"), "chromium (Debian package) not installed: browser check skipped");
    Process p = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile2"), "--dump-dom", out.resolve("report.html").toUri().toString()))
        .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    com.fasterxml.jackson.databind.JsonNode conditions = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("summary.json").toFile()).get("conditions");
    int footprints = 0;
    for (com.fasterxml.jackson.databind.JsonNode c : conditions) {
      footprints += c.get("footprints").asInt();
    }
    assertThat(count(dom, "<svg class=\"funnel\"")).isEqualTo(conditions.size());
    assertThat(count(dom, "<circle class=\"unit\"")).isEqualTo(footprints);
    assertThat(count(dom, "<th>travel mean / p90 (km)</th>")).isEqualTo(conditions.size());
    // every footprint labelled on its map and listed in its legend; the script ran (the data block parsed)
    assertThat(count(dom, "<text class=\"label\"")).isEqualTo(footprints);
    assertThat(count(dom, "<ol class=\"legend\"")).isEqualTo(conditions.size());
    assertThat(count(dom, "<li data-f=")).isEqualTo(footprints);
    assertThat(dom).contains("<section id=\"how\">").contains("How this was made");

    // a link to a footprint opens with its figures and sites in the panel (the page's script ran)
    Process linked = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile4"), "--dump-dom",
        out.resolve("report.html").toUri() + "#cancer/F02")).start();
    String shown = new String(linked.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(linked.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> rows = Files.readAllLines(out.resolve("cancer/footprints.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    String[] f02 = rows.stream().filter(r -> r.startsWith("F02,")).findFirst().orElseThrow().split(",");
    int sites = Integer.parseInt(f02[header.indexOf("sites")]);
    assertThat(shown).contains("<b>F02</b><table>").contains("<div>" + sites + " sites (activity):</div>");
    assertThat(count(shown, "<path class=\"fp selected\"")).isEqualTo(1);
  }

  /**
   * The report printed as a commissioner prints it (Chromium's print to PDF, A4 landscape) and read back with
   * poppler: a page per condition holding its map, every footprint's label on it at no less than the legend's 8 pt
   * (label heights against the legend's, both from pdftotext's word boxes), and no page blank (pdftoppm).
   */
  @Test
  void printsAMapPagePerConditionWithEveryLabelLegible() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("run", "--out", out.toString(), "--quiet")).isZero();
    assertPrintsLegibly(out, false);
  }

  /** Real England at 28 footprints, as the README shows it: its one map page, and no two labels overlapping. */
  @Test
  void englandAt28FootprintsPrintsEveryLabelLegiblyAndApart() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    Path out = dir.resolve("england");
    assertThat(CliAccess.run("propose", "--areas", e.resolve("areas.geojson").toString(), "--areas",
        e.resolve("areas.csv").toString(), "--sites", e.resolve("sites.csv").toString(), "--flows",
        e.resolve("flows.csv").toString(), "--condition", "all_admissions", "--target", "28", "--reference",
        "senates=" + e.resolve("msoa_senates_2013.csv"), "--reference", "ahsns=" + e.resolve("msoa_ahsns_2013.csv"),
        "--quiet", "--out", out.toString())).isZero();
    assertPrintsLegibly(out, true);
  }

  /**
   * Prints {@code out}'s report to PDF in Chromium and reads it back with poppler: a map page per condition, in
   * order, holding all its footprints' labels, each at least the 8 pt legend's height (pdftotext word boxes); with
   * {@code apart}, no two labels of a map overlapping; no page blank, map pages in colour (pdftoppm).
   */
  private void assertPrintsLegibly(Path out, boolean apart) throws Exception {
    assumeTrue(Fixtures.onPath("chromium") && Fixtures.onPath("pdftotext") && Fixtures.onPath("pdftoppm"),
        "chromium or poppler-utils (Debian packages) not installed: print check skipped");
    Path pdf = dir.resolve("report.pdf");
    Process p = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile3"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
        out.resolve("report.html").toUri().toString())).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(pdf).as(log).exists();
    com.fasterxml.jackson.databind.JsonNode conditions = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("summary.json").toFile()).get("conditions");
    List<Integer> counts = new java.util.ArrayList<>();
    conditions.forEach(c -> counts.add(c.get("footprints").asInt()));

    List<List<String[]>> pages = words(pdf);
    List<Integer> mapPages = new java.util.ArrayList<>();
    for (int page = 0; page < pages.size(); page++) {
      java.util.Map<String, List<String[]>> labels = new java.util.TreeMap<>();
      for (String[] w : pages.get(page)) {
        if (w[4].matches("F\\d{2,}")) {
          labels.computeIfAbsent(w[4], k -> new java.util.ArrayList<>()).add(w);
        }
      }
      if (labels.isEmpty()) {
        continue;
      }
      // the legend is the column where most labels start
      java.util.Map<String, Long> starts = labels.values().stream().flatMap(List::stream)
          .collect(java.util.stream.Collectors.groupingBy(w -> w[0], java.util.stream.Collectors.counting()));
      String legendX = java.util.Collections.max(starts.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
      boolean map = true;
      for (java.util.Map.Entry<String, List<String[]>> e : labels.entrySet()) {
        String[] legend = e.getValue().stream().filter(w -> w[0].equals(legendX)).findFirst().orElse(null);
        String[] onMap = e.getValue().stream().filter(w -> !w[0].equals(legendX)).findFirst().orElse(null);
        if (legend == null || onMap == null) {
          map = false;
          break;
        }
        double legendHeight = Double.parseDouble(legend[3]) - Double.parseDouble(legend[1]);
        double labelHeight = Double.parseDouble(onMap[3]) - Double.parseDouble(onMap[1]);
        assertThat(labelHeight).as("page %d: %s on the map against the 8 pt legend", page + 1, e.getKey())
            .isGreaterThanOrEqualTo(legendHeight - 0.01);
      }
      if (map && apart) {
        List<String[]> onMap = labels.values().stream().flatMap(List::stream).filter(w -> !w[0].equals(legendX))
            .toList();
        for (int i = 0; i < onMap.size(); i++) {
          for (int j = i + 1; j < onMap.size(); j++) {
            double[] a = box(onMap.get(i));
            double[] b = box(onMap.get(j));
            assertThat(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3])
                .as("page %d: labels %s and %s overlap", page + 1, onMap.get(i)[4], onMap.get(j)[4]).isFalse();
          }
        }
      }
      if (map) {
        assertThat(labels).as("page %d holds one condition's labels, all of them", page + 1)
            .hasSize(counts.get(mapPages.size()));
        mapPages.add(page);
      }
    }
    assertThat(mapPages).as("a map page per condition, in order").hasSize(counts.size());
    assertThat(mapPages).doesNotHaveDuplicates();

    Process render = new ProcessBuilder("pdftoppm", "-r", "20", "-png", pdf.toString(), dir.resolve("page").toString())
        .redirectErrorStream(true).start();
    render.getInputStream().readAllBytes();
    assertThat(render.waitFor()).isZero();
    try (var images = Files.list(dir).filter(f -> f.getFileName().toString().matches("page-\\d+\\.png"))) {
      List<Path> rendered = images.sorted().toList();
      assertThat(rendered).hasSize(pages.size());
      for (Path png : rendered) {
        BufferedImage img = ImageIO.read(png.toFile());
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
          for (int x = 0; x < img.getWidth(); x++) {
            ink += (img.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
          }
        }
        assertThat(ink).as(png.getFileName() + " is not blank").isGreaterThan(img.getWidth() * img.getHeight() / 200);
      }
    }
    for (int page : mapPages) {
      // pdftoppm pads page numbers to the width of the last one
      String digits = String.valueOf(pages.size());
      BufferedImage img = ImageIO.read(dir.resolve(String.format("page-%0" + digits.length() + "d.png", page + 1))
          .toFile());
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          colours.add(img.getRGB(x, y) & 0xffffff);
        }
      }
      assertThat(colours.size()).as("page %d is drawn in colour", page + 1).isGreaterThan(20);
    }
  }

  private static double[] box(String[] w) {
    return new double[] {Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]),
        Double.parseDouble(w[3])};
  }

  /** Each page's words as {@code xMin, yMin, xMax, yMax, text}, from {@code pdftotext -bbox}. */
  private static List<List<String[]>> words(Path pdf) throws Exception {
    Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").redirectErrorStream(true).start();
    String xml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    List<List<String[]>> pages = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
        + "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(xml);
    while (m.find()) {
      if (m.group().startsWith("<page")) {
        pages.add(new java.util.ArrayList<>());
      } else {
        pages.get(pages.size() - 1).add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
      }
    }
    return pages;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
