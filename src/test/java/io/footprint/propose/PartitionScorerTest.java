package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Area;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PartitionScorer#rescore}, the score of a proposal with some areas moved, against scoring the moved
 * proposal afresh: every figure the same to the last bit, over generated grids with whole activity (kept up
 * to date from the moved areas' flows) and with fractional activity or residents (scored afresh).
 */
class PartitionScorerTest {
  @Test
  void rescoredEqualsScoredAfresh() {
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      boolean whole = seed % 3 != 0;
      int rows = 3 + rnd.nextInt(5);
      int cols = 3 + rnd.nextInt(5);
      List<Area> grid = Fixtures.grid(rows, cols, 1);
      List<Area> areas = new ArrayList<>();
      for (Area a : grid) {
        double pop = whole || seed % 2 == 0 ? 100 + rnd.nextInt(900) : 100 + 900 * rnd.nextDouble();
        areas.add(new Area(a.code(), a.name(), pop, a.lon(), a.lat(), a.geometry()));
      }
      int nSites = 2 + rnd.nextInt(5);
      List<Site> sites = new ArrayList<>();
      for (int k = 0; k < nSites; k++) {
        sites.add(Fixtures.site("S" + k, areas.get(rnd.nextInt(areas.size())).lon(),
            areas.get(rnd.nextInt(areas.size())).lat()));
      }
      double[][] activity = new double[areas.size()][nSites];
      for (double[] row : activity) {
        for (int k = 0; k < nSites; k++) {
          if (rnd.nextInt(3) > 0) {
            row[k] = whole ? 1 + rnd.nextInt(50) : 0.5 + 50 * rnd.nextDouble();
          }
        }
      }
      ConditionGraph g = new ConditionGraph(Fixtures.scenario(areas, sites, "cancer", activity), "cancer",
          AreaAdjacency.of(areas));
      int parts = 1 + rnd.nextInt(4);
      int[] ofArea = new int[areas.size()];
      for (int a = 0; a < ofArea.length; a++) {
        ofArea[a] = rnd.nextInt(parts);
      }
      int[] ofSite = new int[nSites];
      for (int k = 0; k < nSites; k++) {
        ofSite[k] = rnd.nextInt(parts + 1) - 1; // some sites in no footprint
      }
      double resolution = rnd.nextBoolean() ? 1.0 : 0.3 + rnd.nextDouble();
      Proposal before = new Proposal("cancer", "given", Map.of(), ofArea, ofSite, parts);
      int[] moved = ofArea.clone();
      for (int m = rnd.nextInt(ofArea.length); m > 0; m--) {
        moved[rnd.nextInt(moved.length)] = rnd.nextInt(parts);
      }
      Proposal after = new Proposal("cancer", "given", Map.of(), moved, ofSite, parts);
      PartitionScorer scorer = new PartitionScorer(g);
      PartitionScorer.Scored scored = scorer.scored(before, resolution);
      assertThat(figures(scored.score())).as("seed " + seed).isEqualTo(figures(scorer.score(before, resolution)));
      boolean[] connected = g.connectedParts(moved, parts);
      assertThat(figures(scorer.rescore(scored, after, connected))).as("seed " + seed)
          .isEqualTo(figures(scorer.score(after, resolution, connected)));
      assertThat(g.network().exactSums()).as("seed " + seed).isEqualTo(whole);
      // each part's contiguity, by part number, as the adjacency finds it afresh
      assertThat(scored.score().contiguity()).as("seed " + seed).containsExactly(g.connectedParts(ofArea, parts));
      assertThat(scorer.rescore(scored, after, connected).contiguity()).as("seed " + seed).containsExactly(connected);
    }
  }

  @Test
  void onlyAreasMayMove() {
    List<Area> areas = Fixtures.grid(2, 2, 100);
    List<Site> sites = List.of(Fixtures.site("S0", areas.get(0).lon(), areas.get(0).lat()),
        Fixtures.site("S1", areas.get(3).lon(), areas.get(3).lat()));
    double[][] activity = {{5, 1}, {4, 2}, {1, 6}, {2, 7}};
    ConditionGraph g = new ConditionGraph(Fixtures.scenario(areas, sites, "cancer", activity), "cancer",
        AreaAdjacency.of(areas));
    PartitionScorer scorer = new PartitionScorer(g);
    PartitionScorer.Scored scored = scorer.scored(new Proposal("cancer", "given", Map.of(), new int[] {0, 0, 1, 1},
        new int[] {0, 1}, 2), 1.0);
    Proposal sitesSwapped = new Proposal("cancer", "given", Map.of(), new int[] {0, 0, 1, 1}, new int[] {1, 0}, 2);
    assertThatThrownBy(() -> scorer.rescore(scored, sitesSwapped, new boolean[] {true, true}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every figure of a score, doubles as their exact decimal forms, arrays as their elements. */
  private static String figures(PartitionScore s) {
    StringBuilder b = new StringBuilder();
    for (Footprint f : s.footprints()) {
      b.append(f.id()).append(' ').append(f.label()).append(' ').append(Arrays.toString(f.areas())).append(' ')
          .append(Arrays.toString(f.sites())).append(' ').append(f.population()).append(' ')
          .append(f.residentActivity()).append(' ').append(f.siteActivity()).append(' ')
          .append(f.internalActivity()).append(' ').append(f.providers()).append(' ').append(f.contiguous())
          .append('\n');
    }
    return b.append(s.localisation()).append(' ').append(s.marketShare()).append(' ').append(s.modularity())
        .append(' ').append(s.resolution()).append(' ').append(s.modularityAtResolution()).append(' ')
        .append(s.contiguous()).append(' ').append(s.minPopulation()).append(' ').append(s.minLocalisation())
        .toString();
  }
}
