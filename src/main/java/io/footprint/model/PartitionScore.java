package io.footprint.model;

import java.util.List;

/**
 * How well a partition of the areas (proposed footprints, or reference regions) fits the flows of
 * one condition.
 *
 * @param footprints each part with its figures
 * @param localisation share of all activity treated inside the patient's own part (the activity-weighted
 *     mean of the parts' localisation)
 * @param marketShare unweighted mean of the parts' market shares (an activity-weighted mean would
 *     equal {@code localisation} exactly, so it would say nothing new)
 * @param modularity Newman-Girvan modularity of the partition of the area-site flow graph at resolution 1,
 *     so that the modularity of any two partitions of the same flows can be set side by side
 * @param resolution the resolution the partition was found at (1 for partitions not found by a resolution)
 * @param modularityAtResolution modularity at {@code resolution}: what the search maximised
 * @param contiguous number of contiguous parts
 * @param minPopulation residents of the smallest part
 * @param minLocalisation localisation of the least self-contained part
 */
public record PartitionScore(List<Footprint> footprints, double localisation, double marketShare, double modularity,
    double resolution, double modularityAtResolution, int contiguous, double minPopulation, double minLocalisation) {
  public PartitionScore {
    footprints = List.copyOf(footprints);
  }

  /** Whether each part is contiguous, by part number (what realignment is given, as no reference changes it). */
  public boolean[] contiguity() {
    boolean[] out = new boolean[footprints.size()];
    for (int f = 0; f < out.length; f++) {
      out[f] = footprints.get(f).contiguous();
    }
    return out;
  }
}
