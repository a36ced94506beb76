package io.footprint.io;

import io.footprint.geo.GeoPackageGeometry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.sqlite.SQLiteConfig;

/**
 * The features of a GeoPackage's one feature layer (ONS publishes its boundaries so), handed on as {@link
 * FeatureStream} hands on a GeoJSON's, so that areas and regions are read the same way from either: each feature's
 * attributes as text and its geometry, its "line" the feature's id. The file is opened read-only. A file that is
 * not a GeoPackage, or holds several feature layers (which one would be a guess), is a problem naming the layers.
 */
final class GeoPackageFeatures {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoPackageFeatures() {}

  static boolean isGeoPackage(Path path) {
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg");
  }

  /** As {@link FeatureStream#read}: every feature into {@code sink}, false (the problem recorded) when not read. */
  static boolean read(Path path, Problems problems, FeatureStream.Sink sink) {
    String file = path.toString();
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      problems.add(ProblemType.UNREADABLE_FILE, file, 0, "", "", "no such file, or not readable");
      return false;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection db = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath())) {
      List<String[]> layers = new ArrayList<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM "
          + "gpkg_geometry_columns ORDER BY table_name")) {
        while (rs.next()) {
          layers.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      } catch (SQLException e) {
        problems.add(ProblemType.BAD_GEOPACKAGE, file, 0, "", "", "no gpkg_geometry_columns table: not a "
            + "GeoPackage (" + e.getMessage() + ")");
        return false;
      }
      if (layers.size() != 1) {
        problems.add(ProblemType.BAD_GEOPACKAGE, file, 0, "", "", layers.isEmpty() ? "it holds no feature layer"
            : "it holds " + layers.size() + " feature layers (" + String.join(", ", layers.stream().map(l -> l[0])
                .toList()) + "): copy the one to read into a file of its own, e.g. ogr2ogr -f GPKG one.gpkg " + file
                + " " + layers.get(0)[0]);
        return false;
      }
      String table = layers.get(0)[0];
      String geometryColumn = layers.get(0)[1];
      List<String> columns = new ArrayList<>();
      String key = null;
      try (PreparedStatement p = db.prepareStatement("SELECT name, pk FROM pragma_table_info(?)")) {
        p.setString(1, table);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            columns.add(rs.getString(1));
            key = rs.getInt(2) == 1 ? rs.getString(1) : key;
          }
        }
      }
      String order = key == null ? "rowid" : quote(key);
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT " + order + ", * FROM "
          + quote(table) + " ORDER BY " + order)) {
        while (rs.next()) {
          long fid = rs.getLong(1);
          Map<String, String> properties = new LinkedHashMap<>();
          byte[] blob = null;
          for (int k = 0; k < columns.size(); k++) {
            String c = columns.get(k);
            if (c.equalsIgnoreCase(geometryColumn)) {
              blob = rs.getBytes(k + 2);
            } else if (!c.equals(key)) {
              properties.put(c, rs.getString(k + 2));
            }
          }
          GeoJsonGeometry feature;
          if (blob == null) {
            feature = new GeoJsonGeometry(properties, null, null);
          } else {
            try {
              feature = GeoJsonGeometry.of(properties, GeoPackageGeometry.decode(blob, FACTORY));
            } catch (ParseException | IllegalArgumentException e) {
              problems.add(ProblemType.BAD_GEOPACKAGE, file, fid, geometryColumn, "", "feature " + fid + ": "
                  + e.getMessage());
              return false;
            }
          }
          sink.feature(fid, feature);
        }
      }
    } catch (SQLException e) {
      problems.add(ProblemType.BAD_GEOPACKAGE, file, 0, "", "", String.valueOf(e.getMessage()));
      return false;
    }
    return true;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
