package io.footprint.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * A GeoPackage geometry blob (OGC 12-128r18, clause 2.1.3): the header {@code "GP"}, version 0, a flags byte
 * (byte order, envelope kind, empty), the SRS id, an optional envelope, then the geometry as standard WKB. footprint
 * writes little-endian headers with an XY envelope and 2D WKB; it reads any header byte order and envelope kind.
 */
public final class GeoPackageGeometry {
  private static final int LITTLE_ENDIAN = 1;
  private static final int ENVELOPE_XY = 1;
  private static final int EMPTY = 1 << 4;
  private static final int[] ENVELOPE_DOUBLES = {0, 4, 6, 6, 8};

  private GeoPackageGeometry() {}

  /** The blob of a 2D geometry in the SRS {@code srsId}. */
  public static byte[] encode(Geometry g, int srsId) {
    byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
    boolean empty = g.isEmpty();
    ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    b.put((byte) (empty ? EMPTY | LITTLE_ENDIAN : ENVELOPE_XY << 1 | LITTLE_ENDIAN));
    b.putInt(srsId);
    if (!empty) {
      Envelope e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    return b.put(wkb).array();
  }

  /** The SRS id a blob states. */
  public static int srsId(byte[] blob) {
    checkHeader(blob);
    return ByteBuffer.wrap(blob, 4, 4).order((blob[3] & 1) == LITTLE_ENDIAN ? ByteOrder.LITTLE_ENDIAN
        : ByteOrder.BIG_ENDIAN).getInt();
  }

  /** The geometry of a blob; {@link ParseException} when it is not one. */
  public static Geometry decode(byte[] blob, GeometryFactory factory) throws ParseException {
    checkHeader(blob);
    int envelope = (blob[3] >> 1) & 7;
    if (envelope >= ENVELOPE_DOUBLES.length) {
      throw new ParseException("a GeoPackage geometry with envelope kind " + envelope + " (0 to 4 are defined)");
    }
    if ((blob[3] & (1 << 5)) != 0) {
      throw new ParseException("an extended GeoPackage geometry (only standard ones are read)");
    }
    int at = 8 + 8 * ENVELOPE_DOUBLES[envelope];
    byte[] wkb = new byte[blob.length - at];
    System.arraycopy(blob, at, wkb, 0, wkb.length);
    return new WKBReader(factory).read(wkb);
  }

  private static void checkHeader(byte[] blob) {
    if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
      throw new IllegalArgumentException("not a GeoPackage geometry (no GP header)");
    }
  }
}
