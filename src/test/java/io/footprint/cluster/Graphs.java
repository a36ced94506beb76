package io.footprint.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Generated inputs for the algorithm tests. */
final class Graphs {
  private Graphs() {}

  static Network network(int n, int[][] edges, double[] weights) {
    int[] from = new int[edges.length];
    int[] to = new int[edges.length];
    for (int e = 0; e < edges.length; e++) {
      from[e] = edges[e][0];
      to[e] = edges[e][1];
    }
    return Network.fromEdges(n, from, to, weights);
  }

  static Network unweighted(int n, int[][] edges) {
    double[] w = new double[edges.length];
    Arrays.fill(w, 1);
    return network(n, edges, w);
  }

  static Network random(int n, double p, Random rnd) {
    List<int[]> edges = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (rnd.nextDouble() < p) {
          edges.add(new int[] {i, j});
          w.add(1 + rnd.nextInt(5) + 0.0);
        }
      }
    }
    return network(n, edges.toArray(new int[0][]), w.stream().mapToDouble(d -> d).toArray());
  }

  /** rook adjacency of a rows x cols grid over {@code nodes} nodes (areas first). */
  static Network gridAdjacency(int rows, int cols, int nodes) {
    return grid(rows, cols, nodes, false);
  }

  /**
   * A rows x cols grid with the diagonal from each cell's top left to its bottom right too: three cells
   * meet at each corner, as areas of a map do, so a cell's neighbours border one another.
   */
  static Network triangulatedGrid(int rows, int cols) {
    return grid(rows, cols, rows * cols, true);
  }

  private static Network grid(int rows, int cols, int nodes, boolean diagonals) {
    List<int[]> edges = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int a = r * cols + c;
        if (c + 1 < cols) {
          edges.add(new int[] {a, a + 1});
        }
        if (r + 1 < rows) {
          edges.add(new int[] {a, a + cols});
        }
        if (diagonals && c + 1 < cols && r + 1 < rows) {
          edges.add(new int[] {a, a + cols + 1});
        }
      }
    }
    int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
    int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
    double[] w = new double[from.length];
    Arrays.fill(w, 1);
    return Network.fromEdges(nodes, from, to, w);
  }

  /**
   * A grid of areas with {@code sites} sites placed at random cells; each area sends flows to the
   * sites, decaying with grid distance, plus noise. Returns a SpatialFlowNetwork.
   */
  static SpatialFlowNetwork randomFlows(int rows, int cols, int sites, Random rnd) {
    int nA = rows * cols;
    int n = nA + sites;
    int[] siteCell = new int[sites];
    for (int s = 0; s < sites; s++) {
      siteCell[s] = rnd.nextInt(nA);
    }
    List<int[]> edges = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int a = 0; a < nA; a++) {
      for (int s = 0; s < sites; s++) {
        int dr = Math.abs(a / cols - siteCell[s] / cols);
        int dc = Math.abs(a % cols - siteCell[s] % cols);
        double v = Math.round(100 * Math.exp(-(dr + dc) / 2.0) * (0.5 + rnd.nextDouble()));
        if (v > 0 && rnd.nextDouble() < 0.9) {
          edges.add(new int[] {a, nA + s});
          w.add(v);
        }
      }
    }
    Network flows = network(n, edges.toArray(new int[0][]), w.stream().mapToDouble(d -> d).toArray());
    double[] pop = new double[n];
    boolean[] provider = new boolean[n];
    for (int a = 0; a < nA; a++) {
      pop[a] = 1000;
    }
    for (int s = nA; s < n; s++) {
      provider[s] = true;
    }
    return new SpatialFlowNetwork(flows, gridAdjacency(rows, cols, n), nA, pop, provider);
  }

  /** Whether the areas of every cluster are connected in the adjacency. */
  static List<Integer> disconnectedClusters(SpatialFlowNetwork net, Clustering c) {
    List<Integer> bad = new ArrayList<>();
    for (int k = 0; k < c.clusterCount(); k++) {
      int start = -1;
      int size = 0;
      for (int a = 0; a < net.areaCount(); a++) {
        if (c.cluster(a) == k) {
          size++;
          start = start < 0 ? a : start;
        }
      }
      if (size == 0) {
        continue;
      }
      boolean[] seen = new boolean[net.areaCount()];
      ArrayDeque<Integer> q = new ArrayDeque<>();
      q.add(start);
      seen[start] = true;
      int reached = 0;
      while (!q.isEmpty()) {
        int x = q.poll();
        reached++;
        for (int e = net.adjacency().neighbourStart(x); e < net.adjacency().neighbourEnd(x); e++) {
          int y = net.adjacency().neighbour(e);
          if (!seen[y] && c.cluster(y) == k) {
            seen[y] = true;
            q.add(y);
          }
        }
      }
      if (reached != size) {
        bad.add(k);
      }
    }
    return bad;
  }
}
