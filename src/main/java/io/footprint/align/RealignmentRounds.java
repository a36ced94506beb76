package io.footprint.align;

import io.footprint.cluster.ContiguityGuard;
import io.footprint.cluster.Network;
import io.footprint.geo.AreaAdjacency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rounds of {@link Realigner}, with every figure kept up to date by the moves instead of being
 * recomputed over the partition. What each round reads is fixed at its start ({@link RoundStart}):
 * the footprints' areas, residents, hosts and flags; only the footprint of a neighbour is read as it
 * stands, so a footprint sees the areas moved to it earlier in the same round.
 *
 * <p>Five things keep the cost near the number of moves, without changing a single move. A
 * footprint's candidates are read, in order, from its areas bordering a footprint that could take
 * them ({@link Borders}): one hosted by the area's region, or one with room for the area's residents
 * (its host's residents over the threshold, less its own) and still aligned; no other area has
 * anywhere to go. Whether an area may leave is the local wave search of {@link ContiguityGuard}
 * while the footprint is connected (it always is, unless a given proposal was not). An area found
 * to hold a piece of its footprint to the rest is not searched again while that must still hold: some
 * of the piece and of the rest are still in the footprint, and every area it took next to the piece
 * borders only the piece and the holder, so joins the piece ({@link Holders}). A run of outside areas,
 * once found, stands until a move takes one of its areas or their neighbours, so a footprint's runs are
 * not found again because it changed far from them. And a footprint that found no move is not searched
 * again until a move touches it or a footprint it borders: everything its search read is then as it was.
 */
final class RealignmentRounds {
  private final int[] start;
  private final int[] neighbour;
  private final double[] population;
  private final int[] regionOfArea;
  private final double threshold;
  private final int k;
  /** The footprint of each area as it stands, moves of the current round included. */
  private final int[] fp;
  private final RoundStart round;
  private final Borders borders;
  private final ContiguityGuard guard;
  private final AreaSearch search;
  /** Whether a move has touched the footprint, or one it borders, since its last search. */
  private final boolean[] dirty;
  /** Whether the footprint's last search found no move. */
  private final boolean[] stuck;
  private final Holders holders;
  private final int[] pieceFound;
  /** The run last found holding each area: it stands until a move takes one of its areas or a neighbour of one. */
  private final Run[] runOfArea;
  private final List<Realigner.Move> moves = new ArrayList<>();
  private final int[] runOf;
  private final int[] piece;
  private int runEpoch;
  private int runsListed;
  /** The footprints a run's choice of taker has looked at, marked with the choice's epoch. */
  private final int[] seenIn;
  private int seenEpoch;
  /** The first move the round figures do not hold yet. */
  private int unapplied;
  /** Rounds started; the round figures, so each footprint's room, stand while it is unchanged. */
  private int roundsStarted = 1;
  /** The first position in realignment's order that fits the room of each footprint, and the round it is for. */
  private final int[] roomFrom;
  private final int[] roomRound;

  /**
   * @param connected whether each footprint's areas are connected, when known (else null)
   * @param pieceKept the most areas of a piece {@link Holders} keeps
   */
  RealignmentRounds(int[] footprintOfArea, boolean[] connected, int k, Realigner.AreaOrder order, int[] start,
      int[] neighbour, int[] regionOfArea, int regions, int noRegion, double threshold, int pieceKept) {
    int n = footprintOfArea.length;
    double[] population = order.population;
    this.start = start;
    this.neighbour = neighbour;
    this.population = population;
    this.regionOfArea = regionOfArea;
    this.threshold = threshold;
    this.k = k;
    this.fp = footprintOfArea.clone();
    this.search = new AreaSearch(start, neighbour);
    this.round = new RoundStart(fp, k, population, regionOfArea, regions, noRegion, threshold, search, connected);
    this.borders = new Borders(fp, start, neighbour, regionOfArea, regions, k, order);
    double[] ones = new double[neighbour.length];
    Arrays.fill(ones, 1);
    this.guard = ContiguityGuard.ofAdjacency(Network.unweighted(n, start, neighbour, ones));
    this.dirty = new boolean[k];
    Arrays.fill(dirty, true);
    this.stuck = new boolean[k];
    this.holders = new Holders(start, neighbour, borders, round, k, pieceKept);
    this.pieceFound = new int[Math.min(n, pieceKept)];
    this.runOfArea = new Run[n];
    this.runOf = new int[n];
    this.piece = new int[n];
    this.seenIn = new int[k];
    this.roomFrom = new int[k];
    this.roomRound = new int[k];
  }

  /** Runs the rounds; returns how many ran, as {@link Realigner.Result#rounds} counts them. */
  int run() {
    int n = fp.length;
    int rounds = 0;
    for (; rounds < n; rounds++) {
      if (rounds > 0) {
        startRound(moves.subList(unapplied, moves.size()));
      }
      unapplied = moves.size();
      if (!round.anyMisaligned()) {
        break;
      }
      boolean moved = false;
      for (int f = 0; f < k; f++) {
        if (!round.misaligned[f] || (stuck[f] && !dirty[f])) {
          continue;
        }
        dirty[f] = false;
        int[] pieces = round.connected[f] ? null : search.pieces(round.members(f), round.size(f), round.part, f,
            piece);
        stuck[f] = !(moveOne(f, pieces) || moveRun(f, pieces));
        moved |= !stuck[f];
      }
      if (!moved) {
        break;
      }
    }
    if (unapplied < moves.size()) {
      round.apply(moves.subList(unapplied, moves.size())); // the rounds ran out: the figures take the last moves
      unapplied = moves.size();
    }
    return rounds;
  }

  int[] footprintOfArea() {
    return fp;
  }

  /** Whether each footprint's areas are connected after the moves ({@link #run} first), as the rounds kept it. */
  boolean[] connected() {
    return round.connected.clone();
  }

  /** The footprints left misaligned and why, read off the round figures after the moves ({@link #run} first). */
  List<Realigner.Stuck> stuck(AreaAdjacency adjacency, List<String> regionCodes) {
    return round.stuck(adjacency, regionCodes);
  }

  List<Realigner.Move> moves() {
    return moves;
  }

  private void startRound(List<Realigner.Move> last) {
    roundsStarted++;
    boolean[] changed = round.apply(last);
    for (Realigner.Move m : last) {
      int x = m.area();
      forgetRun(x);
      for (int e = start[x]; e < start[x + 1]; e++) {
        forgetRun(neighbour[e]);
      }
    }
    holders.afterRound(last, changed, dirty);
    for (int f = 0; f < k; f++) {
      if (changed[f]) {
        dirty[f] = true;
        for (int i = 0; i < borders.contacts(f); i++) {
          dirty[borders.borderedAt(f, i)] = true;
        }
      }
    }
  }

  /** The most populous area outside the host that has a footprint to go to and may leave. */
  private boolean moveOne(int f, int[] pieces) {
    Candidates outside = new Candidates(f, true);
    for (int a = outside.next(); a >= 0; a = outside.next()) {
      int to = target(a, f);
      if (to >= 0 && mayLeave(a, f, pieces)) {
        move(a, f, to);
        return true;
      }
    }
    return false;
  }

  private boolean mayLeave(int a, int f, int[] pieces) {
    if (pieces != null) {
      return pieces.length == 2 && pieces[piece[a]] == 1;
    }
    int enclosed = guard.cutOff(a, round.part, pieceFound);
    if (enclosed == 0) {
      return true;
    }
    holders.record(a, f, pieceFound, enclosed);
    return false;
  }

  /**
   * The neighbouring footprint to take the area: one hosted by the area's region (its home; most
   * shared borders), else an aligned one that stays aligned with the area added; -1 when there is none.
   */
  private int target(int a, int f) {
    int best = -1;
    int bestBorders = 0;
    boolean bestHome = false;
    for (int e = start[a]; e < start[a + 1]; e++) {
      int g = fp[neighbour[e]];
      if (!couldTake(g, f, regionOfArea[a], population[a])) {
        continue;
      }
      boolean home = round.host[g] == regionOfArea[a];
      int shared = 0;
      for (int c = start[a]; c < start[a + 1]; c++) {
        shared += fp[neighbour[c]] == g ? 1 : 0;
      }
      if (best < 0 || (home && !bestHome) || (home == bestHome && (shared > bestBorders
          || (shared == bestBorders && g < best)))) {
        best = g;
        bestBorders = shared;
        bestHome = home;
      }
    }
    return best;
  }

  /**
   * Whether footprint {@code g} (another than {@code f}) could take {@code residents} of {@code region}:
   * it is hosted by the region (their home), or it is aligned and stays aligned with them added, by the
   * figures as the round started.
   */
  private boolean couldTake(int g, int f, int region, double residents) {
    int host = g == f ? -1 : round.host[g];
    return host >= 0 && (host == region || round.pop[g][host] / (round.total[g] + residents) >= threshold);
  }

  /**
   * When no single area can move (an outside area holds a peninsula of others together, and only its
   * base touches a home footprint): a whole connected run of the footprint's areas of one outside
   * region moves to a bordering footprint hosted by that region, or to one that stays aligned with it
   * all, if what remains stays connected. Most populous runs first; only runs on the border can move.
   */
  private boolean moveRun(int f, int[] pieces) {
    for (Run run : runs(f)) {
      if (holds(run, f)) {
        continue;
      }
      // every area of a run is of one region, so whether a footprint is its home does not depend on
      // which of its areas borders it, and the choice (home first, then the lowest number) is the same
      // whichever border area finds it: each footprint bordering the run is looked at once
      int best = -1;
      boolean bestHome = false;
      if (seenEpoch == Integer.MAX_VALUE) {
        Arrays.fill(seenIn, 0);
        seenEpoch = 0;
      }
      int seen = ++seenEpoch;
      for (int a : run.border) {
        for (int e = start[a]; e < start[a + 1]; e++) {
          int g = fp[neighbour[e]];
          if (seenIn[g] == seen) {
            continue;
          }
          seenIn[g] = seen;
          if (!couldTake(g, f, regionOfArea[a], run.population)) {
            continue;
          }
          boolean home = round.host[g] == regionOfArea[a];
          if (best < 0 || (home && !bestHome) || (home == bestHome && g < best)) {
            best = g;
            bestHome = home;
          }
        }
      }
      if (best < 0) {
        continue;
      }
      if (pieces == null ? guard.staysConnectedWithout(run.areas, round.size(f), round.part)
          : pieces.length == 2 && pieces[piece[run.areas[0]]] == run.areas.length) {
        for (int a : run.areas) {
          move(a, f, best);
        }
        return true;
      }
      run.holds = true;
      run.holdsTaken = round.gainedSoFar(f);
      run.holdsLost = round.lostSoFar(f);
    }
    return false;
  }

  /**
   * A connected run of one region's areas inside a footprint, as the round started: its areas in
   * ascending order, those with a neighbour in another footprint, their residents summed in area order,
   * the position of its first area in realignment's order, and whether it was found to hold the footprint
   * together (with the footprint's counts of areas taken and given up then).
   *
   * <p>Its areas and border depend only on which footprint its areas and their neighbours are in, so it
   * stands until a move takes one of them ({@link #forgetRun}); found again, it would be the same.
   * Whether it holds the footprint together depends on all the footprint's areas, so that stands only
   * while the footprint has taken and given up nothing since.
   */
  private static final class Run {
    final int footprint;
    final int[] areas;
    final int[] border;
    final double population;
    final int first;
    boolean stale;
    boolean holds;
    int holdsTaken;
    long holdsLost;
    /** The last listing of runs this one was put in, so that it is listed once. */
    int listed;

    Run(int footprint, int[] areas, int[] border, double population, int first) {
      this.footprint = footprint;
      this.areas = areas;
      this.border = border;
      this.population = population;
      this.first = first;
    }
  }

  /** Drops the run holding area {@code x}, if any: a move took {@code x} or one of its neighbours. */
  private void forgetRun(int x) {
    Run run = runOfArea[x];
    if (run != null) {
      run.stale = true;
      runOfArea[x] = null;
    }
  }

  /** Whether the run was found to hold footprint {@code f} together, and {@code f} has not changed since. */
  private boolean holds(Run run, int f) {
    return run.holds && run.holdsTaken == round.gainedSoFar(f) && run.holdsLost == round.lostSoFar(f);
  }

  /**
   * The footprint's runs of outside areas that could move, most populous first, then by their first
   * area in realignment's order: the runs of the areas {@link #runStarts} lists.
   */
  private List<Run> runs(int f) {
    List<Run> runs = new ArrayList<>();
    int listed = ++runsListed;
    for (int a : runStarts(f)) {
      Run run = runOfArea[a];
      if (run == null || run.stale || run.footprint != f) {
        run = runFrom(a, f);
        for (int x : run.areas) {
          runOfArea[x] = run;
        }
      }
      if (run.listed != listed) {
        run.listed = listed;
        runs.add(run);
      }
    }
    runs.sort((x, y) -> x.population != y.population ? Double.compare(y.population, x.population)
        : Integer.compare(x.first, y.first));
    return runs;
  }

  /** The run of footprint {@code f}'s areas in area {@code a}'s region that holds {@code a}. */
  private Run runFrom(int a, int f) {
    if (runEpoch == Integer.MAX_VALUE) {
      Arrays.fill(runOf, 0);
      runEpoch = 0;
    }
    int id = ++runEpoch;
    int[] queue = new int[8];
    int size = 0;
    queue[size++] = a;
    runOf[a] = id;
    int first = borders.rank(a);
    for (int i = 0; i < size; i++) {
      int x = queue[i];
      for (int e = start[x]; e < start[x + 1]; e++) {
        int y = neighbour[e];
        if (round.part[y] == f && regionOfArea[y] == regionOfArea[a] && runOf[y] != id) {
          runOf[y] = id;
          first = Math.min(first, borders.rank(y));
          if (size == queue.length) {
            queue = Arrays.copyOf(queue, 2 * size);
          }
          queue[size++] = y;
        }
      }
    }
    int[] areas = Arrays.copyOf(queue, size);
    Arrays.sort(areas);
    double sum = 0;
    int onBorder = 0;
    for (int x : areas) {
      sum += population[x];
      queue[onBorder] = x;
      onBorder += bordersAnother(x, f) ? 1 : 0;
    }
    return new Run(f, areas, Arrays.copyOf(queue, onBorder), sum, first);
  }

  /**
   * Where the runs that could move are found: every area outside the host that borders a footprint
   * that could take it, with those set aside as holders. A footprint that could take a run could take
   * each of its areas (the run has at least the area's residents), so a run with none of these areas
   * has nowhere to go.
   */
  private int[] runStarts(int f) {
    int[] setAside = holders.of(f);
    int[] out = new int[8 + setAside.length];
    int n = 0;
    Candidates outside = new Candidates(f, true);
    for (int a = outside.next(); a >= 0; a = outside.next()) {
      if (n == out.length) {
        out = Arrays.copyOf(out, 2 * n);
      }
      out[n++] = a;
    }
    for (int a : setAside) {
      if (round.part[a] == f && regionOfArea[a] != round.host[f]) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = a;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Whether area {@code x} has a neighbour outside footprint {@code f} as the round started. */
  private boolean bordersAnother(int x, int f) {
    for (int e = start[x]; e < start[x + 1]; e++) {
      if (round.part[neighbour[e]] != f) {
        return true;
      }
    }
    return false;
  }

  private void move(int a, int from, int to) {
    dirty[from] = true;
    dirty[to] = true;
    for (int e = start[a]; e < start[a + 1]; e++) {
      dirty[fp[neighbour[e]]] = true;
    }
    borders.move(a, to);
    moves.add(new Realigner.Move(a, from, to));
  }

  /**
   * The first position in realignment's order whose area fits in the room footprint {@code g} (hosted by
   * {@code host}) has as the round started, with a relative margin far above rounding.
   */
  private int roomFrom(int g, int host) {
    if (roomRound[g] != roundsStarted) {
      double room = round.pop[g][host] / threshold - round.total[g];
      roomFrom[g] = borders.firstWithAtMost(room + 1e-9 * (Math.abs(room) + round.total[g] + 1));
      roomRound[g] = roundsStarted;
    }
    return roomFrom[g];
  }

  /**
   * A footprint's areas outside its host, as the round started, on its border, one at a time in
   * realignment's order, merged from {@link Borders}' lists. With {@code takerOnly}, only those that
   * border a footprint that could take them (a superset of those {@link #target} finds one for: the
   * room is widened by a relative margin far above rounding, and {@link #target} decides exactly).
   */
  private final class Candidates {
    private SortedInts[] lists = new SortedInts[8];
    private int[] next = new int[8];
    private int count;
    private int last = -1;
    private final int f;

    Candidates(int f, boolean takerOnly) {
      this.f = f;
      int host = round.host[f];
      for (int i = 0; i < borders.contacts(f); i++) {
        int g = borders.borderedAt(f, i);
        int hostOfG = round.host[g];
        if (takerOnly && hostOfG < 0) {
          continue;
        }
        int roomFrom = takerOnly ? roomFrom(g, hostOfG) : 0;
        SortedInts[] byRegion = borders.areasAt(f, i);
        // the lists' order does not matter: next() merges them by rank and skips a rank met twice
        for (int r : borders.regionsAt(f, i)) {
          SortedInts list = r == host ? null : byRegion[r];
          int first = list == null ? -1 : takerOnly && r != hostOfG ? list.ceiling(roomFrom) : list.first();
          if (first >= 0) {
            if (count == next.length) {
              next = Arrays.copyOf(next, 2 * count);
              lists = Arrays.copyOf(lists, 2 * count);
            }
            next[count] = first;
            lists[count++] = list;
          }
        }
      }
    }

    /** The next area, or -1 when there are no more. */
    int next() {
      while (true) {
        int best = -1;
        for (int i = 0; i < count; i++) {
          if (next[i] >= 0 && (best < 0 || next[i] < next[best])) {
            best = i;
          }
        }
        if (best < 0) {
          return -1;
        }
        int r = next[best];
        next[best] = lists[best].higher(r);
        int a = borders.areaAt(r);
        if (r != last && round.part[a] == f) {
          last = r;
          return a;
        }
      }
    }
  }
}
