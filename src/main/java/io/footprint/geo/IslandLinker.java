package io.footprint.geo;

import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connects an adjacency that falls into pieces (the Isle of Wight, the Scillies, an area whose
 * polygon touches no other): while there is more than one piece, the smallest (then the one holding
 * the lowest area) is linked, at its closest pair of centroids in British National Grid metres, to
 * the nearest area outside it (Boruvka's rule). Each link is reported.
 */
final class IslandLinker {
  private IslandLinker() {}

  /**
   * Adds links to {@code edges} until the areas form one piece.
   *
   * @param xy centroids in grid metres, or null to compute them when a link is first needed
   * @return the links added, in order
   */
  static List<AreaAdjacency.IslandLink> link(List<Area> areas, List<int[]> edges, double[][] xy) {
    int n = areas.size();
    List<AreaAdjacency.IslandLink> links = new ArrayList<>();
    double[][] centroids = xy;
    while (true) {
      Pieces pieces = Pieces.of(n, edges);
      if (pieces.count <= 1) {
        return links;
      }
      int piece = pieces.smallest();
      if (centroids == null) {
        centroids = AreaAdjacency.centroidsInMetres(areas);
      }
      int bestA = -1;
      int bestB = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        if (pieces.of[a] != piece) {
          continue;
        }
        for (int b = 0; b < n; b++) {
          if (pieces.of[b] != piece) {
            double dx = centroids[a][0] - centroids[b][0];
            double dy = centroids[a][1] - centroids[b][1];
            double d = dx * dx + dy * dy;
            if (d < best) {
              best = d;
              bestA = a;
              bestB = b;
            }
          }
        }
      }
      edges.add(new int[] {bestA, bestB});
      links.add(new AreaAdjacency.IslandLink(areas.get(bestA).code(), areas.get(bestB).code(), Math.sqrt(best),
          pieces.size[piece]));
    }
  }

  /**
   * The connected pieces of a graph, found breadth first: piece {@code of[a]} of each node, numbered
   * in order of their lowest node, with its size.
   */
  private record Pieces(int[] of, int[] size, int count) {
    static Pieces of(int n, List<int[]> edges) {
      int[] degree = new int[n + 1];
      for (int[] e : edges) {
        degree[e[0] + 1]++;
        degree[e[1] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        degree[i + 1] += degree[i];
      }
      int[] nb = new int[degree[n]];
      int[] fill = degree.clone();
      for (int[] e : edges) {
        nb[fill[e[0]]++] = e[1];
        nb[fill[e[1]]++] = e[0];
      }
      int[] of = new int[n];
      Arrays.fill(of, -1);
      int[] size = new int[n];
      int[] queue = new int[n];
      int count = 0;
      for (int s = 0; s < n; s++) {
        if (of[s] >= 0) {
          continue;
        }
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        of[s] = count;
        while (head < tail) {
          int x = queue[head++];
          for (int k = degree[x]; k < degree[x + 1]; k++) {
            if (of[nb[k]] < 0) {
              of[nb[k]] = count;
              queue[tail++] = nb[k];
            }
          }
        }
        size[count++] = tail;
      }
      return new Pieces(of, size, count);
    }

    /** The smallest piece; of equal ones, the one holding the lowest node (the lowest number). */
    int smallest() {
      int best = 0;
      for (int p = 1; p < count; p++) {
        if (size[p] < size[best]) {
          best = p;
        }
      }
      return best;
    }
  }
}
