package io.footprint.cluster;

import java.util.Arrays;

/**
 * Keeps clusters contiguous while nodes move: a node holding areas may only join a cluster with no
 * areas or one it borders, and may only leave a cluster whose remaining areas stay connected.
 *
 * <p>The leave test grows breadth-first waves inside the cluster from each of the node's neighbours
 * in it (see {@link #mayLeave}): in a planar adjacency they usually meet on a short path around the
 * node, so the test is local, and when the node is a cut vertex it costs about the smaller side.
 *
 * <p>{@code spatial} holds edges only between nodes holding areas; {@code hasArea[i]} tells which,
 * {@code hasSite[i]} which nodes hold a site.
 * With {@code enabled} false every move is allowed (plain Leiden). Outside Leiden, {@link #ofAdjacency}
 * guards the parts of a plain adjacency (realignment keeps footprints contiguous with it).
 */
public final class ContiguityGuard {
  final Network spatial;
  final boolean[] hasArea;
  /** whether the node holds a site, so may start a cluster of its own. */
  final boolean[] hasSite;
  final boolean enabled;
  private final Work work;

  /**
   * Search arrays shared by the guards of every level and iteration of one run: marks carry an epoch
   * that only grows, so no array is cleared between searches.
   */
  static final class Work {
    private final int[] mark;
    private int epoch;
    private final int[] queue;
    /** the wave that reached each node. */
    private final int[] wave;
    /** the next node in the frontier of its group of waves (a linked list per group), or -1. */
    private final int[] nextInFrontier;
    /** per wave: the node it starts from, union-find parent, number of frontier nodes of its group. */
    private int[] targets = new int[8];
    private int[] parent = new int[8];
    private int[] pending = new int[8];
    /** per group of waves (at its root): the first and last node of its frontier. */
    private int[] frontierHead = new int[8];
    private int[] frontierTail = new int[8];
    /** the roots of the groups still growing, taken in turn. */
    private int[] growing = new int[8];
    private int[] border = new int[0];
    private int borderEpoch;
    /** how many nodes the last search reached (its cost, which the tests bound). */
    private int reached;
    /** the search under way: how many nodes it has queued, and how many groups of waves are left. */
    private int tail;
    private int groups;

    /** Room for {@code waves} waves. */
    void grow(int waves) {
      if (parent.length < waves) {
        parent = Arrays.copyOf(parent, waves);
        pending = Arrays.copyOf(pending, waves);
        frontierHead = Arrays.copyOf(frontierHead, waves);
        frontierTail = Arrays.copyOf(frontierTail, waves);
        growing = Arrays.copyOf(growing, waves);
      }
    }

    /** @param capacity the most nodes any spatial network guarded has */
    Work(int capacity) {
      mark = new int[capacity];
      queue = new int[capacity];
      wave = new int[capacity];
      nextInFrontier = new int[capacity];
    }
  }

  ContiguityGuard(Network spatial, boolean[] hasArea, boolean[] hasSite, boolean enabled, Work work) {
    this.spatial = spatial;
    this.hasArea = hasArea;
    this.hasSite = hasSite;
    this.enabled = enabled;
    this.work = work;
    int maxDegree = 0;
    for (int i = 0; i < spatial.nNodes; i++) {
      maxDegree = Math.max(maxDegree, spatial.degree(i));
    }
    if (work.targets.length < maxDegree) {
      work.targets = new int[maxDegree];
      work.grow(maxDegree);
    }
  }

  /**
   * A guard over a plain adjacency whose every node is an area, for keeping parts of it contiguous
   * while areas move between them.
   */
  public static ContiguityGuard ofAdjacency(Network adjacency) {
    int n = adjacency.nNodes;
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    return new ContiguityGuard(adjacency, all, all, true, new Work(n));
  }

  /**
   * Whether node {@code v} may leave for an empty cluster: with contiguity, only nodes that hold a
   * site may start a footprint, so areas whose few patients go elsewhere stay in the footprint
   * around them instead of splitting off as footprints with no hospital.
   */
  boolean mayOpen(int v) {
    return !enabled || !hasArea[v] || hasSite[v];
  }

