package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ContiguityGuard#mayLeave}'s breadth-first waves against the plain check: v may leave when all
 * its neighbours in its cluster are still connected inside the cluster without v.
 */
class ContiguityGuardTest {
  @Test
  void mayLeaveAgreesWithAPlainConnectivityCheck() {
    int[] counts = agreeWithThePlainCheck(11, 7, (rows, cols) -> Graphs.gridAdjacency(rows, cols, rows * cols));
    assertThat(counts[1]).as("some nodes are cut vertices").isGreaterThan(100);
    assertThat(counts[0] - counts[1]).isGreaterThan(100);
  }

  @Test
  void whereANodesNeighboursBorderEachOtherTheQuickLookAgreesWithThePlainCheck() {
    // a grid with a diagonal in every cell: three nodes meet at each corner, as areas of a map do, so a
    // node's neighbours in its cluster often join among themselves and the waves are not needed
    int[] counts = agreeWithThePlainCheck(14, 9, Graphs::triangulatedGrid);
    assertThat(counts[2]).as("nodes cleared by their neighbours alone").isGreaterThan(1000);
    assertThat(counts[3]).as("nodes that needed the waves").isGreaterThan(1000);
  }

  /**
   * {@link ContiguityGuard#mayLeave} against the plain check at every node of 300 random trials: grids of
   * 2 to {@code 1 + sides} rows and columns from {@code grid}, with holes, split into grown or scattered
   * clusters. Returns the nodes checked, those refused, and, among those with two or more neighbours in
   * their cluster, how many the look at their neighbours cleared and how many needed the waves.
   */
  private static int[] agreeWithThePlainCheck(long seed, int sides, BiFunction<Integer, Integer, Network> grid) {
    Random rnd = new Random(seed);
    int[] counts = new int[4];
    for (int t = 0; t < 300; t++) {
      int rows = 2 + rnd.nextInt(sides);
      int cols = 2 + rnd.nextInt(sides);
      int n = rows * cols;
      Network g = holes(grid.apply(rows, cols), rnd);
      int[] cluster = t % 2 == 0 ? grown(g, 1 + rnd.nextInt(4), rnd) : scattered(n, 1 + rnd.nextInt(3), rnd);
      ContiguityGuard guard = ContiguityGuard.ofAdjacency(g);
      for (int v = 0; v < n; v++) {
        boolean expected = neighboursStayConnected(g, cluster, v);
        assertThat(guard.mayLeave(v, cluster)).as("trial %d, node %d of %s", t, v, Arrays.toString(cluster))
            .isEqualTo(expected);
        counts[0]++;
        counts[1] += expected ? 0 : 1;
        if (inCluster(g, cluster, v) >= 2) {
          counts[guard.reachedByLastSearch() == 0 ? 2 : 3]++;
        }
      }
    }
    return counts;
  }

  private static int inCluster(Network g, int[] cluster, int v) {
    int count = 0;
    for (int e = g.neighbourStart(v); e < g.neighbourEnd(v); e++) {
      count += cluster[g.neighbour(e)] == cluster[v] && g.neighbour(e) != v ? 1 : 0;
    }
    return count;
  }

  @Test
  void theCutOffPieceIsAWholePieceOfTheClusterWithoutTheNode() {
    // grids large enough that many searches go on past the level-by-level steps and grow their groups in turn
    Random rnd = new Random(12);
    int cuts = 0;
    int inTurn = 0;
    for (int t = 0; t < 300; t++) {
      int rows = 2 + rnd.nextInt(24);
      int cols = 2 + rnd.nextInt(24);
      int n = rows * cols;
      Network grid = holes(walled(rows, cols, rnd), rnd);
      int[] cluster = grown(grid, 1 + rnd.nextInt(3), rnd);
      ContiguityGuard guard = ContiguityGuard.ofAdjacency(grid);
      for (int v = 0; v < n; v++) {
        int[] piece = new int[n];
        int count = guard.cutOff(v, cluster, piece);
        if (count == 0) {
          continue;
        }
        cuts++;
        inTurn += guard.reachedByLastSearch() > ContiguityGuard.LEVEL_STEPS ? 1 : 0;
        int[] found = Arrays.copyOf(piece, count);
        Arrays.sort(found);
        // the piece is everything of the cluster reached from one of its nodes without passing v
        assertThat(found).as("trial %d, node %d", t, v).containsExactly(reachedWithout(grid, cluster, v, found[0]));
        assertThat(found).as("v holds it to the rest of its cluster").doesNotContain(v);
      }
    }
    assertThat(cuts).isGreaterThan(100);
    assertThat(inTurn).as("searches past the level-by-level steps").isGreaterThan(100);
  }

