package io.footprint.align;

import io.footprint.geo.AreaLocator;
import io.footprint.graph.ConditionGraph;
import io.footprint.geo.Dissolver;
import io.footprint.model.Area;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Proposal;
import io.footprint.model.RegionSet;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import org.locationtech.jts.geom.Geometry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sets proposals against a reference region set: shares, host regions, the aligned flag, the
 * per-region table, population-weighted agreement, and the regions scored as a partition of the
 * same flows (each site counted in the region of the area holding it).
 */
public final class Aligner {
  /** Contract default: a footprint is aligned when 95% of its residents live in its host region. */
  public static final double DEFAULT_THRESHOLD = 0.95;
  /** Part label of the areas that lie in no region. */
  public static final String NO_REGION = "";

  private final Scenario scenario;
  private final RegionSet regions;
  private final double threshold;
  /** region part of each area: index into regionCodes. */
  private final int[] regionOfArea;
  private final int[] regionOfSite;
  private final List<String> regionCodes;
  /** square metres of each area inside each region polygon (region index to m2), or null without polygons. */
  private final Map<Integer, Double>[] landInRegion;
  private final double[] landOfArea;

  public Aligner(Scenario scenario, RegionSet regions, double threshold) {
    this.scenario = scenario;
    this.regions = regions;
    this.threshold = threshold;
    List<Area> areas = scenario.areas();
    TreeSet<String> codes = new TreeSet<>();
    boolean anyUnassigned = false;
    for (Area a : areas) {
      String r = regions.regionOfArea().get(a.code());
      if (r == null) {
        anyUnassigned = true;
      } else {
        codes.add(r);
      }
    }
    regionCodes = new ArrayList<>(codes);
    if (anyUnassigned) {
      regionCodes.add(NO_REGION);
    }
    regionOfArea = new int[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      String r = regions.regionOfArea().get(areas.get(i).code());
      regionOfArea[i] = Collections.binarySearch(regionCodes.subList(0, codes.size()), r == null ? "\uffff" : r);
      if (r == null) {
        regionOfArea[i] = regionCodes.size() - 1;
      }
    }
    if (!regions.polygons().isEmpty() && scenario.allAreasHaveGeometry()) {
      landOfArea = new double[areas.size()];
      landInRegion = overlaps(areas, regions, regionCodes, landOfArea);
    } else {
      landOfArea = null;
      landInRegion = null;
    }
    AreaLocator locator = new AreaLocator(areas);
    List<Site> sites = scenario.sites();
    regionOfSite = new int[sites.size()];
    for (int s = 0; s < sites.size(); s++) {
      int a = locator.locate(sites.get(s).lon(), sites.get(s).lat());
      regionOfSite[s] = a < 0 ? -1 : regionOfArea[a];
    }
  }

  /**
   * Area-weighted overlap: for each area, the square metres (British National Grid) inside each region
   * polygon, found through an STRtree; an area a region's polygon properly contains counts whole.
   */
  @SuppressWarnings("unchecked")
  private static Map<Integer, Double>[] overlaps(List<Area> areas, RegionSet regions, List<String> codes,
      double[] landOfArea) {
    io.footprint.geo.BritishNationalGrid grid = new io.footprint.geo.BritishNationalGrid();
    org.locationtech.jts.index.strtree.STRtree index = new org.locationtech.jts.index.strtree.STRtree();
    regions.polygons().forEach((code, g) -> {
      int r = codes.indexOf(code);
      if (r >= 0) {
        Geometry bng = grid.toGrid(g);
        index.insert(bng.getEnvelopeInternal(), new Object[] {r, bng,
            org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(bng)});
      }
    });
    Map<Integer, Double>[] out = new Map[areas.size()];
    for (int a = 0; a < areas.size(); a++) {
      Geometry g = grid.toGrid(areas.get(a).geometry());
      landOfArea[a] = g.getArea();
      out[a] = new TreeMap<>();
      for (Object o : index.query(g.getEnvelopeInternal())) {
        Object[] e = (Object[]) o;
        org.locationtech.jts.geom.prep.PreparedGeometry region = (org.locationtech.jts.geom.prep.PreparedGeometry) e[2];
        double m2 = region.containsProperly(g) ? landOfArea[a] : region.intersects(g)
            ? org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(g, (Geometry) e[1],
                org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION).getArea() : 0;
        if (m2 > 0) {
          out[a].merge((Integer) e[0], m2, Double::sum);
        }
      }
    }
    return out;
  }

  public RegionSet regions() {
    return regions;
  }

  /** The realignment of a proposal with these regions (see {@link Realigner}). */
  public Realigner.Result realign(Proposal p, io.footprint.geo.AreaAdjacency adjacency) {
    return Realigner.realign(p, scenario.areas(), adjacency, regionOfArea, regionCodes,
        regionCodes.indexOf(NO_REGION), threshold);
  }

  /** Region number of each area (areas in no region share the last number), in scenario order. */
  public int[] regionIndexOfAreas() {
    return regionOfArea.clone();
  }

  /** Region number of each site: the region of the area holding it. */
  public int[] regionIndexOfSites() {
    return regionOfSite.clone();
  }

