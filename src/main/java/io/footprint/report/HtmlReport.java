package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.align.RegionSummary;
import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.geo.Travel;
import io.footprint.model.Footprint;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Refiner;
import io.footprint.propose.Variation;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes {@code report.html}: one self-contained page (no network, no external scripts, fonts or
 * tiles) with, per condition, a plain-English summary, an SVG map in British National Grid (so
 * England is not stretched) with footprints coloured so that neighbours differ (JGraphT's DSatur
 * colouring of the footprint adjacency), switchable reference boundaries, sites as dots sized by
 * activity and hover titles; then the footprint and per-region tables.
 */
public final class HtmlReport {
  private static final String[] PALETTE = FootprintColours.PALETTE;
  private static final double WIDTH = 560;

  private final RunResult run;
  private SvgProjection map;

  private HtmlReport(RunResult run) {
    this.run = run;
  }

  public static void write(RunResult run, String version, Path file) throws IOException {
    Files.writeString(file, new HtmlReport(run).render(version), StandardCharsets.UTF_8);
  }

  /** One sentence a commissioner can quote. */
  public static String sentence(ConditionResult c) {
    StringBuilder b = new StringBuilder();
    int n = c.proposal().footprintCount();
    b.append(Conditions.label(c.condition())).append(": ").append(n)
        .append(c.refinement() != null ? " unit" + (n == 1 ? "" : "s") + " of " + c.refinement().start()
            + ", refined by " + c.refinement().moves().size() + " moves" : " proposed network" + (n == 1 ? "" : "s"))
        .append("; ");
    for (AlignmentResult r : c.alignments()) {
      b.append(r.aligned()).append(" aligned with one ").append(singular(r.reference())).append(" (at least ")
          .append(Fmt.percent(r.threshold())).append(" of residents in it), ").append(r.inside())
          .append(" wholly inside one; ");
    }
    b.append("residents receive ").append(Fmt.percent(c.score().localisation()))
        .append(" of their care inside their own footprint.");
    if (c.bootstrap() != null) {
      Bootstrap.Result boot = c.bootstrap();
      long stable = Arrays.stream(boot.stability()).filter(v -> v > 0.75).count();
      long unstable = Arrays.stream(boot.stability()).filter(v -> v < 0.6).count();
      b.append(" Over ").append(boot.resamples()).append(" resamples of the flows, ").append(stable).append(" of ")
          .append(n).append(" footprints are stable (Jaccard above 0.75), ").append(unstable)
          .append(" unstable (below 0.6); ").append(boot.contestedAreas()).append(" areas are contested.");
    }
    return b.toString();
  }

  private static String singular(String reference) {
    return switch (reference) {
      case "senates" -> "senate area";
      case "ahsns" -> "AHSN";
      default -> reference.endsWith("s") && reference.length() > 1 ? reference.substring(0, reference.length() - 1)
          : reference + " region";
    };
  }

  private String render(String version) {
    map = SvgProjection.of(run, WIDTH);
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>footprint report</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:1.5em;color:#222;}\n")
        .append("h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-top:1px solid #ccc;padding-top:1em}\n")
        .append(".row{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}\n")
        .append("svg.map{background:#eef4f8;border:1px solid #bbb}\n")
        .append("svg .fp{stroke:#555;stroke-width:0.6;fill-rule:evenodd}svg .fp:hover{stroke:#000;stroke-width:1.5}\n")
        .append("svg .ref{fill:none;fill-rule:evenodd;stroke:#b00;stroke-width:1.4;stroke-dasharray:4 2}\n")
        .append("svg .moved{fill:none;stroke:#e7298a;stroke-width:1.4}\n")
        .append("svg .site{fill:#1b4f72;fill-opacity:0.75;stroke:#fff;stroke-width:0.5}\n")
        .append("table{border-collapse:collapse;font-size:0.85em}td,th{border:1px solid #ccc;padding:2px 6px;")
        .append("text-align:right}th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}\n")
        .append(".summary{font-size:1.05em;background:#f7f7f2;padding:0.5em 0.8em;border-left:4px solid #6a9}\n")
        .append("</style></head><body>\n");
    Scenario s = run.scenario();
    h.append("<h1>footprint: proposed clinical network footprints</h1>\n<p>")
        .append(s.areas().size()).append(" areas, ").append(Fmt.thousands(s.totalPopulation()))
        .append(" residents, ").append(s.sites().size()).append(" sites. footprint ").append(esc(version))
        .append(". Maps in British National Grid; hover a footprint for its figures.</p>\n<ul>\n");
    for (ConditionResult c : run.conditions()) {
      h.append("<li>").append(esc(sentence(c))).append("</li>\n");
    }
    h.append("</ul>\n");
    int mapId = 0;
    for (ConditionResult c : run.conditions()) {
      section(h, c, mapId++);
    }
    h.append("<script>\nfunction toggleRef(box){document.querySelectorAll('.'+box.value).forEach(")
        .append("function(g){g.style.display=box.checked?'':'none';});}\n</script>\n</body></html>\n");
    return h.toString();
  }

