package io.footprint.report;

import io.footprint.align.AlignmentResult;
import io.footprint.geo.BritishNationalGrid;
import io.footprint.geo.GeoPackageGeometry;
import io.footprint.model.Area;
import io.footprint.model.Conditions;
import io.footprint.model.Footprint;
import io.footprint.model.Proposal;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.Bootstrap;
import io.footprint.report.FootprintAttributes.Kind;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Writes {@code footprints.gpkg}: every layer of a run in one OGC GeoPackage (12-128r18), in British National Grid
 * (EPSG:27700), the frame English boundaries are published and measured in. Per condition {@code
 * <condition>_footprints} (MultiPolygon, {@link FootprintAttributes}'s schema, so its fields are the GeoJSON's); one
 * {@code areas} layer (MultiPolygon, or Point at the centroid when the areas have no boundaries) and one {@code sites}
 * layer (Point), each with a column per condition holding its footprint, so that the areas' boundaries are stored once
 * however many conditions ran; per reference {@code <reference>_regions} (MultiPolygon). Each footprint layer's QGIS style is stored in {@code
 * layer_styles} as its default, so QGIS opens it styled as it does the GeoJSON with its {@code .qml}.
 *
 * <p>A GeoPackage is SQLite (xerial's driver) holding the spec's metadata tables and, per feature, the spec's
 * geometry header over WKB ({@link GeoPackageGeometry}). The file is written by one connection in one transaction
 * with no journal, so the same run gives the same bytes.
 */
public final class FootprintGeoPackage {
  static final int BNG = 27700;
  private static final String BNG_WKT = "PROJCS[\"OSGB36 / British National Grid\",GEOGCS[\"OSGB36\","
      + "DATUM[\"Ordnance_Survey_of_Great_Britain_1936\",SPHEROID[\"Airy 1830\",6377563.396,299.3249646,"
      + "AUTHORITY[\"EPSG\",\"7001\"]],TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],"
      + "AUTHORITY[\"EPSG\",\"6277\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
      + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4277\"]],"
      + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
      + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],"
      + "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
      + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";
  private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
      + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
      + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
      + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";
  /** {@code PRAGMA application_id} of a GeoPackage: "GPKG". */
  private static final int APPLICATION_ID = 0x47504B47;
  /** {@code PRAGMA user_version} of GeoPackage 1.3.0 (1.4 adds nothing footprint uses, and GDAL before 3.7 warns on it). */
  private static final int USER_VERSION = 10300;

  private final Connection db;
  private final String changed;
  private final BritishNationalGrid grid = new BritishNationalGrid();
  private final GeometryFactory factory = new GeometryFactory();

  private FootprintGeoPackage(Connection db, String changed) {
    this.db = db;
    this.changed = changed;
  }

  /** @param changed the {@code last_change} of every layer (the run's date, ISO 8601 UTC) */
  public static void write(RunResult run, Path file, String changed) throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      FootprintGeoPackage gpkg = new FootprintGeoPackage(db, changed);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA application_id = " + APPLICATION_ID);
        s.execute("PRAGMA user_version = " + USER_VERSION);
      }
      db.setAutoCommit(false);
      gpkg.metadata();
      gpkg.layers(run);
      db.commit();
    } catch (SQLException e) {
      throw new IOException("could not write the GeoPackage " + file + ": " + e.getMessage(), e);
    }
  }

  /** The layer names a run writes, in order (QGIS-style: lower case, underscores). */
  static String layerName(String... parts) {
    return String.join("_", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
  }

  private void metadata() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
          + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
          + "description TEXT)");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
          + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL, min_x DOUBLE, "
          + "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY "
          + "(srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
          + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
          + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE "
          + "(table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
          + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
      s.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), "
          + "f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), "
          + "styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
          + "update_time DATETIME)");
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
      srs(p, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
      srs(p, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
      srs(p, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees "
          + "on the WGS 84 spheroid");
      srs(p, "OSGB36 / British National Grid", BNG, "EPSG", BNG, BNG_WKT, "British National Grid, metres");
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
        + "description, last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)")) {
      p.setString(1, changed);
      p.executeUpdate();
    }
  }

  private static void srs(PreparedStatement p, String name, int id, String org, int orgId, String definition,
      String description) throws SQLException {
    p.setString(1, name);
    p.setInt(2, id);
    p.setString(3, org);
    p.setInt(4, orgId);
    p.setString(5, definition);
    p.setString(6, description);
    p.executeUpdate();
  }

  private void layers(RunResult run) throws SQLException {
    Scenario s = run.scenario();
    Map<String, Map<String, String>> regionNames = new LinkedHashMap<>();
    for (ConditionResult c : run.conditions()) {
      String cond = Conditions.folder(c.condition());
      List<FootprintAttributes.Field> fields = FootprintAttributes.of(c, s);
      List<Column> columns = fields.stream().map(f -> new Column(f.name(), f.kind())).toList();
      String footprints = layerName(cond, "footprints");
      Layer layer = layer(footprints, "MULTIPOLYGON", Conditions.label(c.condition()) + " footprints", columns);
      for (Footprint f : c.score().footprints()) {
        layer.add(multi(c.geometries().get(f.id())), fields.stream().map(field -> field.value().apply(f)).toList());
      }
      layer.close();
      style(footprints, QgisStyle.qml(c, FootprintColours.hex(c.proposal(), run.adjacency())));
      for (AlignmentResult r : c.alignments()) {
        Map<String, String> names = regionNames.computeIfAbsent(r.reference(), k -> new LinkedHashMap<>());
        r.regions().forEach(g -> names.put(g.region(), g.name()));
      }
    }
    areas(run);
    sites(run);
    for (Map.Entry<String, Map<String, String>> reference : regionNames.entrySet()) {
      Map<String, Geometry> regions = run.regionGeometries().getOrDefault(reference.getKey(), Map.of());
      if (regions.isEmpty()) {
        continue;
      }
      Layer layer = layer(layerName(reference.getKey(), "regions"), "MULTIPOLYGON", reference.getKey() + " regions",
          List.of(new Column("code", Kind.TEXT), new Column("name", Kind.TEXT)));
      for (String code : new TreeSet<>(regions.keySet())) {
        layer.add(multi(regions.get(code)), List.of(code, reference.getValue().getOrDefault(code, code)));
      }
      layer.close();
    }
  }

  /** One areas layer for the run: each area with, per condition, its footprint (and confidence, when bootstrapped). */
  private void areas(RunResult run) throws SQLException {
    Scenario s = run.scenario();
    boolean polygons = s.allAreasHaveGeometry();
    List<Column> columns = new ArrayList<>(List.of(new Column("area_code", Kind.TEXT),
        new Column("area_name", Kind.TEXT), new Column("population", Kind.REAL)));
    for (ConditionResult c : run.conditions()) {
      String cond = layerName(Conditions.folder(c.condition()));
      columns.add(new Column(cond, Kind.TEXT));
      if (c.bootstrap() != null) {
        columns.add(new Column(cond + "_confidence", Kind.REAL));
        columns.add(new Column(cond + "_contested", Kind.BOOLEAN));
      }
    }
    Layer layer = layer("areas", polygons ? "MULTIPOLYGON" : "POINT", "areas and their footprint per condition",
        columns);
    for (int a = 0; a < s.areas().size(); a++) {
      Area area = s.areas().get(a);
      List<Object> values = new ArrayList<>(List.of(area.code(), area.name(), Fmt.json(area.population(), 0)));
      for (ConditionResult c : run.conditions()) {
        values.add(Proposal.label(c.proposal().footprintOfArea(a)));
        Bootstrap.Result boot = c.bootstrap();
        if (boot != null) {
          values.add(Fmt.json(boot.confidence()[a], 4));
          values.add(boot.confidence()[a] < Bootstrap.CONTESTED);
        }
      }
      layer.add(polygons ? multi(area.geometry()) : grid(factory.createPoint(new Coordinate(area.lon(), area.lat()))),
          values);
    }
    layer.close();
  }

  /**
   * One sites layer for the run: each site with its roles ({@code condition:ROLE;...}, as the sites file gives them)
   * and, per condition, its footprint (empty where it has no activity) and activity.
   */
  private void sites(RunResult run) throws SQLException {
    Scenario s = run.scenario();
    List<Column> columns = new ArrayList<>(List.of(new Column("site_code", Kind.TEXT),
        new Column("site_name", Kind.TEXT), new Column("org_code", Kind.TEXT), new Column("roles", Kind.TEXT)));
    List<double[]> activity = new ArrayList<>();
    for (ConditionResult c : run.conditions()) {
      String cond = layerName(Conditions.folder(c.condition()));
      columns.add(new Column(cond, Kind.TEXT));
      columns.add(new Column(cond + "_activity", Kind.REAL));
      activity.add(s.flows(c.condition()).siteTotals());
    }
    Layer layer = layer("sites", "POINT", "provider sites and their footprint per condition", columns);
    for (int k = 0; k < s.sites().size(); k++) {
      Site site = s.sites().get(k);
      List<String> roles = new ArrayList<>();
      new TreeMap<>(site.roles()).forEach((condition, held) -> new TreeSet<>(held).forEach(r -> roles.add(condition
          + ":" + r)));
      List<Object> values = new ArrayList<>(Arrays.asList(site.code(), site.name(), site.orgCode(),
          String.join(";", roles)));
      for (int c = 0; c < run.conditions().size(); c++) {
        int f = run.conditions().get(c).proposal().footprintOfSite(k);
        values.add(f < 0 ? null : Proposal.label(f));
        values.add(Fmt.json(activity.get(c)[k], 2));
      }
      layer.add(grid(factory.createPoint(new Coordinate(site.lon(), site.lat()))), values);
    }
    layer.close();
  }

  private void style(String table, String qml) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
        + "f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, "
        + "update_time) VALUES ('', '', ?, 'geom', ?, ?, '', 1, 'footprint: categorised by footprint, labelled', "
        + "'', '', ?)")) {
      p.setString(1, table);
      p.setString(2, table);
      p.setString(3, qml);
      p.setString(4, changed);
      p.executeUpdate();
    }
  }

  /** A lon/lat polygonal geometry in grid metres, as a MultiPolygon. */
  private Geometry multi(Geometry lonLat) {
    return GeoJsonFeatures.multi(grid.toGrid(lonLat));
  }

  private Geometry grid(Geometry lonLat) {
    return grid.toGrid(lonLat);
  }

  private record Column(String name, Kind kind) {
    String sqlType() {
      return switch (kind) {
        case TEXT -> "TEXT";
        case INTEGER -> "INTEGER";
        case REAL -> "REAL";
        case BOOLEAN -> "BOOLEAN";
      };
    }
  }

  private Layer layer(String name, String geometryType, String description, List<Column> columns)
      throws SQLException {
    StringBuilder create = new StringBuilder("CREATE TABLE \"").append(name)
        .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ").append(geometryType);
    StringBuilder insert = new StringBuilder("INSERT INTO \"").append(name).append("\" (geom");
    for (Column c : columns) {
      create.append(", \"").append(c.name()).append("\" ").append(c.sqlType());
      insert.append(", \"").append(c.name()).append('"');
    }
    insert.append(") VALUES (?").append(", ?".repeat(columns.size())).append(')');
    try (Statement s = db.createStatement()) {
      s.execute(create.append(')').toString());
    }
    return new Layer(name, geometryType, description, columns, db.prepareStatement(insert.toString()));
  }

  /** A feature table being filled; closing it records its extent in {@code gpkg_contents}. */
  private final class Layer {
    private final String name;
    private final String geometryType;
    private final String description;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private final Envelope extent = new Envelope();

    Layer(String name, String geometryType, String description, List<Column> columns, PreparedStatement insert) {
      this.name = name;
      this.geometryType = geometryType;
      this.description = description;
      this.columns = columns;
      this.insert = insert;
    }

    void add(Geometry g, List<?> values) throws SQLException {
      extent.expandToInclude(g.getEnvelopeInternal());
      insert.setBytes(1, GeoPackageGeometry.encode(g, BNG));
      for (int k = 0; k < columns.size(); k++) {
        Object v = values.get(k);
        int at = k + 2;
        if (v == null) {
          insert.setNull(at, switch (columns.get(k).kind()) {
            case TEXT -> Types.VARCHAR;
            case INTEGER, BOOLEAN -> Types.INTEGER;
            case REAL -> Types.DOUBLE;
          });
        } else if (v instanceof BigDecimal d) {
          insert.setDouble(at, d.doubleValue());
        } else if (v instanceof Boolean b) {
          insert.setInt(at, b ? 1 : 0);
        } else if (v instanceof Long n) {
          insert.setLong(at, n);
        } else {
          insert.setString(at, v.toString());
        }
      }
      insert.executeUpdate();
    }

    void close() throws SQLException {
      insert.close();
      try (PreparedStatement p = db.prepareStatement("INSERT INTO gpkg_contents VALUES (?, 'features', ?, ?, ?, ?, "
          + "?, ?, ?, ?)")) {
        p.setString(1, name);
        p.setString(2, name);
        p.setString(3, description);
        p.setString(4, changed);
        if (extent.isNull()) {
          for (int k = 5; k <= 8; k++) {
            p.setNull(k, Types.DOUBLE);
          }
        } else {
          p.setDouble(5, extent.getMinX());
          p.setDouble(6, extent.getMinY());
          p.setDouble(7, extent.getMaxX());
          p.setDouble(8, extent.getMaxY());
        }
        p.setInt(9, BNG);
        p.executeUpdate();
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, "
          + "0)")) {
        p.setString(1, name);
        p.setString(2, geometryType);
        p.setInt(3, BNG);
        p.executeUpdate();
      }
    }
  }
}
