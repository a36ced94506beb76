package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.footprint.Fixtures;
import io.footprint.cluster.Constraints;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Area;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class ProposerTest {
  /**
   * 4 x 4 grid; site W in the west, E in the east, and a third site X nobody uses. Each western
   * area sends 30 to W and 10 to E, eastern areas the reverse. Plurality gives the halves with
   * localisation 240/320 = 0.75 each; modularity by hand: m = 640, each half has w_in = 240 and
   * K = 320 + 320 = 640, so Q = 2 * (240/640 - (640/1280)^2) = 0.25.
   */
  @Test
  void pluralityOnTheFourByFourGrid() {
    List<Area> areas = Fixtures.grid(4, 4, 1000);
    List<Site> sites = List.of(Fixtures.site("E", -1.83, 52.37), Fixtures.site("W", -1.89, 52.37),
        Fixtures.site("X", -1.8, 52.3));
    double[][] act = new double[16][3];
    for (int a = 0; a < 16; a++) {
      boolean west = a % 4 < 2;
      act[a][0] = west ? 10 : 30;
      act[a][1] = west ? 30 : 10;
    }
    Scenario s = Fixtures.scenario(areas, sites, "cancer", act);
    ConditionGraph g = new ConditionGraph(s, "cancer", AreaAdjacency.of(areas));
    assertThat(g.network().nodeCount()).isEqualTo(18); // X received nothing: not in the graph
    assertThat(g.asGraph().edgeSet()).hasSize(32);
    Proposal p = Proposer.propose(g, new ProposalSettings(Method.PLURALITY, 1, 0,
        Constraints.none(), true, 1, 1)).proposal();
    assertThat(p.footprintCount()).isEqualTo(2);
    assertThat(p.footprintOfArea()).containsExactly(0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1);
    assertThat(p.footprintOfSite()).containsExactly(1, 0, -1);
    PartitionScore score = new PartitionScorer(g).score(p, 1);
    assertThat(score.localisation()).isCloseTo(0.75, within(1e-12));
    assertThat(score.marketShare()).isCloseTo(0.75, within(1e-12));
    assertThat(score.modularity()).isCloseTo(0.25, within(1e-12));
    assertThat(score.contiguous()).isEqualTo(2);
    assertThat(score.minPopulation()).isEqualTo(8000);
    Proposal leiden = Proposer.propose(g, new ProposalSettings(Method.LEIDEN, 1, 0,
        Constraints.none(), true, 1, 1)).proposal();
    assertThat(leiden.footprintOfArea()).containsExactly(p.footprintOfArea());
    Proposal one = Proposer.propose(g, new ProposalSettings(Method.LEIDEN, 1, 1,
        Constraints.none(), true, 1, 1)).proposal();
    assertThat(one.footprintCount()).isEqualTo(1);
    assertThat(new PartitionScorer(g).score(one, 1).localisation()).isEqualTo(1.0);
  }

  /** The grid of {@link #pluralityOnTheFourByFourGrid} with the halves' sites, as a graph. */
  private static ConditionGraph halves() {
    List<Area> areas = Fixtures.grid(4, 4, 1000);
    List<Site> sites = List.of(Fixtures.site("E", -1.83, 52.37), Fixtures.site("W", -1.89, 52.37));
    double[][] act = new double[16][2];
    for (int a = 0; a < 16; a++) {
      boolean west = a % 4 < 2;
      act[a][0] = west ? 10 : 30;
      act[a][1] = west ? 30 : 10;
    }
    return new ConditionGraph(Fixtures.scenario(areas, sites, "cancer", act), "cancer", AreaAdjacency.of(areas));
  }

  /**
   * Nested in a north and a south region (rows 0-1, rows 2-3), both sites in the north: no footprint
   * crosses the border. The north splits into its west and east halves; the south, with no site of its
   * own to start a footprint, stays one: three footprints.
   */
  @Test
  void nestedFootprintsStayInsideTheirRegions() {
    ConditionGraph g = halves();
    int[] region = new int[16];
    for (int a = 0; a < 16; a++) {
      region[a] = a / 8;
    }
    Proposer.Outcome o = NestedProposer.propose(g, region, new int[] {0, 0}, ProposalSettings.defaults(), "rows",
        Runnable::run);
    Proposal p = o.proposal();
    assertThat(p.footprintCount()).isEqualTo(3);
    for (int a = 0; a < 16; a++) {
      for (int b = 0; b < 16; b++) {
        if (p.footprintOfArea(a) == p.footprintOfArea(b)) {
          assertThat(region[a]).isEqualTo(region[b]);
          if (region[a] == 0) {
            assertThat(a % 4 < 2).isEqualTo(b % 4 < 2);
          }
        }
      }
    }
    assertThat(p.parameters()).containsEntry("within", "rows").containsEntry("resolution", 1.0)
        .containsKeys("seed", "starts");
    assertThat(o.resolution()).isEqualTo(1.0);
    Proposer.Outcome plurality = NestedProposer.propose(g, region, new int[] {0, 0},
        new ProposalSettings(Method.PLURALITY, 2, 0, Constraints.none(), true, 1, 1), "rows", Runnable::run);
    assertThat(plurality.resolution()).as("plurality has no resolution").isEqualTo(1.0);
    // one total shared out at one resolution: 2 (one per region, where the resolution alone gives 3) and 3,
    // every footprint still in one region
    for (int target : new int[] {2, 3}) {
      Proposal t = NestedProposer.propose(g, region, new int[] {0, 0}, ProposalSettings.defaults().withTarget(target),
          "rows", Runnable::run).proposal();
      assertThat(t.footprintCount()).isEqualTo(target);
      assertThat(t.parameters()).containsEntry("target", target).containsEntry("within", "rows");
      for (int a = 0; a < 16; a++) {
        for (int b = 0; b < 16; b++) {
          if (t.footprintOfArea(a) == t.footprintOfArea(b)) {
            assertThat(region[a]).isEqualTo(region[b]);
          }
        }
      }
    }
  }

  /** The parameters a proposal reports: what was asked for and, with a target, what the search found. */
  @Test
  void parametersSayWhatProducedTheProposal() {
    ConditionGraph g = halves();
    Map<String, Object> free = Proposer.propose(g, ProposalSettings.defaults()).proposal().parameters();
    assertThat(free).containsOnlyKeys("min_population", "min_localisation", "contiguity", "resolution", "seed",
        "starts", "polish", "polish_moves");
    Map<String, Object> target = Proposer.propose(g, ProposalSettings.defaults().withTarget(2)).proposal()
        .parameters();
    assertThat(target).containsEntry("target", 2).containsKeys("resolution_search_runs", "merged_to_target",
        "polish_from");
    Map<String, Object> unpolished = Proposer.propose(g, ProposalSettings.defaults().withTarget(2).withPolish(false))
        .proposal().parameters();
    assertThat(unpolished).containsEntry("polish", false).doesNotContainKeys("polish_moves", "polish_from");
    Map<String, Object> plurality = Proposer.propose(g, new ProposalSettings(Method.PLURALITY, 1, 0,
        Constraints.none(), true, 1, 1)).proposal().parameters();
    assertThat(plurality).doesNotContainKeys("seed", "starts").containsEntry("resolution", 1.0);
    assertThat(ProposalSettings.defaults().withResolution(2).resolution()).isEqualTo(2);
  }

  @Test
  void settingsRefuseWhatTheirRulesRefuse() {
    assertThat(ProposalSettings.resolutionProblem(0)).isNotNull();
    assertThat(ProposalSettings.resolutionProblem(Double.NaN)).isNotNull();
    assertThat(ProposalSettings.resolutionProblem(0.5)).isNull();
    assertThat(ProposalSettings.targetProblem(-1)).isNotNull();
    assertThat(ProposalSettings.targetProblem(0)).isNull();
    assertThat(ProposalSettings.startsProblem(0)).isNotNull();
    assertThat(ProposalSettings.startsProblem(1)).isNull();
    assertThat(ProposalSettings.minPopulationProblem(-5)).isNotNull();
    assertThat(ProposalSettings.minLocalisationProblem(2)).isNotNull();
    assertThatThrownBy(() -> new ProposalSettings(Method.LEIDEN, -1, 0, Constraints.none(), true, 1, 1))
        .hasMessageContaining("resolution must be a number above 0, not -1.0");
    assertThatThrownBy(() -> new ProposalSettings(Method.LEIDEN, 1, -2, Constraints.none(), true, 1, 1))
        .hasMessageContaining("target");
    assertThatThrownBy(() -> new ProposalSettings(Method.LEIDEN, 1, 0, Constraints.none(), true, 1, 0))
        .hasMessageContaining("starts");
    assertThatThrownBy(() -> new ProposalSettings(null, 1, 0, Constraints.none(), true, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Method.named(" Plurality ")).isEqualTo(Method.PLURALITY);
    assertThat(Method.named("kmeans")).isNull();
    assertThat(Method.LEIDEN.key()).isEqualTo("leiden");
  }
}