  private void section(StringBuilder h, ConditionResult c, int mapId) {
    h.append("<h2 id=\"").append(esc(c.condition())).append("\">").append(esc(Conditions.label(c.condition())))
        .append("</h2>\n<p class=\"summary\">").append(esc(sentence(c))).append("</p>\n<div class=\"row\"><div>\n");
    for (AlignmentResult r : c.alignments()) {
      h.append("<label><input type=\"checkbox\" value=\"ref-").append(mapId).append('-').append(esc(r.reference()))
          .append("\" onchange=\"toggleRef(this)\"").append(r == c.alignments().get(0) ? " checked" : "")
          .append("> ").append(esc(r.reference())).append(" boundaries</label> ");
    }
    if (c.refinement() != null) {
      h.append("<label><input type=\"checkbox\" value=\"moved-").append(mapId)
          .append("\" onchange=\"toggleRef(this)\" checked> areas moved (").append(c.refinement().moves().size())
          .append(")</label> ");
    }
    if (c.bootstrap() != null) {
      h.append("<label><input type=\"checkbox\" value=\"contested-").append(mapId)
          .append("\" onchange=\"toggleRef(this)\" checked> contested areas (in their footprint in under ")
          .append(Fmt.percent(Bootstrap.CONTESTED)).append(" of ").append(c.bootstrap().resamples())
          .append(" resamples)</label> ");
    }
    double height = Math.ceil(map.height());
    h.append("<br><svg class=\"map\" width=\"")
        .append(Fmt.num(map.width(), 0)).append("\" height=\"").append(Fmt.num(height, 0))
        .append("\" role=\"img\" aria-label=\"map of ").append(esc(c.condition())).append(" footprints\">\n");
    int[] colour = FootprintColours.of(c.proposal(), run.adjacency());
    for (Footprint f : c.score().footprints()) {
      h.append("<path class=\"fp\" fill=\"").append(PALETTE[colour[f.id()] % PALETTE.length]).append("\" d=\"")
          .append(map.path(c.geometries().get(f.id()))).append("\"><title>").append(esc(f.label())).append(": ")
          .append(Fmt.thousands(f.population())).append(" residents, ")
          .append(f.siteCount()).append(" sites, localisation ").append(Fmt.percent(f.localisation()))
          .append(", market share ").append(Fmt.percent(f.marketShare()));
      for (AlignmentResult r : c.alignments()) {
        h.append(", ").append(esc(r.reference())).append(' ').append(esc(r.footprints().get(f.id()).host()))
            .append(' ').append(Fmt.percent(r.footprints().get(f.id()).hostShare()));
      }
      h.append("</title></path>\n");
    }
    for (AlignmentResult r : c.alignments()) {
      Map<String, Geometry> regions = run.regionGeometries().getOrDefault(r.reference(), Map.of());
      h.append("<g class=\"ref-").append(mapId).append('-').append(esc(r.reference())).append("\"")
          .append(r == c.alignments().get(0) ? "" : " style=\"display:none\"").append(">\n");
      regions.forEach((code, g) -> h.append("<path class=\"ref\" d=\"").append(map.path(g)).append("\"><title>")
          .append(esc(code)).append(' ').append(esc(r.regions().stream().filter(x -> x.region().equals(code))
              .map(RegionSummary::name).findFirst().orElse(code))).append("</title></path>\n"));
      h.append("</g>\n");
    }
    if (c.bootstrap() != null) {
      contested(h, c, mapId);
    }
    if (c.refinement() != null) {
      moved(h, c, mapId);
    }
    double[] siteTotals = run.scenario().flows(c.condition()).siteTotals();
    double max = 0;
    for (double v : siteTotals) {
      max = Math.max(max, v);
    }
    for (int k = 0; k < siteTotals.length; k++) {
      if (siteTotals[k] > 0) {
        Site site = run.scenario().sites().get(k);
        Coordinate p = map.project(site.lon(), site.lat());
        double r = 1.2 + 5 * Math.sqrt(siteTotals[k] / max);
        h.append("<circle class=\"site\" cx=\"").append(map.x(p.x)).append("\" cy=\"").append(map.y(p.y)).append("\" r=\"")
            .append(Fmt.num(r, 1)).append("\"><title>").append(esc(site.code())).append(' ').append(esc(site.name()))
            .append(": ").append(Fmt.thousands(siteTotals[k])).append("</title></circle>\n");
      }
    }
    h.append("</svg></div>\n<div>\n");
    if (c.refinement() != null) {
      ConditionResult.Refinement r = c.refinement();
      h.append("<p><b>Refined from ").append(esc(r.start())).append("</b>: ").append(r.moves().size())
          .append(" moves of ").append(Fmt.thousands(r.residentsMoved())).append(" residents take localisation from ")
          .append(Fmt.num(r.startLocalisation(), 3)).append(" to ").append(Fmt.num(r.refinedLocalisation(), 3))
          .append("; ").append(r.freeFootprints()).append(" footprints proposed freely reach ")
          .append(Fmt.num(r.freeLocalisation(), 3)).append(" (dashed).</p>\n").append(pathChart(r)).append('\n');
    }
    table(h, c);
    h.append("</div></div>\n");
  }

