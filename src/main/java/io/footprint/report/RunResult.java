package io.footprint.report;

import io.footprint.graph.AreaAdjacency;
import io.footprint.model.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A whole run: the scenario, its adjacency, the results per condition, and what to say about inputs.
 *
 * @param scenario the inputs
 * @param adjacency the area adjacency used
 * @param conditions results in the order they are reported
 * @param inputs input file names by role, for the summary
 * @param warnings warning lines met while loading
 * @param regionGeometries per reference name, the dissolved polygon of each region code (for maps)
 */
public record RunResult(Scenario scenario, AreaAdjacency adjacency, List<ConditionResult> conditions,
    Map<String, List<String>> inputs, List<String> warnings, Map<String, Map<String, org.locationtech.jts.geom.Geometry>> regionGeometries) {}