  /**
   * Marks the clusters node {@code v} borders, so that {@link #mayJoin} answers in constant time
   * for every candidate while {@code v} is being moved. {@code size} bounds the cluster numbers.
   */
  void markBorders(int v, int[] cluster, int size) {
    Work w = work;
    if (w.border.length < size) {
      w.border = new int[Math.max(size, w.border.length * 2)];
      w.borderEpoch = 0;
    }
    if (++w.borderEpoch == Integer.MAX_VALUE) {
      Arrays.fill(w.border, 0);
      w.borderEpoch = 1;
    }
    final int[] border = w.border;
    final int[] neighbour = spatial.neighbour;
    final int epoch = w.borderEpoch;
    for (int k = spatial.firstNeighbourIndex[v], end = spatial.firstNeighbourIndex[v + 1]; k < end; k++) {
      border[cluster[neighbour[k]]] = epoch;
    }
  }

  /**
   * Whether node {@code v} (whose borders were just marked) may join cluster {@code d}, which holds
   * {@code areaNodesOfD} nodes with areas.
   */
  boolean mayJoin(int v, int d, int areaNodesOfD) {
    return !enabled || !hasArea[v] || areaNodesOfD == 0 || work.border[d] == work.borderEpoch;
  }

  /**
   * Whether the areas of {@code v}'s cluster stay connected without {@code v}, given that they are
   * connected with it (see {@link #cutOff}).
   */
  public boolean mayLeave(int v, int[] cluster) {
    return !enabled || !hasArea[v] || cutOff(v, cluster, null) == 0;
  }

  /**
   * 0 when the areas of {@code v}'s cluster, connected with {@code v}, stay connected without it;
   * else the number of areas in a piece that only {@code v} joins to the rest, whose areas are written
   * to {@code piece} when it is not null and they fit.
   *
   * <p>A breadth-first wave starts from each of {@code v}'s neighbours in the cluster, all advancing
   * level by level at first, then the groups of waves growing by one node in turn; waves that meet are
   * united (union-find). If all unite, the cluster stays connected. If a united group of waves runs out
   * of frontier first, it has enclosed a piece of the cluster that only {@code v} joined to the rest:
   * leaving would cut the cluster. Either way the search stops after about as many steps as the smaller
   * side has nodes times the number of groups, so a cut vertex of a large cluster costs little.
   */
  public int cutOff(int v, int[] cluster, int[] piece) {
    final int[] targets = work.targets;
    int nTargets = neighboursInCluster(v, cluster, targets);
    if (nTargets <= 1 || neighboursJoined(targets, nTargets)) {
      work.reached = 0;
      return 0;
    }
    nextEpoch();
    final int epoch = work.epoch;
    work.mark[v] = epoch;
    work.wave[v] = GONE;
    int tail = 0;
    for (int t = 0; t < nTargets; t++) {
      tail = seed(targets[t], tail);
    }
    return waves(tail, cluster[v], cluster, piece);
  }

  /**
   * Whether cluster {@code c = cluster[gone[0]]}, which holds {@code size} nodes and is connected,
   * stays connected without the nodes {@code gone} (all in it). Every piece of what is left borders
   * {@code gone}, so the waves of {@link #cutOff} start from every neighbour of {@code gone} in the
   * cluster, and the search again costs about the smaller side.
   */
  public boolean staysConnectedWithout(int[] gone, int size, int[] cluster) {
    if (size - gone.length <= 1) {
      return true;
    }
    int c = cluster[gone[0]];
    nextEpoch();
    final int epoch = work.epoch;
    for (int a : gone) {
      work.mark[a] = epoch;
      work.wave[a] = GONE;
    }
    int tail = 0;
    for (int a : gone) {
      for (int k = spatial.firstNeighbourIndex[a]; k < spatial.firstNeighbourIndex[a + 1]; k++) {
        int b = spatial.neighbour[k];
        if (cluster[b] == c) {
          tail = seed(b, tail);
        }
      }
    }
    return tail == 1 || (tail > 1 && waves(tail, c, cluster, null) == 0);
  }

  /** Marks the wave of a node taken out of its cluster: waves pass it by. */
  private static final int GONE = -1;

