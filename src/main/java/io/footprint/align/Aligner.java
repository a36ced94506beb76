package io.footprint.align;

import io.footprint.cluster.Agreement;
import io.footprint.geo.AreaAdjacency;
import io.footprint.geo.AreaLocator;
import io.footprint.geo.Dissolver;
import io.footprint.model.Area;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.model.RegionSet;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.PartitionScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Sets proposals against a reference region set: shares, host regions, the aligned flag, the
 * per-region table, population-weighted agreement, and the regions scored as a partition of the
 * same flows (each site counted in the region of the area holding it).
 */
public final class Aligner {
  /** Contract default: a footprint is aligned when 95% of its residents live in its host region. */
  public static final double DEFAULT_THRESHOLD = 0.95;
  /** Part label of the areas that lie in no region. */
  public static final String NO_REGION = RegionIndex.NO_REGION;

  private final Scenario scenario;
  private final RegionSet regions;
  private final double threshold;
  private final RegionIndex index;
  private final Realigner.SharedOrder areaOrder;
  /** Each area's region code: the same for every alignment. */
  private final List<String> regionCodeOfArea;
  /**
   * Whether each region's areas are connected in the adjacency they were last found for: the same for every
   * condition of a run, whose graphs share one adjacency.
   */
  private AreaAdjacency connectedIn;
  private boolean[] regionsConnected;
  /** The regions' score by the scorer of each condition (weakly: a scorer's flows are dropped with it). */
  private final Map<PartitionScorer, PartitionScore> regionScores = new WeakHashMap<>();

  public Aligner(Scenario scenario, RegionSet regions, double threshold) {
    this(scenario, regions, threshold, areasOfSites(scenario));
  }

  /**
   * As above, with each site's area given ({@link #areasOfSites} of the same scenario): where the sites
   * lie does not depend on the regions, so a run locates them once for all its references.
   */
  public Aligner(Scenario scenario, RegionSet regions, double threshold, int[] areaOfSite) {
    this(scenario, regions, threshold, areaOfSite, new Realigner.SharedOrder(scenario.areas()));
  }

