package io.footprint.align;

import io.footprint.cluster.Groups;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The realignment rule as first written, recomputing every figure each round (kept as the oracle the
 * incremental {@link Realigner} is checked against; see RealignerEquivalenceTest).
 *
 * <p>Realignment: for each misaligned footprint, the border areas whose move to a neighbouring
 * footprint makes it aligned. Rounds repeat until every footprint is aligned or no move is left:
 * in each, every misaligned footprint gives up its most populous area that lies outside its host
 * region and can leave without splitting it, to a bordering footprint hosted by the area's own
 * region (its home; the one it shares most borders with), or else to a bordering footprint that is
 * aligned and stays aligned with the area added. Every move raises the giver's host share and never
 * misaligns the receiver, so rounds end; moving the most populous areas first keeps the set small;
 * the receiver borders the area, so both stay contiguous. A footprint can stay misaligned where no
 * such neighbour borders its outside areas, or where they hold it together: moving border areas
 * cannot align it, and the summary says how many are left.
 */
final class RealignerReference {

  private RealignerReference() {}

  /**
   * @param regionOfArea region number of each area; {@code noRegion} marks areas in no region
   */
  static Realigner.Result realign(Proposal p, List<Area> areas, AreaAdjacency adjacency, int[] regionOfArea,
      List<String> regionCodes, int noRegion, double threshold) {
    int regions = regionCodes.size();
    int n = areas.size();
    int k = p.footprintCount();
    int[] fp = p.footprintOfArea();
    List<Realigner.Move> moves = new ArrayList<>();
    int round = 0;
    for (; round < n; round++) {
      double[][] pop = new double[k][regions];
      double[] total = new double[k];
      for (int a = 0; a < n; a++) {
        pop[fp[a]][regionOfArea[a]] += areas.get(a).population();
        total[fp[a]] += areas.get(a).population();
      }
      int[] host = new int[k];
      boolean any = false;
      boolean[] misaligned = new boolean[k];
      for (int f = 0; f < k; f++) {
        host[f] = HostRule.host(pop[f], noRegion);
        misaligned[f] = total[f] > 0 && !HostRule.aligned(pop[f], total[f], host[f], threshold);
        any |= misaligned[f];
      }
      if (!any) {
        break;
      }
      boolean moved = false;
      int[][] members = Groups.of(fp, k);
      for (int f = 0; f < k; f++) {
        if (!misaligned[f]) {
          continue;
        }
        final int hostOfF = host[f];
        Integer[] outside = Arrays.stream(members[f]).filter(a -> regionOfArea[a] != hostOfF).boxed()
            .toArray(Integer[]::new);
        Arrays.sort(outside, (x, y) -> areas.get(x).population() != areas.get(y).population()
            ? Double.compare(areas.get(y).population(), areas.get(x).population()) : Integer.compare(x, y));
        boolean movedOne = false;
        for (int a : outside) {
          int to = target(a, f, fp, adjacency, regionOfArea, host, pop, total, areas.get(a).population(), threshold);
          if (to < 0 || !connectedWithout(members[f], new int[] {a}, adjacency)) {
            continue;
          }
          fp[a] = to;
          moves.add(new Realigner.Move(a, f, to));
          movedOne = true;
          break;
        }
        if (!movedOne) {
          movedOne = moveGroup(f, members[f], outside, fp, areas, adjacency, regionOfArea, host, pop, total, threshold,
              moves);
        }
        moved |= movedOne;
      }
      if (!moved) {
        break;
      }
    }
    return new Realigner.Result(fp, List.copyOf(moves), round, StuckFootprints.explain(fp, k, areas, adjacency, regionOfArea, regionCodes,
        noRegion, threshold), adjacency.connectedParts(fp, k));
  }


  /**
   * The neighbouring footprint to take the area: one hosted by the area's region (its home; most
   * shared borders), else an aligned one that stays aligned with the area added; -1 when there is none.
   */
  private static int target(int a, int f, int[] fp, AreaAdjacency adjacency, int[] regionOfArea, int[] host,
      double[][] pop, double[] total, double areaPopulation, double threshold) {
    int best = -1;
    int bestBorders = 0;
    boolean bestHome = false;
    int[] nb = adjacency.neighbours(a);
    for (int b : nb) {
      int g = fp[b];
      if (g == f || host[g] < 0) {
        continue;
      }
      boolean home = host[g] == regionOfArea[a];
      boolean staysAligned = pop[g][host[g]] / (total[g] + areaPopulation) >= threshold;
      if (!home && !staysAligned) {
        continue;
      }
      int borders = 0;
      for (int c : nb) {
        borders += fp[c] == g ? 1 : 0;
      }
      if (best < 0 || (home && !bestHome) || (home == bestHome && (borders > bestBorders
          || (borders == bestBorders && g < best)))) {
        best = g;
        bestBorders = borders;
        bestHome = home;
      }
    }
    return best;
  }

  private static boolean connectedWithout(int[] members, int[] gone, AreaAdjacency adjacency) {
    Set<Integer> out = new HashSet<>();
    for (int g : gone) {
      out.add(g);
    }
    int[] rest = Arrays.stream(members).filter(x -> !out.contains(x)).toArray();
    return adjacency.isConnected(rest);
  }



  /**
   * When no single area can move (an outside area holds a peninsula of others together, and only its
   * base touches a home footprint): move a whole connected run of the footprint's areas of one outside
   * region to a bordering footprint hosted by that region, or to one that stays aligned with it all,
   * if what remains stays connected. Largest runs are tried first.
   */
  private static boolean moveGroup(int f, int[] members, Integer[] outside, int[] fp, List<Area> areas,
      AreaAdjacency adjacency, int[] regionOfArea, int[] host, double[][] pop, double[] total, double threshold,
      List<Realigner.Move> moves) {
    Set<Integer> inF = new HashSet<>();
    for (int a : members) {
      inF.add(a);
    }
    Set<Integer> seen = new HashSet<>();
    List<int[]> runs = new ArrayList<>();
    for (int start : outside) {
      if (!seen.add(start)) {
        continue;
      }
      List<Integer> run = new ArrayList<>(List.of(start));
      for (int i = 0; i < run.size(); i++) {
        for (int b : adjacency.neighbours(run.get(i))) {
          if (inF.contains(b) && regionOfArea[b] == regionOfArea[start] && seen.add(b)) {
            run.add(b);
          }
        }
      }
      runs.add(run.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    runs.sort((x, y) -> Double.compare(population(y, areas), population(x, areas)));
    for (int[] run : runs) {
      double runPopulation = population(run, areas);
      Set<Integer> inRun = new HashSet<>();
      for (int a : run) {
        inRun.add(a);
      }
      int best = -1;
      boolean bestHome = false;
      for (int a : run) {
        for (int b : adjacency.neighbours(a)) {
          int g = fp[b];
          if (g == f || inRun.contains(b) || host[g] < 0) {
            continue;
          }
          boolean home = host[g] == regionOfArea[a];
          boolean staysAligned = pop[g][host[g]] / (total[g] + runPopulation) >= threshold;
          if ((home || staysAligned) && (best < 0 || (home && !bestHome) || (home == bestHome && g < best))) {
            best = g;
            bestHome = home;
          }
        }
      }
      if (best >= 0 && connectedWithout(members, run, adjacency)) {
        for (int a : run) {
          fp[a] = best;
          moves.add(new Realigner.Move(a, f, best));
        }
        return true;
      }
    }
    return false;
  }

  private static double population(int[] run, List<Area> areas) {
    double p = 0;
    for (int a : run) {
      p += areas.get(a).population();
    }
    return p;
  }
}
