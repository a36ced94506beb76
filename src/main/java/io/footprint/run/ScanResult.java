package io.footprint.run;

import io.footprint.io.Problems;
import io.footprint.model.PartitionScore;
import io.footprint.model.Scenario;
import io.footprint.propose.CountScan;
import io.footprint.propose.ProposalSettings;
import io.footprint.propose.ScanMarks;
import io.footprint.propose.ScanSettings;
import java.util.List;
import java.util.Map;

/**
 * A whole scan: per condition (and per region, when nested in a reference), every count of footprints
 * reached, scored as proposals are, with the marks a reader should consider.
 *
 * @param proposal how each run clustered (its seed is the scan's; its starts are ignored)
 * @param references the names of the references each count was aligned with
 * @param within the reference scanned region by region, or null
 */
public record ScanResult(Scenario scenario, ScanSettings settings, ProposalSettings proposal, List<String> references,
    String within, List<Curve> curves, Map<String, List<String>> inputs, Problems problems) {

  /**
   * One condition's scan, over England or inside one region.
   *
   * @param region the region's code, or null for a scan of all areas
   * @param regionName its name, or null
   * @param areas areas scanned
   * @param population their residents
   * @param samples the resolutions tried, ascending, and the count each gave
   * @param rows each count reached, fewest footprints first
   * @param marks the marked counts
   * @param runs clusterings run
   */
  public record Curve(String condition, String region, String regionName, int areas, double population,
      List<CountScan.Sample> samples, List<Row> rows, List<ScanMarks.Mark> marks, int runs) {

    /** The recommended count, or 0 when none is marked. */
    public int recommended() {
      return marks.stream().filter(m -> m.kind() == ScanMarks.Kind.RECOMMENDED).mapToInt(ScanMarks.Mark::footprints)
          .findFirst().orElse(0);
    }

    /** The row of {@code footprints}, or null. */
    public Row row(int footprints) {
      return rows.stream().filter(r -> r.count().footprints() == footprints).findFirst().orElse(null);
    }
  }

  /**
   * A count reached: where it holds and how stable it is, and its best start scored on equal terms with
   * proposals (over a region: its footprints only, with all their residents' activity, in or out).
   *
   * @param score the best start's figures; modularity at resolution 1 of the network clustered
   * @param maxPopulation residents of the largest footprint
   * @param aligned per reference, footprints aligned with it (empty inside a region)
   */
  public record Row(CountScan.Count count, PartitionScore score, double maxPopulation, Map<String, Integer> aligned) {}
}
