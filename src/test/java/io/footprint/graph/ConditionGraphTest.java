package io.footprint.graph;

import io.footprint.Fixtures;
import io.footprint.cluster.Constraints;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.Method;
import io.footprint.propose.PartitionScorer;
import io.footprint.propose.ProposalSettings;
import io.footprint.propose.Proposer;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


class ConditionGraphTest {
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
}
