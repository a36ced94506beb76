package io.footprint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.align.AlignmentResult;
import io.footprint.align.RegionSummary;
import io.footprint.model.Conditions;
import io.footprint.geo.Travel;
import io.footprint.model.Footprint;
import io.footprint.model.Scenario;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Refiner;
import io.footprint.propose.Variation;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (no network, no external scripts, fonts or
 * tiles) with, per condition, a plain-English summary, an SVG map in British National Grid (so
 * England is not stretched) with footprints coloured so that neighbours differ (JGraphT's DSatur
 * colouring of the footprint adjacency), switchable reference boundaries, sites as dots sized by
 * activity and hover titles; then the footprint and per-region tables.
 */
public final class HtmlReport {
  /** The maps' width in SVG units; the page scales them to its width. */
  private static final double WIDTH = 1000;

  /** The page's style: the map as wide as the page beside its legend on screen; A4 landscape, a map per page, in print. */
  private static final String CSS = """
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:0 1.5em 2em;color:#222}
      h1{font-size:1.5em}h2{font-size:1.3em;margin:1.5em 0 0.3em;border-top:1px solid #ccc;padding-top:0.8em}
      a{color:#1b4f72}.sentences a{color:inherit;text-decoration:none}.sentences a:hover{text-decoration:underline}
      .summary{font-size:1.05em;background:#f7f7f2;padding:0.5em 0.8em;border-left:4px solid #6a9}
      .tools{display:flex;flex-wrap:wrap;gap:0.3em 1em;align-items:center;margin:0.4em 0;font-size:0.9em}
      .tools .zoom{margin-left:auto}.tools button{font:inherit;padding:2px 8px;margin-left:3px}
      .mapgrid{display:grid;grid-template-columns:minmax(0,1fr) 22em;gap:1em;align-items:start}
      @media (max-width:900px){.mapgrid{grid-template-columns:minmax(0,1fr)}}
      svg.map{display:block;width:100%;height:auto;max-height:90vh;background:#eef4f8;border:1px solid #bbb;
        touch-action:none;cursor:grab;user-select:none}
      .mapwrap:fullscreen{background:#fff;padding:0.5em;overflow:auto}
      .mapwrap:fullscreen svg.map{max-height:calc(100vh - 3em)}
      .mapwrap.full{position:fixed;inset:0;z-index:10;background:#fff;padding:0.5em;overflow:auto}
      svg .fp{stroke:#555;stroke-width:0.6;fill-rule:evenodd;vector-effect:non-scaling-stroke}
      svg .fp:hover,svg .fp.selected{stroke:#000;stroke-width:2.5}
      svg .ref{fill:none;fill-rule:evenodd;stroke:#b00;stroke-width:1.4;stroke-dasharray:4 2;
        vector-effect:non-scaling-stroke;pointer-events:none}
      svg text{pointer-events:none}
      svg text.label{font-size:calc(var(--fs) / var(--k, 1));font-weight:700;fill:#111;text-anchor:middle;
        paint-order:stroke;stroke:#fff;stroke-width:calc(var(--fs) / var(--k, 1) / 4);stroke-linejoin:round}
      svg text.refname{font-size:calc(var(--fs) * 0.7 / var(--k, 1));font-style:italic;fill:#8b0000;
        text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:calc(var(--fs) * 0.7 / var(--k, 1) / 4)}
      svg .moved{fill:none;stroke:#e7298a;stroke-width:1.4;vector-effect:non-scaling-stroke}
      svg .site{fill:#1b4f72;fill-opacity:0.75;stroke:#fff;stroke-width:0.5;vector-effect:non-scaling-stroke}
      svg .site.hub{fill:#fff;fill-opacity:1;stroke:#111;stroke-width:1.8}
      .legend{list-style:none;padding:0;margin:0;font-size:0.85em}
      .legend li{padding:1px 2px 1px 1.45em;text-indent:-1.3em;cursor:pointer}
      .legend li:hover{background:#eef4f8}
      .swatch{display:inline-block;width:0.9em;height:0.9em;border:1px solid #555;vertical-align:-0.1em;
        margin-right:0.35em}
      .key{font-size:0.8em;color:#444}.key .dot{display:inline-block;width:0.6em;height:0.6em;border-radius:50%;
        background:#1b4f72}.key .dot.hub{background:#fff;border:2px solid #111}
      .key .dash{display:inline-block;width:1.6em;border-top:2px dashed #b00;vertical-align:middle}
      .details{margin-top:0.8em;font-size:0.85em;background:#fafafa;border:1px solid #ddd;padding:0.4em 0.6em;
        max-height:45vh;overflow:auto}.details table{font-size:1em;margin:0.3em 0}
      table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;
        text-align:right}th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}
      .evidence{overflow-x:auto}td.hash{font-family:monospace;font-size:0.9em;text-align:left}
      .inputs td,.method td{text-align:left}
      @page{size:A4 landscape;margin:10mm}
      @media print{
        body{margin:0;font-size:9pt}header{break-after:page}
        .condition{break-before:page}.condition h2{margin:0;border:0;padding:0;font-size:14pt}
        .summary{font-size:8.5pt;margin:1mm 0 2mm;padding:1mm 2mm}
        .tools,.details{display:none}
        .mapwrap{break-inside:avoid;break-after:page}
        .mapgrid{gap:4mm}
        svg.map{max-height:none;border:0.3mm solid #999;--k:1 !important}
        svg text.label,svg text.refname{stroke:none}
        .legend{font-size:8pt}.legend li{padding:0;text-indent:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .key{font-size:8pt}
        table{font-size:8pt}tr{break-inside:avoid}svg.funnel,svg.path{break-inside:avoid}
        a{color:inherit;text-decoration:none}#how{break-before:page}
      }
      """;

