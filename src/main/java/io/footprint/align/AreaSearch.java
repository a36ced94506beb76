package io.footprint.align;

import java.util.Arrays;

/**
 * Breadth-first searches inside one footprint of an area adjacency (compressed sparse rows), with
 * marks that carry an epoch so that no array is cleared between searches: whether a footprint's
 * areas are connected, whether they stay connected without a set of them, and a footprint's
 * connected pieces.
 */
final class AreaSearch {
  private final int[] start;
  private final int[] neighbour;
  private final int[] mark;
  private final int[] queue;
  /** The wave (a union-find element) that reached each area, in {@link #connectedWithout}. */
  private final int[] wave;
  private final int[] goneMark;
  private int[] parent = new int[16];
  private int[] pending = new int[16];
  private int epoch;
  private int goneEpoch;

  AreaSearch(int[] start, int[] neighbour) {
    this.start = start;
    this.neighbour = neighbour;
    int n = start.length - 1;
    this.mark = new int[n];
    this.queue = new int[n];
    this.wave = new int[n];
    this.goneMark = new int[n];
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
   * Whether footprint {@code f} of {@code part}, which holds {@code size} areas and is connected, stays
   * connected without the areas {@code gone} (all in it).
   *
   * <p>Every piece of what is left borders {@code gone} (the footprint was connected), so what is left
   * is connected when the areas bordering {@code gone} are: a breadth-first wave starts from each, all
   * advancing together, and waves that meet are united (union-find, as in
   * {@code ContiguityGuard.cutOff}). All united: connected. A group of waves out of frontier first:
   * it has enclosed a piece that only {@code gone} joins to the rest. Either way the search stops
   * after about as many steps as the smaller side has areas, not the whole footprint.
   */
  boolean connectedWithout(int[] gone, int size, int[] part, int f) {
    int rest = size - gone.length;
    if (rest <= 1) {
      return true;
    }
    int e = nextEpoch();
    int g = nextGoneEpoch();
    for (int a : gone) {
      goneMark[a] = g;
    }
    int tail = 0;
    for (int a : gone) {
      for (int k = start[a]; k < start[a + 1]; k++) {
        int b = neighbour[k];
        if (part[b] == f && goneMark[b] != g && mark[b] != e) {
          mark[b] = e;
          if (tail == parent.length) {
            parent = Arrays.copyOf(parent, 2 * tail);
            pending = Arrays.copyOf(pending, 2 * tail);
          }
          wave[b] = tail;
          parent[tail] = tail;
          pending[tail] = 1;
          queue[tail++] = b;
        }
      }
    }
    if (tail <= 1) {
      return tail == 1;
    }
    int groups = tail;
    int head = 0;
    while (head < tail) {
      int x = queue[head++];
      int gx = find(wave[x]);
      for (int k = start[x]; k < start[x + 1]; k++) {
        int y = neighbour[k];
        if (part[y] != f || goneMark[y] == g) {
          continue;
        }
        if (mark[y] != e) {
          mark[y] = e;
          wave[y] = gx;
          pending[gx]++;
          queue[tail++] = y;
        } else if (wave[y] != gx) {
          int gy = find(wave[y]);
          wave[y] = gy; // later visits of y skip the walk up
          if (gy != gx) {
            parent[gy] = gx;
            pending[gx] += pending[gy];
            if (--groups == 1) {
              return true;
            }
          }
        }
      }
      if (--pending[gx] == 0) {
        return false;
      }
    }
    return groups == 1;
  }

  private int find(int t) {
    while (parent[t] != t) {
      parent[t] = parent[parent[t]];
      t = parent[t];
    }
    return t;
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

  private int nextGoneEpoch() {
    if (++goneEpoch == Integer.MAX_VALUE) {
      Arrays.fill(goneMark, 0);
      goneEpoch = 1;
    }
    return goneEpoch;
  }
}
