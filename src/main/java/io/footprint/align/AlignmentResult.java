package io.footprint.align;

import io.footprint.cluster.Agreement;
import io.footprint.model.PartitionScore;
import java.util.List;

/**
 * A proposal set against one reference region set.
 *
 * @param reference the region set's name ("senates", "ahsns", a file stem)
 * @param threshold share from which a footprint counts as aligned
 * @param footprints per footprint, in footprint order
 * @param regions per region, in region-code order
 * @param aligned number of aligned footprints (at least {@code threshold} of their residents in one region)
 * @param inside number of footprints wholly inside one region
 * @param agreement population-weighted agreement between footprints and regions over all areas
 * @param referenceScore the regions scored as a partition of the same flows
 * @param regionLabels the region code of each part of {@code referenceScore}
 * @param regionOfArea region code of each area ("" for none), in scenario order
 */
public record AlignmentResult(String reference, double threshold, List<FootprintAlignment> footprints,
    List<RegionSummary> regions, int aligned, int inside, Agreement agreement, PartitionScore referenceScore,
    List<String> regionLabels, List<String> regionOfArea) {
  /** The name of region {@code code} (the code itself when the reference names none; "" for ""). */
  public String regionName(String code) {
    for (RegionSummary r : regions) {
      if (r.region().equals(code)) {
        return r.name();
      }
    }
    return code;
  }

  public AlignmentResult {
    footprints = List.copyOf(footprints);
    regions = List.copyOf(regions);
    regionLabels = List.copyOf(regionLabels);
    regionOfArea = List.copyOf(regionOfArea);
  }
}