  /**
   * As above, with realignment's order of the areas shared: it does not depend on the regions either, so
   * the aligners of one run share it, and the first realignment finds it for all.
   */
  public Aligner(Scenario scenario, RegionSet regions, double threshold, int[] areaOfSite,
      Realigner.SharedOrder areaOrder) {
    this.scenario = scenario;
    this.areaOrder = areaOrder;
    this.regions = regions;
    this.threshold = threshold;
    this.index = new RegionIndex(scenario, regions, areaOfSite);
    int n = scenario.areas().size();
    List<String> codes = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      codes.add(index.code(index.regionOfArea(a)));
    }
    this.regionCodeOfArea = List.copyOf(codes);
  }

  /** The area holding each site, -1 for a site in none ({@link AreaLocator}), in scenario order. */
  public static int[] areasOfSites(Scenario scenario) {
    AreaLocator locator = new AreaLocator(scenario.areas());
    List<Site> sites = scenario.sites();
    int[] out = new int[sites.size()];
    for (int s = 0; s < out.length; s++) {
      out[s] = locator.locate(sites.get(s).lon(), sites.get(s).lat());
    }
    return out;
  }

  public RegionSet regions() {
    return regions;
  }

  /** The realignment of a proposal with these regions (see {@link Realigner}). */
  public Realigner.Result realign(Proposal p, AreaAdjacency adjacency) {
    return realign(p, null, adjacency);
  }

  /**
   * As above, with whether each footprint's areas are connected in {@code adjacency} when known (its
   * score's contiguity, which no reference changes: a run realigns one proposal with each of its
   * references), else null.
   */
  public Realigner.Result realign(Proposal p, boolean[] connected, AreaAdjacency adjacency) {
    return Realigner.realign(p, connected, areaOrder.get(), adjacency, index.regionOfAreas(),
        index.codes(), index.noRegion(), threshold);
  }

  /** Region number of each area (areas in no region share the last number), in scenario order. */
  public int[] regionIndexOfAreas() {
    return index.regionOfAreas();
  }

  /** Region codes by region number ({@link #NO_REGION} last for the areas in none). */
  public List<String> regionCodes() {
    return index.codes();
  }

  /** Region number of each site: the region of the area holding it. */
  public int[] regionIndexOfSites() {
    return index.regionOfSites();
  }

  /** Region code of each area ("" for none), in scenario order. */
  public String regionOfArea(int area) {
    return index.code(index.regionOfArea(area));
  }

  /**
   * The proposal set against the regions: each footprint's shares, host and flags, each region's
   * count of footprints, and the agreement of the two partitions.
   */
  public AlignmentResult align(Proposal proposal, PartitionScorer scorer) {
    List<Area> areas = scenario.areas();
    int k = proposal.footprintCount();
    int nr = index.count();
    int[] regionOfArea = index.regionOfAreas();
    int[] fp = proposal.footprintOfArea();
    double[] weight = new double[areas.size()];
    double[][] pop = new double[k][nr];
    double[] total = new double[k];
    for (int a = 0; a < areas.size(); a++) {
      weight[a] = areas.get(a).population();
      pop[fp[a]][regionOfArea[a]] += weight[a];
      total[fp[a]] += weight[a];
    }
    int[] hostOf = new int[k];
    for (int f = 0; f < k; f++) {
      int host = HostRule.host(pop[f], index.noRegion());
      hostOf[f] = host < 0 && total[f] > 0 ? index.noRegion() : host; // all its residents in no region
    }
    double[] activityOfArea = scenario.flows(proposal.condition()).areaTotals();
    List<List<Integer>> outside = new ArrayList<>(k);
    double[] outsidePop = new double[k];
    double[] outsideAct = new double[k];
    for (int f = 0; f < k; f++) {
      outside.add(new ArrayList<>());
    }
    for (int a = 0; a < areas.size(); a++) {
      int f = fp[a];
      if (regionOfArea[a] != hostOf[f]) {
        outside.get(f).add(a);
        outsidePop[f] += weight[a];
        outsideAct[f] += activityOfArea[a];
      }
    }
    double[] landShare = landInHost(fp, hostOf, k);
    List<FootprintAlignment> out = new ArrayList<>(k);
    int aligned = 0;
    int inside = 0;
    for (int f = 0; f < k; f++) {
      int host = hostOf[f];
      SortedMap<String, Double> shares = new TreeMap<>();
      for (int r = 0; r < nr; r++) {
        if (pop[f][r] > 0) {
          shares.put(index.code(r), pop[f][r] / total[f]);
        }
      }
      double hostShare = host < 0 || total[f] == 0 ? 0 : pop[f][host] / total[f];
      boolean real = index.isReal(host);
      boolean ok = real && HostRule.aligned(pop[f], total[f], host, threshold);
      boolean wholly = real && outside.get(f).isEmpty();
      aligned += ok ? 1 : 0;
      inside += wholly ? 1 : 0;
      out.add(new FootprintAlignment(f, host < 0 ? "" : index.code(host), hostShare, ok, wholly, shares,
          List.copyOf(outside.get(f)), outsidePop[f], outsideAct[f], landShare[f]));
    }
    List<RegionSummary> table = regionTable(out, pop, total, weight, hostOf);
    Agreement agreement = Agreement.of(fp, regionOfArea, weight);
    return new AlignmentResult(regions.name(), threshold, out, table, aligned, inside, agreement,
        scoreRegions(scorer), index.codes(), regionCodeOfArea);
  }

  /** Share of each footprint's land inside its host region's polygon; NaN without polygons on both sides. */
  private double[] landInHost(int[] fp, int[] hostOf, int k) {
    double[] out = new double[k];
    Arrays.fill(out, Double.NaN);
    if (!index.measuresLand()) {
      return out;
    }
    double[] land = new double[k];
    double[] inHost = new double[k];
    for (int a = 0; a < fp.length; a++) {
      land[fp[a]] += index.land(a);
      inHost[fp[a]] += hostOf[fp[a]] < 0 ? 0 : index.landIn(a, hostOf[fp[a]]);
    }
    for (int f = 0; f < k; f++) {
      out[f] = land[f] == 0 ? Double.NaN : Math.min(1, inHost[f] / land[f]);
    }
    return out;
  }

  private List<RegionSummary> regionTable(List<FootprintAlignment> footprints, double[][] pop, double[] total,
      double[] weight, int[] hostOf) {
    List<RegionSummary> table = new ArrayList<>();
    double[] regionPop = new double[index.count()];
    for (int a = 0; a < weight.length; a++) {
      regionPop[index.regionOfArea(a)] += weight[a];
    }
    for (int r = 0; r < index.count(); r++) {
      if (!index.isReal(r)) {
        continue;
      }
      String code = index.code(r);
      int hosted = 0;
      int hostedAligned = 0;
      int hostedInside = 0;
      int touching = 0;
      int crossing = 0;
      for (int f = 0; f < footprints.size(); f++) {
        if (hostOf[f] == r) {
          hosted++;
          hostedAligned += footprints.get(f).aligned() ? 1 : 0;
          hostedInside += footprints.get(f).inside() ? 1 : 0;
        }
        if (pop[f][r] > 0) {
          touching++;
          crossing += pop[f][r] < total[f] ? 1 : 0;
        }
      }
      table.add(new RegionSummary(code, regions.regionName(code), regionPop[r], hosted, hostedAligned, hostedInside,
          touching, crossing));
    }
    return table;
  }

  /**
   * The regions as a partition of the condition's flows, each site in the region of the area holding it.
   * It depends on the scorer's flows alone, not on any proposal, so it is scored once per scorer and kept
   * while the scorer is (every alignment of a condition's proposals, realigned or scanned, shares it).
   */
  public PartitionScore scoreRegions(PartitionScorer scorer) {
    synchronized (regionScores) {
      PartitionScore kept = regionScores.get(scorer);
      if (kept != null) {
        return kept;
      }
    }
    List<String> labels = new ArrayList<>(index.codes());
    labels.replaceAll(c -> c.equals(NO_REGION) ? "(none)" : c);
    PartitionScore score = scorer.score(index.regionOfAreas(), index.regionOfSites(), index.count(), labels, 1.0,
        regionsConnected(scorer.adjacency()));
    synchronized (regionScores) {
      regionScores.putIfAbsent(scorer, score);
    }
    return score;
  }

  private synchronized boolean[] regionsConnected(AreaAdjacency adjacency) {
    if (connectedIn != adjacency) {
      regionsConnected = adjacency.connectedParts(index.regionOfAreas(), index.count());
      connectedIn = adjacency;
    }
    return regionsConnected;
  }

  /** Each region's outline: the union of its areas' polygons (for maps), by region code; areas in no region left out. */
  public Map<String, Geometry> outlines(Dissolver dissolver) {
    Map<String, List<Integer>> byRegion = new TreeMap<>();
    for (int a = 0; a < scenario.areas().size(); a++) {
      if (index.isReal(index.regionOfArea(a))) {
        byRegion.computeIfAbsent(index.code(index.regionOfArea(a)), k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, Geometry> out = new TreeMap<>();
    byRegion.forEach((code, list) -> out.put(code, dissolver.dissolve(list.stream().mapToInt(i -> i).toArray())));
    return out;
  }

}
