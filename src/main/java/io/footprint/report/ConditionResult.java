package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything proposed and measured for one condition.
 *
 * @param proposal the footprints
 * @param score their figures
 * @param alignments one per reference region set, in the order given
 * @param geometries dissolved polygon of each footprint, WGS84
 * @param approximateGeometry polygons are Voronoi cells of centroids, not real boundaries
 */
public record ConditionResult(Proposal proposal, PartitionScore score, List<AlignmentResult> alignments,
    Geometry[] geometries, boolean approximateGeometry) {

  public String condition() {
    return proposal.condition();
  }
}
