package io.footprint.synth;

import io.footprint.geo.VoronoiCells;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * The land of a synthetic country, in British National Grid metres: a wavy coastline, twelve cities
 * (the capital in the south-east), area points drawn from a density of cities, towns and countryside,
 * their populations, and their Voronoi cells clipped to the coast.
 */
final class Landscape {
  private final GeometryFactory gf = new GeometryFactory();
  private final int nAreas;

  Landscape(int nAreas) {
    this.nAreas = nAreas;
  }

  Polygon coastline(SplittableRandom rnd) {
    int n = 240;
    double[] amp = new double[12];
    double[] phase = new double[12];
    for (int k = 2; k < 12; k++) {
      amp[k] = 0.10 / Math.pow(k, 0.8) * (0.5 + rnd.nextDouble());
      phase[k] = rnd.nextDouble() * 2 * Math.PI;
    }
    Coordinate[] ring = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double t = 2 * Math.PI * i / n;
      double r = 1;
      for (int k = 2; k < 12; k++) {
        r += amp[k] * Math.cos(k * t + phase[k]);
      }
      r *= 1 + 0.015 * (rnd.nextDouble() - 0.5);
      ring[i] = new Coordinate(Math.round(400_000 + 200_000 * r * Math.cos(t)),
          Math.round(330_000 + 290_000 * r * Math.sin(t)));
    }
    ring[n] = ring[0];
    return gf.createPolygon(ring);
  }

  /** City centres with their populations (millions x 1e6), largest first; the capital sits south-east. */
  double[][] cities(SplittableRandom rnd, PreparedGeometry land) {
    double[] sizes = {8.0, 1.3, 2.6, 2.2, 1.9, 1.6, 1.2, 1.0, 1.0, 0.9, 0.8, 0.7};
    double[][] out = new double[sizes.length][];
    double[][] anchors = {{0.68, 0.28}, {0.48, 0.52}, {0.40, 0.78}, {0.28, 0.62}, {0.70, 0.62}, {0.78, 0.44},
        {0.22, 0.30}, {0.36, 0.16}, {0.52, 0.38}, {0.56, 0.12}, {0.60, 0.86}, {0.30, 0.44}};
    for (int i = 0; i < sizes.length; i++) {
      double x;
      double y;
      int tries = 0;
      do {
        x = 200_000 + 400_000 * anchors[i][0] + (rnd.nextDouble() - 0.5) * 30_000 * Math.min(1, tries / 20.0 + 1);
        y = 40_000 + 580_000 * anchors[i][1] + (rnd.nextDouble() - 0.5) * 30_000;
        tries++;
        if (tries > 50) {
          x = 400_000;
          y = 330_000;
        }
      } while (!land.covers(gf.createPoint(new Coordinate(x, y))) && tries <= 50);
      out[i] = new double[] {x, y, sizes[i] * 1e6};
    }
    return out;
  }

  /** Points drawn from the density: 45% in cities, 25% in towns, 30% rural. */
  double[][] areaPoints(SplittableRandom rnd, PreparedGeometry land, Envelope env, double[][] cities) {
    int nTowns = 40;
    double[][] towns = new double[nTowns][];
    for (int t = 0; t < nTowns; t++) {
      double[] p;
      do {
        p = new double[] {env.getMinX() + rnd.nextDouble() * env.getWidth(),
            env.getMinY() + rnd.nextDouble() * env.getHeight()};
      } while (!land.covers(gf.createPoint(new Coordinate(p[0], p[1]))));
      towns[t] = p;
    }
    double cityTotal = Arrays.stream(cities).mapToDouble(c -> c[2]).sum();
    double[][] pts = new double[nAreas][];
    int n = 0;
    Set<Long> taken = new HashSet<>();
    while (n < nAreas) {
      double u = rnd.nextDouble();
      double x;
      double y;
      if (u < 0.45) {
        double pick = rnd.nextDouble() * cityTotal;
        int c = 0;
        while (pick > cities[c][2] && c < cities.length - 1) {
          pick -= cities[c][2];
          c++;
        }
        double sigma = 7_000 * Math.sqrt(cities[c][2] / 1e6);
        x = cities[c][0] + gaussian(rnd) * sigma;
        y = cities[c][1] + gaussian(rnd) * sigma;
      } else if (u < 0.70) {
        double[] t = towns[rnd.nextInt(nTowns)];
        x = t[0] + gaussian(rnd) * 5_000;
        y = t[1] + gaussian(rnd) * 5_000;
      } else {
        x = env.getMinX() + rnd.nextDouble() * env.getWidth();
        y = env.getMinY() + rnd.nextDouble() * env.getHeight();
      }
      x = Math.round(x);
      y = Math.round(y);
      if (!taken.add(((long) x << 32) ^ (long) y) || !land.covers(gf.createPoint(new Coordinate(x, y)))) {
        continue;
      }
      pts[n++] = new double[] {x, y};
    }
    return pts;
  }

  static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** About equal populations per area (log-normal spread of 15%), summing to {@link CountryGenerator#POPULATION}. */
  static double[] populations(SplittableRandom rnd, int n) {
    double[] raw = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = Math.exp(0.15 * gaussian(rnd));
      sum += raw[i];
    }
    double[] pop = new double[n];
    for (int i = 0; i < n; i++) {
      pop[i] = Math.max(1, Math.round(raw[i] / sum * CountryGenerator.POPULATION));
    }
    return pop;
  }

  Geometry[] cells(double[][] pts, Polygon coast, PreparedGeometry land) {
    List<Coordinate> sites = new ArrayList<>(pts.length);
    for (double[] p : pts) {
      sites.add(new Coordinate(p[0], p[1]));
    }
    return VoronoiCells.clipped(sites, coast, land, 50_000, gf);
  }
}
