package io.footprint.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * How inputs are read.
 *
 * @param columns user's column names by canonical name (the YAML {@code columns:} block), may be empty
 * @param conditions conditions to keep (normalised), or null for every condition in the flows
 * @param dropUnmatched drop flows naming unknown areas or sites (reported with the activity lost)
 *     instead of failing
 * @param encoding the text encoding of the CSV and GeoJSON inputs (UTF-8 unless told)
 */
public record LoadOptions(Map<String, String> columns, Set<String> conditions, boolean dropUnmatched,
    Charset encoding) {
  public LoadOptions(Map<String, String> columns, Set<String> conditions, boolean dropUnmatched) {
    this(columns, conditions, dropUnmatched, StandardCharsets.UTF_8);
  }

  public static LoadOptions defaults() {
    return new LoadOptions(Map.of(), null, false);
  }
}
