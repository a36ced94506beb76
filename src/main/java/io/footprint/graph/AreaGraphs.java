package io.footprint.graph;

import io.footprint.cluster.Network;
import io.footprint.geo.AreaAdjacency;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** The area adjacency handed over: as a CSR {@link Network} for the algorithms, as a JGraphT graph for library users. */
public final class AreaGraphs {
  private AreaGraphs() {}

  /** The adjacency as an unweighted network over {@code nodeCount >= areaCount} nodes; nodes past the areas have no edges. */
  public static Network network(AreaAdjacency adjacency, int nodeCount) {
    int[] neighbour = adjacency.neighbourArray();
    double[] ones = new double[neighbour.length];
    Arrays.fill(ones, 1);
    return Network.unweighted(nodeCount, adjacency.startArray(), neighbour, ones);
  }

  /** The adjacency as a JGraphT graph on area codes. */
  public static Graph<String, DefaultEdge> graph(AreaAdjacency adjacency) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    List<String> codes = adjacency.codes();
    codes.forEach(g::addVertex);
    for (int a = 0; a < adjacency.areaCount(); a++) {
      for (int b : adjacency.neighbours(a)) {
        if (b > a) {
          g.addEdge(codes.get(a), codes.get(b));
        }
      }
    }
    return g;
  }
}