  /** The areas a refinement moved, outlined over the footprints, each titled with its move. */
  private void moved(StringBuilder h, ConditionResult c, int mapId) {
    ConditionResult.Refinement r = c.refinement();
    h.append("<g class=\"moved-").append(mapId).append("\">\n");
    int k = 0;
    for (Refiner.Move m : r.moves()) {
      k++;
      if (m.merged()) {
        continue; // a merge moves no border: the footprints drawn show it
      }
      Area area = run.scenario().areas().get(m.area());
      String title = "move " + k + ": " + esc(area.code()) + " " + esc(area.name()) + ", "
          + esc(r.unitCodes().get(m.from())) + " to " + esc(r.unitCodes().get(m.to())) + ", "
          + Fmt.thousands(m.residents()) + " residents, localisation +" + Fmt.num(100 * m.gain(), 4) + " points";
      if (area.hasGeometry()) {
        h.append("<path class=\"moved\" d=\"").append(map.path(area.geometry())).append("\"><title>").append(title)
            .append("</title></path>\n");
      } else {
        Coordinate p = map.project(area.lon(), area.lat());
        h.append("<circle class=\"moved\" r=\"2\" cx=\"").append(map.x(p.x)).append("\" cy=\"").append(map.y(p.y))
            .append("\"><title>").append(title).append("</title></circle>\n");
      }
    }
    h.append("</g>\n");
  }

