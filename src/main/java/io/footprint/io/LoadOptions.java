package io.footprint.io;

import java.util.Map;
import java.util.Set;

/**
 * How inputs are read.
 *
 * @param columns user's column names by canonical name (the YAML {@code columns:} block), may be empty
 * @param conditions conditions to keep (normalised), or null for every condition in the flows
 * @param dropUnmatched drop flows naming unknown areas or sites (reported with the activity lost)
 *     instead of failing
 */
public record LoadOptions(Map<String, String> columns, Set<String> conditions, boolean dropUnmatched) {
  public static LoadOptions defaults() {
    return new LoadOptions(Map.of(), null, false);
  }
}