  /** The page's script: toggles, pan and zoom (the viewBox; labels keep their size on screen), and the panel. */
  private static final String SCRIPT = """
      function toggleRef(box){document.querySelectorAll('.'+box.value).forEach(function(g){
        g.style.display=box.checked?'':'none';});}
      (function(){
      var data=JSON.parse(document.getElementById('footprint-data').textContent),shows={};
      document.querySelectorAll('.mapwrap').forEach(function(wrap){
        var svg=wrap.querySelector('svg.map'),id=svg.getAttribute('data-map'),b=svg.viewBox.baseVal;
        var base=[b.x,b.y,b.width,b.height],v=base.slice(),drag=null,moved=false,section=wrap.closest('section').id;
        function apply(){svg.setAttribute('viewBox',v.join(' '));svg.style.setProperty('--k',String(base[2]/v[2]));}
        function at(e){var p=svg.createSVGPoint();p.x=e.clientX;p.y=e.clientY;
          return p.matrixTransform(svg.getScreenCTM().inverse());}
        function zoom(f,cx,cy){var w=Math.min(base[2],Math.max(base[2]/64,v[2]/f));f=v[2]/w;
          v=[cx-(cx-v[0])/f,cy-(cy-v[1])/f,w,v[3]/f];if(w>=base[2]){v=base.slice();}apply();}
        function cell(tr,text,tag){var c=document.createElement(tag||'td');c.textContent=text;tr.appendChild(c);}
        function show(f){var d=data[id][f],panel=document.getElementById('details-'+id);panel.textContent='';
          var h=document.createElement('b');h.textContent=d.label;panel.appendChild(h);
          var t=document.createElement('table');d.figures.forEach(function(r){var tr=document.createElement('tr');
            cell(tr,r[0],'th');cell(tr,r[1]);t.appendChild(tr);});panel.appendChild(t);
          var p=document.createElement('div');p.textContent=d.sites.length+' sites (activity):';panel.appendChild(p);
          var ol=document.createElement('ol');d.sites.forEach(function(s){var li=document.createElement('li');
            li.textContent=s;ol.appendChild(li);});panel.appendChild(ol);
          svg.querySelectorAll('.fp').forEach(function(q){q.classList.toggle('selected',+q.getAttribute('data-f')===f);});
          if(history.replaceState){history.replaceState(null,'','#'+section+'/'+encodeURIComponent(d.label));}}
        shows[section]=function(label){for(var f=0;f<data[id].length;f++){if(data[id][f].label===label){show(f);
          wrap.scrollIntoView();return;}}};
        svg.addEventListener('wheel',function(e){e.preventDefault();var p=at(e);zoom(e.deltaY<0?1.25:0.8,p.x,p.y);},
          {passive:false});
        svg.addEventListener('pointerdown',function(e){drag=at(e);moved=false;svg.setPointerCapture(e.pointerId);});
        svg.addEventListener('pointermove',function(e){if(!drag){return;}var p=at(e),dx=p.x-drag.x,dy=p.y-drag.y;
          if(moved||Math.abs(dx)+Math.abs(dy)>v[2]/300){moved=true;v[0]-=dx;v[1]-=dy;apply();}});
        svg.addEventListener('pointerup',function(e){if(drag&&!moved){var t=document.elementFromPoint(e.clientX,
          e.clientY);if(t&&t.classList.contains('fp')){show(+t.getAttribute('data-f'));}}drag=null;});
        wrap.querySelectorAll('.legend li').forEach(function(li){li.addEventListener('click',function(){
          show(+li.getAttribute('data-f'));});});
        wrap.querySelectorAll('button[data-zoom]').forEach(function(btn){btn.addEventListener('click',function(){
          var z=btn.getAttribute('data-zoom'),cx=v[0]+v[2]/2,cy=v[1]+v[3]/2;
          if(z==='in'){zoom(1.5,cx,cy);}else if(z==='out'){zoom(1/1.5,cx,cy);}
          else if(z==='reset'){v=base.slice();apply();}
          else if(document.fullscreenElement){document.exitFullscreen();}
          else if(wrap.requestFullscreen){wrap.requestFullscreen().catch(function(){wrap.classList.toggle('full');});}
          else{wrap.classList.toggle('full');}});});
        window.addEventListener('beforeprint',function(){v=base.slice();apply();});
      });
      // a link to #<condition>/<footprint> opens with that footprint's figures shown
      var m=/^#(.+)\\/([^\\/]+)$/.exec(location.hash);
      if(m&&shows[decodeURIComponent(m[1])]){shows[decodeURIComponent(m[1])](decodeURIComponent(m[2]));}
      })();
      """;

