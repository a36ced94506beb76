package io.footprint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GeoJsonGeometryTest {
  private static List<GeoJsonGeometry> features(String json) throws Exception {
    List<GeoJsonGeometry> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        out.add(GeoJsonGeometry.readFeature(p));
      }
    }
    return out;
  }

  @Test
  void readsPropertiesAndPolygonsWhateverTheKeyOrder() throws Exception {
    List<GeoJsonGeometry> f = features("""
        [{"geometry": {"coordinates": [[[0,0],[2,0],[2,2],[0,2],[0,0]],[[0.5,0.5],[1,0.5],[1,1],[0.5,0.5]]],
                       "type": "Polygon"},
          "type": "Feature",
          "properties": {"code": "E01", "pop": 12.5, "flag": true, "meta": {"a": [1, 2]}, "none": null}},
         {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
          "coordinates": [[[[0,0],[1,0],[1,1],[0,0]]], [[[5,5],[6,5],[6,6],[5,5]]]]}}]
        """);
    assertThat(f).hasSize(2);
    assertThat(f.get(0).properties()).containsEntry("code", "E01").containsEntry("pop", "12.5")
        .containsEntry("flag", "true").containsEntry("meta", "").containsEntry("none", null);
    Geometry g = f.get(0).polygons();
    assertThat(g.equalsExact(new WKTReader().read(
        "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0), (0.5 0.5, 1 0.5, 1 1, 0.5 0.5))"))).isTrue();
    assertThat(f.get(1).polygons().getNumGeometries()).isEqualTo(2);
    assertThat(f.get(1).polygons().getArea()).isEqualTo(1.0);
  }

  /**
   * Areas are plane shapes: their rings hold x and y only, heights given in the file included, so that JTS's
   * overlays (the dissolves) see no Z to model.
   */
  @Test
  void ringsHoldXAndYOnly() throws Exception {
    List<GeoJsonGeometry> f = features("""
        [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
          "coordinates": [[[0,0,5],[2,0,5],[2,2,5],[0,2,5],[0,0,5]],[[0.5,0.5],[1,0.5],[1,1],[0.5,0.5]]]}}]
        """);
    org.locationtech.jts.geom.Polygon g = (org.locationtech.jts.geom.Polygon) f.get(0).polygons();
    for (org.locationtech.jts.geom.LinearRing r : List.of(g.getExteriorRing(), g.getInteriorRingN(0))) {
      assertThat(r.getCoordinateSequence().getDimension()).isEqualTo(2);
      assertThat(r.getCoordinateSequence().hasZ()).isFalse();
    }
    assertThat(g.getCoordinates()).allSatisfy(c -> assertThat(c.getZ()).isNaN());
  }

  @Test
  void badFeaturesAreReportedOneByOneAndTheRestStillRead() throws Exception {
    List<GeoJsonGeometry> f = features("""
        [{"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
         {"type": "Feature", "properties": {"code": "B"},
          "geometry": {"type": "Polygon", "coordinates": [[[0,0],["x",0],[1,1],[0,0]]]}},
         {"type": "Feature", "properties": {"code": "C"}, "geometry": null},
         {"type": "Feature", "properties": {"code": "D"}, "geometry": {"type": "Blob", "coordinates": []}},
         {"type": "Feature", "properties": {"code": "E"},
          "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[0,0]]]}},
         {"type": "Feature", "properties": {"code": "F"},
          "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]
        """);
    assertThat(f).hasSize(6);
    assertThat(f.get(0).polygons()).isNull();
    assertThat(f.get(0).geometryType()).isEqualTo("Point");
    assertThatThrownBy(() -> f.get(1).polygons()).hasMessageContaining("where a number or an array belongs");
    assertThat(f.get(2).geometryType()).isNull();
    assertThatThrownBy(() -> f.get(3).polygons()).hasMessageContaining("unknown geometry type \"Blob\"");
    assertThatThrownBy(() -> f.get(4).polygons()).hasMessageContaining("at least 4 positions");
    assertThat(f.get(5).polygons().getArea()).isEqualTo(0.5);
  }
}