  @Test
  void aPeninsulaCostsAboutItsOwnSize() {
    // a 40 x 40 square with a path of 300 nodes hanging off the middle of its right side at v: the waves
    // close the path off after about 300 steps in each of the two groups, without reaching the whole square
    int side = 40;
    int length = 300;
    int square = side * side;
    int v = 20 * side + side - 1;
    List<int[]> edges = new ArrayList<>();
    Network grid = Graphs.gridAdjacency(side, side, square);
    for (int i = 0; i < square; i++) {
      for (int k = grid.neighbourStart(i); k < grid.neighbourEnd(i); k++) {
        if (grid.neighbour(k) > i) {
          edges.add(new int[] {i, grid.neighbour(k)});
        }
      }
    }
    edges.add(new int[] {v, square});
    for (int p = square; p < square + length - 1; p++) {
      edges.add(new int[] {p, p + 1});
    }
    int n = square + length;
    ContiguityGuard guard = ContiguityGuard.ofAdjacency(Graphs.unweighted(n, edges.toArray(new int[0][])));
    int[] piece = new int[n];
    int count = guard.cutOff(v, new int[n], piece);
    assertThat(count).isEqualTo(length);
    int[] found = Arrays.copyOf(piece, count);
    Arrays.sort(found);
    assertThat(found[0]).isEqualTo(square);
    assertThat(found[length - 1]).isEqualTo(n - 1);
    // the path and about as many of the square's nodes, with the square's frontier; level by level, the
    // square would have been searched out to 300 steps from v, which is all of it (1,600 nodes)
    assertThat(guard.reachedByLastSearch()).isLessThan(3 * length);
    assertThat(guard.mayLeave(square + length - 1, new int[n])).as("the path's end may leave").isTrue();
  }

  @Test
  void wavesThatMeetFarOutAreUnitedWithTheirFrontiers() {
    // a long path with v joined to several of its nodes: without v the path is still whole, but the waves
    // from v's neighbours meet only far along it, two by two, after the level-by-level steps
    Random rnd = new Random(13);
    for (int t = 0; t < 200; t++) {
      int length = 200 + rnd.nextInt(400);
      int n = length + 1;
      List<int[]> edges = new ArrayList<>();
      for (int p = 1; p < length; p++) {
        edges.add(new int[] {p, p + 1});
      }
      int joins = 3 + rnd.nextInt(3);
      for (int j = 0; j < joins; j++) {
        edges.add(new int[] {0, 1 + rnd.nextInt(length)});
      }
      ContiguityGuard guard = ContiguityGuard.ofAdjacency(Graphs.unweighted(n, edges.toArray(new int[0][])));
      assertThat(guard.cutOff(0, new int[n], new int[n])).as("trial %d", t).isZero();
      // and with the path cut in two, v holds the two halves together
      edges.remove(length / 2 - 1);
      ContiguityGuard cut = ContiguityGuard.ofAdjacency(Graphs.unweighted(n, edges.toArray(new int[0][])));
      int half = length / 2;
      int count = cut.cutOff(0, new int[n], new int[n]);
      boolean bothHalves = edges.stream().anyMatch(e -> e[0] == 0 && e[1] <= half)
          && edges.stream().anyMatch(e -> e[0] == 0 && e[1] > half);
      assertThat(count).as("trial %d", t).isIn(bothHalves ? List.of(half, length - half) : List.of(0));
    }
  }

  @Test
  void withoutContiguityEveryMoveIsAllowed() {
    Network path = Graphs.gridAdjacency(1, 3, 3);
    boolean[] all = {true, true, true};
    ContiguityGuard off = new ContiguityGuard(path, all, new boolean[3], false, new ContiguityGuard.Work(3));
    assertThat(off.mayLeave(1, new int[] {0, 0, 0})).isTrue();
    ContiguityGuard on = new ContiguityGuard(path, all, new boolean[3], true, new ContiguityGuard.Work(3));
    assertThat(on.mayLeave(1, new int[] {0, 0, 0})).as("the middle of a path holds it together").isFalse();
    assertThat(on.mayLeave(0, new int[] {0, 0, 0})).isTrue();
    assertThat(on.mayOpen(1)).as("an area without a site may not start a footprint").isFalse();
  }

