package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.align.FootprintAlignment;
import io.footprint.align.Realigner;
import io.footprint.align.RealignmentSteps;
import io.footprint.align.RegionSummary;
import io.footprint.io.Problem;
import io.footprint.io.Problems;
import io.footprint.model.Footprint;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Refiner;
import io.footprint.propose.Variation;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the per-condition CSV tables (LF line ends, UTF-8, no BOM). */
public final class Tables {

  private Tables() {}

  /** {@code assignments.csv}: kind,code,footprint; areas then sites, each in code order. */
  public static void assignments(Proposal p, Scenario s, Path file) throws IOException {
    assignments(p, s, null, file);
  }

  /**
   * {@code assignments.csv}; with a bootstrap, a {@code confidence} column too: the share of resamples in
   * which each area lay in its footprint's match (empty for sites).
   */
  public static void assignments(Proposal p, Scenario s, Bootstrap.Result boot, Path file) throws IOException {
    String[] header = boot == null ? new String[] {"kind", "code", "footprint"}
        : new String[] {"kind", "code", "footprint", "confidence"};
    try (CsvRows out = CsvRows.open(file, header)) {
      for (int a = 0; a < s.areas().size(); a++) {
        if (boot == null) {
          out.printRecord("area", s.areas().get(a).code(), Proposal.label(p.footprintOfArea(a)));
        } else {
          out.printRecord("area", s.areas().get(a).code(), Proposal.label(p.footprintOfArea(a)),
              Fmt.num(boot.confidence()[a], 4));
        }
      }
      for (int k = 0; k < s.sites().size(); k++) {
        if (p.footprintOfSite(k) >= 0) {
          if (boot == null) {
            out.printRecord("site", s.sites().get(k).code(), Proposal.label(p.footprintOfSite(k)));
          } else {
            out.printRecord("site", s.sites().get(k).code(), Proposal.label(p.footprintOfSite(k)), "");
          }
        }
      }
    }
  }

  /**
   * {@code refine.csv}: the path from the starting map, one row per move in order: the area, the unit it left
   * and joined (region codes of the start, and the footprint the unit became), its residents, the move's own
   * change in localisation, the localisation and residents moved so far, and whether the move is a merge of
   * the two units ({@code refine --allow-merge}; its area columns are then empty).
   */
  public static void refine(ConditionResult c, Scenario s, Path file) throws IOException {
    ConditionResult.Refinement r = c.refinement();
    try (CsvRows out = CsvRows.open(file, "move", "area_code", "area_name", "from", "to", "from_footprint",
        "to_footprint", "residents", "gain", "localisation", "residents_moved", "merged")) {
      double loc = r.startLocalisation();
      double moved = 0;
      int k = 0;
      for (Refiner.Move m : r.moves()) {
        loc += m.gain();
        moved += m.residents();
        out.printRecord(++k, m.merged() ? "" : s.areas().get(m.area()).code(),
            m.merged() ? "" : s.areas().get(m.area()).name(),
            unit(r, m.from()), unit(r, m.to()), Proposal.label(r.footprintOfUnit()[m.from()]),
            Proposal.label(r.footprintOfUnit()[m.to()]), Fmt.num(m.residents(), 0), Fmt.num(m.gain(), 8),
            Fmt.num(loc, 6), Fmt.num(moved, 0), m.merged() ? "yes" : "no");
      }
    }
  }

  private static String unit(ConditionResult.Refinement r, int u) {
    String code = r.unitCodes().get(u);
    return code.isEmpty() ? "(none)" : code;
  }

