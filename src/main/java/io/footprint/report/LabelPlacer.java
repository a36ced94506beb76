package io.footprint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Places one label per shape, each at the pole of inaccessibility (the centre of the largest inscribed circle,
 * JTS's {@link MaximumInscribedCircle}; Garcia-Castellanos and Lombardo 2007, the "polylabel" of Mapbox) of what is
 * left of its shape once the room taken by the labels already placed is cut away, so that labels stay inside their
 * shape and clear of each other wherever the shape has room. Small shapes go first: they have the fewest places.
 * A shape with no room left keeps its own pole, and its label is marked as overlapping.
 */
final class LabelPlacer {
  /** A label's centre, its box's half-width and half-height, and whether it is clear of every other label box. */
  record Label(double x, double y, double halfWidth, double halfHeight, boolean clear) {
    Envelope box() {
      return new Envelope(x - halfWidth, x + halfWidth, y - halfHeight, y + halfHeight);
    }
  }

  /** The advance of a character of a bold sans-serif face, as a share of the font size (digits and capitals). */
  static final double CHARACTER_WIDTH = 0.64;

  private LabelPlacer() {}

  /**
   * @param shapes polygonal shapes in the map's units (null or empty: no label)
   * @param texts the label of each
   * @param fontSize the labels' font size in the map's units
   * @param tolerance how close to the best place a label must be, in the map's units
   */
  static Label[] place(Geometry[] shapes, String[] texts, double fontSize, double tolerance) {
    return place(shapes, texts, fontSize, tolerance, List.of());
  }

  /** As above, keeping clear of {@code obstacles} too (labels of another layer) wherever the shapes have room. */
  static Label[] place(Geometry[] shapes, String[] texts, double fontSize, double tolerance, List<Envelope> obstacles) {
    Label[] labels = new Label[shapes.length];
    GeometryFactory factory = new GeometryFactory();
    List<Envelope> taken = new ArrayList<>(obstacles);
    Integer[] order = IntStream.range(0, shapes.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> shapes[i] == null ? 0 : shapes[i].getArea()));
    for (int i : order) {
      Geometry shape = shapes[i];
      if (shape == null || shape.isEmpty() || !(shape instanceof Polygonal)) {
        continue;
      }
      double hw = texts[i].length() * CHARACTER_WIDTH * fontSize / 2;
      double hh = fontSize * 0.6;
      Geometry room = shape;
      List<Geometry> blocked = new ArrayList<>();
      for (Envelope e : taken) {
        if (e.intersects(shape.getEnvelopeInternal())) {
          // a centre inside a taken box grown by this label's half-size would overlap it
          blocked.add(factory.toGeometry(new Envelope(e.getMinX() - hw, e.getMaxX() + hw, e.getMinY() - hh,
              e.getMaxY() + hh)));
        }
      }
      if (!blocked.isEmpty()) {
        Geometry left = shape.difference(factory.buildGeometry(blocked).union());
        room = left instanceof Polygonal && !left.isEmpty() ? left : shape;
      }
      Point p = pole(room, tolerance);
      if (room != shape && !shape.contains(p)) {
        p = pole(shape, tolerance);
      }
      labels[i] = new Label(p.getX(), p.getY(), hw, hh, true);
      taken.add(labels[i].box());
    }
    for (int i = 0; i < labels.length; i++) {
      for (int j = 0; j < labels.length && labels[i] != null && labels[i].clear(); j++) {
        if (j != i && labels[j] != null && overlapArea(labels[i].box(), labels[j].box()) > 0) {
          Label l = labels[i];
          labels[i] = new Label(l.x(), l.y(), l.halfWidth(), l.halfHeight(), false);
        }
      }
    }
    return labels;
  }

  private static Point pole(Geometry g, double tolerance) {
    try {
      return MaximumInscribedCircle.getCenter(g, tolerance);
    } catch (RuntimeException e) {
      // a degenerate sliver: its interior point is inside it all the same
      Point q = g.getInteriorPoint();
      return q.isEmpty() ? g.getFactory().createPoint(new Coordinate(g.getEnvelopeInternal().centre())) : q;
    }
  }

  private static double overlapArea(Envelope a, Envelope b) {
    Envelope i = a.intersection(b);
    return i.isNull() ? 0 : i.getArea();
  }
}
