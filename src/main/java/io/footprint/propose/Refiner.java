package io.footprint.propose;

import io.footprint.cluster.ContiguityGuard;
import io.footprint.cluster.SpatialFlowNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The fewest border moves that buy the most localisation from a map we already have: starting from a
 * partition of the areas into units (senate areas, STPs, an earlier proposal), areas move one at a time to a
 * neighbouring unit, each time the move that gains most localisation per resident moved, so that the moves
 * come out as a path a commissioner can stop anywhere along.
 *
 * <p>Sites stay in their starting units (a hospital stays with its organisation); only areas move. A move
 * of area a from unit P to unit Q changes only a's own activity: it gains
 * {@code (a's activity at Q's sites - a's activity at P's sites) / all activity}, so each candidate's gain is
 * fixed and computed from a's flows alone. Localisation per resident moved ranks the candidates rather
 * than modularity because it is the figure commissioners read, and disruption is counted in residents.
 * Every move keeps the number of units (P keeps an area), P contiguous (breadth-first waves, {@link
 * ContiguityGuard#mayLeave}), P at or above the minimum population, and joins only a unit a borders. A
 * candidate refused for contiguity or population is looked at again whenever one of a's neighbours moves.
 *
 * <p>With merges allowed ({@code refine --allow-merge N}), two bordering units may also merge, at most N times:
 * the one with fewer residents joins the other, all its areas and sites, so its residents are the ones
 * moved. A merge gains {@code (P's residents' activity at Q's sites + Q's at P's) / all activity}, never less
 * than 0 (merging never lowers localisation, hence the cap), and competes with the area moves on gain per
 * resident moved, so a commissioner sees a merge where it buys more per resident than moving borders. The
 * activity between units and their shared borders are kept per pair of units as areas move, so a merge's gain
 * is read, not recomputed; it changes as areas move, so it is read again when it comes off the queue and
 * queued again if it has changed.
 *
 * <p>Deterministic: ties go to merges (lower merged unit first), then the lower area, then the lower unit.
 */
public final class Refiner {
  /** When to stop: the first rule met ends the path (a gain must always be positive). */
  public record Limits(int maxMoves, double maxResidents, double minGain) {
    public static final Limits NONE = new Limits(Integer.MAX_VALUE, Double.POSITIVE_INFINITY, 0);

    public Limits {
      if (maxMoves < 0 || !(maxResidents >= 0) || !(minGain >= 0) || !Double.isFinite(minGain)) {
        throw new IllegalArgumentException("limits must be non-negative");
      }
    }
  }

  /**
   * One move of the path.
   *
   * @param area the area's node (its scenario index)
   * @param from its unit before
   * @param to its unit after
   * @param residents its residents
   * @param gain the change in localisation (share of all activity) this move alone makes
   */
  public record Move(int area, int from, int to, double residents, double gain) {
    /** A merge of unit {@code from} into {@code to}, all of {@code from}'s residents moved. */
    public static Move merge(int from, int to, double residents, double gain) {
      return new Move(-1, from, to, residents, gain);
    }

    /** Whether this is a merge of two units rather than the move of one area. */
    public boolean merged() {
      return area < 0;
    }
  }

  private final int nA;
  private final int n;
  private final int[] unit;
  /** the unit each unit merged into, or -1. */
  private final int[] mergedInto;
  /** per unit, per other unit: activity of its residents at the other's sites (kept only with merges allowed). */
  private Map<Integer, Double>[] activityTo;
  /** per unit, per other unit: adjacency edges between their areas (kept only with merges allowed). */
  private Map<Integer, Integer>[] borderEdges;
  private final double[] population;
  private final double[] unitPopulation;
  private final int[] unitAreas;
  private final ContiguityGuard guard;
  private final double total;
  private final int[] flowStart;
  private final int[] flowSite;
  private final double[] flowWeight;
  private final int[] adjStart;
  private final int[] adjTo;
  /** Bumped when an area or one of its neighbours moves: queued candidates of older versions are stale. */
  private final int[] version;

  /**
   * @param start unit of every node (areas first, then sites), units numbered from 0
   */
  public Refiner(SpatialFlowNetwork net, int[] start) {
    this.nA = net.areaCount();
    this.n = net.nodeCount();
    this.unit = start.clone();
    this.population = net.areaPopulations();
    int units = 0;
    for (int u : start) {
      units = Math.max(units, u + 1);
    }
    unitPopulation = new double[units];
    unitAreas = new int[units];
    mergedInto = new int[units];
    Arrays.fill(mergedInto, -1);
    for (int a = 0; a < nA; a++) {
      unitPopulation[unit[a]] += population[a];
      unitAreas[unit[a]]++;
    }
    guard = ContiguityGuard.ofAdjacency(net.adjacency());
    int[][] f = net.flows().rows(nA);
    flowStart = f[0];
    flowSite = f[1];
    flowWeight = net.flows().rowWeights(nA);
    int[][] g = net.adjacency().rows(nA);
    adjStart = g[0];
    adjTo = g[1];
    double t = 0;
    for (double w : flowWeight) {
      t += w;
    }
    total = t;
    version = new int[nA];
  }

  /** A candidate move (a merge of unit {@code -1 - area} when area is negative), best first: gain per resident, then area, then unit. */
  private record Candidate(double score, double gain, int area, int to, int version) implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.score, score);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(area, o.area);
      return c != 0 ? c : Integer.compare(to, o.to);
    }
  }

  /**
   * The path of moves, in order, until no move gains or a limit is met.
   *
   * @param minPopulation fewest residents a unit may be left with
   */
  public List<Move> refine(Limits limits, double minPopulation) {
    return refine(limits, minPopulation, 0);
  }

  /**
   * As above, with at most {@code maxMerges} merges of two bordering units among the moves.
   *
   * @param minPopulation fewest residents a unit may be left with
   */
  public List<Move> refine(Limits limits, double minPopulation, int maxMerges) {
    if (maxMerges < 0) {
      throw new IllegalArgumentException("merges must be 0 or more");
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int a = 0; a < nA; a++) {
      offer(queue, a);
    }
    if (maxMerges > 0) {
      linkUnits();
      for (int p = 0; p < unitAreas.length; p++) {
        offerMerges(queue, p);
      }
    }
    int merges = 0;
    List<Move> path = new ArrayList<>();
    double moved = 0;
    while (!queue.isEmpty() && path.size() < limits.maxMoves()) {
      Candidate c = queue.poll();
      if (c.area() < 0) {
        if (merges == maxMerges || c.gain() <= limits.minGain()) {
          continue;
        }
        int p = -1 - c.area();
        Candidate fresh = mergeCandidate(p, c.to());
        if (fresh == null || fresh.area() != c.area() || fresh.gain() != c.gain()) {
          if (fresh != null) {
            queue.add(fresh);
          }
          continue;
        }
        if (moved + unitPopulation[p] > limits.maxResidents()) {
          break;
        }
        moved += unitPopulation[p];
        path.add(Move.merge(p, c.to(), unitPopulation[p], c.gain()));
        merges++;
        merge(queue, p, c.to());
        continue;
      }
      int a = c.area();
      int from = unit[a];
      if (c.version() != version[a] || c.gain() <= limits.minGain() || !borders(a, c.to())) {
        continue;
      }
      if (moved + population[a] > limits.maxResidents()) {
        break;
      }
      if (unitAreas[from] <= 1 || unitPopulation[from] - population[a] < minPopulation
          || !guard.mayLeave(a, unit)) {
        continue; // looked at again when a neighbour moves
      }
      if (activityTo != null) {
        relink(a, from, c.to());
      }
      unit[a] = c.to();
      unitAreas[from]--;
      unitAreas[c.to()]++;
      unitPopulation[from] -= population[a];
      unitPopulation[c.to()] += population[a];
      moved += population[a];
      path.add(new Move(a, from, c.to(), population[a], c.gain()));
      version[a]++;
      offer(queue, a);
      for (int k = adjStart[a]; k < adjStart[a + 1]; k++) {
        int b = adjTo[k];
        version[b]++;
        offer(queue, b);
      }
      if (activityTo != null && merges < maxMerges) {
        offerMerges(queue, from);
        offerMerges(queue, c.to());
      }
    }
    return path;
  }

  /** The unit each unit merged into, or -1 for units that did not merge (a copy). */
  public int[] mergedInto() {
    return mergedInto.clone();
  }

  /** Counts, per pair of units, the activity between them and the adjacency edges they share. */
  @SuppressWarnings("unchecked")
  private void linkUnits() {
    int units = unitAreas.length;
    activityTo = new Map[units];
    borderEdges = new Map[units];
    for (int u = 0; u < units; u++) {
      activityTo[u] = new HashMap<>();
      borderEdges[u] = new HashMap<>();
    }
    for (int a = 0; a < nA; a++) {
      int p = unit[a];
      for (int k = flowStart[a]; k < flowStart[a + 1]; k++) {
        if (unit[flowSite[k]] != p) {
          activityTo[p].merge(unit[flowSite[k]], flowWeight[k], Double::sum);
        }
      }
      for (int k = adjStart[a]; k < adjStart[a + 1]; k++) {
        if (unit[adjTo[k]] != p) {
          borderEdges[p].merge(unit[adjTo[k]], 1, Integer::sum);
        }
      }
    }
  }

  /** Area a is about to move from unit p to q: the counts between units follow it. */
  private void relink(int a, int p, int q) {
    for (int k = flowStart[a]; k < flowStart[a + 1]; k++) {
      int x = unit[flowSite[k]];
      if (x != p) {
        add(activityTo[p], x, -flowWeight[k]);
      }
      if (x != q) {
        add(activityTo[q], x, flowWeight[k]);
      }
    }
    for (int k = adjStart[a]; k < adjStart[a + 1]; k++) {
      int y = unit[adjTo[k]];
      if (y != p) {
        addEdges(p, y, -1);
      }
      if (y != q) {
        addEdges(q, y, 1);
      }
    }
  }

  private static void add(Map<Integer, Double> m, int key, double w) {
    m.merge(key, w, Double::sum);
  }

  private void addEdges(int p, int q, int d) {
    borderEdges[p].merge(q, d, Integer::sum);
    borderEdges[q].merge(p, d, Integer::sum);
    if (borderEdges[p].get(q) == 0) {
      borderEdges[p].remove(q);
      borderEdges[q].remove(p);
    }
  }

  /**
   * The merge of bordering units p and q as a candidate: the unit with fewer residents (the later one on ties)
   * merging into the other; null when they do not border or the merge gains nothing.
   */
  private Candidate mergeCandidate(int p, int q) {
    if (p == q || mergedInto[p] >= 0 || mergedInto[q] >= 0 || !borderEdges[p].containsKey(q)) {
      return null;
    }
    double gain = (activityTo[p].getOrDefault(q, 0.0) + activityTo[q].getOrDefault(p, 0.0)) / total;
    if (!(gain > 0)) {
      return null;
    }
    boolean pGoes = unitPopulation[p] < unitPopulation[q] || (unitPopulation[p] == unitPopulation[q] && p > q);
    int from = pGoes ? p : q;
    int to = pGoes ? q : p;
    return new Candidate(gain / Math.max(unitPopulation[from], 1), gain, -1 - from, to, 0);
  }

  /** Queues the merges of unit p with every unit it borders (in unit order). */
  private void offerMerges(PriorityQueue<Candidate> queue, int p) {
    if (mergedInto[p] >= 0) {
      return;
    }
    for (int q : new TreeMap<>(borderEdges[p]).keySet()) {
      Candidate c = mergeCandidate(p, q);
      if (c != null) {
        queue.add(c);
      }
    }
  }

  /** Unit p joins unit q, areas and sites; the counts between units and every area's candidates follow. */
  private void merge(PriorityQueue<Candidate> queue, int p, int q) {
    for (int i = 0; i < n; i++) {
      if (unit[i] == p) {
        unit[i] = q;
      }
    }
    mergedInto[p] = q;
    unitAreas[q] += unitAreas[p];
    unitAreas[p] = 0;
    unitPopulation[q] += unitPopulation[p];
    unitPopulation[p] = 0;
    for (int u = 0; u < activityTo.length; u++) {
      Double toP = activityTo[u].remove(p);
      if (toP != null && u != q && u != p) {
        add(activityTo[u], q, toP);
      }
    }
    for (Map.Entry<Integer, Double> e : activityTo[p].entrySet()) {
      if (e.getKey() != q) {
        add(activityTo[q], e.getKey(), e.getValue());
      }
    }
    activityTo[q].remove(q);
    activityTo[p].clear();
    for (Map.Entry<Integer, Integer> e : new TreeMap<>(borderEdges[p]).entrySet()) {
      int y = e.getKey();
      borderEdges[y].remove(p);
      if (y != q) {
        borderEdges[q].merge(y, e.getValue(), Integer::sum);
        borderEdges[y].merge(q, e.getValue(), Integer::sum);
      }
    }
    borderEdges[p].clear();
    for (int a = 0; a < nA; a++) {
      version[a]++;
      offer(queue, a);
    }
    offerMerges(queue, q);
  }

  /** The unit of every node after the moves made so far (a copy). */
  public int[] units() {
    return unit.clone();
  }

  /** Queues area {@code a}'s moves to each neighbouring unit that gains. */
  private void offer(PriorityQueue<Candidate> queue, int a) {
    int from = unit[a];
    double stay = activityAt(a, from);
    for (int k = adjStart[a]; k < adjStart[a + 1]; k++) {
      int q = unit[adjTo[k]];
      if (q == from || seenBefore(a, k, q)) {
        continue;
      }
      double gain = (activityAt(a, q) - stay) / total;
      if (gain > 0) {
        queue.add(new Candidate(gain / Math.max(population[a], 1), gain, a, q, version[a]));
      }
    }
  }

  /** Whether an earlier neighbour of {@code a} (before position k) already lies in unit q. */
  private boolean seenBefore(int a, int k, int q) {
    for (int j = adjStart[a]; j < k; j++) {
      if (unit[adjTo[j]] == q) {
        return true;
      }
    }
    return false;
  }

  private boolean borders(int a, int q) {
    for (int k = adjStart[a]; k < adjStart[a + 1]; k++) {
      if (unit[adjTo[k]] == q) {
        return true;
      }
    }
    return false;
  }

  /** Area a's activity at the sites of unit u. */
  private double activityAt(int a, int u) {
    double s = 0;
    for (int k = flowStart[a]; k < flowStart[a + 1]; k++) {
      if (unit[flowSite[k]] == u) {
        s += flowWeight[k];
      }
    }
    return s;
  }
}
