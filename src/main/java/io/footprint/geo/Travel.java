package io.footprint.geo;

import io.footprint.model.Area;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The time taken to travel across the patch, as the Net-Run simulation of the strategic clinical networks
 * warned large footprints bring, measured as straight-line distance on the British National Grid: from each
 * area's centroid to its footprint's hub, population-weighted (mean and 90th percentile), and the footprint's
 * greatest extent (the largest distance between two of its area centroids). A footprint's hub is the nearest of
 * the sites given as its hubs, or, when none are given, its largest providing site (most activity for the
 * condition; any site when none provides). Straight lines understate road journeys, most in the hills and by the
 * coast; they compare footprints with each other on equal terms.
 */
public final class Travel {
  /** Share of residents within the percentile distance. */
  public static final double PERCENTILE = 0.9;

  private Travel() {}

  /**
   * One footprint's travel figures, in km.
   *
   * @param hub code of the site distances are measured to; with several hubs, their codes (each area's distance
   *     is to its nearest), separated by {@code ;}
   */
  public record FootprintTravel(String hub, double meanKm, double p90Km, double extentKm) {}

  /**
   * @param meanKm population-weighted mean over every resident, each to their own footprint's hub
   * @param p90Km its 90th percentile
   * @param maxP90Km the largest footprint 90th percentile
   * @param maxExtentKm the largest footprint extent
   */
  public record Result(List<FootprintTravel> footprints, double meanKm, double p90Km, double maxP90Km,
      double maxExtentKm) {
    public Result {
      footprints = List.copyOf(footprints);
    }
  }

  /** Every area's and site's position on the grid, in km, computed once for a scenario. */
  public static final class Grid {
    final double[] ax;
    final double[] ay;
    final double[] sx;
    final double[] sy;

    /** Positions given in km (areas, then sites). */
    Grid(double[] ax, double[] ay, double[] sx, double[] sy) {
      this.ax = ax;
      this.ay = ay;
      this.sx = sx;
      this.sy = sy;
    }

    public Grid(Scenario s) {
      BritishNationalGrid bng = new BritishNationalGrid();
      List<Area> areas = s.areas();
      ax = new double[areas.size()];
      ay = new double[areas.size()];
      for (int a = 0; a < ax.length; a++) {
        double[] p = bng.toGrid(areas.get(a).lon(), areas.get(a).lat());
        ax[a] = p[0] / 1000;
        ay[a] = p[1] / 1000;
      }
      List<Site> sites = s.sites();
      sx = new double[sites.size()];
      sy = new double[sites.size()];
      for (int k = 0; k < sx.length; k++) {
        double[] p = bng.toGrid(sites.get(k).lon(), sites.get(k).lat());
        sx[k] = p[0] / 1000;
        sy[k] = p[1] / 1000;
      }
    }
  }

  /**
   * @param siteActivity activity for the condition at each site of the scenario
   * @param hubsOf sites that are each footprint's hubs (scenario indices), or null for its largest site
   */
  public static Result of(Grid g, Scenario s, PartitionScore score, String condition, double[] siteActivity,
      int[][] hubsOf) {
    List<FootprintTravel> out = new ArrayList<>();
    int nAll = 0;
    for (Footprint f : score.footprints()) {
      nAll += f.areaCount();
    }
    double[] allDistance = new double[nAll];
    double[] allWeight = new double[nAll];
    int filled = 0;
    double sum = 0;
    double residents = 0;
    double maxP90 = 0;
    double maxExtent = 0;
    for (Footprint f : score.footprints()) {
      int[] hubs = hubsOf != null && hubsOf[f.id()].length > 0 ? hubsOf[f.id()] : largest(f, s, condition,
          siteActivity);
      int[] areas = f.areas();
      double[] d = new double[areas.length];
      double[] w = new double[areas.length];
      double fs = 0;
      double fw = 0;
      for (int i = 0; i < areas.length; i++) {
        int a = areas[i];
        double best = Double.POSITIVE_INFINITY;
        for (int h : hubs) {
          best = Math.min(best, Math.hypot(g.ax[a] - g.sx[h], g.ay[a] - g.sy[h]));
        }
        d[i] = hubs.length == 0 ? Double.NaN : best;
        w[i] = s.areas().get(a).population();
        if (!Double.isNaN(d[i])) {
          fs += w[i] * d[i];
          fw += w[i];
          allDistance[filled] = d[i];
          allWeight[filled++] = w[i];
        }
      }
      double p90 = percentile(d, w, PERCENTILE);
      double extent = extent(g, areas);
      StringBuilder hub = new StringBuilder();
      for (int h : hubs) {
        hub.append(hub.length() == 0 ? "" : ";").append(s.sites().get(h).code());
      }
      out.add(new FootprintTravel(hub.toString(), fw > 0 ? fs / fw : Double.NaN, p90, extent));
      sum += fs;
      residents += fw;
      if (!Double.isNaN(p90)) {
        maxP90 = Math.max(maxP90, p90);
      }
      maxExtent = Math.max(maxExtent, extent);
    }
    double p90All = percentile(Arrays.copyOf(allDistance, filled), Arrays.copyOf(allWeight, filled), PERCENTILE);
    return new Result(out, residents > 0 ? sum / residents : Double.NaN, p90All, maxP90, maxExtent);
  }

  /** The footprint's providing site with most activity (any site when none provides; ties: the lower index). */
  static int[] largest(Footprint f, Scenario s, String condition, double[] siteActivity) {
    int best = -1;
    boolean bestProvides = false;
    for (int k : f.sites()) {
      boolean provides = s.sites().get(k).provides(condition);
      if (best < 0 || (provides && !bestProvides)
          || (provides == bestProvides && siteActivity[k] > siteActivity[best])) {
        best = k;
        bestProvides = provides;
      }
    }
    return best < 0 ? new int[0] : new int[] {best};
  }

  /**
   * The weighted percentile: the smallest distance within which at least {@code q} of the weight lies (NaN
   * values and zero weights left out; NaN when nothing is left).
   */
  public static double percentile(double[] value, double[] weight, double q) {
    Integer[] order = new Integer[value.length];
    double total = 0;
    int m = 0;
    for (int i = 0; i < value.length; i++) {
      if (!Double.isNaN(value[i]) && weight[i] > 0) {
        order[m++] = i;
        total += weight[i];
      }
    }
    if (m == 0) {
      return Double.NaN;
    }
    Integer[] kept = Arrays.copyOf(order, m);
    Arrays.sort(kept, (i, j) -> value[i] != value[j] ? Double.compare(value[i], value[j]) : Integer.compare(i, j));
    double cumulative = 0;
    for (int i : kept) {
      cumulative += weight[i];
      if (cumulative >= q * total * (1 - 1e-12)) {
        return value[i];
      }
    }
    return value[kept[m - 1]];
  }

  /** The largest distance between two of the areas' centroids (0 for one area), over their convex hull. */
  static double extent(Grid g, int[] areas) {
    if (areas.length < 2) {
      return 0;
    }
    Coordinate[] pts = new Coordinate[areas.length];
    for (int i = 0; i < areas.length; i++) {
      pts[i] = new Coordinate(g.ax[areas[i]], g.ay[areas[i]]);
    }
    Coordinate[] hull = new ConvexHull(pts, new GeometryFactory()).getConvexHull().getCoordinates();
    double max = 0;
    for (int i = 0; i < hull.length; i++) {
      for (int j = i + 1; j < hull.length; j++) {
        max = Math.max(max, hull[i].distance(hull[j]));
      }
    }
    return max;
  }
}
