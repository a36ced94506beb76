package io.footprint.propose;

import io.footprint.cluster.ContiguityGuard;
import io.footprint.cluster.SpatialFlowNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

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
 * <p>Deterministic: ties go to the lower area, then the lower unit.
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
  public record Move(int area, int from, int to, double residents, double gain) {}

  private final int nA;
  private final int[] unit;
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
    this.unit = start.clone();
    this.population = net.areaPopulations();
    int units = 0;
    for (int u : start) {
      units = Math.max(units, u + 1);
    }
    unitPopulation = new double[units];
    unitAreas = new int[units];
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

  /** A candidate move, ordered best first: gain per resident, then area, then unit. */
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
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int a = 0; a < nA; a++) {
      offer(queue, a);
    }
    List<Move> path = new ArrayList<>();
    double moved = 0;
    while (!queue.isEmpty() && path.size() < limits.maxMoves()) {
      Candidate c = queue.poll();
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
    }
    return path;
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