  /** The grid with about a tenth of its edges removed, so clusters have holes and narrow necks. */
  private static Network holes(Network grid, Random rnd) {
    int n = grid.nodeCount();
    int[][] kept = new int[grid.edgeCount()][];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int k = grid.neighbourStart(i); k < grid.neighbourEnd(i); k++) {
        int j = grid.neighbour(k);
        if (j > i && rnd.nextDouble() > 0.1) {
          kept[m++] = new int[] {i, j};
        }
      }
    }
    return Graphs.unweighted(n, Arrays.copyOf(kept, m));
  }

  /**
   * A rows x cols grid split by a wall between two random columns, crossed by one edge only: the ends of
   * that edge hold two large pieces together.
   */
  private static Network walled(int rows, int cols, Random rnd) {
    int n = rows * cols;
    Network grid = Graphs.gridAdjacency(rows, cols, n);
    int wall = rnd.nextInt(Math.max(1, cols - 1));
    int door = rnd.nextInt(rows);
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int k = grid.neighbourStart(i); k < grid.neighbourEnd(i); k++) {
        int j = grid.neighbour(k);
        boolean crossesWall = j == i + 1 && i % cols == wall && i / cols != door;
        if (j > i && !crossesWall) {
          kept.add(new int[] {i, j});
        }
      }
    }
    return Graphs.unweighted(n, kept.toArray(new int[0][]));
  }

  /** Clusters grown breadth first from random seeds (mostly contiguous). */
  private static int[] grown(Network g, int k, Random rnd) {
    int n = g.nodeCount();
    int[] c = new int[n];
    Arrays.fill(c, -1);
    ArrayDeque<Integer> q = new ArrayDeque<>();
    for (int s = 0; s < k; s++) {
      int v = rnd.nextInt(n);
      if (c[v] < 0) {
        c[v] = s;
        q.add(v);
      }
    }
    while (!q.isEmpty()) {
      int x = q.poll();
      for (int e = g.neighbourStart(x); e < g.neighbourEnd(x); e++) {
        int y = g.neighbour(e);
        if (c[y] < 0) {
          c[y] = c[x];
          q.add(y);
        }
      }
    }
    for (int v = 0; v < n; v++) {
      c[v] = c[v] < 0 ? k : c[v];
    }
    return c;
  }

  private static int[] scattered(int n, int k, Random rnd) {
    int[] c = new int[n];
    for (int v = 0; v < n; v++) {
      c[v] = rnd.nextInt(k);
    }
    return c;
  }

  /** The nodes of v's cluster reached from {@code from} without passing v, in ascending order. */
  private static int[] reachedWithout(Network g, int[] cluster, int v, int from) {
    boolean[] seen = new boolean[g.nodeCount()];
    seen[v] = true;
    seen[from] = true;
    ArrayDeque<Integer> q = new ArrayDeque<>(List.of(from));
    while (!q.isEmpty()) {
      int x = q.poll();
      for (int e = g.neighbourStart(x); e < g.neighbourEnd(x); e++) {
        int y = g.neighbour(e);
        if (!seen[y] && cluster[y] == cluster[v]) {
          seen[y] = true;
          q.add(y);
        }
      }
    }
    seen[v] = false;
    return IntStream.range(0, seen.length).filter(i -> seen[i]).toArray();
  }

  /** Are all of v's neighbours in its cluster reached from one of them without passing v? */
  private static boolean neighboursStayConnected(Network g, int[] cluster, int v) {
    int first = -1;
    int targets = 0;
    for (int e = g.neighbourStart(v); e < g.neighbourEnd(v); e++) {
      if (cluster[g.neighbour(e)] == cluster[v]) {
        targets++;
        first = first < 0 ? g.neighbour(e) : first;
      }
    }
    if (targets <= 1) {
      return true;
    }
    int[] reached = reachedWithout(g, cluster, v, first);
    for (int e = g.neighbourStart(v); e < g.neighbourEnd(v); e++) {
      if (cluster[g.neighbour(e)] == cluster[v] && Arrays.binarySearch(reached, g.neighbour(e)) < 0) {
        return false;
      }
    }
    return true;
  }
}
