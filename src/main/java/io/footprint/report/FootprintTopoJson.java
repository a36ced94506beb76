package io.footprint.report;

import io.footprint.run.ConditionResult;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.footprint.model.Footprint;
import io.footprint.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a condition's footprints as TopoJSON (Bostock's TopoJSON specification, 1.0): every border
 * two footprints share is stored once, as an arc both refer to (one reversed, as {@code ~i}), with
 * coordinates quantised to 1e-6 degrees (the GeoJSON's own precision) and delta-encoded, which makes
 * the file several times smaller than the GeoJSON.
 *
 * <p>Topology is built as the reference implementation does: a ring point is a junction when the
 * rings through it do not all continue to the same neighbours; rings are cut at junctions into arcs,
 * and arcs equal up to direction are stored once. Rings with no junction are one closed arc.
 */
public final class FootprintTopoJson {
  static final double SCALE = 1e-6;

  private FootprintTopoJson() {}

  /** A closed ring on the quantised grid. */
  private record Ring(List<long[]> points) {}

  /** A polygon's rings: its shell, then its holes. */
  private record Shape(List<Ring> rings) {}

  /** A polygon as arc references: each ring's arcs in order ({@code ~i} for arc i backwards). */
  private record PolygonArcs(List<int[]> rings) {}

  /** The arcs, and each footprint's polygons as arc references. */
  private record Topology(List<long[][]> arcs, List<List<PolygonArcs>> footprints) {}

  public static void write(ConditionResult c, Scenario scenario, String[] colours, Path file) throws IOException {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    for (Geometry g : c.geometries()) {
      for (Coordinate p : g.getCoordinates()) {
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
      }
    }
    long x0 = (long) Math.floor(minX / SCALE);
    long y0 = (long) Math.floor(minY / SCALE);
    List<List<Shape>> shapes = new ArrayList<>();
    for (Geometry g : c.geometries()) {
      shapes.add(shapes(g, x0, y0));
    }
    Topology topology = topology(shapes);
    try (JsonGenerator j = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      j.writeStartObject();
      j.writeStringField("type", "Topology");
      j.writeObjectFieldStart("transform");
      j.writeArrayFieldStart("scale");
      j.writeNumber(SCALE);
      j.writeNumber(SCALE);
      j.writeEndArray();
      j.writeArrayFieldStart("translate");
      j.writeNumber(Fmt.json(x0 * SCALE, 6));
      j.writeNumber(Fmt.json(y0 * SCALE, 6));
      j.writeEndArray();
      j.writeEndObject();
      j.writeObjectFieldStart("objects");
      j.writeObjectFieldStart("footprints");
      j.writeStringField("type", "GeometryCollection");
      j.writeArrayFieldStart("geometries");
      for (Footprint f : c.score().footprints()) {
        writeFootprint(j, c, scenario, colours, f, topology.footprints().get(f.id()));
      }
      j.writeEndArray();
      j.writeEndObject();
      j.writeEndObject();
      writeArcs(j, topology.arcs());
      j.writeEndObject();
      j.writeRaw('\n');
    }
  }

  /** A footprint's polygons on the quantised grid. */
  private static List<Shape> shapes(Geometry g, long x0, long y0) {
    List<Shape> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        List<Ring> rings = new ArrayList<>();
        rings.add(quantise(p.getExteriorRing(), x0, y0));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(quantise(p.getInteriorRingN(h), x0, y0));
        }
        out.add(new Shape(rings));
      }
    }
    return out;
  }

  /** Rings cut at the junctions into arcs, each arc stored once, footprint after footprint. */
  private static Topology topology(List<List<Shape>> shapes) {
    Set<Long> junctions = junctions(shapes);
    List<long[][]> arcs = new ArrayList<>();
    Map<String, Integer> arcIndex = new HashMap<>();
    List<List<PolygonArcs>> footprints = new ArrayList<>();
    for (List<Shape> footprint : shapes) {
      List<PolygonArcs> polys = new ArrayList<>();
      for (Shape shape : footprint) {
        List<int[]> rings = new ArrayList<>();
        for (Ring ring : shape.rings()) {
          rings.add(arcsOf(ring.points(), junctions, arcs, arcIndex));
        }
        polys.add(new PolygonArcs(rings));
      }
      footprints.add(polys);
    }
    return new Topology(arcs, footprints);
  }

  private static void writeFootprint(JsonGenerator j, ConditionResult c, Scenario scenario, String[] colours,
      Footprint f, List<PolygonArcs> polys)
      throws IOException {
    j.writeStartObject();
    // always a MultiPolygon, as in the GeoJSON: one geometry type per layer
    j.writeStringField("type", "MultiPolygon");
    j.writeFieldName("arcs");
    j.writeStartArray();
    for (PolygonArcs p : polys) {
      writeRings(j, p);
    }
    j.writeEndArray();
    j.writeObjectFieldStart("properties");
    FootprintGeoJson.properties(j, c, scenario, f, colours);
    j.writeEndObject();
    j.writeEndObject();
  }

  /** The arcs, each delta-encoded from its first point. */
  private static void writeArcs(JsonGenerator j, List<long[][]> arcs) throws IOException {
    j.writeArrayFieldStart("arcs");
    for (long[][] arc : arcs) {
      j.writeRaw('\n');
      j.writeStartArray();
      long px = 0;
      long py = 0;
      for (long[] p : arc) {
        j.writeStartArray();
        j.writeNumber(p[0] - px);
        j.writeNumber(p[1] - py);
        j.writeEndArray();
        px = p[0];
        py = p[1];
      }
      j.writeEndArray();
    }
    j.writeEndArray();
  }

  private static void writeRings(JsonGenerator j, PolygonArcs polygon) throws IOException {
    j.writeStartArray();
    for (int[] ring : polygon.rings()) {
      j.writeStartArray();
      for (int a : ring) {
        j.writeNumber(a);
      }
      j.writeEndArray();
    }
    j.writeEndArray();
  }

  /** Ring points on the quantised grid, repeated points dropped, closed. */
  private static Ring quantise(LineString ring, long x0, long y0) {
    List<long[]> out = new ArrayList<>();
    for (Coordinate p : ring.getCoordinates()) {
      long[] q = {Math.round(p.x / SCALE) - x0, Math.round(p.y / SCALE) - y0};
      if (out.isEmpty() || !Arrays.equals(out.get(out.size() - 1), q)) {
        out.add(q);
      }
    }
    if (out.size() > 1 && !Arrays.equals(out.get(0), out.get(out.size() - 1))) {
      out.add(out.get(0));
    }
    return new Ring(out);
  }

  private static long key(long[] p) {
    return (p[0] << 32) ^ (p[1] & 0xffffffffL);
  }

  /** Points where rings through them do not all continue to the same pair of neighbours. */
  private static Set<Long> junctions(List<List<Shape>> shapes) {
    Map<Long, Long> neighbours = new HashMap<>();
    Set<Long> out = new HashSet<>();
    for (Shape shape : shapes.stream().flatMap(List::stream).toList()) {
      for (Ring r : shape.rings()) {
        List<long[]> ring = r.points();
        if (ring.size() < 4) {
          continue;
        }
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
          long a = key(ring.get((i + n - 1) % n));
          long b = key(ring.get((i + 1) % n));
          long pair = Math.min(a, b) * 31 + Math.max(a, b);
          Long before = neighbours.putIfAbsent(key(ring.get(i)), pair);
          if (before != null && before != pair) {
            out.add(key(ring.get(i)));
          }
        }
      }
    }
    return out;
  }

  /** The ring as arc references, adding new arcs; an arc met again backwards is referenced as ~i. */
  private static int[] arcsOf(List<long[]> ring, Set<Long> junctions, List<long[][]> arcs,
      Map<String, Integer> index) {
    int n = ring.size() - 1;
    int start = -1;
    for (int i = 0; i < n && start < 0; i++) {
      if (junctions.contains(key(ring.get(i)))) {
        start = i;
      }
    }
    List<Integer> refs = new ArrayList<>();
    if (start < 0) {
      return new int[] {arcRef(ring.toArray(new long[0][]), arcs, index)};
    }
    List<long[]> piece = new ArrayList<>();
    piece.add(ring.get(start));
    for (int k = 1; k <= n; k++) {
      long[] p = ring.get((start + k) % n);
      piece.add(p);
      if (junctions.contains(key(p))) {
        refs.add(arcRef(piece.toArray(new long[0][]), arcs, index));
        piece = new ArrayList<>();
        piece.add(p);
      }
    }
    return refs.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int arcRef(long[][] arc, List<long[][]> arcs, Map<String, Integer> index) {
    String forward = Arrays.deepToString(arc);
    Integer i = index.get(forward);
    if (i != null) {
      return i;
    }
    long[][] reversed = new long[arc.length][];
    for (int k = 0; k < arc.length; k++) {
      reversed[k] = arc[arc.length - 1 - k];
    }
    Integer r = index.get(Arrays.deepToString(reversed));
    if (r != null) {
      return ~r;
    }
    arcs.add(arc);
    index.put(forward, arcs.size() - 1);
    return arcs.size() - 1;
  }
}
