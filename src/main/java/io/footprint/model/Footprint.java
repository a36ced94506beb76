package io.footprint.model;

/**
 * One proposed clinical network (or a reference region scored as if it were one) with the figures
 * that judge it.
 *
 * @param id 0-based number within its proposal
 * @param label what users see: "F01", or a region's code
 * @param areas indices of its areas in the scenario
 * @param sites indices of its sites in the scenario
 * @param population residents of its areas
 * @param residentActivity all activity of its residents, wherever treated
 * @param siteActivity all activity at its sites, wherever the patients live
 * @param internalActivity activity of its residents at its sites
 * @param providers sites that provide the condition
 * @param contiguous its areas induce a connected subgraph of the area adjacency
 */
public record Footprint(int id, String label, int[] areas, int[] sites, double population, double residentActivity,
    double siteActivity, double internalActivity, int providers, boolean contiguous) {

  /** Copies what it is given, so that a footprint, once made, does not change. */
  public Footprint {
    areas = areas.clone();
    sites = sites.clone();
  }

  /** Indices of its areas in the scenario, increasing (a copy). */
  @Override
  public int[] areas() {
    return areas.clone();
  }

  /** Indices of its sites in the scenario, increasing (a copy). */
  @Override
  public int[] sites() {
    return sites.clone();
  }

  public int areaCount() {
    return areas.length;
  }

  public int siteCount() {
    return sites.length;
  }

  /** Localisation index (Dartmouth Atlas): share of its residents' activity at its own sites; NaN without activity. */
  public double localisation() {
    return residentActivity > 0 ? internalActivity / residentActivity : Double.NaN;
  }

  /** Market share: share of its sites' activity that comes from its own residents; NaN without sites. */
  public double marketShare() {
    return siteActivity > 0 ? internalActivity / siteActivity : Double.NaN;
  }
}
