package io.footprint.io;

/**
 * Everything that can be wrong with an input, with how bad it is and what a user is told.
 * Modelled on conveyal/r5's {@code NewGTFSErrorType}: the type carries severity and message, the
 * {@link Problem} carries where it happened and the offending value.
 */
public enum ProblemType {
  UNREADABLE_FILE(true, "cannot read file"),
  EMPTY_FILE(true, "file is empty"),
  HEADER_ONLY(true, "file has a header but no rows"),
  MISSING_COLUMN(true, "missing required column"),
  RAGGED_ROW(true, "row has a different number of fields from the header"),
  BAD_NUMBER(true, "not a finite non-negative number"),
  HUGE_NUMBER(true, "implausibly large value"),
  MISSING_VALUE(true, "required value is empty"),
  DUPLICATE_CODE(true, "the same code appears twice with different data"),
  UNKNOWN_AREA(true, "flow names an area the areas file lacks"),
  UNKNOWN_SITE(true, "flow names a site the sites file lacks"),
  LAT_LON_SWAPPED(true, "latitude and longitude look swapped"),
  BNG_IN_LAT_LON(true, "British National Grid metres in lat/lon columns (name them easting/northing)"),
  OUTSIDE_UK(true, "coordinates outside the UK"),
  BAD_GEOJSON(true, "invalid GeoJSON"),
  BAD_GEOPACKAGE(true, "not a GeoPackage of one feature layer"),
  BAD_GEOMETRY(true, "geometry is not a Polygon or MultiPolygon"),
  MIXED_CRS(true, "coordinates mix WGS84 degrees and British National Grid metres"),
  AREA_WITHOUT_POLYGON(true, "area has no polygon in the GeoJSON areas file"),
  POLYGON_WITHOUT_AREA(true, "polygon's area is missing from the areas CSV"),
  NO_FLOWS_FOR_CONDITION(true, "no flows for the requested condition"),
  OVERFLOW(true, "total activity too large to add up exactly"),
  BAD_CONFIG(true, "invalid configuration"),
  INVALID_ENCODING(true, "text is not UTF-8"),
  DUPLICATE_COLUMN(true, "two columns have the same name"),
  DUPLICATE_INPUT(true, "the same file is given twice (its rows would count twice)"),
  FOLDER_CLASH(true, "two conditions would write to the same output folder"),
  REFERENCE_MATCHES_NOTHING(true, "reference regions match none of the areas"),
  BAD_ASSIGNMENT(true, "assignments of an earlier run do not fit the inputs"),
  BAD_SUMMARY(true, "not a summary.json written by footprint"),
  BAD_REGION_COUNT(true, "footprints per region do not fit the reference"),
  START_MAP_MISFIT(true, "the map (to refine or compare) does not fit the areas"),
  NO_PROVIDER(true, "no site provides the condition, and every footprint needs one"),
  BAD_ROLE(true, "a role is not written condition:ROLE (several separated by ;)"),
  NO_HUB(true, "no site holds the role required for the condition"),
  UNKNOWN_RELATED_SITE(true, "relationship names a site the sites file lacks"),
  SELF_RELATIONSHIP(true, "relationship joins a site to itself"),
  BAD_RELATIONSHIP_WEIGHT(true, "relationship weight is not a finite number above 0"),
  SUPPRESSED_COUNT(false, "suppressed count treated as missing, not as 0"),
  DUPLICATE_ROW(false, "identical duplicate row ignored"),
  CODE_TRIMMED(false, "code had surrounding spaces, trimmed"),
  ZERO_POPULATION(false, "population is 0"),
  ISLAND_LINKED(false, "area with no neighbour linked to its nearest area"),
  POLYGON_REPAIRED(false, "invalid polygon repaired"),
  UNMATCHED_DROPPED(false, "flow naming an unknown area or site dropped (--drop-unmatched)"),
  REGION_CODE_UNMATCHED(false, "reference region lookup names an area that is not in the areas"),
  AREA_WITHOUT_REGION(false, "area lies in no reference region"),
  REGION_OVERLAP(false, "area's centroid lies in two reference polygons; it joins the first by code"),
  ZERO_ACTIVITY(false, "condition has flow rows but no activity above 0, so it is left out"),
  SEVERAL_YEARS(false, "the flows hold more than one year, and their activity is added up");

  private final boolean fatal;
  private final String message;

  ProblemType(boolean fatal, String message) {
    this.fatal = fatal;
    this.message = message;
  }

  public boolean fatal() {
    return fatal;
  }

  public String message() {
    return message;
  }
}
