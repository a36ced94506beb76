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
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
