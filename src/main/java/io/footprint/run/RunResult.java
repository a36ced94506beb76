package io.footprint.run;

import io.footprint.geo.AreaAdjacency;
import io.footprint.io.Problems;
import io.footprint.model.Scenario;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A whole run: the scenario, its adjacency, the results per condition, and what to say about inputs.
 *
 * @param scenario the inputs
 * @param adjacency the area adjacency used
 * @param conditions results in the order they are reported
 * @param inputs input file names by role, for the summary
 * @param problems the warnings met while loading (no fatal problem: the run would have stopped)
 * @param regionGeometries per reference name, the dissolved polygon of each region code (for maps)
 * @param gates the verdict of every gate asked for, per condition
 */
public record RunResult(Scenario scenario, AreaAdjacency adjacency, List<ConditionResult> conditions,
    Map<String, List<String>> inputs, Problems problems, Map<String, Map<String, Geometry>> regionGeometries,
    List<Gate.Result> gates) {

  /** The same run with the gates' verdicts. */
  public RunResult withGates(List<Gate.Result> verdicts) {
    return new RunResult(scenario, adjacency, conditions, inputs, problems, regionGeometries, List.copyOf(verdicts));
  }

  /** The result for one condition. */
  public ConditionResult condition(String name) {
    return conditions.stream().filter(c -> c.condition().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for condition " + name));
  }

  /** The warning lines a user sees (the first few of each kind, with counts). */
  public List<String> warnings() {
    return problems.lines();
  }
}