  /** Queues node {@code u}, not yet marked, as the start of a wave of its own; returns the queue's new length. */
  private int seed(int u, int tail) {
    Work w = work;
    if (w.mark[u] == w.epoch) {
      return tail;
    }
    if (tail == w.parent.length) {
      w.grow(2 * tail);
    }
    w.mark[u] = w.epoch;
    w.wave[u] = tail;
    w.parent[tail] = tail;
    w.pending[tail] = 1;
    w.queue[tail] = u;
    return tail + 1;
  }

  /**
   * Steps taken level by level, all groups of waves together, before the groups grow in turn: most
   * searches end well within this many, and level by level is the cheaper bookkeeping.
   */
  static final int LEVEL_STEPS = 128;

  /**
   * The waves from the first {@code tail} queued nodes of cluster {@code c}, united where they meet: 0
   * when all unite, else how many nodes the first group to run out of frontier enclosed (written to
   * {@code piece} when it is not null and they fit). A group that runs out of frontier has reached the
   * whole of a piece of the cluster that only the gone nodes join to the rest, whichever order its nodes
   * were reached in, so whether the answer is 0 does not depend on the order (which piece is found first
   * may). The first {@link #LEVEL_STEPS} steps go level by level; then the groups grow in turn, one node
   * each, so that a piece is found after about as many steps as it has nodes times the number of groups,
   * where levels would also grow the rest as far out as the piece is long (a peninsula of length L against
   * a disc of L squared).
   */
  private int waves(int tail, int c, int[] cluster, int[] piece) {
    final Work w = work;
    final int[] growing = w.growing;
    final int seeds = tail;
    w.tail = tail;
    w.groups = tail;
    boolean inTurn = false;
    int head = 0;
    int listed = 0;
    int turn = 0;
    while (true) {
      int x;
      int gx;
      if (!inTurn && head < LEVEL_STEPS) {
        x = w.queue[head++];
        gx = find(w.wave[x]);
      } else {
        if (!inTurn) {
          listed = listFrontiers(head, seeds);
          inTurn = true;
        }
        if (turn >= listed) {
          turn = 0;
        }
        gx = growing[turn];
        if (w.parent[gx] != gx) {
          growing[turn] = growing[--listed]; // united with another group since its last turn
          continue;
        }
        turn++;
        x = w.frontierHead[gx];
        w.frontierHead[gx] = w.nextInFrontier[x];
      }
      if (expand(x, gx, c, cluster, inTurn)) {
        w.reached = w.tail;
        return 0;
      }
      if (--w.pending[gx] == 0) {
        w.reached = w.tail;
        return enclosed(gx, seeds, w.tail, piece); // this group of waves is closed off: only the gone join it to the rest
      }
    }
  }

