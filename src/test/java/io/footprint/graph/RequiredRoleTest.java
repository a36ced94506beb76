package io.footprint.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.Fixtures;
import io.footprint.cluster.Clustering;
import io.footprint.cluster.ConstraintMerger;
import io.footprint.cluster.Constraints;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --require-role}: only sites with the role count as the providers every footprint needs, so the
 * constraint works inside the clustering as the providing site's does. Four areas in a row, each sending 10 to
 * its own site; area 1 also sends 5 to site 0, area 2 sends 1 to site 3; only sites 0 and 3 are major trauma
 * centres.
 */
class RequiredRoleTest {
  private static ConditionGraph graph(String role) {
    List<Area> areas = Fixtures.grid(1, 4, 1000);
    List<Site> sites = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      Site s = Fixtures.site("S" + k, areas.get(k).lon(), areas.get(k).lat());
      sites.add(new Site(s.code(), s.name(), s.orgCode(), s.orgName(), s.lon(), s.lat(), Set.of(),
          k == 0 || k == 3 ? Map.of("trauma", Set.of("MTC")) : Map.of()));
    }
    double[][] act = new double[4][4];
    for (int a = 0; a < 4; a++) {
      act[a][a] = 10;
    }
    act[1][0] = 5;
    act[2][3] = 1;
    Scenario s = Fixtures.scenario(areas, sites, "trauma", act);
    return new ConditionGraph(s, "trauma", AreaAdjacency.of(areas), role);
  }

  /**
   * Each area with its own site: with no role required every footprint has a provider and nothing merges. With
   * MTC required, the footprints of areas 1 and 2 hold none: area 1's (the lower, of equal residents) joins area
   * 0's, which it sends 5; then area 2's joins area 3's, which it sends 1 (it sends the merged one nothing).
   */
  @Test
  void footprintsWithoutTheRoleMergeIntoTheNeighbourTheyExchangeMostWith() {
    Clustering own = new Clustering(new int[] {0, 1, 2, 3, 0, 1, 2, 3});
    Constraints c = new Constraints(0, 0, true);
    assertThat(ConstraintMerger.apply(graph(null).network(), own, c).toArray())
        .containsExactly(0, 1, 2, 3, 0, 1, 2, 3);
    assertThat(ConstraintMerger.apply(graph("MTC").network(), own, c).toArray())
        .containsExactly(0, 0, 1, 1, 0, 0, 1, 1);
    assertThat(graph("mtc").network().providerCount()).isEqualTo(2);
  }
}