  private final RunResult run;
  private final LocalDate date;
  private final SvgProjection map;
  private final ReportMap maps;
  /** Each condition's section of the page, and the figures its map's panel shows, once drawn. */
  private final String[] sections;
  private final Object[] details;

  /**
   * The report of a run, its conditions' sections not drawn yet: they are most of its work, and each may be
   * drawn on a thread of its own ({@link #drawSection}) before the page is written ({@link #write}).
   *
   * @param date the day the report states it was made ({@link RunDate})
   */
  HtmlReport(RunResult run, LocalDate date) {
    this.run = run;
    this.date = date;
    map = SvgProjection.of(run, WIDTH);
    maps = new ReportMap(run, map);
    sections = new String[run.conditions().size()];
    details = new Object[sections.length];
  }

  /** Draws the section of the run's condition {@code i}, on any thread; each section is drawn once. */
  void drawSection(int i) {
    StringBuilder h = new StringBuilder(1 << 16);
    details[i] = section(h, run.conditions().get(i), i, maps.onAnotherThread());
    sections[i] = h.toString();
  }

  /**
   * Writes the page, once every section is drawn (and seen to be: after the tasks that drew them are awaited).
   *
   * @param checksums the input files' SHA-256, awaited once the rest is put together
   */
  void write(String version, InputChecksums checksums, Path file) throws IOException {
    Files.writeString(file, render(version, checksums), StandardCharsets.UTF_8);
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

  private String render(String version, InputChecksums checksums) {
    double printWidth = maps.printWidthMm();
    double printHeight = printWidth * Math.ceil(map.height()) / map.width();
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>footprint report</title>\n<style>\n").append(CSS)
        .append("@media print{svg.map{width:").append(Fmt.num(printWidth, 1)).append("mm;height:")
        .append(Fmt.num(printHeight, 1)).append("mm}.mapgrid{grid-template-columns:").append(Fmt.num(printWidth, 1))
        .append("mm minmax(0,1fr)}}\n</style></head><body>\n");
    Scenario s = run.scenario();
    h.append("<header><h1>footprint: proposed clinical network footprints</h1>\n<p>")
        .append(s.areas().size()).append(" areas, ").append(Fmt.thousands(s.totalPopulation()))
        .append(" residents, ").append(s.sites().size()).append(" sites; footprint ").append(esc(version))
        .append(", ").append(date).append(". Maps in British National Grid: scroll or use the buttons to zoom, drag ")
        .append("to pan, click a footprint for its figures and sites. <a href=\"#how\">How this was made</a>.</p>\n")
        .append("<ul class=\"sentences\">\n");
    for (ConditionResult c : run.conditions()) {
      h.append("<li><a href=\"#").append(esc(c.condition())).append("\">").append(esc(sentence(c)))
          .append("</a></li>\n");
    }
    h.append("</ul></header>\n");
    Map<String, Object> data = new LinkedHashMap<>();
    for (int i = 0; i < sections.length; i++) {
      h.append(sections[i]);
      data.put(String.valueOf(i), details[i]);
    }
    Provenance.write(h, run, version, date, checksums.await());
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    h.append("<script type=\"application/json\" id=\"footprint-data\">").append(json.replace("</", "<\\/"))
        .append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n");
    return h.toString();
  }

  /** Condition {@code c}'s section into {@code h}; returns the figures its map's panel shows. */
  private Object section(StringBuilder h, ConditionResult c, int mapId, ReportMap maps) {
    h.append("<section class=\"condition\" id=\"").append(esc(c.condition())).append("\">\n<h2>")
        .append(esc(Conditions.label(c.condition()))).append("</h2>\n<p class=\"summary\">").append(esc(sentence(c)))
        .append("</p>\n");
    Object details = maps.write(h, c, mapId);
    h.append("<div class=\"evidence\">\n");
    if (c.refinement() != null) {
      ConditionResult.Refinement r = c.refinement();
      h.append("<p><b>Refined from ").append(esc(r.start())).append("</b>: ").append(r.moves().size())
          .append(" moves of ").append(Fmt.thousands(r.residentsMoved())).append(" residents take localisation from ")
          .append(Fmt.num(r.startLocalisation(), 3)).append(" to ").append(Fmt.num(r.refinedLocalisation(), 3))
          .append("; ").append(r.freeFootprints()).append(" footprints proposed freely reach ")
          .append(Fmt.num(r.freeLocalisation(), 3)).append(" (dashed).</p>\n").append(pathChart(r)).append('\n');
    }
    table(h, c);
    h.append("</div></section>\n");
    return details;
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
      h.append("<tr data-f=\"").append(f.id()).append("\"><td>").append(esc(f.label())).append("</td><td>")
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
        h.append("<td>").append(esc(r.regionName(fa.host()))).append(" (").append(esc(fa.host())).append(") ")
            .append(Fmt.percent(fa.hostShare())).append(fa.inside() ? " inside" : fa.aligned() ? " aligned"
                : " not aligned").append("</td>");
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
        h.append("<tr><td>").append(esc(g.name())).append(" (").append(esc(g.region())).append(")</td><td>")
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
