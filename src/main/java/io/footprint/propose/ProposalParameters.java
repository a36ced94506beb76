package io.footprint.propose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters that produced a proposal, for the summary: what was asked for and what the method
 * found (the resolution a target's search ended at). Fields a method has no use for are null and
 * left out of {@link #toMap()}.
 *
 * @param resolution the resolution used (found, with a target; 1 for plurality)
 * @param seed the seed (null for free plurality, which draws nothing)
 * @param starts Leiden's random starts (null for free plurality)
 * @param target the target, when one was given
 * @param searchRuns clusterings the target's search ran
 * @param mergedToTarget whether the target was reached by merging neighbours after the search
 * @param within the reference footprints were nested in, or null
 */
public record ProposalParameters(double minPopulation, double minLocalisation, boolean contiguity, double resolution,
    Long seed, Integer starts, Integer target, Integer searchRuns, Boolean mergedToTarget, String within) {

  /** The parameters under the names summary.json gives them. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min_population", minPopulation);
    m.put("min_localisation", minLocalisation);
    m.put("contiguity", contiguity);
    m.put("resolution", resolution);
    put(m, "seed", seed);
    put(m, "starts", starts);
    put(m, "target", target);
    put(m, "resolution_search_runs", searchRuns);
    put(m, "merged_to_target", mergedToTarget);
    put(m, "within", within);
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
