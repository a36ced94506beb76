package io.footprint.geo;

import io.footprint.model.Area;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which areas are neighbours: the graph footprints must be contiguous in. With polygons, rook
 * neighbours ({@link RookAdjacency}); with centroids only, Delaunay neighbours
 * ({@link DelaunayAdjacency}); then pieces with no neighbour are linked to their nearest area
 * ({@link IslandLinker}), so that the graph is connected.
 *
 * <p>Layout: neighbours of area {@code a} are {@code neighbour[start[a] .. start[a+1]-1]}, sorted and
 * distinct, every edge stored in both directions.
 */
public final class AreaAdjacency {
  /** How the neighbours were found. */
  public enum Source { POLYGONS, DELAUNAY }

  /** A link added so that an island is not left alone, with its length in metres. */
  public record IslandLink(String from, String to, double metres, int piecesize) {}

  private final int[] start;
  private final int[] neighbour;
  private final Source source;
  private final List<IslandLink> links;
  private final List<String> codes;

  private AreaAdjacency(int[] start, int[] neighbour, Source source, List<IslandLink> links, List<String> codes) {
    this.start = start;
    this.neighbour = neighbour;
    this.source = source;
    this.links = List.copyOf(links);
    this.codes = codes;
  }

  /** Builds the adjacency of the areas (polygons when every area has one, else Delaunay of centroids). */
  public static AreaAdjacency of(List<Area> areas) {
    int n = areas.size();
    boolean polygons = n > 0 && areas.stream().allMatch(Area::hasGeometry);
    // centroids in grid metres are needed for Delaunay, and with polygons only if there are islands to link
    double[][] xy = polygons ? null : centroidsInMetres(areas);
    List<int[]> edges = polygons ? RookAdjacency.edges(areas) : DelaunayAdjacency.edges(xy);
    List<IslandLink> links = IslandLinker.link(areas, edges, xy);
    int[] start = new int[n + 1];
    int[] neighbour = compressedRows(n, edges, start);
    return new AreaAdjacency(start, neighbour, polygons ? Source.POLYGONS : Source.DELAUNAY, links,
        areas.stream().map(Area::code).toList());
  }

  /** Each node's neighbours sorted and distinct, both directions of every edge, self-loops left out. */
  private static int[] compressedRows(int n, List<int[]> edges, int[] start) {
    int[] count = new int[n + 1];
    for (int[] e : edges) {
      if (e[0] != e[1]) {
        count[e[0] + 1]++;
        count[e[1] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      count[i + 1] += count[i];
    }
    int[] all = new int[count[n]];
    int[] fill = Arrays.copyOf(count, n);
    for (int[] e : edges) {
      if (e[0] != e[1]) {
        all[fill[e[0]]++] = e[1];
        all[fill[e[1]]++] = e[0];
      }
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      Arrays.sort(all, count[i], count[i + 1]);
      int rowStart = m;
      for (int k = count[i]; k < count[i + 1]; k++) {
        if (m == rowStart || all[m - 1] != all[k]) {
          all[m++] = all[k];
        }
      }
      start[i + 1] = m;
    }
    return Arrays.copyOf(all, m);
  }

  static double[][] centroidsInMetres(List<Area> areas) {
    BritishNationalGrid grid = new BritishNationalGrid();
    double[][] xy = new double[areas.size()][];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = grid.toGrid(areas.get(i).lon(), areas.get(i).lat());
    }
    return xy;
  }

  public int areaCount() {
    return start.length - 1;
  }

  public Source source() {
    return source;
  }

  /** Links added to connect islands, in the order they were made. */
  public List<IslandLink> links() {
    return links;
  }

  public int[] neighbours(int area) {
    return Arrays.copyOfRange(neighbour, start[area], start[area + 1]);
  }

  public int edgeCount() {
    return neighbour.length / 2;
  }

  /** Area codes, in area order. */
  public List<String> codes() {
    return codes;
  }

  /** Where each area's neighbours start in {@link #neighbourArray()}: {@code areaCount() + 1} entries (a copy). */
  public int[] startArray() {
    return start.clone();
  }

  /** Every area's neighbours, one row after another (a copy). */
  public int[] neighbourArray() {
    return neighbour.clone();
  }

  /**
   * Whether each part of a partition of the areas is connected (a part with no areas counts as
   * connected), in one sweep: every area is reached once, from the first area of its piece.
   *
   * @param partOfArea part of each area, 0 to {@code parts - 1}
   */
  public boolean[] connectedParts(int[] partOfArea, int parts) {
    int n = areaCount();
    boolean[] reached = new boolean[n];
    int[] pieces = new int[parts];
    int[] stack = new int[n];
    for (int a = 0; a < n; a++) {
      if (reached[a]) {
        continue;
      }
      int part = partOfArea[a];
      pieces[part]++;
      reached[a] = true;
      int top = 0;
      stack[top++] = a;
      while (top > 0) {
        int x = stack[--top];
        for (int k = start[x]; k < start[x + 1]; k++) {
          int y = neighbour[k];
          if (!reached[y] && partOfArea[y] == part) {
            reached[y] = true;
            stack[top++] = y;
          }
        }
      }
    }
    boolean[] connected = new boolean[parts];
    for (int p = 0; p < parts; p++) {
      connected[p] = pieces[p] <= 1;
    }
    return connected;
  }

  /** Whether the given areas induce a connected subgraph (the empty set and single areas do). */
  public boolean isConnected(int[] areas) {
    if (areas.length <= 1) {
      return true;
    }
    BitSet in = new BitSet(areaCount());
    for (int a : areas) {
      in.set(a);
    }
    int[] stack = new int[areas.length];
    int top = 0;
    stack[top++] = areas[0];
    in.clear(areas[0]);
    int seen = 1;
    while (top > 0) {
      int x = stack[--top];
      for (int k = start[x]; k < start[x + 1]; k++) {
        if (in.get(neighbour[k])) {
          in.clear(neighbour[k]);
          stack[top++] = neighbour[k];
          seen++;
        }
      }
    }
    return seen == areas.length;
  }
}
