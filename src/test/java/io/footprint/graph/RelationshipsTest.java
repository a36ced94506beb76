package io.footprint.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.Fixtures;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.LeidenAlgorithm;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Relationship;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.PartitionScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clinical relationships as site-site edges, worked on paper: two neighbouring areas, each sending 10 to its own
 * site and nothing to the other's. Apart (two footprints) modularity is 20/20 - 2 (20/40)^2 = 0.5 against 0 for
 * one footprint. With a relationship of 100 between the sites, m = 120 and each half has strength 120: apart,
 * 20/120 - 2 (120/240)^2 = -0.33, together 0, so the two sites and their areas end in one footprint. A
 * relationship of 1 leaves them apart (20/21 - 2 (21/42)^2 = 0.45 against 0).
 */
class RelationshipsTest {
  private static ConditionGraph graph(double weight) {
    List<Area> areas = Fixtures.grid(1, 2, 1000);
    List<Site> sites = List.of(Fixtures.site("S0", areas.get(0).lon(), areas.get(0).lat()),
        Fixtures.site("S1", areas.get(1).lon(), areas.get(1).lat()));
    Scenario s = Fixtures.scenario(areas, sites, "cancer", new double[][] {{10, 0}, {0, 10}});
    List<Relationship> related = weight > 0 ? List.of(new Relationship(0, 1, null, weight)) : List.of();
    return new ConditionGraph(s, "cancer", AreaAdjacency.of(areas), null, related, 1);
  }

  @Test
  void aHeavyRelationshipJoinsSitesThatShareNoPatients() {
    assertThat(new LeidenAlgorithm(1, true, 1).cluster(graph(0).network(), 1).clusterCount()).isEqualTo(2);
    assertThat(new LeidenAlgorithm(1, true, 1).cluster(graph(1).network(), 1).clusterCount()).isEqualTo(2);
    ConditionGraph heavy = graph(100);
    Clustering c = new LeidenAlgorithm(1, true, 1).cluster(heavy.network(), 1);
    assertThat(c.clusterCount()).isEqualTo(1);
    // a relationship is no one's activity: the footprint's figures are the patients' own
    PartitionScore score = new PartitionScorer(heavy).score(heavy.toProposal(c, "leiden", java.util.Map.of()), 1);
    Footprint f = score.footprints().get(0);
    assertThat(f.siteActivity()).isEqualTo(20);
    assertThat(f.residentActivity()).isEqualTo(20);
    assertThat(f.localisation()).isEqualTo(1);
    assertThat(heavy.relationships()).hasSize(1);
  }

  /** A relationship for another condition, or between sites with no activity for this one, is left out. */
  @Test
  void relationshipsOfOtherConditionsAreLeftOut() {
    List<Area> areas = Fixtures.grid(1, 2, 1000);
    List<Site> sites = List.of(Fixtures.site("S0", areas.get(0).lon(), areas.get(0).lat()),
        Fixtures.site("S1", areas.get(1).lon(), areas.get(1).lat()));
    Scenario s = Fixtures.scenario(areas, sites, "cancer", new double[][] {{10, 0}, {0, 10}});
    ConditionGraph g = new ConditionGraph(s, "cancer", AreaAdjacency.of(areas), null,
        List.of(new Relationship(0, 1, "trauma", 100)), 1);
    assertThat(g.relationships()).isEmpty();
    assertThat(new LeidenAlgorithm(1, true, 1).cluster(g.network(), 1).clusterCount()).isEqualTo(2);
  }
}
