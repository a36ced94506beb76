package io.footprint.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts between WGS84 longitude/latitude and the British National Grid (EPSG:27700, OSGB36 /
 * Transverse Mercator), and tells the two apart from their ranges.
 *
 * <p>The grid is defined by its published proj parameters with the 7-parameter Helmert shift to
 * WGS84 (accurate to a few metres, ample for areas of thousands of residents). Instances are not
 * thread-safe: proj4j transforms reuse their coordinate buffers.
 */
public final class BritishNationalGrid {
  static final String PARAMETERS = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 "
      + "+ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";

  /** Generous UK bounds, including Northern Ireland, Shetland and the Scillies. */
  public static final double MIN_LON = -8.75;
  public static final double MAX_LON = 2.0;
  public static final double MIN_LAT = 49.8;
  public static final double MAX_LAT = 61.0;

  private final BasicCoordinateTransform toGrid;
  private final BasicCoordinateTransform toWgs84;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  public BritishNationalGrid() {
    CRSFactory f = new CRSFactory();
    CoordinateReferenceSystem bng = f.createFromParameters("EPSG:27700", PARAMETERS);
    CoordinateReferenceSystem wgs84 = f.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
    toGrid = new BasicCoordinateTransform(wgs84, bng);
    toWgs84 = new BasicCoordinateTransform(bng, wgs84);
  }

  public static boolean isUkLonLat(double lon, double lat) {
    return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
  }

  /** Whether the pair is plausible as BNG easting/northing in metres (Great Britain and its seas). */
  public static boolean isGrid(double easting, double northing) {
    return easting >= -100_000 && easting <= 800_000 && northing >= -100_000 && northing <= 1_300_000
        && (Math.abs(easting) > 1000 || Math.abs(northing) > 1000);
  }

  /** Longitude/latitude of a grid point: {@code [lon, lat]}. */
  public double[] toLonLat(double easting, double northing) {
    in.x = easting;
    in.y = northing;
    toWgs84.transform(in, out);
    return new double[] {out.x, out.y};
  }

  /** Grid coordinates of a WGS84 point: {@code [easting, northing]}. */
  public double[] toGrid(double lon, double lat) {
    in.x = lon;
    in.y = lat;
    toGrid.transform(in, out);
    return new double[] {out.x, out.y};
  }

  /** A copy of the geometry with every vertex moved from grid metres to lon/lat. */
  public Geometry toLonLat(Geometry g) {
    return transform(g, true);
  }

  /** A copy of the geometry with every vertex moved from lon/lat to grid metres. */
  public Geometry toGrid(Geometry g) {
    return transform(g, false);
  }

  private Geometry transform(Geometry g, boolean toLonLat) {
    Geometry copy = g.copy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double[] p = toLonLat ? toLonLat(seq.getX(i), seq.getY(i)) : toGrid(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, Coordinate.X, p[0]);
        seq.setOrdinate(i, Coordinate.Y, p[1]);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return copy;
  }
}
