package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ContiguityGuard#staysConnectedWithout}, the waves of {@link ContiguityGuard#cutOff} from a set
 * of nodes, against a plain breadth-first search of what is left.
 */
class StaysConnectedWithoutTest {
  @Test
  void aColumnCutsARowOfSquaresAndACornerDoesNot() {
    // 3 x 4 grid, one footprint: removing column 1 cuts column 0 off; removing the corner 0 does not
    Grid g = new Grid(3, 4);
    int[] all = g.all();
    ContiguityGuard guard = g.guard();
    assertThat(guard.staysConnectedWithout(new int[] {1, 5, 9}, all.length, g.part(0))).isFalse();
    assertThat(guard.staysConnectedWithout(new int[] {0}, all.length, g.part(0))).isTrue();
    assertThat(guard.staysConnectedWithout(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all.length, g.part(0))).isTrue();
  }

  @Test
  void connectedWithoutAgreesWithABreadthFirstSearchOfWhatIsLeft() {
    // property: random connected footprints grown on grids, random runs of areas taken out
    int cuts = 0;
    for (int seed = 0; seed < 400; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Grid g = new Grid(3 + rnd.nextInt(12), 3 + rnd.nextInt(12));
      int[] part = g.grown(rnd);
      List<Integer> members = new ArrayList<>();
      for (int a = 0; a < part.length; a++) {
        if (part[a] == 0) {
          members.add(a);
        }
      }
      ContiguityGuard guard = g.guard();
      for (int trial = 0; trial < 20; trial++) {
        int size = 1 + rnd.nextInt(Math.max(1, members.size() / 3));
        int[] gone = g.grownWithin(rnd, part, members.get(rnd.nextInt(members.size())), size);
        boolean expected = g.restConnected(part, gone, members.size());
        cuts += expected ? 0 : 1;
        assertThat(guard.staysConnectedWithout(gone, members.size(), part)).as("seed %d trial %d", seed, trial)
            .isEqualTo(expected);
        // and for one node, cutOff says the same
        if (gone.length == 1) {
          assertThat(guard.cutOff(gone[0], part, null) == 0).as("seed %d trial %d", seed, trial).isEqualTo(expected);
        }
      }
    }
    assertThat(cuts).as("the cases include cuts").isGreaterThan(500);
  }

  /** A rows x cols grid of squares, rook neighbours, as compressed sparse rows. */
  private static final class Grid {
    final int rows;
    final int cols;
    final int[] start;
    final int[] neighbour;

    Grid(int rows, int cols) {
      this.rows = rows;
      this.cols = cols;
      int n = rows * cols;
      start = new int[n + 1];
      List<Integer> nb = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        int r = a / cols;
        int c = a % cols;
        if (r > 0) {
          nb.add(a - cols);
        }
        if (c > 0) {
          nb.add(a - 1);
        }
        if (c < cols - 1) {
          nb.add(a + 1);
        }
        if (r < rows - 1) {
          nb.add(a + cols);
        }
        start[a + 1] = nb.size();
      }
      neighbour = nb.stream().mapToInt(Integer::intValue).toArray();
    }

    ContiguityGuard guard() {
      double[] ones = new double[neighbour.length];
      Arrays.fill(ones, 1);
      return ContiguityGuard.ofAdjacency(Network.unweighted(rows * cols, start, neighbour, ones));
    }

    int[] all() {
      int[] a = new int[rows * cols];
      for (int i = 0; i < a.length; i++) {
        a[i] = i;
      }
      return a;
    }

    int[] part(int f) {
      return new int[rows * cols];
    }

    /** Footprint 0 grown at random from one cell (so connected, with holes and peninsulas); others 1. */
    int[] grown(SplittableRandom rnd) {
      int n = rows * cols;
      int[] part = new int[n];
      Arrays.fill(part, 1);
      int target = 2 + rnd.nextInt(n - 1);
      List<Integer> frontier = new ArrayList<>(List.of(rnd.nextInt(n)));
      part[frontier.get(0)] = 0;
      int size = 1;
      while (size < target && !frontier.isEmpty()) {
        int x = frontier.get(rnd.nextInt(frontier.size()));
        int y = neighbour[start[x] + rnd.nextInt(start[x + 1] - start[x])];
        if (part[y] != 0) {
          part[y] = 0;
          frontier.add(y);
          size++;
        }
      }
      return part;
    }

    /** About {@code size} areas of footprint 0 grown from {@code from}, connected. */
    int[] grownWithin(SplittableRandom rnd, int[] part, int from, int size) {
      List<Integer> out = new ArrayList<>(List.of(from));
      boolean[] in = new boolean[part.length];
      in[from] = true;
      for (int tries = 0; out.size() < size && tries < 50 * size; tries++) {
        int x = out.get(rnd.nextInt(out.size()));
        int y = neighbour[start[x] + rnd.nextInt(start[x + 1] - start[x])];
        if (part[y] == 0 && !in[y]) {
          in[y] = true;
          out.add(y);
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean restConnected(int[] part, int[] gone, int size) {
      boolean[] out = new boolean[part.length];
      for (int a : gone) {
        out[a] = true;
      }
      int rest = size - gone.length;
      if (rest <= 1) {
        return true;
      }
      int first = -1;
      for (int a = 0; a < part.length && first < 0; a++) {
        first = part[a] == 0 && !out[a] ? a : -1;
      }
      boolean[] seen = new boolean[part.length];
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(first));
      seen[first] = true;
      int reached = 0;
      while (!queue.isEmpty()) {
        int x = queue.poll();
        reached++;
        for (int k = start[x]; k < start[x + 1]; k++) {
          int y = neighbour[k];
          if (part[y] == 0 && !out[y] && !seen[y]) {
            seen[y] = true;
            queue.add(y);
          }
        }
      }
      return reached == rest;
    }
  }
}
