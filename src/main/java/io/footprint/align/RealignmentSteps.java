package io.footprint.align;

import io.footprint.model.FlowMatrix;
import io.footprint.model.Proposal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of each move of a realignment as it is made, so that a reader of
 * {@code realignment-<reference>.csv} can take every row on its own: the localisation of the
 * footprint the area leaves and of the one it joins, just before and just after that move, and the
 * overall localisation once it is made. Sites stay in their footprints, so a move changes only the
 * two footprints' resident and internal activity, by the area's own flows: each step costs the
 * area's few flows, never a rescoring of the partition.
 */
public final class RealignmentSteps {
  /**
   * One move and what it changed.
   *
   * @param fromBefore localisation of the footprint the area leaves, before the move
   * @param fromAfter the same after it
   * @param toBefore localisation of the footprint the area joins, before the move
   * @param toAfter the same after it
   * @param overallAfter share of all activity treated inside the patient's own footprint after the move
   */
  public record Step(Realigner.Move move, double fromBefore, double fromAfter, double toBefore, double toAfter,
      double overallAfter) {}

  private RealignmentSteps() {}

  /** Replays {@code moves} from {@code start}. */
  public static List<Step> replay(Proposal start, FlowMatrix flows, List<Realigner.Move> moves) {
    int k = start.footprintCount();
    int[] ofArea = start.footprintOfArea();
    int[] ofSite = start.footprintOfSite();
    double[] resident = new double[k];
    double[] internal = new double[k];
    double all = 0;
    double in = 0;
    for (int a = 0; a < ofArea.length; a++) {
      for (int e = flows.rowStart(a); e < flows.rowEnd(a); e++) {
        double w = flows.activity(e);
        resident[ofArea[a]] += w;
        all += w;
        if (ofSite[flows.site(e)] == ofArea[a]) {
          internal[ofArea[a]] += w;
          in += w;
        }
      }
    }
    List<Step> steps = new ArrayList<>(moves.size());
    for (Realigner.Move m : moves) {
      int a = m.area();
      if (ofArea[a] != m.from()) {
        throw new IllegalArgumentException("move of area " + a + " from footprint " + m.from() + ", where it is not");
      }
      double fromBefore = share(internal[m.from()], resident[m.from()]);
      double toBefore = share(internal[m.to()], resident[m.to()]);
      for (int e = flows.rowStart(a); e < flows.rowEnd(a); e++) {
        double w = flows.activity(e);
        int s = ofSite[flows.site(e)];
        resident[m.from()] -= w;
        resident[m.to()] += w;
        if (s == m.from()) {
          internal[m.from()] -= w;
          in -= w;
        } else if (s == m.to()) {
          internal[m.to()] += w;
          in += w;
        }
      }
      ofArea[a] = m.to();
      steps.add(new Step(m, fromBefore, share(internal[m.from()], resident[m.from()]), toBefore,
          share(internal[m.to()], resident[m.to()]), share(in, all)));
    }
    return steps;
  }

  private static double share(double part, double whole) {
    return whole > 0 ? Math.max(0, part) / whole : Double.NaN;
  }
}