  /**
   * The refinement's path as a chart: localisation against the residents moved, from the start to the end,
   * with the free proposal's localisation (the distance left) as a level.
   */
  static String pathChart(ConditionResult.Refinement r) {
    double left = ChartFrame.LEFT;
    double pw = ChartFrame.PLOT_WIDTH;
    double maxMoved = Math.max(1, r.residentsMoved());
    double lo = Math.min(r.startLocalisation(), r.freeLocalisation());
    double hi = Math.max(r.refinedLocalisation(), r.freeLocalisation());
    lo = Math.floor(lo * 100) / 100;
    hi = Math.ceil(hi * 100) / 100;
    if (!(hi > lo)) {
      hi = lo + 0.01;
    }
    double l0 = lo;
    double span = hi - lo;
    ChartFrame frame = new ChartFrame(maxMoved, l0, span);
    java.util.function.DoubleUnaryOperator x = frame::x;
    java.util.function.DoubleUnaryOperator y = frame::y;
    StringBuilder b = frame.open("path", "localisation against residents moved", 3, false, "residents moved");
    double yf = y.applyAsDouble(r.freeLocalisation());
    b.append(String.format(java.util.Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" "
        + "stroke=\"#2166ac\" stroke-dasharray=\"4 3\"><title>%d footprints proposed freely: localisation %s"
        + "</title></line>", Fmt.tenths(left), Fmt.tenths(left + pw), Fmt.tenths(yf), Fmt.tenths(yf),
        r.freeFootprints(), Fmt.num(r.freeLocalisation(), 3)));
    StringBuilder d = new StringBuilder("M").append(Fmt.tenths(x.applyAsDouble(0))).append(',')
        .append(Fmt.tenths(y.applyAsDouble(r.startLocalisation())));
    double loc = r.startLocalisation();
    double moved = 0;
    for (Refiner.Move m : r.moves()) {
      loc += m.gain();
      moved += m.residents();
      d.append('L').append(Fmt.tenths(x.applyAsDouble(moved))).append(',').append(Fmt.tenths(y.applyAsDouble(loc)));
    }
    b.append("<path fill=\"none\" stroke=\"#222\" stroke-width=\"1.6\" d=\"").append(d).append("\"/>");
    b.append("</svg>");
    return b.toString();
  }

