package io.footprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.footprint.model.Conditions;
import io.footprint.propose.CountScan;
import io.footprint.propose.ScanMarks;
import io.footprint.propose.ScanSettings;
import io.footprint.run.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Writes a scan's outputs and commits them: {@code scan.csv} (one row per count reached, per condition
 * and region), {@code scan.json} (the same with the profile and the marks' reasons), with {@code --within}
 * {@code regions.csv} (the recommended count per region and condition), one chart per curve
 * ({@code <condition>/scan.svg}, or {@code <condition>/scan-<region>.svg}) and {@code report.html}, which
 * holds the charts and tables and needs no network.
 */
public final class ScanWriter {
  private static final double W = 640;
  private static final double H = 360;
  private static final double LEFT = 56;
  private static final double RIGHT = 56;
  private static final double TOP = 24;
  private static final double BOTTOM = 44;
  private static final Map<ScanMarks.Kind, String> COLOUR = Map.of(ScanMarks.Kind.ROBUST, "#1a9850",
      ScanMarks.Kind.SELF_CONTAINED, "#2166ac", ScanMarks.Kind.KNEE, "#e08214", ScanMarks.Kind.RECOMMENDED, "#000000");

  private ScanWriter() {}

  public static void write(ScanResult scan, OutputDirectory dir, String version)
      throws IOException, OutputDirectory.Refused {
    csv(scan, dir.resolve("scan.csv"));
    json(scan, version, dir.resolve("scan.json"));
    if (scan.within() != null) {
      regions(scan, dir.resolve("regions.csv"));
    }
    Map<ScanResult.Curve, String> charts = new LinkedHashMap<>();
    for (ScanResult.Curve c : scan.curves()) {
      String svg = chart(c, scan.settings());
      charts.put(c, svg);
      Files.writeString(dir.resolve(chartPath(c)), svg, StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("report.html"), html(scan, charts, version), StandardCharsets.UTF_8);
    dir.commit();
  }

  /** Where a curve's chart is written, relative to the output folder. */
  public static String chartPath(ScanResult.Curve c) {
    String d = Conditions.folder(c.condition()) + "/";
    return c.region() == null ? d + "scan.svg" : d + "scan-" + fileSafe(c.region()) + ".svg";
  }

  private static String fileSafe(String code) {
    String s = code.replaceAll("[^A-Za-z0-9_.-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }

  private static String marks(ScanResult.Curve c, int footprints) {
    return c.marks().stream().filter(m -> m.footprints() == footprints).map(m -> m.kind().key())
        .collect(Collectors.joining(";"));
  }

  private static void csv(ScanResult scan, Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("condition", "region", "region_name", "footprints",
        "resolution_low", "resolution_high", "resolution_span", "resolution", "seed", "localisation", "market_share",
        "modularity", "min_population", "max_population", "min_localisation", "contiguous"));
    scan.references().forEach(r -> header.add("aligned_" + r));
    header.addAll(List.of("starts", "starts_at_count", "mean_vi", "mean_ari", "marks"));
    try (CsvRows out = CsvRows.open(file, header.toArray(new String[0]))) {
      for (ScanResult.Curve c : scan.curves()) {
        for (ScanResult.Row r : c.rows()) {
          CountScan.Count k = r.count();
          List<Object> row = new ArrayList<>(List.of(c.condition(), nz(c.region()), nz(c.regionName()),
              k.footprints(), Fmt.num(k.lowest(), 6), Fmt.num(k.highest(), 6), Fmt.num(k.span(), 4),
              Double.toString(k.bestResolution()), k.bestSeed(), Fmt.num(r.score().localisation(), 6),
              Fmt.num(r.score().marketShare(), 6), Fmt.num(r.score().modularity(), 6),
              Fmt.num(r.score().minPopulation(), 0), Fmt.num(r.maxPopulation(), 0),
              Fmt.num(r.score().minLocalisation(), 6), r.score().contiguous()));
          for (String ref : scan.references()) {
            Integer a = r.aligned().get(ref);
            row.add(a == null ? "" : a);
          }
          row.addAll(List.of(scan.settings().starts(), k.startsAtCount(), Fmt.num(k.meanVariationOfInformation(), 6),
              Fmt.num(k.meanAdjustedRand(), 6), marks(c, k.footprints())));
          out.printRecord(row);
        }
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** {@code regions.csv}: FAQ Q13's table, the recommended count per region and condition with its figures. */
  private static void regions(ScanResult scan, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "condition", "region", "region_name", "areas", "population",
        "recommended", "localisation", "min_localisation", "mean_vi", "mean_ari", "robust", "self_contained", "knee",
        "why")) {
      for (ScanResult.Curve c : scan.curves()) {
        ScanResult.Row r = c.row(c.recommended());
        out.printRecord(c.condition(), nz(c.region()), nz(c.regionName()), c.areas(), Fmt.num(c.population(), 0),
            c.recommended() == 0 ? "" : c.recommended(), r == null ? "" : Fmt.num(r.score().localisation(), 6),
            r == null ? "" : Fmt.num(r.score().minLocalisation(), 6),
            r == null ? "" : Fmt.num(r.count().meanVariationOfInformation(), 6),
            r == null ? "" : Fmt.num(r.count().meanAdjustedRand(), 6), counts(c, ScanMarks.Kind.ROBUST),
            counts(c, ScanMarks.Kind.SELF_CONTAINED), counts(c, ScanMarks.Kind.KNEE), why(c));
      }
    }
  }

  private static String counts(ScanResult.Curve c, ScanMarks.Kind kind) {
    return c.marks().stream().filter(m -> m.kind() == kind).map(m -> String.valueOf(m.footprints()))
        .collect(Collectors.joining(";"));
  }

  private static String why(ScanResult.Curve c) {
    return c.marks().stream().filter(m -> m.kind() == ScanMarks.Kind.RECOMMENDED).map(ScanMarks.Mark::reason)
        .findFirst().orElse("no count reached is robust or self-contained");
  }

  private static void json(ScanResult scan, String version, Path file) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("footprint_version", version);
    ScanSettings s = scan.settings();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("counts", List.of(s.lowest(), s.highest()));
    settings.put("starts", s.starts());
    settings.put("self_contained", s.selfContained());
    settings.put("robust_span", s.robustSpan());
    settings.put("robust_vi", s.robustVariation());
    settings.put("contiguity", scan.proposal().contiguity());
    settings.put("min_population", scan.proposal().constraints().minPopulation());
    settings.put("seed", scan.proposal().seed());
    settings.put("references", scan.references());
    if (scan.within() != null) {
      settings.put("within", scan.within());
    }
    root.put("settings", settings);
    root.put("inputs", scan.inputs());
    List<Object> curves = new ArrayList<>();
    for (ScanResult.Curve c : scan.curves()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("condition", c.condition());
      if (c.region() != null) {
        m.put("region", c.region());
        m.put("region_name", c.regionName());
      }
      m.put("areas", c.areas());
      m.put("population", Fmt.json(c.population(), 0));
      m.put("runs", c.runs());
      m.put("recommended", c.recommended() == 0 ? null : c.recommended());
      List<Object> marks = new ArrayList<>();
      for (ScanMarks.Mark k : c.marks()) {
        Map<String, Object> mark = new LinkedHashMap<>(); // ordered keys: Map.of's order changes from run to run
        mark.put("footprints", k.footprints());
        mark.put("mark", k.kind().key());
        mark.put("reason", k.reason());
        marks.add(mark);
      }
      m.put("marks", marks);
      List<Object> rows = new ArrayList<>();
      for (ScanResult.Row r : c.rows()) {
        CountScan.Count k = r.count();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("footprints", k.footprints());
        row.put("resolution_low", Fmt.json(k.lowest(), 6));
        row.put("resolution_high", Fmt.json(k.highest(), 6));
        row.put("resolution_span", Fmt.json(k.span(), 4));
        row.put("resolution", k.bestResolution());
        row.put("seed", k.bestSeed());
        row.put("localisation", Fmt.json(r.score().localisation(), 6));
        row.put("market_share", Fmt.json(r.score().marketShare(), 6));
        row.put("modularity", Fmt.json(r.score().modularity(), 6));
        row.put("min_population", Fmt.json(r.score().minPopulation(), 0));
        row.put("max_population", Fmt.json(r.maxPopulation(), 0));
        row.put("min_localisation", Fmt.json(r.score().minLocalisation(), 6));
        row.put("contiguous", r.score().contiguous());
        if (!r.aligned().isEmpty()) {
          row.put("aligned", new TreeMap<>(r.aligned()));
        }
        row.put("starts_at_count", k.startsAtCount());
        row.put("mean_vi", Fmt.json(k.meanVariationOfInformation(), 6));
        row.put("mean_ari", Fmt.json(k.meanAdjustedRand(), 6));
        row.put("marks", c.marks().stream().filter(x -> x.footprints() == k.footprints()).map(x -> x.kind().key())
            .toList());
        rows.add(row);
      }
      m.put("counts", rows);
      List<Object> samples = new ArrayList<>();
      for (CountScan.Sample p : c.samples()) {
        samples.add(List.of(Fmt.json(p.resolution(), 6), p.count()));
      }
      m.put("profile", samples);
      curves.add(m);
    }
    root.put("scans", curves);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
  }

  /**
   * The chart of one curve: localisation (and the least self-contained footprint's) against the count on
   * the left axis, the mean variation of information between starts on the right, the marked counts as
   * vertical lines, the self-contained share as a dotted level.
   */
  static String chart(ScanResult.Curve c, ScanSettings s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scan\" viewBox=\"0 0 %s %s\" "
        + "width=\"%s\" height=\"%s\" font-family=\"sans-serif\" font-size=\"11\">\n", Fmt.num(W, 0), Fmt.num(H, 0),
        Fmt.num(W, 0), Fmt.num(H, 0)));
    String title = Conditions.label(c.condition()) + (c.region() == null ? "" : " in " + label(c));
    b.append("<title>").append(HtmlReport.esc(title)).append(": localisation and stability against the number of "
        + "footprints</title>\n");
    List<ScanResult.Row> rows = c.rows();
    if (rows.isEmpty()) {
      b.append("<text x=\"20\" y=\"40\">no count in the range was reached</text>\n</svg>\n");
      return b.toString();
    }
    int x0 = rows.get(0).count().footprints();
    int x1 = Math.max(x0 + 1, rows.get(rows.size() - 1).count().footprints());
    double yLow = 1;
    double viHigh = 0;
    for (ScanResult.Row r : rows) {
      yLow = Math.min(yLow, finite(r.score().minLocalisation(), 1));
      yLow = Math.min(yLow, finite(r.score().localisation(), 1));
      viHigh = Math.max(viHigh, finite(r.count().meanVariationOfInformation(), 0));
    }
    yLow = Math.min(Math.floor(yLow * 10) / 10, Math.floor(s.selfContained() * 10) / 10);
    double yl = yLow;
    viHigh = Math.max(viHigh, 2 * s.robustVariation());
    double vh = viHigh;
    double pw = W - LEFT - RIGHT;
    double ph = H - TOP - BOTTOM;
    IntToDoubleFunction x = k -> LEFT + pw * (k - x0) / (double) (x1 - x0);
    DoubleUnaryOperator yLoc = v -> TOP + ph * (1 - (v - yl) / (1 - yl));
    DoubleUnaryOperator yVi = v -> TOP + ph * (1 - v / vh);
    b.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#fafafa\" "
        + "stroke=\"#999\"/>\n", n(LEFT), n(TOP), n(pw), n(ph)));
    for (int t = 0; t <= 5; t++) {
      double v = yl + (1 - yl) * t / 5;
      double y = yLoc.applyAsDouble(v);
      b.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#e4e4e4\"/>"
          + "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>", n(LEFT), n(LEFT + pw), n(y), n(y), n(LEFT - 4),
          n(y + 4), Fmt.num(v, 2)));
      double vi = vh * t / 5;
      b.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" fill=\"#7b3294\">%s</text>\n", n(LEFT + pw + 4),
          n(yVi.applyAsDouble(vi) + 4), Fmt.num(vi, 3)));
    }
    int step = Math.max(1, (int) Math.ceil((x1 - x0) / 12.0));
    for (int k = x0; k <= x1; k += step) {
      b.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">%d</text>",
          n(x.applyAsDouble(k)), n(TOP + ph + 14), k));
    }
    b.append(String.format(Locale.ROOT, "\n<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">footprints</text>\n",
        n(LEFT + pw / 2), n(H - 8)));
    b.append(String.format(Locale.ROOT, "<text transform=\"translate(12 %s) rotate(-90)\" text-anchor=\"middle\">"
        + "localisation</text>\n", n(TOP + ph / 2)));
    b.append(String.format(Locale.ROOT, "<text transform=\"translate(%s %s) rotate(90)\" text-anchor=\"middle\" "
        + "fill=\"#7b3294\">variation of information between starts (nats)</text>\n", n(W - 10), n(TOP + ph / 2)));
    double ys = yLoc.applyAsDouble(s.selfContained());
    b.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#2166ac\" "
        + "stroke-dasharray=\"2 3\"/>\n", n(LEFT), n(LEFT + pw), n(ys), n(ys)));
    for (ScanMarks.Mark m : c.marks()) {
      double xm = x.applyAsDouble(m.footprints());
      boolean rec = m.kind() == ScanMarks.Kind.RECOMMENDED;
      b.append(String.format(Locale.ROOT, "<line class=\"mark %s\" x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" "
          + "stroke=\"%s\" stroke-width=\"%s\" stroke-opacity=\"0.6\"><title>%d footprints, %s: %s</title></line>\n",
          m.kind().key(), n(xm), n(xm), n(TOP), n(TOP + ph), COLOUR.get(m.kind()), rec ? "2.5" : "1.2",
          m.footprints(), m.kind().key().replace('_', '-'), HtmlReport.esc(m.reason())));
    }
    path(b, rows, x, r -> yVi.applyAsDouble(finite(r.count().meanVariationOfInformation(), 0)), "#7b3294", "");
    path(b, rows, x, r -> yLoc.applyAsDouble(finite(r.score().minLocalisation(), yl)), "#2166ac", " stroke-dasharray=\"5 3\"");
    path(b, rows, x, r -> yLoc.applyAsDouble(finite(r.score().localisation(), yl)), "#222", "");
    for (ScanResult.Row r : rows) {
      CountScan.Count k = r.count();
      b.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"2.6\" fill=\"#222\"><title>%d footprints:"
          + " localisation %s, least %s, resolution %s..%s (span %s), variation of information %s</title></circle>\n",
          n(x.applyAsDouble(k.footprints())), n(yLoc.applyAsDouble(finite(r.score().localisation(), yl))),
          k.footprints(), Fmt.num(r.score().localisation(), 3), Fmt.num(r.score().minLocalisation(), 3),
          Fmt.num(k.lowest(), 3), Fmt.num(k.highest(), 3), Fmt.num(k.span(), 2),
          Fmt.num(k.meanVariationOfInformation(), 3)));
    }
    double lx = LEFT + 8;
    b.append(legend(lx, TOP + ph - 44, "#222", "", "localisation"));
    b.append(legend(lx, TOP + ph - 30, "#2166ac", " stroke-dasharray=\"5 3\"", "least self-contained footprint"));
    b.append(legend(lx, TOP + ph - 16, "#7b3294", "", "variation of information between starts"));
    b.append("</svg>\n");
    return b.toString();
  }

  private static String legend(double x, double y, String colour, String dash, String text) {
    return String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"2\"%s/>"
        + "<text x=\"%s\" y=\"%s\">%s</text>\n", n(x), n(x + 18), n(y), n(y), colour, dash, n(x + 22), n(y + 4), text);
  }

  private static void path(StringBuilder b, List<ScanResult.Row> rows, IntToDoubleFunction x,
      ToDoubleFunction<ScanResult.Row> y, String colour, String extra) {
    b.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.6\"").append(extra)
        .append(" d=\"");
    for (int i = 0; i < rows.size(); i++) {
      b.append(i == 0 ? "M" : "L").append(n(x.applyAsDouble(rows.get(i).count().footprints()))).append(',')
          .append(n(y.applyAsDouble(rows.get(i))));
    }
    b.append("\"/>\n");
  }

  private static double finite(double v, double otherwise) {
    return Double.isFinite(v) ? v : otherwise;
  }

  private static String n(double v) {
    return Fmt.tenths(v);
  }

  private static String label(ScanResult.Curve c) {
    return c.regionName() != null && !c.regionName().isEmpty() && !c.regionName().equals(c.region())
        ? c.regionName() + " (" + c.region() + ")" : c.region();
  }

  private static String html(ScanResult scan, Map<ScanResult.Curve, String> charts, String version) {
    ScanSettings s = scan.settings();
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>footprint scan</title>\n<style>\n"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:1.5em;color:#222;max-width:75em}\n"
        + "h2{font-size:1.2em;margin-top:2em;border-top:1px solid #ccc;padding-top:1em}\n"
        + "table{border-collapse:collapse;font-size:0.85em}td,th{border:1px solid #ccc;padding:2px 6px;"
        + "text-align:right}th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}\n"
        + "tr.marked td{background:#f3f8ee}svg.scan{max-width:100%;height:auto}\n"
        + ".summary{background:#f7f7f2;padding:0.5em 0.8em;border-left:4px solid #6a9}\n"
        + "@media print{h2{page-break-before:always}}\n</style></head><body>\n");
    h.append("<h1>How many footprints: scan</h1>\n<p>footprint ").append(HtmlReport.esc(version))
        .append(String.format(Locale.ROOT, ". Counts %d to %d; at each count %d independent starts; robust: holds "
            + "while the resolution grows by a factor of at least %s and its starts differ by a mean variation of "
            + "information of at most %s nats; self-contained: every footprint keeps at least %s%% of its "
            + "residents' activity. Seed %d, contiguity %s.", s.lowest(), s.highest(), s.starts(),
            Fmt.num(s.robustSpan(), 3), Fmt.num(s.robustVariation(), 3), Fmt.num(100 * s.selfContained(), 1),
            scan.proposal().seed(), scan.proposal().contiguity() ? "on" : "off")).append("</p>\n");
    if (scan.within() != null) {
      h.append("<h2>Recommended networks per region (").append(HtmlReport.esc(scan.within())).append(")</h2>\n")
          .append("<table><tr><th>condition</th><th>region</th><th>residents</th><th>recommended</th>"
              + "<th>localisation</th><th>least</th><th>VI</th><th>robust</th><th>self-contained</th><th>knee</th></tr>\n");
      for (ScanResult.Curve c : scan.curves()) {
        ScanResult.Row r = c.row(c.recommended());
        h.append("<tr><td>").append(HtmlReport.esc(Conditions.label(c.condition()))).append("</td><td>")
            .append(HtmlReport.esc(label(c))).append("</td><td>").append(Fmt.thousands(c.population()))
            .append("</td><td>").append(c.recommended() == 0 ? "" : c.recommended()).append("</td><td>")
            .append(r == null ? "" : Fmt.num(r.score().localisation(), 3)).append("</td><td>")
            .append(r == null ? "" : Fmt.num(r.score().minLocalisation(), 3)).append("</td><td>")
            .append(r == null ? "" : Fmt.num(r.count().meanVariationOfInformation(), 3)).append("</td><td>")
            .append(counts(c, ScanMarks.Kind.ROBUST)).append("</td><td>")
            .append(counts(c, ScanMarks.Kind.SELF_CONTAINED)).append("</td><td>")
            .append(counts(c, ScanMarks.Kind.KNEE)).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    for (Map.Entry<ScanResult.Curve, String> e : charts.entrySet()) {
      ScanResult.Curve c = e.getKey();
      h.append("<h2>").append(HtmlReport.esc(Conditions.label(c.condition())));
      if (c.region() != null) {
        h.append(" in ").append(HtmlReport.esc(label(c)));
      }
      h.append("</h2>\n<ul class=\"summary\">\n");
      if (c.marks().isEmpty()) {
        h.append("<li>no count is marked</li>\n");
      }
      for (ScanMarks.Mark m : c.marks()) {
        h.append("<li><b>").append(m.footprints()).append("</b> ").append(m.kind().key().replace('_', '-'))
            .append(": ").append(HtmlReport.esc(m.reason())).append("</li>\n");
      }
      // inline SVG needs no namespace, and the page names no address at all
      h.append("</ul>\n").append(e.getValue().replace(" xmlns=\"http://www.w3.org/2000/svg\"", ""));
      h.append("<table><tr><th>footprints</th><th>resolution</th><th>span</th><th>localisation</th><th>least</th>"
          + "<th>market share</th><th>modularity</th><th>smallest</th><th>largest</th>");
      scan.references().forEach(r -> h.append("<th>aligned ").append(HtmlReport.esc(r)).append("</th>"));
      h.append("<th>starts at count</th><th>VI</th><th>ARI</th><th>marks</th></tr>\n");
      for (ScanResult.Row r : c.rows()) {
        CountScan.Count k = r.count();
        String marks = marks(c, k.footprints());
        h.append(marks.isEmpty() ? "<tr>" : "<tr class=\"marked\">").append("<td>").append(k.footprints())
            .append("</td><td>").append(Fmt.num(k.lowest(), 3)).append("..").append(Fmt.num(k.highest(), 3))
            .append("</td><td>").append(Fmt.num(k.span(), 2)).append("</td><td>")
            .append(Fmt.num(r.score().localisation(), 3)).append("</td><td>")
            .append(Fmt.num(r.score().minLocalisation(), 3)).append("</td><td>")
            .append(Fmt.num(r.score().marketShare(), 3)).append("</td><td>")
            .append(Fmt.num(r.score().modularity(), 3)).append("</td><td>")
            .append(Fmt.thousands(r.score().minPopulation())).append("</td><td>")
            .append(Fmt.thousands(r.maxPopulation())).append("</td>");
        for (String ref : scan.references()) {
          Integer a = r.aligned().get(ref);
          h.append("<td>").append(a == null ? "" : a + "/" + k.footprints()).append("</td>");
        }
        h.append("<td>").append(k.startsAtCount()).append('/').append(s.starts()).append("</td><td>")
            .append(Fmt.num(k.meanVariationOfInformation(), 3)).append("</td><td>")
            .append(Fmt.num(k.meanAdjustedRand(), 3)).append("</td><td>").append(marks.replace(';', ' '))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }
}