  /**
   * {@code variation.csv}: per footprint, its residents, their activity, the activity expected at the overall
   * rate, the rate per 1,000 residents with the funnel plot's 95% and 99.8% exact Poisson limits, the ratio of
   * observed to expected, and where it lies.
   */
  public static void variation(ConditionResult c, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "footprint", "population", "activity", "expected", "activity_per_1000",
        "lower_95", "upper_95", "lower_99_8", "upper_99_8", "ratio", "funnel")) {
      for (Footprint f : c.score().footprints()) {
        Variation.Unit v = c.variation().units().get(f.id());
        out.printRecord(f.label(), Fmt.num(v.population(), 0), Fmt.num(v.observed(), 2), Fmt.num(v.expected(), 2),
            Fmt.num(v.rate(), 3), Fmt.num(v.lowerInner(), 3), Fmt.num(v.upperInner(), 3), Fmt.num(v.lowerOuter(), 3),
            Fmt.num(v.upperOuter(), 3), Fmt.num(v.ratio(), 4), v.flag().label());
      }
    }
  }

  /**
   * {@code relationships.csv}: each clinical relationship the clustering weighed, its sites' footprints and whether
   * the proposal cuts it (its sites in different footprints).
   */
  public static void relationships(ConditionResult c, Scenario s, Path file) throws IOException {
    int[] fp = c.proposal().footprintOfSite();
    try (CsvRows out = CsvRows.open(file, "site_a", "site_b", "weight", "footprint_a", "footprint_b", "cut")) {
      for (io.footprint.model.Relationship r : c.relationships()) {
        out.printRecord(s.sites().get(r.siteA()).code(), s.sites().get(r.siteB()).code(), Fmt.num(r.weight(), 2),
            fp[r.siteA()] < 0 ? "" : Proposal.label(fp[r.siteA()]), fp[r.siteB()] < 0 ? "" : Proposal.label(
            fp[r.siteB()]), fp[r.siteA()] != fp[r.siteB()] ? "yes" : "no");
      }
    }
  }

  /** {@code bootstrap.csv}: per resample, its number of footprints and its localisation on its own flows. */
  public static void bootstrap(Bootstrap.Result boot, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "resample", "footprints", "localisation")) {
      for (int b = 0; b < boot.resamples(); b++) {
        out.printRecord(b + 1, boot.counts()[b], Fmt.num(boot.localisation()[b], 6));
      }
    }
  }

  /** {@code footprints.csv}: one row per footprint, {@link FootprintAttributes}'s fields (the GeoJSON's schema). */
  public static void footprints(ConditionResult c, Scenario s, Path file) throws IOException {
    List<FootprintAttributes.Field> fields = FootprintAttributes.of(c, s);
    String[] header = fields.stream().map(FootprintAttributes.Field::name).toArray(String[]::new);
    try (CsvRows out = CsvRows.open(file, header)) {
      for (Footprint f : c.score().footprints()) {
        List<String> row = new ArrayList<>(fields.size());
        for (FootprintAttributes.Field field : fields) {
          row.add(FootprintAttributes.text(field.value().apply(f)));
        }
        out.printRecord(row);
      }
    }
  }

  /** The footprint's areas whose bootstrap confidence is below {@link Bootstrap#CONTESTED}. */
  static int contested(Bootstrap.Result boot, Footprint f) {
    int n = 0;
    for (int a : f.areas()) {
      n += boot.confidence()[a] < Bootstrap.CONTESTED ? 1 : 0;
    }
    return n;
  }

  /** {@code alignment-<reference>.csv}: each footprint's host region, share, and what lies outside it. */
  public static void alignment(ConditionResult c, AlignmentResult r, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "footprint", "population", "host_region", "host_name", "host_share",
        "aligned", "inside", "regions_touched", "outside_areas", "outside_population", "outside_activity", "shares",
        "host_area_share")) {
      for (FootprintAlignment fa : r.footprints()) {
        Footprint f = c.score().footprints().get(fa.footprint());
        StringBuilder shares = new StringBuilder();
        for (Map.Entry<String, Double> e : fa.shares().entrySet()) {
          shares.append(shares.length() == 0 ? "" : ";").append(e.getKey().isEmpty() ? "(none)" : e.getKey())
              .append(':').append(Fmt.num(e.getValue(), 4));
        }
        out.printRecord(f.label(), Fmt.num(f.population(), 0), fa.host(), regionName(r, fa.host()),
            Fmt.num(fa.hostShare(), 6), fa.aligned(), fa.inside(), fa.shares().size(), fa.outsideAreas().size(),
            Fmt.num(fa.outsidePopulation(), 0), Fmt.num(fa.outsideActivity(), 2), shares,
            Fmt.num(fa.hostAreaShare(), 6));
      }
    }
  }

  /**
   * {@code outside-<reference>.csv}: every area lying outside its footprint's host region, with its
   * region, residents and their activity for the condition.
   */
  public static void outside(AlignmentResult r, Scenario s, double[] activityOfArea, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "footprint", "host_region", "area_code", "area_name", "region", "population",
        "activity")) {
      for (FootprintAlignment fa : r.footprints()) {
        for (int a : fa.outsideAreas()) {
          String region = r.regionOfArea().get(a);
          out.printRecord(Proposal.label(fa.footprint()), fa.host(), s.areas().get(a).code(), s.areas().get(a).name(),
              region.isEmpty() ? "(none)" : region, Fmt.num(s.areas().get(a).population(), 0),
              Fmt.num(activityOfArea[a], 2));
        }
      }
    }
  }

  /** {@code regions-<reference>.csv}: per region, footprints hosted and crossing its border. */
  public static void regions(AlignmentResult r, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "region", "name", "population", "footprints_hosted", "hosted_aligned",
        "hosted_inside", "footprints_touching", "footprints_crossing")) {
      for (RegionSummary g : r.regions()) {
        out.printRecord(g.region(), g.name(), Fmt.num(g.population(), 0), g.hosted(), g.hostedAligned(),
            g.hostedInside(), g.touching(), g.crossing());
      }
    }
  }

  /**
   * {@code realignment-<reference>.csv}: every area moved to align its footprint, in the order moved,
   * each row with that move's own figures: the localisation of the footprint it leaves and of the one
   * it joins just before and after the move, and the overall localisation once it is made.
   */
  public static void realignment(ConditionResult.Realignment r, Scenario s, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "move", "footprint", "area_code", "area_name", "population", "to_footprint",
        "localisation_before", "localisation_after", "to_localisation_before", "to_localisation_after",
        "overall_localisation_after")) {
      int n = 0;
      for (RealignmentSteps.Step st : r.steps()) {
        Realigner.Move m = st.move();
        out.printRecord(++n, Proposal.label(m.from()), s.areas().get(m.area()).code(), s.areas().get(m.area()).name(),
            Fmt.num(s.areas().get(m.area()).population(), 0), Proposal.label(m.to()), Fmt.num(st.fromBefore(), 6),
            Fmt.num(st.fromAfter(), 6), Fmt.num(st.toBefore(), 6), Fmt.num(st.toAfter(), 6),
            Fmt.num(st.overallAfter(), 6));
      }
    }
  }

  /** {@code condition-agreement.csv}: the population-weighted ARI between every two conditions' footprints. */
  public static void conditionAgreement(RunResult run, Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("condition"));
    run.conditions().forEach(c -> header.add(c.condition()));
    double[][] ari = SummaryJson.conditionAgreement(run);
    try (CsvRows out = CsvRows.open(file, header.toArray(new String[0]))) {
      for (int a = 0; a < ari.length; a++) {
        List<Object> row = new ArrayList<>(List.of(run.conditions().get(a).condition()));
        for (double v : ari[a]) {
          row.add(Fmt.num(v, 6));
        }
        out.printRecord(row);
      }
    }
  }

  /**
   * {@code warnings.csv}: every warning met, one row each (up to {@link Problems#KEPT_WARNINGS} of a
   * kind in one file; a last row says how many more were counted but not kept).
   */
  public static void warnings(Problems problems, Path file) throws IOException {
    try (CsvRows out = CsvRows.open(file, "kind", "file", "line", "column", "value", "detail", "message")) {
      for (Problem p : problems.warnings()) {
        out.printRecord(p.type().name().toLowerCase(Locale.ROOT), p.file(), p.line() > 0 ? p.line() : "",
            p.column(), p.value(), p.detail(), p.type().message());
      }
      long more = problems.warningsNotKept();
      if (more > 0) {
        out.printRecord("not_kept", "", "", "", "", more + " more warnings counted; " + Problems.KEPT_WARNINGS
            + " of each kind in a file are kept", "");
      }
    }
  }

  private static String regionName(AlignmentResult r, String code) {
    return r.regions().stream().filter(g -> g.region().equals(code)).map(RegionSummary::name).findFirst()
        .orElse(code);
  }


}
