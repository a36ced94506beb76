package io.footprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.align.Realigner;
import io.footprint.cluster.Agreement;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.geo.Travel;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Variation;
import io.footprint.run.ConditionResult;
import io.footprint.run.Gate;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code summary.json}: per condition the method, parameters, metrics and alignment (contract shape, more keys). */
public final class SummaryJson {
  private SummaryJson() {}

  public static Map<String, Object> build(RunResult run, String version) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("footprint_version", version);
    root.put("inputs", new TreeMap<>(run.inputs()));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("areas", run.scenario().areas().size());
    counts.put("sites", run.scenario().sites().size());
    counts.put("population", Fmt.json(run.scenario().totalPopulation(), 0));
    root.put("scenario", counts);
    AreaAdjacency adj = run.adjacency();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("source", adj.source().name().toLowerCase(Locale.ROOT));
    a.put("edges", adj.edgeCount());
    a.put("island_links", adj.links().stream().map(l -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", l.from());
      m.put("to", l.to());
      m.put("metres", Fmt.json(l.metres(), 0));
      m.put("piece_size", l.piecesize());
      return m;
    }).toList());
    root.put("adjacency", a);
    Map<String, Object> conditions = new LinkedHashMap<>();
    for (ConditionResult c : run.conditions()) {
      conditions.put(c.condition(), condition(c));
    }
    root.put("conditions", conditions);
    Map<String, Object> agreement = new LinkedHashMap<>();
    double[][] ari = conditionAgreement(run);
    for (int i = 0; i < ari.length; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int j = 0; j < ari.length; j++) {
        row.put(run.conditions().get(j).condition(), Fmt.json(ari[i][j], 6));
      }
      agreement.put(run.conditions().get(i).condition(), row);
    }
    root.put("condition_agreement_ari", agreement);
    List<Object> gates = new ArrayList<>();
    for (Gate.Result g : run.gates()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("gate", g.gate().key());
      x.put("condition", g.condition());
      if (g.reference() != null) {
        x.put("reference", g.reference());
      }
      x.put("value", Fmt.json(g.value(), 6));
      x.put("bound", Fmt.json(g.bound(), 6));
      x.put("passed", g.passed());
      gates.add(x);
    }
    root.put("gates", gates);
    root.put("warnings", run.warnings());
    return root;
  }

  static Map<String, Object> condition(ConditionResult c) {
    Map<String, Object> m = new LinkedHashMap<>();
    PartitionScore s = c.score();
    m.put("folder", Conditions.folder(c.condition()));
    m.put("method", c.proposal().method());
    m.put("parameters", new TreeMap<>(c.proposal().parameters()));
    m.put("footprints", c.proposal().footprintCount());
    m.put("localisation", Fmt.json(s.localisation(), 6));
    m.put("market_share", Fmt.json(s.marketShare(), 6));
    m.put("modularity", Fmt.json(s.modularity(), 6));
    Map<String, Object> found = new LinkedHashMap<>();
    found.put("resolution", s.resolution());
    found.put("modularity", Fmt.json(s.modularityAtResolution(), 6));
    m.put("modularity_at_found_resolution", found);
    m.put("contiguous", s.contiguous());
    m.put("min_population", Fmt.json(s.minPopulation(), 0));
    m.put("min_localisation", Fmt.json(s.minLocalisation(), 6));
    m.put("geometry", c.approximateGeometry() ? "voronoi_cells_of_centroids" : "dissolved_area_polygons");
    if (c.within() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("reference", c.within());
      w.put("free_localisation", Fmt.json(c.freeLocalisation(), 6));
      w.put("free_footprints", c.freeFootprints());
      w.put("localisation_lost", Fmt.json(c.freeLocalisation() - s.localisation(), 6));
      m.put("within", w);
    }
    m.put("travel", travel(c));
    m.put("variation", variation(c));
    if (!c.relationships().isEmpty()) {
      Map<String, Object> rel = new LinkedHashMap<>();
      double all = c.relationships().stream().mapToDouble(io.footprint.model.Relationship::weight).sum();
      double cut = c.cutRelationships().stream().mapToDouble(io.footprint.model.Relationship::weight).sum();
      rel.put("relationships", c.relationships().size());
      rel.put("cut", c.cutRelationships().size());
      rel.put("weight_cut_share", Fmt.json(all > 0 ? cut / all : 0, 6));
      m.put("relationships", rel);
    }
    if (c.bootstrap() != null) {
      m.put("bootstrap", bootstrap(c));
    }
    if (c.refinement() != null) {
      m.put("refine", refine(c.refinement()));
    }
    Map<String, Object> al = new LinkedHashMap<>();
    for (AlignmentResult r : c.alignments()) {
      al.put(r.reference(), alignment(c, r));
    }
    m.put("alignment", al);
    return m;
  }

  /** Straight-line travel to each footprint's hub, overall and per footprint (km, British National Grid). */
  private static Map<String, Object> travel(ConditionResult c) {
    Travel.Result t = c.travel();
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("method", "straight line, British National Grid, from area centroids to the footprint's largest "
        + "providing site; population-weighted");
    x.put("mean_km", Fmt.json(t.meanKm(), 2));
    x.put("p90_km", Fmt.json(t.p90Km(), 2));
    x.put("max_p90_km", Fmt.json(t.maxP90Km(), 2));
    x.put("max_extent_km", Fmt.json(t.maxExtentKm(), 2));
    Map<String, Object> per = new LinkedHashMap<>();
    for (Footprint f : c.score().footprints()) {
      Travel.FootprintTravel ft = t.footprints().get(f.id());
      Map<String, Object> y = new LinkedHashMap<>();
      y.put("hub", ft.hub());
      y.put("mean_km", Fmt.json(ft.meanKm(), 2));
      y.put("p90_km", Fmt.json(ft.p90Km(), 2));
      y.put("extent_km", Fmt.json(ft.extentKm(), 2));
      per.put(f.label(), y);
    }
    x.put("footprints", per);
    return x;
  }

  /** Activity per 1,000 residents across footprints: the overall rate, SCV, extremal quotient, funnel outliers. */
  private static Map<String, Object> variation(ConditionResult c) {
    Variation.Result v = c.variation();
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("rate", v.standardised() ? "activity of the footprint's residents per 1,000 residents; funnel, SCV and "
        + "extremal quotient on observed over expected (indirectly standardised ratios)"
        : "activity of the footprint's residents per 1,000 residents, crude");
    x.put("activity_per_1000", Fmt.json(v.overallRate(), 3));
    x.put("scv", Fmt.json(v.scv(), 3));
    x.put("extremal_quotient", Fmt.json(v.extremalQuotient(), 3));
    x.put("outside_95", v.outsideInner());
    x.put("outside_99_8", v.outsideOuter());
    return x;
  }

  /**
   * How firm the footprints are over the resamples: each footprint's stability, the contested areas, and
   * the spread of the count and of localisation (2.5th, 50th and 97.5th percentiles, nearest rank).
   */
  private static Map<String, Object> bootstrap(ConditionResult c) {
    Bootstrap.Result b = c.bootstrap();
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("resamples", b.resamples());
    x.put("method", "poisson resampling of each area-site activity; best jaccard match of areas (Hennig 2007)");
    Map<String, Object> stab = new LinkedHashMap<>();
    double min = Double.POSITIVE_INFINITY;
    for (Footprint f : c.score().footprints()) {
      stab.put(f.label(), Fmt.json(b.stability()[f.id()], 4));
      min = Math.min(min, b.stability()[f.id()]);
    }
    x.put("min_stability", Fmt.json(min, 4));
    x.put("unstable_footprints", Arrays.stream(b.stability()).filter(v -> v < 0.6).count());
    x.put("stable_footprints", Arrays.stream(b.stability()).filter(v -> v > 0.75).count());
    x.put("stability", stab);
    x.put("contested_areas", b.contestedAreas());
    double[] counts = Arrays.stream(b.counts()).asDoubleStream().sorted().toArray();
    double[] loc = Arrays.stream(b.localisation()).sorted().toArray();
    x.put("footprints", percentiles(counts, 0));
    x.put("localisation", percentiles(loc, 6));
    return x;
  }

  /**
   * The refinement's path summed up: localisation at the start, after 10, 50, 200 and 1,000 moves (where the
   * path is that long) with the residents moved, at its end, and of as many footprints proposed freely.
   */
  private static Map<String, Object> refine(ConditionResult.Refinement r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("start", r.start());
    x.put("units", r.unitCodes().size());
    x.put("moves", r.moves().size());
    x.put("residents_moved", Fmt.json(r.residentsMoved(), 0));
    x.put("localisation_start", Fmt.json(r.startLocalisation(), 6));
    List<Object> steps = new ArrayList<>();
    double loc = r.startLocalisation();
    double moved = 0;
    for (int k = 0; k < r.moves().size(); k++) {
      loc += r.moves().get(k).gain();
      moved += r.moves().get(k).residents();
      int n = k + 1;
      if (n == 10 || n == 50 || n == 200 || n == 1000) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("moves", n);
        s.put("localisation", Fmt.json(loc, 6));
        s.put("residents_moved", Fmt.json(moved, 0));
        steps.add(s);
      }
    }
    x.put("after", steps);
    x.put("localisation_refined", Fmt.json(r.refinedLocalisation(), 6));
    x.put("localisation_free", Fmt.json(r.freeLocalisation(), 6));
    x.put("free_footprints", r.freeFootprints());
    return x;
  }

  private static Map<String, Object> percentiles(double[] sorted, int decimals) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (double q : new double[] {0.025, 0.5, 0.975}) {
      int rank = Math.max(1, (int) Math.ceil(q * sorted.length));
      p.put("p" + Fmt.num(100 * q, 1), Fmt.json(sorted[rank - 1], decimals));
    }
    p.put("min", Fmt.json(sorted[0], decimals));
    p.put("max", Fmt.json(sorted[sorted.length - 1], decimals));
    return p;
  }

  /** One reference's alignment: counts, agreement, the regions scored alike, realignment, footprints per region. */
  private static Map<String, Object> alignment(ConditionResult c, AlignmentResult r) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("aligned", r.aligned());
    x.put("inside", r.inside());
    x.put("threshold", r.threshold());
    x.put("ari", Fmt.json(r.agreement().adjustedRand(), 6));
    x.put("nmi", Fmt.json(r.agreement().normalisedMutualInformation(), 6));
    x.put("vi", Fmt.json(r.agreement().variationOfInformation(), 6));
    PartitionScore ref = r.referenceScore();
    Map<String, Object> rp = new LinkedHashMap<>();
    rp.put("regions", r.regions().size());
    rp.put("localisation", Fmt.json(ref.localisation(), 6));
    rp.put("market_share", Fmt.json(ref.marketShare(), 6));
    rp.put("modularity", Fmt.json(ref.modularity(), 6));
    rp.put("contiguous", ref.contiguous());
    x.put("reference_partition", rp);
    c.realignments().stream().filter(q -> q.reference().equals(r.reference())).findFirst()
        .ifPresent(ra -> x.put("realignment", realignment(c, ra)));
    Map<String, Object> per = new LinkedHashMap<>();
    r.regions().forEach(g -> {
      Map<String, Object> counts = new LinkedHashMap<>(); // ordered: Map.of's order changes from JVM to JVM
      counts.put("hosted", g.hosted());
      counts.put("crossing", g.crossing());
      per.put(g.region(), counts);
    });
    x.put("footprints_per_region", per);
    return x;
  }

  /** What realignment moved and what it cost, and what moving border areas could not fix, and why. */
  private static Map<String, Object> realignment(ConditionResult c, ConditionResult.Realignment ra) {
    Map<String, Object> re = new LinkedHashMap<>();
    re.put("areas_moved", ra.moves().size());
    re.put("population_moved", Fmt.json(ra.populationMoved(), 0));
    re.put("rounds", ra.rounds());
    re.put("aligned_after", ra.alignedAfter().aligned());
    re.put("localisation_after", Fmt.json(ra.after().localisation(), 6));
    re.put("localisation_change", Fmt.json(ra.after().localisation() - c.score().localisation(), 6));
    List<Object> left = new ArrayList<>();
    for (Realigner.Stuck st : ra.stuck()) {
      FootprintAlignment fa = ra.alignedAfter().footprints().get(st.footprint());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("footprint", Proposal.label(fa.footprint()));
      m.put("host", fa.host());
      m.put("host_share", Fmt.json(fa.hostShare(), 6));
      m.put("reason", st.reason());
      m.put("regions_hosting_no_footprint", st.regionsHostingNoFootprint());
      left.add(m);
    }
    re.put("still_misaligned", left);
    return re;
  }

  /**
   * Population-weighted adjusted Rand index between the footprints of every pair of conditions: how far
   * the networks of different conditions could share one footprint (one senate team hosts them all).
   */
  public static double[][] conditionAgreement(RunResult run) {
    int k = run.conditions().size();
    double[] weight = run.scenario().areas().stream().mapToDouble(Area::population).toArray();
    double[][] ari = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a; b < k; b++) {
        ari[a][b] = ari[b][a] = Agreement.of(run.conditions().get(a).proposal().footprintOfArea(),
            run.conditions().get(b).proposal().footprintOfArea(), weight).adjustedRand();
      }
    }
    return ari;
  }

  public static void write(RunResult run, String version, Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), build(run, version));
  }
}
