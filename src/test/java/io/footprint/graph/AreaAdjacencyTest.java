package io.footprint.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.Fixtures;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

class AreaAdjacencyTest {
  @Test
  void gridSquaresAreRookNeighboursNotQueen() {
    AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(3, 3, 10));
    assertThat(adj.source()).isEqualTo(AreaAdjacency.Source.POLYGONS);
    assertThat(adj.neighbours(4)).containsExactly(1, 3, 5, 7); // centre: 4 edge-sharing, not the 4 corner-touching
    assertThat(adj.neighbours(0)).containsExactly(1, 3);
    assertThat(adj.edgeCount()).isEqualTo(12);
    assertThat(adj.links()).isEmpty();
    assertThat(adj.asGraph().edgeSet()).hasSize(12);
  }

  @Test
  void islandsAreLinkedToTheirNearestAreaAndReported() {
    List<Area> areas = new ArrayList<>(Fixtures.grid(2, 2, 10));
    // an island two cells east of the grid, and a pair of islands further away
    List<Area> far = Fixtures.grid(1, 7, 10);
    areas.add(rename(far.get(4), "B1"));
    areas.add(rename(far.get(6), "C1"));
    areas.sort((a, b) -> a.code().compareTo(b.code()));
    AreaAdjacency adj = AreaAdjacency.of(areas);
    // B1 and C1 are 2.7 km apart and B1 is 4.1 km from the grid: first the two islands join, then the pair
    assertThat(adj.links()).extracting(AreaAdjacency.IslandLink::from, AreaAdjacency.IslandLink::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("B1", "C1"), org.assertj.core.groups.Tuple.tuple("B1", "A0001"));
    assertThat(adj.links().get(1).piecesize()).isEqualTo(2);
    assertThat(new ConnectivityInspector<>(adj.asGraph()).isConnected()).isTrue();
  }

  @Test
  void centroidsOnlyUseDelaunay() {
    List<Area> areas = new ArrayList<>();
    for (Area a : Fixtures.grid(3, 3, 10)) {
      areas.add(new Area(a.code(), a.name(), a.population(), a.lon(), a.lat(), null));
    }
    AreaAdjacency adj = AreaAdjacency.of(areas);
    assertThat(adj.source()).isEqualTo(AreaAdjacency.Source.DELAUNAY);
    assertThat(adj.neighbours(4)).contains(1, 3, 5, 7);
    assertThat(new ConnectivityInspector<>(adj.asGraph()).isConnected()).isTrue();
  }

  @Test
  void connectivityOfSubsets() {
    AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(3, 3, 10));
    assertThat(adj.isConnected(new int[] {0, 1, 2, 5})).isTrue();
    assertThat(adj.isConnected(new int[] {0, 4})).isFalse();
    assertThat(adj.isConnected(new int[] {})).isTrue();
  }

  private static Area rename(Area a, String code) {
    return new Area(code, code, a.population(), a.lon(), a.lat(), a.geometry());
  }
}
