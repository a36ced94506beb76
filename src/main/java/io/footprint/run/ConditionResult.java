package io.footprint.run;

import io.footprint.align.AlignmentResult;
import io.footprint.align.Realigner;
import io.footprint.align.RealignmentSteps;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.propose.Bootstrap;
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
 * @param within the region set footprints were nested in, or null
 * @param freeLocalisation with {@code within}: localisation of footprints proposed freely, for comparison
 * @param freeFootprints how many those are: as many as the nested ones, unless no resolution gives that many
 * @param realignments one per reference, in the order of {@code alignments}
 * @param bootstrap how firm each footprint is over resamples of the flows, or null when not asked for
 */
public record ConditionResult(Proposal proposal, PartitionScore score, List<AlignmentResult> alignments,
    List<Geometry> geometries, boolean approximateGeometry, String within, double freeLocalisation, int freeFootprints,
    List<Realignment> realignments, Bootstrap.Result bootstrap) {

  public ConditionResult {
    alignments = List.copyOf(alignments);
    geometries = List.copyOf(geometries);
    realignments = List.copyOf(realignments);
  }

  /**
   * The smallest moves of border areas that align every footprint with one reference, and what they cost.
   *
   * @param moves areas moved, in order
   * @param steps each move's own figures
   * @param populationMoved residents of the areas moved
   * @param rounds rounds of moves
   * @param after the realigned footprints' figures
   * @param alignedAfter their alignment with the same reference
   * @param proposal the realigned footprints, with polygons, when {@code --realign} asked for them (else null)
   */
  public record Realignment(String reference, List<Realigner.Move> moves, List<RealignmentSteps.Step> steps,
      double populationMoved, int rounds, List<Realigner.Stuck> stuck, PartitionScore after,
      AlignmentResult alignedAfter, ConditionResult proposal) {}

  public String condition() {
    return proposal.condition();
  }
}
