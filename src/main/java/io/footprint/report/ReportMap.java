package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.align.RegionSummary;
import io.footprint.geo.Travel;
import io.footprint.model.Area;
import io.footprint.model.Footprint;
import io.footprint.model.Proposal;
import io.footprint.model.Site;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Refiner;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * One condition's map in the report, with what a commissioner needs around it: the footprints in colours that
 * differ between neighbours, each labelled inside itself ({@link LabelPlacer}); hub sites marked; every reference's
 * boundaries, named, switchable; the contested areas and moved areas where a bootstrap or refinement made them; a
 * legend naming each footprint's hub; and a panel that shows a footprint's figures and sites when it is clicked. The
 * page's script pans and zooms the map (its viewBox) and keeps labels the same size on screen.
 *
 * <p>Labels are sized for print: {@link #PRINT_WIDTH_MM} by {@link #PRINT_HEIGHT_MM} at most on an A4 landscape
 * page, and {@link #LABEL_PT} points there, so the font size in map units follows from the map's extent.
 */
final class ReportMap {
  /** The printed map's largest width and height (an A4 landscape page less margins, heading and legend). */
  static final double PRINT_WIDTH_MM = 200;
  static final double PRINT_HEIGHT_MM = 165;
  /** The printed size of a footprint label, in points. */
  static final double LABEL_PT = 9;
  private static final double MM_PER_PT = 25.4 / 72;

  private final RunResult run;
  private final SvgProjection map;
  /**
   * Per reference, each region's path and label shape: the same on every condition's map, so drawn once, by
   * whichever map's thread needs it first.
   */
  private final Map<String, Map<String, String>> regionPaths;
  private final Map<String, Map<String, Geometry>> regionShapes;

  ReportMap(RunResult run, SvgProjection map) {
    this(run, map, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
  }

  private ReportMap(RunResult run, SvgProjection map, Map<String, Map<String, String>> regionPaths,
      Map<String, Map<String, Geometry>> regionShapes) {
    this.run = run;
    this.map = map;
    this.regionPaths = regionPaths;
    this.regionShapes = regionShapes;
  }

  /** Maps for another thread: the same extent and regions drawn, a projection of its own. */
  ReportMap onAnotherThread() {
    return new ReportMap(run, map.copy(), regionPaths, regionShapes);
  }

  /** The printed map's width in millimetres (its height follows from the extent). */
  double printWidthMm() {
    return Math.min(PRINT_WIDTH_MM, PRINT_HEIGHT_MM * map.width() / Math.max(1e-9, map.height()));
  }

  /** The labels' font size in map units: {@link #LABEL_PT} points once the map is printed. */
  double labelUnits() {
    return LABEL_PT * MM_PER_PT * map.width() / printWidthMm();
  }

  /** Condition {@code c}'s map into {@code h}; returns the figures its panel shows, by footprint. */
  Object write(StringBuilder h, ConditionResult c, int mapId) {
    String[] colours = FootprintColours.hex(c.proposal(), run.adjacency());
    List<Footprint> footprints = c.score().footprints();
    double fs = labelUnits();
    h.append("<div class=\"mapwrap\" id=\"map-").append(mapId).append("\">\n<div class=\"tools\">");
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
    h.append("<label><input type=\"checkbox\" value=\"sites-").append(mapId)
        .append("\" onchange=\"toggleRef(this)\" checked> sites</label> ")
        .append("<span class=\"zoom\"><button type=\"button\" data-zoom=\"in\" title=\"zoom in\">+</button>")
        .append("<button type=\"button\" data-zoom=\"out\" title=\"zoom out\">&minus;</button>")
        .append("<button type=\"button\" data-zoom=\"reset\" title=\"whole map\">whole map</button>")
        .append("<button type=\"button\" data-zoom=\"full\" title=\"full screen\">full screen</button></span>")
        .append("</div>\n<div class=\"mapgrid\">\n");
    h.append("<svg class=\"map\" viewBox=\"0 0 ").append(Fmt.num(map.width(), 1)).append(' ')
        .append(Fmt.num(Math.ceil(map.height()), 0)).append("\" style=\"--fs:").append(Fmt.num(fs, 1))
        .append("px\" data-map=\"").append(mapId).append("\" role=\"img\" aria-label=\"map of ")
        .append(esc(c.condition())).append(" footprints\">\n");
    for (Footprint f : footprints) {
      h.append("<path class=\"fp\" data-f=\"").append(f.id()).append("\" fill=\"").append(colours[f.id()])
          .append("\" d=\"").append(map.path(c.geometries().get(f.id()))).append("\"><title>").append(esc(f.label()))
          .append(": ").append(Fmt.thousands(f.population())).append(" residents, localisation ")
          .append(Fmt.percent(f.localisation())).append(" (click for its figures and sites)</title></path>\n");
    }
    LabelPlacer.Label[] labels = placeLabels(c, fs);
    List<org.locationtech.jts.geom.Envelope> labelBoxes = new ArrayList<>();
    for (LabelPlacer.Label l : labels) {
      if (l != null) {
        labelBoxes.add(l.box());
      }
    }
    for (AlignmentResult r : c.alignments()) {
      regions(h, r, mapId, r == c.alignments().get(0), fs, labelBoxes);
    }
    if (c.bootstrap() != null) {
      contested(h, c, mapId);
    }
    if (c.refinement() != null) {
      moved(h, c, mapId);
    }
    sites(h, c, mapId);
    labels(h, c, labels);
    h.append("</svg>\n<div class=\"side\">\n");
    legend(h, c, colours);
    h.append("<div class=\"details\" id=\"details-").append(mapId).append("\" aria-live=\"polite\">Click or tap a "
        + "footprint for its figures and its sites.</div>\n</div></div></div>\n");
    return details(c);
  }

  private void regions(StringBuilder h, AlignmentResult r, int mapId, boolean shown, double fs,
      List<org.locationtech.jts.geom.Envelope> footprintLabels) {
    Map<String, Geometry> regions = run.regionGeometries().getOrDefault(r.reference(), Map.of());
    Map<String, String> names = new HashMap<>();
    for (RegionSummary g : r.regions()) {
      names.put(g.region(), g.name());
    }
    h.append("<g class=\"ref-").append(mapId).append('-').append(esc(r.reference())).append("\"")
        .append(shown ? "" : " style=\"display:none\"").append(">\n");
    List<String> codes = new ArrayList<>(new TreeMap<>(regions).keySet());
    Map<String, String> paths = regionPaths.computeIfAbsent(r.reference(), x -> new ConcurrentHashMap<>());
    Map<String, Geometry> outlines = regionShapes.computeIfAbsent(r.reference(), x -> new ConcurrentHashMap<>());
    Geometry[] shapes = new Geometry[codes.size()];
    String[] texts = new String[codes.size()];
    for (int k = 0; k < codes.size(); k++) {
      String code = codes.get(k);
      Geometry g = regions.get(code);
      h.append("<path class=\"ref\" d=\"").append(paths.computeIfAbsent(code, x -> map.path(g))).append("\"><title>")
          .append(esc(code)).append(' ').append(esc(names.getOrDefault(code, code))).append("</title></path>\n");
      shapes[k] = outlines.computeIfAbsent(code, x -> map.shape(g, fs / 4));
      texts[k] = names.getOrDefault(code, code);
    }
    LabelPlacer.Label[] at = LabelPlacer.place(shapes, texts, fs * 0.7, fs / 4, footprintLabels);
    for (int k = 0; k < codes.size(); k++) {
      if (at[k] != null) {
        h.append("<text class=\"refname\" x=\"").append(Fmt.tenths(at[k].x())).append("\" y=\"")
            .append(Fmt.tenths(at[k].y() + at[k].halfHeight() * 0.6)).append("\">").append(esc(texts[k]))
            .append("</text>\n");
      }
    }
    h.append("</g>\n");
  }

  private LabelPlacer.Label[] placeLabels(ConditionResult c, double fs) {
    List<Footprint> footprints = c.score().footprints();
    Geometry[] shapes = new Geometry[footprints.size()];
    String[] texts = new String[footprints.size()];
    for (Footprint f : footprints) {
      shapes[f.id()] = map.shape(c.geometries().get(f.id()), fs / 4);
      texts[f.id()] = f.label();
    }
    // hubs are the marks a reader looks for: labels keep off them where their footprint has room
    List<org.locationtech.jts.geom.Envelope> hubs = new ArrayList<>();
    java.util.Set<String> hubCodes = hubCodes(c);
    for (Site site : run.scenario().sites()) {
      if (hubCodes.contains(site.code())) {
        Coordinate p = map.project(site.lon(), site.lat());
        double x = map.mapX(p.x);
        double y = map.mapY(p.y);
        double r = fs / 4;
        hubs.add(new org.locationtech.jts.geom.Envelope(x - r, x + r, y - r, y + r));
      }
    }
    LabelPlacer.Label[] placed = LabelPlacer.place(shapes, texts, fs, fs / 8, hubs);
    return placed;
  }

  private void labels(StringBuilder h, ConditionResult c, LabelPlacer.Label[] at) {
    List<Footprint> footprints = c.score().footprints();
    h.append("<g class=\"labels\">\n");
    for (Footprint f : footprints) {
      LabelPlacer.Label l = at[f.id()];
      double x;
      double y;
      if (l != null) {
        x = l.x();
        y = l.y();
      } else if (f.areas().length > 0 || f.sites().length > 0) {
        // no outline to place it in (too small to draw, or no areas at all): its first area, else its first site
        double lon;
        double lat;
        if (f.areas().length > 0) {
          Area a = run.scenario().areas().get(f.areas()[0]);
          lon = a.lon();
          lat = a.lat();
        } else {
          Site site = run.scenario().sites().get(f.sites()[0]);
          lon = site.lon();
          lat = site.lat();
        }
        Coordinate p = map.project(lon, lat);
        x = map.mapX(p.x);
        y = map.mapY(p.y);
      } else {
        continue;
      }
      h.append("<text class=\"label\" data-f=\"").append(f.id()).append("\" x=\"").append(Fmt.tenths(x))
          .append("\" y=\"").append(Fmt.tenths(y)).append("\" dy=\"0.35em\">").append(esc(f.label()))
          .append("</text>\n");
    }
    h.append("</g>\n");
  }

  private void sites(StringBuilder h, ConditionResult c, int mapId) {
    double[] siteTotals = run.scenario().flows(c.condition()).siteTotals();
    double max = 0;
    for (double v : siteTotals) {
      max = Math.max(max, v);
    }
    java.util.Set<String> hubs = hubCodes(c);
    h.append("<g class=\"sites-").append(mapId).append("\">\n");
    for (int k = 0; k < siteTotals.length; k++) {
      if (siteTotals[k] > 0) {
        Site site = run.scenario().sites().get(k);
        Coordinate p = map.project(site.lon(), site.lat());
        double r = 1.2 + 5 * Math.sqrt(siteTotals[k] / max);
        boolean hub = hubs.contains(site.code());
        h.append("<circle class=\"").append(hub ? "site hub" : "site").append("\" cx=\"").append(map.x(p.x))
            .append("\" cy=\"").append(map.y(p.y)).append("\" r=\"").append(Fmt.num(hub ? Math.max(r, 3.5) : r, 1))
            .append("\"><title>").append(hub ? "hub: " : "").append(esc(site.code())).append(' ')
            .append(esc(site.name())).append(": ").append(Fmt.thousands(siteTotals[k])).append("</title></circle>\n");
      }
    }
    h.append("</g>\n");
  }

  private static java.util.Set<String> hubCodes(ConditionResult c) {
    java.util.Set<String> hubs = new java.util.HashSet<>();
    for (Travel.FootprintTravel t : c.travel().footprints()) {
      hubs.addAll(List.of(t.hub().split(";")));
    }
    return hubs;
  }

  private void legend(StringBuilder h, ConditionResult c, String[] colours) {
    Map<String, String> siteNames = new HashMap<>();
    for (Site s : run.scenario().sites()) {
      siteNames.put(s.code(), s.name());
    }
    h.append("<ol class=\"legend\" aria-label=\"legend\">\n");
    for (Footprint f : c.score().footprints()) {
      String hub = c.travel().footprints().get(f.id()).hub();
      StringBuilder hubs = new StringBuilder();
      for (String code : hub.split(";")) {
        hubs.append(hubs.length() == 0 ? "" : "; ").append(siteNames.getOrDefault(code, code)).append(" (")
            .append(code).append(')');
      }
      h.append("<li data-f=\"").append(f.id()).append("\"><span class=\"swatch\" style=\"background:")
          .append(colours[f.id()]).append("\"></span><b>").append(esc(f.label())).append("</b> ")
          .append(Fmt.millions(f.population())).append(", ").append(Fmt.percent(f.localisation()))
          .append(" local; hub ").append(esc(hubs.toString())).append("</li>\n");
    }
    h.append("</ol>\n<p class=\"key\"><span class=\"dot\"></span> site, by activity &nbsp; <span class=\"dot hub\">"
        + "</span> hub &nbsp; <span class=\"dash\"></span> reference boundary</p>\n");
  }

  /** What the panel shows for each footprint when it is clicked, for the page's script. */
  private List<Map<String, Object>> details(ConditionResult c) {
    double[] siteTotals = run.scenario().flows(c.condition()).siteTotals();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Footprint f : c.score().footprints()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("label", f.label());
      Travel.FootprintTravel t = c.travel().footprints().get(f.id());
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"residents", Fmt.thousands(f.population())});
      rows.add(new String[] {"areas", Fmt.thousands(f.areaCount())});
      rows.add(new String[] {"localisation", Fmt.num(100 * f.localisation(), 1) + "%"});
      rows.add(new String[] {"market share", Fmt.num(100 * f.marketShare(), 1) + "%"});
      rows.add(new String[] {"contiguous", f.contiguous() ? "yes" : "no"});
      rows.add(new String[] {"hub", t.hub()});
      rows.add(new String[] {"travel to hub, mean / 90th percentile", Fmt.num(t.meanKm(), 1) + " / "
          + Fmt.num(t.p90Km(), 1) + " km"});
      rows.add(new String[] {"activity per 1,000", Fmt.num(c.variation().units().get(f.id()).rate(), 2) + " ("
          + c.variation().units().get(f.id()).flag().label() + ")"});
      if (c.bootstrap() != null) {
        rows.add(new String[] {"stability", Fmt.num(c.bootstrap().stability()[f.id()], 3)});
      }
      for (AlignmentResult r : c.alignments()) {
        FootprintAlignment fa = r.footprints().get(f.id());
        rows.add(new String[] {r.reference(), r.regionName(fa.host()) + " (" + fa.host() + "), "
            + Fmt.percent(fa.hostShare()) + (fa.inside() ? ", inside" : fa.aligned() ? ", aligned" : ", not aligned")});
      }
      d.put("figures", rows);
      List<String> sites = new ArrayList<>();
      for (int s : f.sites()) {
        Site site = run.scenario().sites().get(s);
        sites.add(site.code() + " " + site.name() + " (" + Fmt.thousands(siteTotals[s]) + ")");
      }
      d.put("sites", sites);
      out.add(d);
    }
    return out;
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

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
