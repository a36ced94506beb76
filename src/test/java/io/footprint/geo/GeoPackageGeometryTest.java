package io.footprint.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GeoPackage geometry blob, byte by byte as OGC 12-128r18 clause 2.1.3 lays it out. */
class GeoPackageGeometryTest {
  private final GeometryFactory factory = new GeometryFactory();

  @Test
  void headerEnvelopeThenWkb() throws Exception {
    Geometry square = new WKTReader(factory).read("MULTIPOLYGON (((1 2, 5 2, 5 9, 1 9, 1 2)))");
    byte[] blob = GeoPackageGeometry.encode(square, 27700);
    ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new byte[] {blob[0], blob[1], blob[2]}).containsExactly('G', 'P', 0);
    assertThat(blob[3]).as("little endian, XY envelope").isEqualTo((byte) 0b0000_0011);
    assertThat(b.getInt(4)).isEqualTo(27700);
    assertThat(new double[] {b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32)})
        .as("min x, max x, min y, max y").containsExactly(1, 5, 2, 9);
    byte[] wkb = new byte[blob.length - 40];
    System.arraycopy(blob, 40, wkb, 0, wkb.length);
    assertThat(wkb).isEqualTo(new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(square));
    assertThat(GeoPackageGeometry.decode(blob, factory).equalsExact(square)).isTrue();
    assertThat(GeoPackageGeometry.srsId(blob)).isEqualTo(27700);
  }

  @Test
  void readsBigEndianHeadersWithoutEnvelopeAndEmptyGeometries() throws Exception {
    Geometry point = new WKTReader(factory).read("POINT (530000 180000)");
    byte[] wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.BIG_ENDIAN).write(point);
    ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0).putInt(4326).put(wkb);
    assertThat(GeoPackageGeometry.srsId(b.array())).isEqualTo(4326);
    assertThat(GeoPackageGeometry.decode(b.array(), factory).equalsExact(point)).isTrue();

    byte[] empty = GeoPackageGeometry.encode(factory.createMultiPolygon(), 27700);
    assertThat(empty[3] & 0b1_0000).as("empty flag").isNotZero();
    assertThat(GeoPackageGeometry.decode(empty, factory).isEmpty()).isTrue();
  }

  @Test
  void refusesWhatIsNotAGeoPackageGeometry() {
    assertThatThrownBy(() -> GeoPackageGeometry.decode(new byte[] {1, 2, 3, 0, 0, 0, 0, 0, 0}, factory))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GP header");
  }
}
