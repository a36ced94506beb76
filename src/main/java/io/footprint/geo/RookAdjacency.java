package io.footprint.geo;

import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Rook neighbours of polygons: areas that share a stretch of border, a single shared point not being
 * enough.
 * <ol>
 *   <li>Two areas whose rings share a segment (both end points exactly, as topology-preserving
 *       generalisations and tilings leave them) are neighbours, found in one pass over the vertices.
 *       A segment met once lies on the coast or on a border drawn with different vertices on its two
 *       sides; a segment met three times means polygons overlap there.</li>
 *   <li>An area with such a segment is <b>open</b>: it is checked against its other candidates from an
 *       {@link EnvelopeGrid} of bounding boxes, in parallel, with JTS: neighbours when their
 *       intersection, snap-rounded to about a centimetre, is a shared border or an overlap longer than
 *       about a centimetre (specks where corners meet do not count). An area whose every segment is
 *       shared is closed: in a coverage nothing else can border it along a line without overlapping a
 *       neighbour found in step 1.</li>
 * </ol>
 *
 * <p>Snap-rounding noding is close to quadratic on a long border drawn with different vertices on its
 * two sides (JTS 1.20 inserts the intersection points it finds along a chain into its k-d tree in
 * order, which leaves the tree a list). So a pair with more than {@value #LARGE_PAIR} vertices is first
 * checked by {@link #sharesLongBorder}, which is near-linear and says yes only where the overlay would
 * too (a metre of border within a tenth of a millimetre: a hundred times the centimetre the overlay
 * needs, a hundredth of its grid); only what it cannot decide goes to the overlay.
 */
final class RookAdjacency {
  /** About 1 cm: overlaps shorter than this are floating-point specks at corners, not borders. */
  static final double MIN_SHARED_DEGREES = 1e-7;
  /** The grid borders are compared on: 1e-7 degrees, about a centimetre. */
  private static final PrecisionModel SNAP = new PrecisionModel(1e7);
  /** Pairs with more vertices than this try {@link #sharesLongBorder} before the overlay. */
  static final int LARGE_PAIR = 4096;
  /** About 0.1 mm: a point this close to the other's boundary lies on it, whatever the rounding. */
  private static final double ON_BORDER_DEGREES = 1e-9;
  /** About a metre of border on the other's boundary: certainly more than the overlay's centimetre. */
  private static final double LONG_BORDER_DEGREES = 1e-5;

  private RookAdjacency() {}

  /** The neighbour pairs {@code {a, b}} of the areas' polygons, each once. */
  static List<int[]> edges(List<Area> areas) {
    return edges(areas, true);
  }

  /** As {@link #edges(List)}; {@code longBorderFirst} false sends every pair to the overlay (for tests). */
  static List<int[]> edges(List<Area> areas, boolean longBorderFirst) {
    int n = areas.size();
    List<Set<Integer>> shared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shared.add(new TreeSet<>());
    }
    boolean[] open = sharedSegments(areas, shared);
    Envelope[] boxes = new Envelope[n];
    for (int i = 0; i < n; i++) {
      boxes[i] = areas.get(i).geometry().getEnvelopeInternal();
    }
    EnvelopeGrid grid = new EnvelopeGrid(boxes);
    List<List<Integer>> checked = IntStream.range(0, n).parallel()
        .mapToObj(i -> open[i] ? byGeometry(i, areas, grid, open, shared, longBorderFirst) : List.<Integer>of()).toList();
    List<int[]> edges = new ArrayList<>();
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
   * Step 1: records in {@code shared.get(min)} the larger area of every pair whose rings share a
   * segment; returns which areas are open (a segment met once, or met by three polygons).
   */
  private static boolean[] sharedSegments(List<Area> areas, List<Set<Integer>> shared) {
    int n = areas.size();
    Map<Segment, Integer> once = new HashMap<>();
    Map<Segment, Integer> twice = new HashMap<>();
    boolean[] open = new boolean[n];
    for (int i = 0; i < n; i++) {
      final int owner = i;
      areas.get(i).geometry().apply(new SegmentVisitor(seg -> {
        Integer first = once.get(seg);
        if (first == null) {
          Integer pair = twice.get(seg);
          if (pair == null) {
            once.put(seg, owner);
          } else if (pair != owner) {
            open[owner] = true; // a third polygon on one segment: polygons overlap here
            open[pair] = true;
          }
        } else if (first != owner) {
          once.remove(seg);
          twice.put(seg, first);
          shared.get(Math.min(first, owner)).add(Math.max(first, owner));
        }
      }));
    }
    once.values().forEach(owner -> open[owner] = true);
    return open;
  }

  /** Step 2: the candidates of open area {@code i} that border it, by their geometry. */
  private static List<Integer> byGeometry(int i, List<Area> areas, EnvelopeGrid grid, boolean[] open,
      List<Set<Integer>> shared, boolean longBorderFirst) {
    Geometry gi = areas.get(i).geometry();
    Envelope near = new Envelope(gi.getEnvelopeInternal());
    near.expandBy(1 / SNAP.getScale());
    List<Integer> found = new ArrayList<>();
    for (int j : grid.query(near)) {
      if (j == i || (j < i && open[j]) || shared.get(Math.min(i, j)).contains(Math.max(i, j))) {
        continue;
      }
      if (adjacentByGeometry(gi, areas.get(j).geometry(), longBorderFirst)) {
        found.add(j);
      }
    }
    return found;
  }

  /**
   * Whether two polygons share more than about a centimetre of border: their intersection, snap-rounded
   * to a 1e-7 degree grid (OverlayNG with a fixed precision model) so that a border drawn with a vertex
   * on one side only, a floating-point hair off the other side's edge, still meets along its length.
   */
  static boolean adjacentByGeometry(Geometry gi, Geometry gj, boolean longBorderFirst) {
    if (!gi.isWithinDistance(gj, 1 / SNAP.getScale())) {
      return false;
    }
    if (longBorderFirst && gi.getNumPoints() + gj.getNumPoints() > LARGE_PAIR && sharesLongBorder(gi, gj)) {
      return true;
    }
    Geometry overlap;
    try {
      overlap = OverlayNG.overlay(gi, gj, OverlayNG.INTERSECTION, SNAP);
    } catch (RuntimeException e) {
      overlap = OverlayNGRobust.overlay(gi, gj, OverlayNG.INTERSECTION);
    }
    return sharedLength(overlap) > MIN_SHARED_DEGREES;
  }

  /**
   * Whether at least {@value #LONG_BORDER_DEGREES} degrees of one polygon's boundary lie on the
   * other's: segments of the one with fewer vertices whose end points and midpoint are within
   * {@value #ON_BORDER_DEGREES} degrees of the other's boundary, found through an index of its facets
   * (so the cost grows as {@code n log n} in the vertices of the two). False means undecided, not apart.
   */
  static boolean sharesLongBorder(Geometry gi, Geometry gj) {
    Geometry walked = gi.getNumPoints() <= gj.getNumPoints() ? gi : gj;
    IndexedFacetDistance other = new IndexedFacetDistance(walked == gi ? gj : gi);
    GeometryFactory factory = walked.getFactory();
    double[] covered = {0};
    walked.apply(new CoordinateSequenceFilter() {
      private boolean previousOn;

      @Override
      public void filter(CoordinateSequence seq, int i) {
        Coordinate q = seq.getCoordinate(i);
        boolean on = on(q);
        if (i > 0 && on && previousOn) {
          Coordinate p = seq.getCoordinate(i - 1);
          if (on(new Coordinate((p.x + q.x) / 2, (p.y + q.y) / 2))) {
            covered[0] += p.distance(q);
          }
        }
        previousOn = on;
      }

      private boolean on(Coordinate c) {
        return other.isWithinDistance(factory.createPoint(c), ON_BORDER_DEGREES);
      }

      @Override
      public boolean isDone() {
        return covered[0] >= LONG_BORDER_DEGREES;
      }

      @Override
      public boolean isGeometryChanged() {
        return false;
      }
    });
    return covered[0] >= LONG_BORDER_DEGREES;
  }

  /**
   * How long a border two polygons share: the length of their common boundary, or, where they
   * overlap, half the perimeter of the overlap (a long thin sliver along a generalised border
   * counts; a speck where corners cross does not).
   */
  private static double sharedLength(Geometry overlap) {
    return overlap.getDimension() == 2 ? overlap.getLength() / 2 : overlap.getLength();
  }

  /** An undirected segment between two exact points, for hashing shared borders. */
  private record Segment(double x1, double y1, double x2, double y2) {
    static Segment of(double ax, double ay, double bx, double by) {
      boolean swap = ax > bx || (ax == bx && ay > by);
      return swap ? new Segment(bx, by, ax, ay) : new Segment(ax, ay, bx, by);
    }
  }

  /** Calls back with every segment of every ring. */
  private static final class SegmentVisitor implements CoordinateSequenceFilter {
    private final Consumer<Segment> sink;

    SegmentVisitor(Consumer<Segment> sink) {
      this.sink = sink;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
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
}