  /**
   * Node {@code x} of group {@code gx}: queues its unreached neighbours in cluster {@code c} into the
   * group (and its frontier list, {@code inTurn}) and unites the groups it meets; returns whether all
   * groups are now one.
   */
  private boolean expand(int x, int gx, int c, int[] cluster, boolean inTurn) {
    final Work w = work;
    final int[] wave = w.wave;
    final int[] mark = w.mark;
    final int[] neighbour = spatial.neighbour;
    final int epoch = w.epoch;
    for (int k = spatial.firstNeighbourIndex[x], end = spatial.firstNeighbourIndex[x + 1]; k < end; k++) {
      int y = neighbour[k];
      if (cluster[y] != c) {
        continue;
      }
      if (mark[y] != epoch) {
        mark[y] = epoch;
        wave[y] = gx;
        w.pending[gx]++;
        w.queue[w.tail++] = y;
        if (inTurn) {
          w.nextInFrontier[y] = -1;
          append(gx, y, y);
        }
      } else if (wave[y] != gx && wave[y] != GONE) {
        int gy = find(wave[y]);
        wave[y] = gy; // later visits of y skip the walk up
        if (gy != gx) {
          w.parent[gy] = gx;
          w.pending[gx] += w.pending[gy];
          if (inTurn && w.frontierHead[gy] >= 0) {
            append(gx, w.frontierHead[gy], w.frontierTail[gy]);
          }
          if (--w.groups == 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Turns the queue's unexpanded nodes, from {@code head} on, into a frontier list per group, and lists
   * the groups (among the first {@code seeds} waves); returns how many.
   */
  private int listFrontiers(int head, int seeds) {
    final Work w = work;
    int listed = 0;
    for (int g = 0; g < seeds; g++) {
      if (w.parent[g] == g) {
        w.frontierHead[g] = -1;
        w.growing[listed++] = g;
      }
    }
    for (int q = head; q < w.tail; q++) {
      int x = w.queue[q];
      w.nextInFrontier[x] = -1;
      append(find(w.wave[x]), x, x);
    }
    return listed;
  }

  /** Appends the chain of frontier nodes {@code from} ... {@code to} to group {@code g}'s frontier list. */
  private void append(int g, int from, int to) {
    final Work w = work;
    if (w.frontierHead[g] < 0) {
      w.frontierHead[g] = from;
    } else {
      w.nextInFrontier[w.frontierTail[g]] = from;
    }
    w.frontierTail[g] = to;
  }

  /** How many nodes the last {@link #cutOff} or {@link #staysConnectedWithout} search reached. */
  int reachedByLastSearch() {
    return work.reached;
  }

  /**
   * The nodes the group of waves {@code g} reached, among the first {@code tail} queued: how many, and
   * which. Each of the {@code seeds} waves is pointed at its group's root first, so that a node's group
   * is one look-up.
   */
  private int enclosed(int g, int seeds, int tail, int[] piece) {
    final int[] parent = work.parent;
    for (int t = 0; t < seeds; t++) {
      parent[t] = find(t);
    }
    final int[] queue = work.queue;
    final int[] wave = work.wave;
    int count = 0;
    for (int q = 0; q < tail; q++) {
      int x = queue[q];
      if (parent[wave[x]] == g) {
        if (piece != null && count < piece.length) {
          piece[count] = x;
        }
        count++;
      }
    }
    return count;
  }

  /** {@code v}'s spatial neighbours in its own cluster, into {@code targets}; returns how many. */
  private int neighboursInCluster(int v, int[] cluster, int[] targets) {
    int n = 0;
    final int[] neighbour = spatial.neighbour;
    final int own = cluster[v];
    for (int k = spatial.firstNeighbourIndex[v], end = spatial.firstNeighbourIndex[v + 1]; k < end; k++) {
      int u = neighbour[k];
      if (cluster[u] == own && u != v) {
        targets[n++] = u;
      }
    }
    return n;
  }

  /**
   * Whether the {@code n} nodes {@code targets} (a node's neighbours in its cluster) are joined among
   * themselves, by edges between them alone. Then the cluster stays connected without the node, as any
   * path through it can go round by them instead. In a tiling of areas where three meet at each corner,
   * a border area's neighbours in its cluster are usually one run around it, each bordering the next,
   * so most areas are cleared by this look at a few dozen edges, and only the rest need the waves.
   */
  private boolean neighboursJoined(int[] targets, int n) {
    Work w = work;
    nextEpoch();
    final int epoch = w.epoch;
    final int[] joined = w.queue;
    for (int t = 0; t < n; t++) {
      w.mark[targets[t]] = epoch;
      w.wave[targets[t]] = 0;
    }
    joined[0] = targets[0];
    w.wave[targets[0]] = 1;
    int found = 1;
    final int[] mark = w.mark;
    final int[] wave = w.wave;
    final int[] neighbour = spatial.neighbour;
    final int[] firstNeighbourIndex = spatial.firstNeighbourIndex;
    for (int q = 0; q < found; q++) {
      int x = joined[q];
      for (int k = firstNeighbourIndex[x], end = firstNeighbourIndex[x + 1]; k < end; k++) {
        int y = neighbour[k];
        if (mark[y] == epoch && wave[y] == 0) {
          wave[y] = 1;
          joined[found++] = y;
        }
      }
    }
    return found == n;
  }

  /** A fresh epoch for the search marks; they are cleared only when the epoch would overflow. */
  private void nextEpoch() {
    if (++work.epoch == Integer.MAX_VALUE) {
      Arrays.fill(work.mark, 0);
      work.epoch = 1;
    }
  }

  private int find(int t) {
    final int[] parent = work.parent;
    while (parent[t] != t) {
      parent[t] = parent[parent[t]];
      t = parent[t];
    }
    return t;
  }
}
