package io.footprint.model;

import java.util.Arrays;

/**
 * The aggregated flows of one condition: activity of each area's residents at each site, stored
 * sparse by area (compressed sparse rows) so that a whole country fits in a few primitive arrays.
 *
 * <p>Layout: the flows of area {@code a} are entries {@code rowStart[a] .. rowStart[a+1]-1} of
 * {@link #site(int)} and {@link #activity(int)}, sorted by site index; no entry has zero activity.
 * Indices refer to the scenario's sorted area and site lists.
 */
public final class FlowMatrix {
  private final String condition;
  private final int nSites;
  /** rowStart[a] is the first entry of area a; length nAreas + 1. */
  private final int[] rowStart;
  /** site index of each entry. */
  private final int[] site;
  /** activity of each entry, strictly positive and finite. */
  private final double[] activity;

  public FlowMatrix(String condition, int nSites, int[] rowStart, int[] site, double[] activity) {
    this.condition = condition;
    this.nSites = nSites;
    this.rowStart = rowStart;
    this.site = site;
    this.activity = activity;
    checkIntegrity();
  }

  private void checkIntegrity() {
    if (rowStart.length == 0 || rowStart[0] != 0 || rowStart[rowStart.length - 1] != site.length
        || site.length != activity.length) {
      throw new IllegalArgumentException("flow matrix arrays disagree in length");
    }
    for (int a = 0; a + 1 < rowStart.length; a++) {
      if (rowStart[a] > rowStart[a + 1]) {
        throw new IllegalArgumentException("rowStart decreases at area " + a);
      }
      for (int e = rowStart[a]; e < rowStart[a + 1]; e++) {
        if (site[e] < 0 || site[e] >= nSites) {
          throw new IllegalArgumentException("entry " + e + " names site " + site[e] + " of " + nSites);
        }
        if (e > rowStart[a] && site[e] <= site[e - 1]) {
          throw new IllegalArgumentException("sites of area " + a + " not strictly increasing");
        }
        if (!(activity[e] > 0) || !Double.isFinite(activity[e])) {
          throw new IllegalArgumentException("entry " + e + " has activity " + activity[e]);
        }
      }
    }
  }

  public String condition() {
    return condition;
  }

  public int areaCount() {
    return rowStart.length - 1;
  }

  public int siteCount() {
    return nSites;
  }

  public int entryCount() {
    return site.length;
  }

  public int rowStart(int area) {
    return rowStart[area];
  }

  public int rowEnd(int area) {
    return rowStart[area + 1];
  }

  public int site(int entry) {
    return site[entry];
  }

  public double activity(int entry) {
    return activity[entry];
  }

  public double total() {
    double t = 0;
    for (double v : activity) {
      t += v;
    }
    return t;
  }

  /** {@link #areaTotals}, summed when first asked for: every alignment of the condition reads them. */
  private volatile double[] areaTotals;

  /** Total activity of each area's residents (a copy). */
  public double[] areaTotals() {
    double[] t = areaTotals;
    if (t == null) {
      t = new double[areaCount()];
      for (int a = 0; a < t.length; a++) {
        for (int e = rowStart[a]; e < rowStart[a + 1]; e++) {
          t[a] += activity[e];
        }
      }
      areaTotals = t;
    }
    return t.clone();
  }

  /** Total activity received by each site. */
  public double[] siteTotals() {
    double[] t = new double[nSites];
    for (int e = 0; e < site.length; e++) {
      t[site[e]] += activity[e];
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlowMatrix f && f.condition.equals(condition) && f.nSites == nSites
        && Arrays.equals(f.rowStart, rowStart) && Arrays.equals(f.site, site) && Arrays.equals(f.activity, activity);
  }

  @Override
  public int hashCode() {
    return condition.hashCode() * 31 + Arrays.hashCode(site);
  }
}
