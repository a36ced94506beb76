package io.footprint.align;

import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import java.util.Arrays;
import java.util.List;

/**
 * Realignment: for each misaligned footprint, the border areas whose move to a neighbouring
 * footprint makes it aligned. Rounds repeat until every footprint is aligned or no move is left:
 * in each, every misaligned footprint gives up its most populous area that lies outside its host
 * region and can leave without splitting it, to a bordering footprint hosted by the area's own
 * region (its home; the one it shares most borders with), or else to a bordering footprint that is
 * aligned and stays aligned with the area added. Every move raises the giver's host share and never
 * misaligns the receiver, so rounds end; moving the most populous areas first keeps the set small;
 * the receiver borders the area, so both stay contiguous. A footprint can stay misaligned where no
 * such neighbour borders its outside areas, or where they hold it together: moving border areas
 * cannot align it, and the summary says how many are left.
 *
 * <p>Within a round every footprint reads the partition as the round found it (its areas, residents,
 * host and flag, and those of the footprints around it), except the footprint of each neighbouring
 * area, read as it stands; the figures are kept up to date by the moves ({@link RealignmentRounds}),
 * so a round costs about what its moves touch, not the whole partition.
 */
public final class Realigner {
  /** One area moved from one footprint to another. */
  public record Move(int area, int from, int to) {}

  /**
   * The realigned footprints.
   *
   * @param footprintOfArea footprint of each area after the moves (sites stay where they were)
   * @param moves the moves, in the order made
   * @param rounds rounds needed
   * @param stuck the footprints still misaligned, each with why moving border areas could not align it
   * @param connected whether each footprint's areas are connected after the moves
   *     ({@link AreaAdjacency#connectedParts} of {@code footprintOfArea}, kept up to date by the rounds)
   */
  public record Result(int[] footprintOfArea, List<Move> moves, int rounds, List<Stuck> stuck, boolean[] connected) {
    public Result {
      footprintOfArea = footprintOfArea.clone();
      moves = List.copyOf(moves);
      stuck = List.copyOf(stuck);
      connected = connected.clone();
    }

    /** Footprint of each area after the moves (a copy). */
    @Override
    public int[] footprintOfArea() {
      return footprintOfArea.clone();
    }

    /** Whether each footprint's areas are connected after the moves (a copy). */
    @Override
    public boolean[] connected() {
      return connected.clone();
    }
  }

  /**
   * A footprint that moving border areas could not align, and why.
   *
   * @param footprint its number
   * @param reason why, in words
   * @param regionsHostingNoFootprint regions its outside residents live in that host no footprint (where
   *     only a new footprint would align them)
   */
  public record Stuck(int footprint, String reason, List<String> regionsHostingNoFootprint) {}

  private Realigner() {}

  /**
   * The areas' residents and realignment's order of them (most populous first, lower area number on
   * ties): the same for every proposal over the same areas, so a run computes it once for all its
   * references ({@link SharedOrder}) rather than once per realignment.
   */
  public static final class AreaOrder {
    final double[] population;
    /** The areas in realignment's order; each area's position in it; the residents at each position. */
    final int[] byRank;
    final int[] rank;
    final double[] populationByRank;

    private AreaOrder(double[] population) {
      int n = population.length;
      this.population = population;
      this.byRank = mostPopulousFirst(population);
      this.rank = new int[n];
      this.populationByRank = new double[n];
      for (int r = 0; r < n; r++) {
        rank[byRank[r]] = r;
        populationByRank[r] = population[byRank[r]];
      }
    }

    /**
     * The areas in realignment's order: most populous first, lower area number on ties. Each area's key
     * is its population's place among the distinct populations (descending) above its number, so one
     * primitive sort of longs gives the order. Populations are finite and not negative (the readers
     * refuse others); adding 0.0 makes -0.0 equal to 0.0, as {@code !=} on doubles has it.
     */
    static int[] mostPopulousFirst(double[] population) {
      int n = population.length;
      double[] distinct = new double[n];
      for (int a = 0; a < n; a++) {
        distinct[a] = population[a] + 0.0;
      }
      Arrays.sort(distinct);
      int d = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || distinct[i] != distinct[d - 1]) {
          distinct[d++] = distinct[i];
        }
      }
      long[] keys = new long[n];
      for (int a = 0; a < n; a++) {
        long place = d - 1 - Arrays.binarySearch(distinct, 0, d, population[a] + 0.0);
        keys[a] = place << 32 | a;
      }
      Arrays.sort(keys);
      int[] order = new int[n];
      for (int r = 0; r < n; r++) {
        order[r] = (int) keys[r];
      }
      return order;
    }

    public static AreaOrder of(List<Area> areas) {
      double[] population = new double[areas.size()];
      for (int a = 0; a < population.length; a++) {
        population[a] = areas.get(a).population();
      }
      return new AreaOrder(population);
    }
  }

  /**
   * Realignment's order of some areas, found when first asked for and then kept: one for every proposal
   * and reference a run realigns.
   */
  public static final class SharedOrder {
    private final List<Area> areas;
    private AreaOrder order;

    public SharedOrder(List<Area> areas) {
      this.areas = areas;
    }

    public synchronized AreaOrder get() {
      if (order == null) {
        order = AreaOrder.of(areas);
      }
      return order;
    }
  }

  /**
   * @param regionOfArea region number of each area; {@code noRegion} marks areas in no region
   */
  public static Result realign(Proposal p, List<Area> areas, AreaAdjacency adjacency, int[] regionOfArea,
      List<String> regionCodes, int noRegion, double threshold) {
    return realign(p, null, AreaOrder.of(areas), adjacency, regionOfArea, regionCodes, noRegion, threshold);
  }

  /**
   * As above, with the areas' order given ({@link AreaOrder#of} the areas) and, when known, whether
   * each footprint's areas are connected in {@code adjacency} ({@link AreaAdjacency#connectedParts} of the
   * proposal, as its score has them); null to have them searched.
   */
  public static Result realign(Proposal p, boolean[] connected, AreaOrder order, AreaAdjacency adjacency,
      int[] regionOfArea, List<String> regionCodes, int noRegion, double threshold) {
    return realign(p, connected, order, adjacency, regionOfArea, regionCodes, noRegion, threshold,
        Holders.PIECE_KEPT);
  }

  /** As above, keeping the areas of pieces of at most {@code pieceKept} areas ({@link Holders}; a test sets it low). */
  static Result realign(Proposal p, boolean[] connected, AreaOrder order, AreaAdjacency adjacency,
      int[] regionOfArea, List<String> regionCodes, int noRegion, double threshold, int pieceKept) {
    if (connected != null && connected.length != p.footprintCount()) {
      throw new IllegalArgumentException(connected.length + " connected flags for " + p.footprintCount()
          + " footprints");
    }
    RealignmentRounds rounds = new RealignmentRounds(p.footprintOfArea(), connected, p.footprintCount(), order,
        adjacency.startArray(), adjacency.neighbourArray(), regionOfArea, regionCodes.size(), noRegion, threshold,
        pieceKept);
    int count = rounds.run();
    int[] fp = rounds.footprintOfArea();
    return new Result(fp, rounds.moves(), count, rounds.stuck(adjacency, regionCodes), rounds.connected());
  }
}
