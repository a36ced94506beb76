package io.footprint.align;

import java.util.Arrays;

/**
 * Breadth-first searches inside one footprint of an area adjacency (compressed sparse rows), with
 * marks that carry an epoch so that no array is cleared between searches: whether a footprint's
 * areas are connected, whether areas it took join the rest, and a footprint's connected pieces
 * (whether it stays connected without some of its areas is {@code ContiguityGuard}'s wave search).
 */
final class AreaSearch {
  private final int[] start;
  private final int[] neighbour;
  private final int[] mark;
  private final int[] queue;
  private int epoch;

  AreaSearch(int[] start, int[] neighbour) {
    this.start = start;
    this.neighbour = neighbour;
    int n = start.length - 1;
    this.mark = new int[n];
    this.queue = new int[n];
  }

  /** Whether the {@code size} areas in {@code members} (all in footprint {@code f} of {@code part}) are connected. */
  boolean connected(int[] members, int size, int[] part, int f) {
    if (size <= 1) {
      return true;
    }
    int e = nextEpoch();
    return reach(members[0], part, f, e) == size;
  }

  /**
   * Whether each of the areas {@code taken[from..to)}, now in footprint {@code f}, reaches an area of
   * {@code f} not among them, directly or through others among them.
   */
  boolean joined(int[] taken, int from, int to, int[] part, int f) {
    int e = nextEpoch();
    for (int i = from; i < to; i++) {
      mark[taken[i]] = e;
    }
    int left = to - from;
    for (boolean progress = true; progress && left > 0; ) {
      progress = false;
      for (int i = from; i < to; i++) {
        int x = taken[i];
        if (mark[x] != e) {
          continue;
        }
        for (int k = start[x]; k < start[x + 1]; k++) {
          if (part[neighbour[k]] == f && mark[neighbour[k]] != e) {
            mark[x] = 0; // joined: it now counts as part of the rest
            left--;
            progress = true;
            break;
          }
        }
      }
    }
    return left == 0;
  }

  /**
   * The connected pieces of footprint {@code f}: writes each member's piece number into {@code piece}
   * and returns each piece's number of areas.
   */
  int[] pieces(int[] members, int size, int[] part, int f, int[] piece) {
    int e = nextEpoch();
    int[] areas = new int[4];
    int count = 0;
    for (int i = 0; i < size; i++) {
      int a = members[i];
      if (mark[a] == e) {
        continue;
      }
      int reached = reach(a, part, f, e);
      for (int q = 0; q < reached; q++) {
        piece[queue[q]] = count;
      }
      if (count == areas.length) {
        areas = Arrays.copyOf(areas, 2 * count);
      }
      areas[count++] = reached;
    }
    return Arrays.copyOf(areas, count);
  }

  /**
   * Marks, from {@code from}, every area of footprint {@code f} not yet marked with {@code e} that it
   * reaches; leaves them at the start of {@code queue} and returns how many.
   */
  private int reach(int from, int[] part, int f, int e) {
    int head = 0;
    int tail = 0;
    mark[from] = e;
    queue[tail++] = from;
    while (head < tail) {
      int x = queue[head++];
      for (int k = start[x]; k < start[x + 1]; k++) {
        int y = neighbour[k];
        if (part[y] == f && mark[y] != e) {
          mark[y] = e;
          queue[tail++] = y;
        }
      }
    }
    return tail;
  }

  private int nextEpoch() {
    if (++epoch == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      epoch = 1;
    }
    return epoch;
  }

}
