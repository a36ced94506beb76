package io.footprint.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The date a run's outputs state (the report's "How this was made", a GeoPackage's {@code last_change}): the UTC day
 * of the run, so that two runs of the same inputs on one day write the same bytes, or the day of {@code
 * SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds convention) when that is set, so that a run can be
 * reproduced byte for byte on any day.
 */
public final class RunDate {
  private RunDate() {}

  /** The day, from the environment given. */
  public static LocalDate of(Map<String, String> environment) {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
    }
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** The day as a GeoPackage timestamp (ISO 8601, UTC, milliseconds). */
  static String timestamp(LocalDate day) {
    return day + "T00:00:00.000Z";
  }
}
