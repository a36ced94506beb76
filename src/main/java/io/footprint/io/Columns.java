package io.footprint.io;

import java.util.List;

/** Canonical input column names and the ONS, ODS and HES spellings understood for each. */
final class Columns {
  static final List<String> AREA_CODE = List.of("lsoa11cd", "msoa11cd", "lsoa21cd", "msoa21cd", "ccg code",
      "ccg_code", "ccg13cd", "lad20cd", "lad21cd", "code", "area");
  static final List<String> AREA_NAME = List.of("name", "lsoa11nm", "msoa11nm", "lsoa21nm", "msoa21nm", "lad20nm");
  static final List<String> POPULATION = List.of("pop", "all_ages", "all ages", "population_count");
  static final List<String> SITE_CODE = List.of("ods code", "ods_code", "org_code", "site");
  static final List<String> CONDITION = List.of("condition_name", "network");
  static final List<String> ACTIVITY = List.of("spells", "admissions", "count", "n", "value");
  static final List<String> LAT = List.of("latitude");
  static final List<String> LON = List.of("longitude", "long", "lng");
  static final List<String> EASTING = List.of("x", "oseast1m", "east");
  static final List<String> NORTHING = List.of("y", "osnrth1m", "north");
  static final List<String> REGION_CODE = List.of("region", "senate_code", "ahsn_code");
  static final List<String> REGION_NAME = List.of("senate_name", "ahsn_name");

  private Columns() {}
}
