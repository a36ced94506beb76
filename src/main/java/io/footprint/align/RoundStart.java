package io.footprint.align;

import io.footprint.geo.AreaAdjacency;
import java.util.Arrays;
import java.util.List;

/**
 * The footprints as a round of realignment starts, which is all a round reads of them: the areas
 * each holds, their residents by region, host and aligned flag, and whether their areas are
 * connected. Brought up to date from each round's moves before the next, at the cost of the moves.
 *
 * <p>Residents are summed per move when every population is a whole number (census counts are):
 * whole numbers below 2^53 add exactly in any order, so the figures equal sums taken afresh in area
 * order. Fractional populations are summed afresh in area order every round, so that the host and
 * aligned flag a round sees never depend on the order of earlier moves.
 */
final class RoundStart {
  /** Footprint of each area. */
  final int[] part;
  /** Residents of each footprint by region, and in all. */
  final double[][] pop;
  final double[] total;
  /** Host region of each footprint ({@link HostRule}), and whether it is misaligned. */
  final int[] host;
  final boolean[] misaligned;
  /** Whether each footprint's areas induce a connected subgraph. */
  final boolean[] connected;
  /** Areas each footprint has taken, in the order taken (the first {@code gainedSoFar} entries), and given up. */
  private final int[][] taken;
  private final int[] gainedSoFar;
  private final long[] lostSoFar;
  private final int[][] members;
  private final int[] size;
  private final int[] position;
  private final double[] population;
  private final int[] regionOfArea;
  private final int noRegion;
  private final double threshold;
  private final boolean wholeNumbers;
  private final AreaSearch search;
  private int misalignedCount;

  /** @param connected whether each footprint's areas are connected, when known (else null: searched here) */
  RoundStart(int[] footprintOfArea, int k, double[] population, int[] regionOfArea, int regions, int noRegion,
      double threshold, AreaSearch search, boolean[] connected) {
    int n = footprintOfArea.length;
    this.part = footprintOfArea.clone();
    this.population = population;
    this.regionOfArea = regionOfArea;
    this.noRegion = noRegion;
    this.threshold = threshold;
    this.search = search;
    this.pop = new double[k][regions];
    this.total = new double[k];
    this.host = new int[k];
    this.misaligned = new boolean[k];
    this.connected = new boolean[k];
    size = new int[k];
    position = new int[n];
    taken = new int[k][0];
    gainedSoFar = new int[k];
    lostSoFar = new long[k];
    double sum = 0;
    boolean whole = true;
    for (int a = 0; a < n; a++) {
      size[part[a]]++;
      whole &= population[a] == Math.rint(population[a]);
      sum += Math.abs(population[a]);
    }
    wholeNumbers = whole && sum < 0x1p53;
    members = new int[k][];
    for (int f = 0; f < k; f++) {
      members[f] = new int[Math.max(4, size[f])];
      size[f] = 0;
    }
    for (int a = 0; a < n; a++) {
      add(a, part[a]);
    }
    sumAfresh();
    for (int f = 0; f < k; f++) {
      judge(f);
      this.connected[f] = connected != null ? connected[f] : search.connected(members[f], size[f], part, f);
    }
  }

  /** The areas of footprint {@code f}, in no particular order: the first {@link #size} entries (not a copy). */
  int[] members(int f) {
    return members[f];
  }

  int size(int f) {
    return size[f];
  }

  /** How many areas footprint {@code f} has taken so far. */
  int gainedSoFar(int f) {
    return gainedSoFar[f];
  }

  /** The {@code i}th area footprint {@code f} took ({@code i < gainedSoFar(f)}). */
  int taken(int f, int i) {
    return taken[f][i];
  }

  /** Areas footprint {@code f} has given up so far. */
  long lostSoFar(int f) {
    return lostSoFar[f];
  }

  boolean anyMisaligned() {
    return misalignedCount > 0;
  }

  /** Why each footprint misaligned in these figures stays so ({@link StuckFootprints}), read off them. */
  List<Realigner.Stuck> stuck(AreaAdjacency adjacency, List<String> regionCodes) {
    return StuckFootprints.explain(part, host, misaligned, members, size, adjacency, regionOfArea, regionCodes,
        noRegion);
  }

  /**
   * Applies a round's moves (each area moves at most once a round, and only its own footprint moves
   * it). Returns whether each footprint's residents changed, so its neighbours know to look again.
   */
  boolean[] apply(List<Realigner.Move> moves) {
    int k = total.length;
    boolean[] lost = new boolean[k];
    boolean[] gained = new boolean[k];
    int[] gainedBefore = gainedSoFar.clone();
    for (Realigner.Move m : moves) {
      int a = m.area();
      remove(a, m.from());
      add(a, m.to());
      part[a] = m.to();
      lost[m.from()] = true;
      gained[m.to()] = true;
      lostSoFar[m.from()]++;
      if (gainedSoFar[m.to()] == taken[m.to()].length) {
        taken[m.to()] = Arrays.copyOf(taken[m.to()], Math.max(8, 2 * gainedSoFar[m.to()]));
      }
      taken[m.to()][gainedSoFar[m.to()]++] = a;
      if (wholeNumbers) {
        int r = regionOfArea[a];
        pop[m.from()][r] -= population[a];
        total[m.from()] -= population[a];
        pop[m.to()][r] += population[a];
        total[m.to()] += population[a];
      }
    }
    if (!wholeNumbers) {
      sumAfresh();
    }
    boolean[] changed = new boolean[k];
    for (int f = 0; f < k; f++) {
      changed[f] = lost[f] || gained[f];
      if (changed[f]) {
        judge(f);
      }
      // what a footprint gave left the rest connected (its move's test); what it took bordered it then,
      // but may have hung from an area it gave later in the round, so each taken area is traced to the rest
      int took = gainedSoFar[f] - gainedBefore[f];
      if (lost[f] && (!gained[f] || (took < size[f] && search.joined(taken[f], gainedBefore[f], gainedSoFar[f], part,
          f)))) {
        connected[f] = true;
      } else if (gained[f] && (lost[f] || !connected[f])) {
        connected[f] = search.connected(members[f], size[f], part, f);
      }
    }
    return changed;
  }

  private void sumAfresh() {
    for (double[] row : pop) {
      Arrays.fill(row, 0);
    }
    Arrays.fill(total, 0);
    for (int a = 0; a < part.length; a++) {
      pop[part[a]][regionOfArea[a]] += population[a];
      total[part[a]] += population[a];
    }
  }

  private void judge(int f) {
    boolean was = misaligned[f];
    host[f] = HostRule.host(pop[f], noRegion);
    misaligned[f] = total[f] > 0 && !HostRule.aligned(pop[f], total[f], host[f], threshold);
    misalignedCount += (misaligned[f] ? 1 : 0) - (was ? 1 : 0);
  }

  private void add(int a, int f) {
    if (size[f] == members[f].length) {
      members[f] = Arrays.copyOf(members[f], 2 * size[f]);
    }
    position[a] = size[f];
    members[f][size[f]++] = a;
  }

  private void remove(int a, int f) {
    int last = members[f][--size[f]];
    members[f][position[a]] = last;
    position[last] = position[a];
  }
}
