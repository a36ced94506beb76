package io.footprint.io;

import io.footprint.geo.BritishNationalGrid;
import java.util.Map;

/**
 * The location columns of an areas or sites CSV: {@code lat, lon} in WGS84 or {@code easting,
 * northing} in British National Grid metres, converted to lon/lat and checked against the UK's
 * extent. Catches the classic mistakes: swapped latitude and longitude, and grid metres put in
 * columns called lat/lon.
 */
final class PointColumns {
  private final int lat;
  private final int lon;
  private final int easting;
  private final int northing;
  private final BritishNationalGrid grid;

  private PointColumns(int lat, int lon, int easting, int northing, BritishNationalGrid grid) {
    this.lat = lat;
    this.lon = lon;
    this.easting = easting;
    this.northing = northing;
    this.grid = grid;
  }

  /** Finds the location columns, or reports them missing (when required) and returns null. */
  static PointColumns find(CsvTable t, Map<String, String> mapping, boolean required, Problems problems,
      BritishNationalGrid grid) {
    int lat = t.column("lat", Columns.LAT, mapping, false);
    int lon = t.column("lon", Columns.LON, mapping, false);
    if (lat >= 0 && lon >= 0) {
      return new PointColumns(lat, lon, -1, -1, grid);
    }
    int e = t.column("easting", Columns.EASTING, mapping, false);
    int n = t.column("northing", Columns.NORTHING, mapping, false);
    if (e >= 0 && n >= 0) {
      return new PointColumns(-1, -1, e, n, grid);
    }
    if (required) {
      problems.add(ProblemType.MISSING_COLUMN, t.file(), 1, "lat, lon", "", "or easting, northing");
    }
    return null;
  }

  /** The current row's point as {@code [lon, lat]}, or null after recording why it is unusable. */
  double[] read(CsvTable t, Problems problems) {
    int xCol = lat >= 0 ? lon : easting;
    int yCol = lat >= 0 ? lat : northing;
    String xs = t.get(xCol);
    String ys = t.get(yCol);
    double x = Numbers.parse(xs);
    double y = Numbers.parse(ys);
    if (Double.isNaN(x) || Double.isNaN(y)) {
      int bad = Double.isNaN(x) ? xCol : yCol;
      problems.add(xs.isBlank() || ys.isBlank() ? ProblemType.MISSING_VALUE : ProblemType.BAD_NUMBER, t.file(),
          t.line(), t.columnName(bad), t.get(bad), "coordinate");
      return null;
    }
    if (lat >= 0) {
      if (BritishNationalGrid.isUkLonLat(x, y)) {
        return new double[] {x, y};
      }
      String value = ys + ", " + xs;
      if (BritishNationalGrid.isUkLonLat(y, x)) {
        problems.add(ProblemType.LAT_LON_SWAPPED, t.file(), t.line(), "lat, lon", value, "");
      } else if (BritishNationalGrid.isGrid(x, y) || BritishNationalGrid.isGrid(y, x)) {
        problems.add(ProblemType.BNG_IN_LAT_LON, t.file(), t.line(), "lat, lon", value, "");
      } else {
        problems.add(ProblemType.OUTSIDE_UK, t.file(), t.line(), "lat, lon", value, "");
      }
      return null;
    }
    if (!BritishNationalGrid.isGrid(x, y)) {
      problems.add(ProblemType.OUTSIDE_UK, t.file(), t.line(), "easting, northing", xs + ", " + ys,
          "not British National Grid metres");
      return null;
    }
    double[] p = grid.toLonLat(x, y);
    if (!BritishNationalGrid.isUkLonLat(p[0], p[1])) {
      problems.add(ProblemType.OUTSIDE_UK, t.file(), t.line(), "easting, northing", xs + ", " + ys, "");
      return null;
    }
    return p;
  }
}
