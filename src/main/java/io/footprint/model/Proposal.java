package io.footprint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proposed footprints for one condition: which footprint every area and every site with flows
 * belongs to. Footprints are numbered 0..n-1 in order of their first area, so the numbering is
 * reproducible.
 *
 * @param condition the condition the flows belong to
 * @param method "plurality" or "leiden"
 * @param parameters the parameters that produced it (resolution, seed, ...), for the summary
 * @param footprintOfArea footprint of each area (scenario order)
 * @param footprintOfSite footprint of each site, or -1 for sites with no flows of this condition
 * @param footprintCount number of footprints
 */
public record Proposal(String condition, String method, Map<String, Object> parameters, int[] footprintOfArea,
    int[] footprintOfSite, int footprintCount) {

  /** Copies what it is given, so that a proposal, once made, does not change. */
  public Proposal {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    footprintOfArea = footprintOfArea.clone();
    footprintOfSite = footprintOfSite.clone();
  }

  /** Footprint of each area (a copy). */
  @Override
  public int[] footprintOfArea() {
    return footprintOfArea.clone();
  }

  /** Footprint of each site, -1 for sites with no flows (a copy). */
  @Override
  public int[] footprintOfSite() {
    return footprintOfSite.clone();
  }

  public int footprintOfArea(int area) {
    return footprintOfArea[area];
  }

  public int footprintOfSite(int site) {
    return footprintOfSite[site];
  }

  /** "F01", "F02", ..., "F100": the footprint's number from 1, at least two digits. */
  public static String label(int footprint) {
    return footprint >= 0 && footprint < LABELS.length ? LABELS[footprint] : spelled(footprint);
  }

  /** The labels of the first footprints, spelled once: the large tables give one on every row. */
  private static final String[] LABELS = new String[256];

  static {
    for (int f = 0; f < LABELS.length; f++) {
      LABELS[f] = spelled(f);
    }
  }

  private static String spelled(int footprint) {
    return (footprint < 9 ? "F0" : "F") + (footprint + 1);
  }
}