  /**
   * The funnel plot (Spiegelhalter 2005): each footprint's activity per 1,000 residents against its residents,
   * with the overall rate and the 95% and 99.8% exact Poisson limits around it.
   */
  static String funnelChart(ConditionResult c) {
    Variation.Result v = c.variation();
    // crude: rate per 1,000 against residents, around the overall rate; standardised: observed over expected
    // against expected activity, around 1
    boolean std = v.standardised();
    double centre = std ? 1 : v.overallRate();
    java.util.function.ToDoubleFunction<Variation.Unit> xOf = u -> std ? u.expected() : u.population();
    java.util.function.ToDoubleFunction<Variation.Unit> yOf = u -> std ? u.ratio() : u.rate();
    double left = ChartFrame.LEFT;
    double pw = ChartFrame.PLOT_WIDTH;
    double maxX = 1e-9;
    double lo = centre;
    double hi = centre;
    for (Variation.Unit u : v.units()) {
      maxX = Math.max(maxX, xOf.applyAsDouble(u));
      double y = yOf.applyAsDouble(u);
      if (Double.isFinite(y)) {
        double e = u.expected();
        double scale = std ? (e > 0 ? 1 / e : Double.NaN) : (u.population() > 0 ? 1000 / u.population() : Double.NaN);
        lo = Math.min(lo, Math.min(y, Variation.lower(e, Variation.OUTER) * scale));
        hi = Math.max(hi, Math.max(y, Variation.upper(e, Variation.OUTER) * scale));
      }
    }
    double xMax = maxX * 1.05;
    double pad = Math.max((hi - lo) * 0.1, Math.max(1e-9, centre * 0.01));
    double l0 = Math.max(0, lo - pad);
    double span = hi + pad - l0;
    ChartFrame frame = new ChartFrame(xMax, l0, span);
    java.util.function.DoubleUnaryOperator x = frame::x;
    java.util.function.DoubleUnaryOperator y = frame::y;
    StringBuilder b = frame.open("funnel", "funnel plot of " + (std ? "observed over expected activity"
        : "activity per 1,000 residents"), 2, true, std ? "expected activity; observed over expected"
            : "residents; activity per 1,000 residents");
    double yr = y.applyAsDouble(centre);
    b.append(String.format(java.util.Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#222\">"
        + "<title>%s</title></line>", Fmt.tenths(left), Fmt.tenths(left + pw), Fmt.tenths(yr), Fmt.tenths(yr),
        std ? "observed equals expected" : "overall " + Fmt.num(v.overallRate(), 3) + " per 1,000"));
    double r0 = v.overallRate() / 1000;
    for (double coverage : new double[] {Variation.INNER, Variation.OUTER}) {
      StringBuilder upper = new StringBuilder();
      StringBuilder lower = new StringBuilder();
      for (int s = 1; s <= 60; s++) {
        double at = xMax * s / 60;
        double e = std ? at : r0 * at;
        double scale = std ? 1 / at : 1000 / at;
        double up = Math.min(Variation.upper(e, coverage) * scale, l0 + span);
        double down = Math.max(Variation.lower(e, coverage) * scale, l0);
        upper.append(s == 1 ? 'M' : 'L').append(Fmt.tenths(x.applyAsDouble(at))).append(',')
            .append(Fmt.tenths(y.applyAsDouble(up)));
        lower.append(s == 1 ? 'M' : 'L').append(Fmt.tenths(x.applyAsDouble(at))).append(',')
            .append(Fmt.tenths(y.applyAsDouble(down)));
      }
      String dash = coverage == Variation.INNER ? "4 3" : "1 2";
      for (StringBuilder d : List.of(upper, lower)) {
        b.append("<path class=\"limit\" fill=\"none\" stroke=\"#2166ac\" stroke-dasharray=\"").append(dash)
            .append("\" d=\"").append(d).append("\"><title>").append(coverage == Variation.INNER ? "95%" : "99.8%")
            .append(" limits</title></path>");
      }
    }
    for (Footprint f : c.score().footprints()) {
      Variation.Unit u = v.units().get(f.id());
      double yv = yOf.applyAsDouble(u);
      if (!Double.isFinite(yv)) {
        continue;
      }
      b.append(String.format(java.util.Locale.ROOT, "<circle class=\"unit\" cx=\"%s\" cy=\"%s\" r=\"3.5\" "
          + "fill=\"%s\"><title>%s: %s per 1,000 (%s residents), observed over expected %s, %s</title></circle>",
          Fmt.tenths(x.applyAsDouble(xOf.applyAsDouble(u))), Fmt.tenths(y.applyAsDouble(yv)),
          u.flag() == Variation.Flag.WITHIN ? "#444" : "#b2182b", esc(f.label()), Fmt.num(u.rate(), 3),
          Fmt.thousands(u.population()), Fmt.num(u.ratio(), 3), u.flag().label()));
    }
    b.append("</svg>");
    return b.toString();
  }

  /**
   * The frame the report's charts share: a 520 x 260 SVG, its plot area, ticks at the quarters of both axes (the
   * y axis from {@code yLow} over {@code ySpan}, the x axis from 0 to {@code xMax}) and the x axis's label.
   */
  private record ChartFrame(double xMax, double yLow, double ySpan) {
    static final double WIDTH = 520;
    static final double HEIGHT = 260;
    static final double LEFT = 56;
    static final double TOP = 16;
    static final double PLOT_WIDTH = WIDTH - LEFT - 16;
    static final double PLOT_HEIGHT = HEIGHT - TOP - 40;

    double x(double v) {
      return LEFT + PLOT_WIDTH * v / xMax;
    }

    double y(double v) {
      return TOP + PLOT_HEIGHT * (1 - (v - yLow) / ySpan);
    }

