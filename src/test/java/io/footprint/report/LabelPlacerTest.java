package io.footprint.report;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Label placement on shapes whose answers can be worked out on paper. */
class LabelPlacerTest {
  private final WKTReader wkt = new WKTReader(new GeometryFactory());

  private Geometry shape(String text) throws Exception {
    return wkt.read(text);
  }

  @Test
  void aSquaresLabelSitsAtItsCentreAndAnLShapesInItsThickestPart() throws Exception {
    LabelPlacer.Label[] at = LabelPlacer.place(new Geometry[] {
        shape("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
        // an L: a 30 x 10 bar along the bottom and a 10 x 30 bar up the left; the corner square is the widest
        shape("POLYGON ((100 0, 130 0, 130 10, 110 10, 110 30, 100 30, 100 0))")},
        new String[] {"F01", "F02"}, 2, 0.01);
    assertThat(at[0].x()).isCloseTo(5, within(0.05));
    assertThat(at[0].y()).isCloseTo(5, within(0.05));
    // the largest circle inside the L touches the outer left and bottom sides and the inner corner (110, 10): its
    // centre (100 + t, t) has t = sqrt(2) (10 - t), t = 10 sqrt(2) / (1 + sqrt(2)) = 5.858
    assertThat(shape("POLYGON ((100 0, 130 0, 130 10, 110 10, 110 30, 100 30, 100 0))")
        .contains(new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(at[1].x(), at[1].y()))))
        .isTrue();
    assertThat(at[1].x() - 100).isCloseTo(5.858, within(0.05));
    assertThat(at[1].y()).isCloseTo(5.858, within(0.05));
    assertThat(at[0].clear()).isTrue();
    assertThat(at[1].clear()).isTrue();
  }

  @Test
  void aLabelThatWouldOverlapItsNeighboursMovesToWhereItsShapeHasRoom() throws Exception {
    // two 20 x 3 strips, one above the other; labels 3 high: both at the strips' centres would overlap
    LabelPlacer.Label[] at = LabelPlacer.place(new Geometry[] {
        shape("POLYGON ((0 0, 20 0, 20 3, 0 3, 0 0))"), shape("POLYGON ((0 3, 20 3, 20 6, 0 6, 0 3))")},
        new String[] {"F01", "F02"}, 3, 0.001);
    assertThat(at[0].x()).isCloseTo(10, within(0.5));
    assertThat(at[0].y()).isCloseTo(1.5, within(0.01));
    // the second goes where its strip is clear of the first's box grown by its own half-size (half-width 2.88):
    // x in [0, 10 - 2.88 - 2.88] or [10 + 2.88 + 2.88, 20], 1.5 from the strip's long sides
    assertThat(at[1].x() <= 4.24 + 1e-6 || at[1].x() >= 15.76 - 1e-6).as("x " + at[1].x()).isTrue();
    assertThat(at[1].y()).isCloseTo(4.5, within(0.01));
    assertThat(at[0].box().intersects(at[1].box())).isFalse();
    assertThat(at[0].clear() && at[1].clear()).isTrue();
  }

  @Test
  void aShapeWithNoRoomLeftKeepsItsPoleAndBothLabelsSaySo() throws Exception {
    LabelPlacer.Label[] at = LabelPlacer.place(new Geometry[] {
        shape("POLYGON ((0 0, 4 0, 4 2, 0 2, 0 0))"), shape("POLYGON ((0 2, 4 2, 4 4, 0 4, 0 2))"), null},
        new String[] {"F01", "F02", "F03"}, 3, 0.001);
    assertThat(at[1].x()).isCloseTo(2, within(0.01));
    assertThat(at[1].y()).isCloseTo(3, within(0.01));
    assertThat(at[0].clear()).isFalse();
    assertThat(at[1].clear()).isFalse();
    assertThat(at[2]).as("no shape, no label").isNull();
  }
}