  /** Region code of each area ("" for none), in scenario order. */
  public String regionOfArea(int area) {
    return regionCodes.get(regionOfArea[area]);
  }

  /**
   * The proposal set against the regions: each footprint's shares, host and flags, each region's
   * count of footprints, and the agreement of the two partitions.
   */
  public AlignmentResult align(Proposal proposal, ConditionGraph graph) {
    List<Area> areas = scenario.areas();
    int k = proposal.footprintCount();
    int nr = regionCodes.size();
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
      hostOf[f] = host(pop[f], total[f]);
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
          shares.put(regionCodes.get(r), pop[f][r] / total[f]);
        }
      }
      double hostShare = host < 0 || total[f] == 0 ? 0 : pop[f][host] / total[f];
      boolean real = host >= 0 && !regionCodes.get(host).equals(NO_REGION);
      boolean ok = real && hostShare >= threshold;
      boolean wholly = real && outside.get(f).isEmpty();
      aligned += ok ? 1 : 0;
      inside += wholly ? 1 : 0;
      out.add(new FootprintAlignment(f, host < 0 ? "" : regionCodes.get(host), hostShare, ok, wholly, shares,
          List.copyOf(outside.get(f)), outsidePop[f], outsideAct[f], landShare[f]));
    }
    List<RegionSummary> table = regionTable(out, pop, total, weight, hostOf);
    Agreement agreement = Agreement.of(fp, regionOfArea, weight);
    List<String> regionCodeOfArea = new ArrayList<>(areas.size());
    for (int a = 0; a < areas.size(); a++) {
      regionCodeOfArea.add(regionCodes.get(regionOfArea[a]));
    }
    return new AlignmentResult(regions.name(), threshold, out, table, aligned, inside, agreement,
        scoreRegions(graph), List.copyOf(regionCodes), regionCodeOfArea);
  }

  /**
   * The host: the real region holding most of the footprint's residents; when all of them lie in no
   * region, the "no region" part; -1 for a footprint without residents.
   */
  private int host(double[] popByRegion, double total) {
    int host = -1;
    for (int r = 0; r < popByRegion.length; r++) {
      boolean real = !regionCodes.get(r).equals(NO_REGION);
      if (real && popByRegion[r] > 0 && (host < 0 || popByRegion[r] > popByRegion[host])) {
        host = r;
      }
    }
    return host < 0 && total > 0 ? regionCodes.size() - 1 : host;
  }

  /** Share of each footprint's land inside its host region's polygon; NaN without polygons on both sides. */
  private double[] landInHost(int[] fp, int[] hostOf, int k) {
    double[] out = new double[k];
    java.util.Arrays.fill(out, Double.NaN);
    if (landInRegion == null) {
      return out;
    }
    double[] land = new double[k];
    double[] inHost = new double[k];
    for (int a = 0; a < fp.length; a++) {
      land[fp[a]] += landOfArea[a];
      inHost[fp[a]] += hostOf[fp[a]] < 0 ? 0 : landInRegion[a].getOrDefault(hostOf[fp[a]], 0.0);
    }
    for (int f = 0; f < k; f++) {
      out[f] = land[f] == 0 ? Double.NaN : Math.min(1, inHost[f] / land[f]);
    }
    return out;
  }

  private List<RegionSummary> regionTable(List<FootprintAlignment> footprints, double[][] pop, double[] total,
      double[] weight, int[] hostOf) {
    List<RegionSummary> table = new ArrayList<>();
    double[] regionPop = new double[regionCodes.size()];
    for (int a = 0; a < weight.length; a++) {
      regionPop[regionOfArea[a]] += weight[a];
    }
    for (int r = 0; r < regionCodes.size(); r++) {
      String code = regionCodes.get(r);
      if (code.equals(NO_REGION)) {
        continue;
      }
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

  /** The regions as a partition of the condition's flows, each site in the region of the area holding it. */
  public io.footprint.model.PartitionScore scoreRegions(ConditionGraph graph) {
    List<String> labels = new ArrayList<>(regionCodes);
    labels.replaceAll(c -> c.equals(NO_REGION) ? "(none)" : c);
    return graph.score(regionOfArea, regionOfSite, regionCodes.size(), labels, 1.0);
  }

  /** Each region's outline: the union of its areas' polygons (for maps), by region code; areas in no region left out. */
  public Map<String, Geometry> outlines(Dissolver dissolver) {
    Map<String, List<Integer>> byRegion = new TreeMap<>();
    for (int a = 0; a < regionOfArea.length; a++) {
      String code = regionCodes.get(regionOfArea[a]);
      if (!code.equals(NO_REGION)) {
        byRegion.computeIfAbsent(code, k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, Geometry> out = new TreeMap<>();
    byRegion.forEach((code, list) -> out.put(code, dissolver.dissolve(list.stream().mapToInt(i -> i).toArray())));
    return out;
  }

  /** Population of each region code, for tables. */
  public Map<String, Double> populationByRegion() {
    Map<String, Double> m = new TreeMap<>();
    for (int a = 0; a < regionOfArea.length; a++) {
      m.merge(regionCodes.get(regionOfArea[a]), scenario.areas().get(a).population(), Double::sum);
    }
    return m;
  }
}