    /** The SVG opened, with the frame drawn; {@code lastTickEnd} right-aligns the last x tick inside the frame. */
    StringBuilder open(String cssClass, String ariaLabel, int yDecimals, boolean lastTickEnd, String xLabel) {
      StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "<svg class=\"%s\" width=\"%s\" "
          + "height=\"%s\" role=\"img\" aria-label=\"%s\" font-size=\"11\">", cssClass, Fmt.num(WIDTH, 0),
          Fmt.num(HEIGHT, 0), ariaLabel));
      b.append(String.format(java.util.Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
          + "fill=\"#fafafa\" stroke=\"#999\"/>", Fmt.tenths(LEFT), Fmt.tenths(TOP), Fmt.tenths(PLOT_WIDTH),
          Fmt.tenths(PLOT_HEIGHT)));
      for (int t = 0; t <= 4; t++) {
        double v = yLow + ySpan * t / 4;
        b.append(String.format(java.util.Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>",
            Fmt.tenths(LEFT - 4), Fmt.tenths(y(v) + 4), Fmt.num(v, yDecimals)));
        double m = xMax * t / 4;
        b.append(String.format(java.util.Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>",
            Fmt.tenths(x(m)), Fmt.tenths(TOP + PLOT_HEIGHT + 14), lastTickEnd && t == 4 ? "end" : "middle",
            Fmt.thousands(m)));
      }
      b.append(String.format(java.util.Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>",
          Fmt.tenths(LEFT + PLOT_WIDTH / 2), Fmt.tenths(HEIGHT - 6), xLabel));
      return b;
    }
  }

  /** The contested areas of a bootstrapped condition, hatched over the footprints, each titled with its confidence. */
  private void contested(StringBuilder h, ConditionResult c, int mapId) {
    h.append("<defs><pattern id=\"hatch-").append(mapId).append("\" width=\"4\" height=\"4\" ")
        .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" ")
        .append("y2=\"4\" stroke=\"#7a0177\" stroke-width=\"1.6\"/></pattern></defs>\n<g class=\"contested-")
        .append(mapId).append("\">\n");
    double[] confidence = c.bootstrap().confidence();
    for (int a = 0; a < confidence.length; a++) {
      if (!(confidence[a] < Bootstrap.CONTESTED)) {
        continue;
      }
      Area area = run.scenario().areas().get(a);
      String title = esc(area.code()) + " (" + esc(Proposal.label(c.proposal().footprintOfArea(a))) + "): in its "
          + "footprint in " + Fmt.percent(confidence[a]) + " of resamples";
      if (area.hasGeometry()) {
        h.append("<path class=\"contested\" fill=\"url(#hatch-").append(mapId).append(")\" d=\"")
            .append(map.path(area.geometry())).append("\"><title>").append(title).append("</title></path>\n");
      } else {
        Coordinate p = map.project(area.lon(), area.lat());
        h.append("<circle class=\"contested\" fill=\"#7a0177\" r=\"2\" cx=\"").append(map.x(p.x))
            .append("\" cy=\"").append(map.y(p.y)).append("\"><title>").append(title).append("</title></circle>\n");
      }
    }
    h.append("</g>\n");
  }

  private void table(StringBuilder h, ConditionResult c) {
    h.append("<table><thead><tr><th>footprint</th><th>population</th><th>areas</th><th>sites</th>")
        .append("<th>localisation</th><th>market share</th><th>contiguous</th>");
    if (c.bootstrap() != null) {
      h.append("<th>stability</th><th>contested areas</th>");
    }
    h.append("<th>hub</th><th>travel mean / p90 (km)</th><th>extent (km)</th><th>per 1,000</th>");
    for (AlignmentResult r : c.alignments()) {
      h.append("<th>").append(esc(r.reference())).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (Footprint f : c.score().footprints()) {
      h.append("<tr><td>").append(esc(f.label())).append("</td><td>")
          .append(Fmt.thousands(f.population())).append("</td><td>").append(f.areaCount())
          .append("</td><td>").append(f.siteCount()).append("</td><td>").append(Fmt.percent(f.localisation()))
          .append("</td><td>").append(Fmt.percent(f.marketShare())).append("</td><td>")
          .append(f.contiguous() ? "yes" : "NO").append("</td>");
      if (c.bootstrap() != null) {
        double st = c.bootstrap().stability()[f.id()];
        h.append("<td>").append(Fmt.num(st, 3)).append(st < 0.6 ? " unstable" : st > 0.75 ? " stable" : "")
            .append("</td><td>").append(Tables.contested(c.bootstrap(), f)).append("</td>");
      }
      Travel.FootprintTravel t = c.travel().footprints().get(f.id());
      Variation.Unit v = c.variation().units().get(f.id());
      h.append("<td>").append(esc(t.hub())).append("</td><td>").append(Fmt.num(t.meanKm(), 1)).append(" / ")
          .append(Fmt.num(t.p90Km(), 1)).append("</td><td>").append(Fmt.num(t.extentKm(), 0)).append("</td><td>")
          .append(Fmt.num(v.rate(), 2)).append(v.flag() == Variation.Flag.WITHIN ? "" : " " + v.flag().label())
          .append("</td>");
      for (AlignmentResult r : c.alignments()) {
        var fa = r.footprints().get(f.id());
        h.append("<td>").append(esc(fa.host())).append(' ').append(Fmt.percent(fa.hostShare()))
            .append(fa.inside() ? " inside" : fa.aligned() ? " aligned" : " not aligned").append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
    Variation.Result v = c.variation();
    h.append("<p><b>Travel and variation</b>: residents travel ").append(Fmt.num(c.travel().meanKm(), 1))
        .append(" km on average in a straight line to their footprint's largest providing site (90% within ")
        .append(Fmt.num(c.travel().p90Km(), 1)).append(" km); ").append(Fmt.num(v.overallRate(), 2))
        .append(" per 1,000 residents overall, systematic component of variation ").append(Fmt.num(v.scv(), 2))
        .append(", extremal quotient ").append(Fmt.num(v.extremalQuotient(), 2)).append("; ")
        .append(v.outsideInner()).append(" footprints outside the 95% funnel limits, ").append(v.outsideOuter())
        .append(" outside the 99.8% ones.</p>\n").append(funnelChart(c)).append('\n');
    if (!c.relationships().isEmpty()) {
      List<io.footprint.model.Relationship> cut = c.cutRelationships();
      h.append("<p><b>Clinical relationships</b>: ").append(c.relationships().size()).append(" weighed, ")
          .append(cut.size()).append(" cut by the footprints");
      for (int k = 0; k < cut.size(); k++) {
        io.footprint.model.Relationship r = cut.get(k);
        h.append(k == 0 ? ": " : ", ").append(esc(run.scenario().sites().get(r.siteA()).code())).append(" &ndash; ")
            .append(esc(run.scenario().sites().get(r.siteB()).code())).append(" (").append(Fmt.num(r.weight(), 0))
            .append(')');
      }
      h.append(".</p>\n");
    }
    for (AlignmentResult r : c.alignments()) {
      h.append("<p><b>Footprints per ").append(esc(singular(r.reference()))).append("</b> (footprints: localisation ")
          .append(Fmt.percent(c.score().localisation())).append(", modularity ").append(Fmt.num(c.score().modularity(), 3))
          .append("; the ").append(esc(r.reference())).append(" as footprints: localisation ")
          .append(Fmt.percent(r.referenceScore().localisation())).append(", modularity ")
          .append(Fmt.num(r.referenceScore().modularity(), 3)).append(", both at resolution 1; agreement ARI ")
          .append(Fmt.num(r.agreement().adjustedRand(), 3)).append(", NMI ")
          .append(Fmt.num(r.agreement().normalisedMutualInformation(), 3)).append(")</p>\n")
          .append("<table><thead><tr><th>region</th><th>population</th><th>hosted</th><th>hosted, aligned</th>")
          .append("<th>hosted, inside</th><th>crossing border</th></tr></thead><tbody>\n");
      for (RegionSummary g : r.regions()) {
        h.append("<tr><td>").append(esc(g.name())).append("</td><td>")
            .append(Fmt.thousands(g.population())).append("</td><td>").append(g.hosted())
            .append("</td><td>").append(g.hostedAligned()).append("</td><td>").append(g.hostedInside())
            .append("</td><td>").append(g.crossing())
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
