package io.footprint.geo;

import io.footprint.cluster.Network;
import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * Which areas are neighbours: the graph footprints must be contiguous in.
 *
 * <p>With polygons, two areas whose rings share a segment (both end points exactly, as
 * topology-preserving generalisations and tilings leave them) are neighbours, found in one pass
 * over the vertices. An area with a segment no other area shares (on the coast, or on a border drawn
 * with different vertices on its two sides) is checked against its other candidates from an
 * {@link EnvelopeGrid} of bounding boxes, in parallel: neighbours when their intersection,
 * snap-rounded to about a centimetre, is a shared border or an overlap (generalised boundaries
 * sometimes overlap slightly) longer than about a centimetre (specks where corners meet do not make
 * neighbours). With centroids only, neighbours are the edges of the Delaunay triangulation of the
 * centroids in British National Grid metres.
 * Then every connected piece but the largest is linked, at its closest pair of centroids, to the
 * nearest area outside it (Boruvka's rule), until the graph is connected; each link is reported.
 *
 * <p>Layout: neighbours of area {@code a} are {@code neighbour[start[a] .. start[a+1]-1]}, sorted.
 */
public final class AreaAdjacency {
  /** How the neighbours were found. */
  public enum Source { POLYGONS, DELAUNAY }

  /** A link added so that an island is not left alone, with its length in metres. */
  public record IslandLink(String from, String to, double metres, int piecesize) {}

  /** About 1 cm: overlaps shorter than this are floating-point specks at corners, not borders. */
  static final double MIN_SHARED_DEGREES = 1e-7;
  /** The grid borders are compared on: 1e-7 degrees, about a centimetre. */
  private static final PrecisionModel SNAP = new PrecisionModel(1e7);

  private final int[] start;
  private final int[] neighbour;
  private final Source source;
  private final List<IslandLink> links;
  private final List<String> codes;
  private final double[] ones;

  private AreaAdjacency(int[] start, int[] neighbour, Source source, List<IslandLink> links, List<String> codes) {
    this.start = start;
    this.neighbour = neighbour;
    this.ones = new double[neighbour.length];
    Arrays.fill(ones, 1);
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
    List<int[]> edges = polygons ? polygonEdges(areas) : delaunayEdges(xy);
    List<IslandLink> links = new ArrayList<>();
    linkPieces(n, edges, xy, areas, links);
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    double[] w = new double[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      from[e] = edges.get(e)[0];
      to[e] = edges.get(e)[1];
      w[e] = 1;
    }
    Network net = Network.fromEdges(n, from, to, w);
    int[] start = new int[n + 1];
    int[] nb = new int[net.edgeCount() * 2];
    for (int a = 0; a < n; a++) {
      start[a + 1] = net.neighbourEnd(a);
      for (int k = net.neighbourStart(a); k < net.neighbourEnd(a); k++) {
        nb[k] = net.neighbour(k);
      }
    }
    return new AreaAdjacency(start, nb, polygons ? Source.POLYGONS : Source.DELAUNAY, links,
        areas.stream().map(Area::code).toList());
  }

  private static double[][] centroidsInMetres(List<Area> areas) {
    BritishNationalGrid grid = new BritishNationalGrid();
    double[][] xy = new double[areas.size()][];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = grid.toGrid(areas.get(i).lon(), areas.get(i).lat());
    }
    return xy;
  }

  private static List<int[]> polygonEdges(List<Area> areas) {
    int n = areas.size();
    // 1. polygons that share a segment (both end points exactly) are neighbours: one pass over the vertices.
    //    A segment met once lies on the coast or on a border drawn differently on its two sides.
    Map<Segment, Integer> firstOwner = new HashMap<>();
    List<Set<Integer>> shared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shared.add(new java.util.TreeSet<>());
    }
    boolean[] open = new boolean[n];
    for (int i = 0; i < n; i++) {
      final int owner = i;
      areas.get(i).geometry().apply((org.locationtech.jts.geom.CoordinateSequenceFilter) new SegmentVisitor(seg -> {
        Integer other = firstOwner.putIfAbsent(seg, owner);
        if (other == null || other == owner || other == -2 - owner) {
          return;
        }
        if (other >= 0) {
          shared.get(Math.min(other, owner)).add(Math.max(other, owner));
          firstOwner.put(seg, -2 - other);
        } else {
          // a third polygon on one segment: polygons overlap here, so check them all with JTS
          open[owner] = true;
          open[-2 - other] = true;
        }
      }));
    }
    firstOwner.forEach((seg, owner) -> {
      if (owner >= 0) {
        open[owner] = true;
      }
    });
    // 2. areas with a segment met once are checked against the other candidates (from a grid of
    //    envelopes) with JTS: borders that do not share vertices (a vertex of one on the middle of the
    //    other's edge), or that overlap slightly. An area whose every segment is shared is closed: in a
    //    coverage nothing else can border it along a line without overlapping a neighbour found in step 1.
    org.locationtech.jts.geom.Envelope[] boxes = new org.locationtech.jts.geom.Envelope[n];
    for (int i = 0; i < n; i++) {
      boxes[i] = areas.get(i).geometry().getEnvelopeInternal();
    }
    EnvelopeGrid grid = new EnvelopeGrid(boxes);
    List<int[]> edges = new ArrayList<>();
    List<List<Integer>> checked = java.util.stream.IntStream.range(0, n).parallel().mapToObj(i -> {
      if (!open[i]) {
        return List.<Integer>of();
      }
      Geometry gi = areas.get(i).geometry();
      org.locationtech.jts.geom.Envelope near = new org.locationtech.jts.geom.Envelope(gi.getEnvelopeInternal());
      near.expandBy(1 / SNAP.getScale());
      int[] candidates = grid.query(near);
      List<Integer> found = new ArrayList<>();
      for (int j : candidates) {
        if (j == i || (j < i && open[j]) || shared.get(Math.min(i, j)).contains(Math.max(i, j))) {
          continue;
        }
        Geometry gj = areas.get(j).geometry();
        if (adjacentByGeometry(gi, gj)) {
          found.add(j);
        }
      }
      return found;
    }).toList();
    for (int i = 0; i < n; i++) {
      for (int j : shared.get(i)) {
        edges.add(new int[] {i, j});
      }
      for (int j : checked.get(i)) {
        edges.add(new int[] {i, j});
      }
    }
    return edges;
  }

  /**
   * Whether two polygons share more than about a centimetre of border: their intersection, snap-rounded
   * to a 1e-7 degree grid (OverlayNG with a fixed precision model) so that a border drawn with a vertex
   * on one side only, a floating-point hair off the other side's edge, still meets along its length.
   */
  private static boolean adjacentByGeometry(Geometry gi, Geometry gj) {
    if (!gi.isWithinDistance(gj, 1 / SNAP.getScale())) {
      return false;
    }
    Geometry overlap;
    try {
      overlap = OverlayNG.overlay(gi, gj, OverlayNG.INTERSECTION, SNAP);
    } catch (RuntimeException e) {
      overlap = OverlayNGRobust.overlay(gi, gj, OverlayNG.INTERSECTION);
    }
    return sharedLength(overlap) > MIN_SHARED_DEGREES;
  }

  /** An undirected segment between two exact points, for hashing shared borders. */
  private record Segment(double x1, double y1, double x2, double y2) {
    static Segment of(double ax, double ay, double bx, double by) {
      boolean swap = ax > bx || (ax == bx && ay > by);
      return swap ? new Segment(bx, by, ax, ay) : new Segment(ax, ay, bx, by);
    }
  }

  /** Calls back with every segment of every ring. */
  private static final class SegmentVisitor implements org.locationtech.jts.geom.CoordinateSequenceFilter {
    private final java.util.function.Consumer<Segment> sink;

    SegmentVisitor(java.util.function.Consumer<Segment> sink) {
      this.sink = sink;
    }

    @Override
    public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
      if (i > 0 && (seq.getX(i) != seq.getX(i - 1) || seq.getY(i) != seq.getY(i - 1))) {
        sink.accept(Segment.of(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i)));
      }
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return false;
    }
  }

  /**
   * How long a border two polygons share: the length of their common boundary, or, where they
   * overlap, half the perimeter of the overlap (a long thin sliver along a generalised border
   * counts; a speck where corners cross does not).
   */
  private static double sharedLength(Geometry overlap) {
    return overlap.getDimension() == 2 ? overlap.getLength() / 2 : overlap.getLength();
  }

  private static List<int[]> delaunayEdges(double[][] xy) {
    List<int[]> edges = new ArrayList<>();
    Map<Coordinate, Integer> at = new HashMap<>();
    List<Coordinate> unique = new ArrayList<>();
    for (int i = 0; i < xy.length; i++) {
      Coordinate c = new Coordinate(xy[i][0], xy[i][1]);
      Integer first = at.putIfAbsent(c, i);
      if (first == null) {
        unique.add(c);
      } else {
        edges.add(new int[] {first, i});
      }
    }
    if (unique.size() < 2) {
      return edges;
    }
    if (unique.size() == 2) {
      edges.add(new int[] {at.get(unique.get(0)), at.get(unique.get(1))});
      return edges;
    }
    DelaunayTriangulationBuilder b = new DelaunayTriangulationBuilder();
    b.setSites(unique);
    Geometry lines = b.getEdges(new GeometryFactory());
    for (int k = 0; k < lines.getNumGeometries(); k++) {
      Coordinate[] cs = lines.getGeometryN(k).getCoordinates();
      Integer a = at.get(new Coordinate(cs[0].x, cs[0].y));
      Integer c = at.get(new Coordinate(cs[cs.length - 1].x, cs[cs.length - 1].y));
      if (a != null && c != null && !a.equals(c)) {
        edges.add(new int[] {a, c});
      }
    }
    assert lines instanceof MultiLineString || lines.isEmpty();
    return edges;
  }

  /**
   * Adds links until the graph is connected: the smallest piece (then the one with the lowest area)
   * links, at its closest pair of centroids, to the nearest area outside it; repeat.
   */
  private static void linkPieces(int n, List<int[]> edges, double[][] centroids, List<Area> areas,
      List<IslandLink> links) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[] e : edges) {
      union(parent, e[0], e[1]);
    }
    double[][] xy = centroids;
    while (true) {
      // each area's piece (its root), and each piece's size and lowest member (areas are scanned in order)
      int[] root = new int[n];
      int[] size = new int[n];
      int[] lowest = new int[n];
      int pieces = 0;
      for (int i = 0; i < n; i++) {
        root[i] = find(parent, i);
        if (size[root[i]]++ == 0) {
          lowest[root[i]] = i;
          pieces++;
        }
      }
      if (pieces <= 1) {
        return;
      }
      int piece = -1;
      for (int i = 0; i < n; i++) {
        if (size[i] > 0 && (piece < 0 || size[i] < size[piece]
            || (size[i] == size[piece] && lowest[i] < lowest[piece]))) {
          piece = i;
        }
      }
      if (xy == null) {
        xy = centroidsInMetres(areas);
      }
      int bestA = -1;
      int bestB = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        if (root[a] != piece) {
          continue;
        }
        for (int b = 0; b < n; b++) {
          if (root[b] != piece) {
            double dx = xy[a][0] - xy[b][0];
            double dy = xy[a][1] - xy[b][1];
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
      union(parent, bestA, bestB);
      links.add(new IslandLink(areas.get(bestA).code(), areas.get(bestB).code(), Math.sqrt(best), size[piece]));
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
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

  /** The adjacency as a network over {@code nodeCount >= areaCount} nodes; nodes past the areas have no edges. */
  public Network toNetwork(int nodeCount) {
    return Network.unweighted(nodeCount, start, neighbour, ones);
  }

  /** The adjacency as a JGraphT graph on area codes, for library users. */
  public Graph<String, DefaultEdge> asGraph() {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    codes.forEach(g::addVertex);
    for (int a = 0; a < areaCount(); a++) {
      for (int k = start[a]; k < start[a + 1]; k++) {
        if (neighbour[k] > a) {
          g.addEdge(codes.get(a), codes.get(neighbour[k]));
        }
      }
    }
    return g;
  }

  /** Whether the given areas induce a connected subgraph (the empty set and single areas do). */
  public boolean isConnected(int[] areas) {
    if (areas.length <= 1) {
      return true;
    }
    java.util.BitSet in = new java.util.BitSet(areaCount());
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
