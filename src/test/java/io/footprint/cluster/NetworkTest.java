package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkTest {
  @Test
  void edgesGivenTwiceAreSummedAndSelfLinksKeptApart() {
    Network net = Network.fromEdges(3, new int[] {0, 1, 2, 2}, new int[] {1, 0, 2, 1}, new double[] {1, 2, 5, 4});
    assertThat(net.edgeCount()).isEqualTo(2);
    assertThat(net.edgeWeight(net.neighbourStart(0))).isEqualTo(3);
    assertThat(net.selfLinkWeight(2)).isEqualTo(5);
    assertThat(net.totalWeight()).isEqualTo(12);
    assertThat(net.strengths()).containsExactly(3, 7, 14);
    net.checkIntegrity();
  }

  @Test
  void unweightedSharesTheRowsAndAddsNodesWithoutEdges() {
    int[] start = {0, 1, 3, 4};
    int[] neighbour = {1, 0, 2, 1};
    Network net = Network.unweighted(5, start, neighbour, new double[] {1, 1, 1, 1});
    net.checkIntegrity();
    assertThat(net.nodeCount()).isEqualTo(5);
    assertThat(net.edgeCount()).isEqualTo(2);
    assertThat(net.degree(1)).isEqualTo(2);
    assertThat(net.degree(3)).isZero();
    assertThat(net.degree(4)).isZero();
    assertThatThrownBy(() -> Network.unweighted(2, start, neighbour, new double[4]))
        .hasMessageContaining("do not fit");
  }

  @Test
  void rejectsBadEdges() {
    assertThatThrownBy(() -> Network.fromEdges(2, new int[] {0}, new int[] {2}, new double[] {1}))
        .hasMessageContaining("joins 0 and 2");
    assertThatThrownBy(() -> Network.fromEdges(2, new int[] {0}, new int[] {1}, new double[] {-1}))
        .hasMessageContaining("weight -1");
  }

  @Test
  void integrityCheckNamesAnAsymmetricEdge() {
    Network broken = new Network(2, new int[] {0, 1, 1}, new int[] {1}, new double[] {1}, new double[2]);
    assertThatThrownBy(broken::checkIntegrity).hasMessageContaining("not stored symmetrically");
  }

  @Test
  void aggregateOfTwoTriangles() {
    Network net = Graphs.unweighted(6, new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
    Network agg = net.aggregate(new Clustering(new int[] {0, 0, 0, 1, 1, 1}));
    assertThat(agg.nodeCount()).isEqualTo(2);
    assertThat(agg.selfLinkWeight(0)).isEqualTo(3);
    assertThat(agg.selfLinkWeight(1)).isEqualTo(3);
    assertThat(agg.edgeWeight(agg.neighbourStart(0))).isEqualTo(1);
  }
}
