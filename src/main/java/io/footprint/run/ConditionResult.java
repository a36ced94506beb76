package io.footprint.run;

import io.footprint.align.AlignmentResult;
import io.footprint.align.Realigner;
import io.footprint.align.RealignmentSteps;
import io.footprint.geo.Travel;
import io.footprint.model.PartitionScore;
import io.footprint.model.Proposal;
import io.footprint.propose.Bootstrap;
import io.footprint.propose.Refiner;
import io.footprint.propose.Variation;
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
 * @param refinement with {@code refine}: the path of moves from the starting map, or null
 * @param travel straight-line distances from residents to each footprint's hub, and its extent
 * @param variation each footprint's activity per 1,000 residents on a funnel plot, and the variation across them
 * @param relationships the clinical relationships between this condition's sites that the clustering weighed
 */
public record ConditionResult(Proposal proposal, PartitionScore score, List<AlignmentResult> alignments,
    List<Geometry> geometries, boolean approximateGeometry, String within, double freeLocalisation, int freeFootprints,
    List<Realignment> realignments, Bootstrap.Result bootstrap, Refinement refinement, Travel.Result travel,
    Variation.Result variation, List<io.footprint.model.Relationship> relationships) {

  public ConditionResult {
    alignments = List.copyOf(alignments);
    geometries = List.copyOf(geometries);
    realignments = List.copyOf(realignments);
    relationships = List.copyOf(relationships);
  }

  /** The relationships whose two sites lie in different footprints. */
  public List<io.footprint.model.Relationship> cutRelationships() {
    int[] fp = proposal.footprintOfSite();
    return relationships.stream().filter(r -> fp[r.siteA()] != fp[r.siteB()]).toList();
  }

  /**
   * The path from an existing map: its units, the moves in order, and the localisation at the start, after
   * the moves and of as many footprints proposed freely (the distance left), all scored alike.
   *
   * @param start the reference whose regions were the starting units
   * @param unitCodes region code of each unit number (the moves' from and to)
   * @param footprintOfUnit the proposal's footprint number of each unit
   */
  public record Refinement(String start, List<String> unitCodes, int[] footprintOfUnit,
      List<Refiner.Move> moves, double startLocalisation, double refinedLocalisation,
      double freeLocalisation, int freeFootprints) {
    public Refinement {
      unitCodes = List.copyOf(unitCodes);
      footprintOfUnit = footprintOfUnit.clone();
      moves = List.copyOf(moves);
    }

    /** Residents moved over the whole path. */
    public double residentsMoved() {
      return moves.stream().mapToDouble(Refiner.Move::residents).sum();
    }
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
