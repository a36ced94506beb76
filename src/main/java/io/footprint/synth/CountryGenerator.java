package io.footprint.synth;

import io.footprint.geo.BritishNationalGrid;
import io.footprint.model.Conditions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates a synthetic country: areas (Voronoi polygons with populations), provider sites, flows
 * for the eight canonical conditions, and 12 senate areas and 15 AHSNs as lookups. About 55 million
 * residents whatever the number of areas; one senate is Middledale (the counties of Netshire and
 * Ramshire and the Metropolitan Borough of Ramsdown, about 3 million people).
 */
public final class CountryGenerator {
  public static final double POPULATION = 55_000_000;
  static final String[] SENATES = {"Capital", "Middledale", "Northmoor", "Fellside", "Wealdmarsh", "Eastfen",
      "Westcombe", "Harbourside", "Peakland", "Southdown", "Riverlands", "Highwold"};
  static final double[] SENATE_TARGET = {8.7, 3.0, 4.9, 4.2, 5.1, 4.6, 3.9, 4.4, 4.3, 4.8, 3.8, 3.3};
  static final String[] COUNTY_STEMS = {"Ash", "Bram", "Cold", "Dun", "Elm", "Fen", "Gorse", "Hart", "Ivy", "Kes",
      "Lark", "Moss", "Oak", "Pen", "Quarry", "Rush", "Stone", "Thorn", "Upton", "Vale", "Wold", "Yew", "Bar",
      "Cray", "Dale", "Ford", "Glen", "Holm", "Keld", "Ley", "Mere", "Ness", "Ridge", "Sand", "Tarn", "Wick",
      "Brook", "Heath", "Marsh", "Combe", "Shaw", "Hurst", "Field", "Lyn", "Rook", "Swale", "Tor", "Wen"};
  static final String[] COUNTY_SUFFIX = {"shire", "land", "shire", "ham", "shire", "borough"};
  /** Admissions a year per 1,000 residents, and the distance (km) over which attraction halves. */
  static final Map<String, double[]> RATE_AND_REACH = Map.of(
      "cancer", new double[] {12, 7}, "cardiovascular", new double[] {15, 6},
      "maternity_children", new double[] {14, 5}, "mental_health_dementia_neuro", new double[] {6, 6},
      "burns", new double[] {0.15, 22}, "critical_care", new double[] {3, 7}, "neonatal", new double[] {0.9, 12},
      "trauma", new double[] {0.5, 15});

  private final int nAreas;
  private final long seed;
  private final GeometryFactory gf = new GeometryFactory();

  public CountryGenerator(int nAreas, long seed) {
    if (nAreas < 100) {
      throw new IllegalArgumentException("a country needs at least 100 areas");
    }
    this.nAreas = nAreas;
    this.seed = seed;
  }

  /** What was generated, for the caller to print. */
  public record Summary(int areas, int sites, long flowRows, double population, Map<String, Double> senates) {}

  public Summary writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    Polygon coast = coastline(rnd.split());
    PreparedGeometry land = PreparedGeometryFactory.prepare(coast);
    double[][] centres = cities(rnd.split(), land);
    double[] cityPop = new double[centres.length];
    for (int i = 0; i < centres.length; i++) {
      cityPop[i] = centres[i][2];
    }
    double[][] pts = areaPoints(rnd.split(), land, coast.getEnvelopeInternal(), centres);
    double[] pop = populations(rnd.split(), pts.length);
    Geometry[] cells = cells(pts, coast, land);
    // senates around the 12 largest cities (the capital first, Middledale second), then counties inside
    double[][] senateSeeds = new double[12][];
    for (int k = 0; k < 12; k++) {
      senateSeeds[k] = new double[] {centres[k][0], centres[k][1]};
    }
    double[] targets = new double[12];
    double targetSum = Arrays.stream(SENATE_TARGET).sum();
    for (int k = 0; k < 12; k++) {
      targets[k] = SENATE_TARGET[k] / targetSum * POPULATION;
    }
    int[] senate = PowerDiagram.assign(pts, pop, allOf(pts.length), senateSeeds, targets);
    int[] county = new int[pts.length];
    List<String> countyNames = new ArrayList<>();
    List<Integer> countySenate = new ArrayList<>();
    int stem = 0;
    for (int s = 0; s < 12; s++) {
      int[] members = membersOf(senate, s);
      int k = s == 0 ? 5 : s == 1 ? 3 : 3 + (s % 2);
      double[][] seeds = kSeeds(pts, members, k, new SplittableRandom(seed * 31 + s));
      if (s == 1) {
        seeds[0] = new double[] {centres[1][0], centres[1][1]}; // Ramsdown is the city
      }
      double[] t = new double[k];
      double total = 0;
      for (int m : members) {
        total += pop[m];
      }
      Arrays.fill(t, total / k);
      if (s == 1) {
        t[0] = total * 0.42;
        t[1] = total * 0.29;
        t[2] = total * 0.29;
      }
      int[] local = PowerDiagram.assign(pts, pop, members, seeds, t);
      for (int i = 0; i < members.length; i++) {
        county[members[i]] = countyNames.size() + local[i];
      }
      for (int c = 0; c < k; c++) {
        String name;
        if (s == 1) {
          name = new String[] {"Ramsdown", "Netshire", "Ramshire"}[c];
        } else {
          name = COUNTY_STEMS[stem % COUNTY_STEMS.length] + COUNTY_SUFFIX[stem % COUNTY_SUFFIX.length];
          stem++;
        }
        countyNames.add(name);
        countySenate.add(s);
      }
    }
    int[] ahsn = ahsns(senate, county, countySenate, pts, centres);
    // order areas by senate, county, then north to south, and code them
    Integer[] order = new Integer[pts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> senate[a] != senate[b] ? Integer.compare(senate[a], senate[b])
        : county[a] != county[b] ? Integer.compare(county[a], county[b]) : Double.compare(pts[b][1], pts[a][1]));
    String[] code = new String[pts.length];
    String[] name = new String[pts.length];
    Map<Integer, Integer> countyCounter = new HashMap<>();
    for (int r = 0; r < order.length; r++) {
      int i = order[r];
      code[i] = String.format(Locale.ROOT, "DM%06d", r + 1);
      int n = countyCounter.merge(county[i], 1, Integer::sum);
      name[i] = String.format(Locale.ROOT, "%s %03d", countyNames.get(county[i]), n);
    }
    Sites sites = Sites.place(pts, pop, nSites(pts.length), new SplittableRandom(seed * 7 + 3));
    BritishNationalGrid grid = new BritishNationalGrid();
    writeAreas(dir.resolve("areas.geojson"), order, code, name, pop, cells, grid);
    writeSites(dir.resolve("sites.csv"), sites, pts, grid);
    long rows = Flows.write(dir.resolve("flows.csv.gz"), order, code, pts, pop, sites, new SplittableRandom(seed * 11));
    writeLookup(dir.resolve("senates.csv"), order, code, senate, k -> String.format(Locale.ROOT, "SEN%02d", k + 1),
        k -> SENATES[k]);
    writeLookup(dir.resolve("ahsns.csv"), order, code, ahsn, k -> String.format(Locale.ROOT, "AHSN%02d", k + 1),
        k -> ahsnName(k));
    writeCounties(dir.resolve("counties.csv"), order, code, county, countyNames, countySenate);
    Map<String, Double> senatePop = new TreeMap<>();
    for (int i = 0; i < pts.length; i++) {
      senatePop.merge(SENATES[senate[i]], pop[i], Double::sum);
    }
    return new Summary(pts.length, sites.count(), rows, Arrays.stream(pop).sum(), senatePop);
  }

  /** About 180 sites for 2,500 areas and 1,200 for 34,000: sites grow more slowly than areas. */
  static int nSites(int areas) {
    return (int) Math.round(180 * Math.pow(areas / 2500.0, 0.727));
  }

  private static int[] allOf(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static int[] membersOf(int[] label, int value) {
    return IntStream.range(0, label.length).filter(i -> label[i] == value).toArray();
  }

  /** k seed points spread over the members (farthest-point from a random start). */
  private static double[][] kSeeds(double[][] pts, int[] members, int k, SplittableRandom rnd) {
    double[][] seeds = new double[k][];
    int first = members[rnd.nextInt(members.length)];
    seeds[0] = pts[first].clone();
    double[] d = new double[members.length];
    Arrays.fill(d, Double.POSITIVE_INFINITY);
    for (int j = 1; j < k; j++) {
      int best = 0;
      for (int i = 0; i < members.length; i++) {
        double[] p = pts[members[i]];
        double dx = p[0] - seeds[j - 1][0];
        double dy = p[1] - seeds[j - 1][1];
        d[i] = Math.min(d[i], dx * dx + dy * dy);
        if (d[i] > d[best]) {
          best = i;
        }
      }
      seeds[j] = pts[members[best]].clone();
    }
    return seeds;
  }

  /**
   * 15 AHSNs: one per senate, the Capital split in three and Westcombe in two; then three AHSNs
   * reach across a senate border by taking a neighbouring senate's county, as North West Coast and
   * UCLPartners did in 2013.
   */
  private static int[] ahsns(int[] senate, int[] county, List<Integer> countySenate, double[][] pts,
      double[][] centres) {
    int nCounties = countySenate.size();
    int[] ahsnOfCounty = new int[nCounties];
    int next = 12;
    int capitalCounty = 0;
    int westCounty = 0;
    for (int c = 0; c < nCounties; c++) {
      int s = countySenate.get(c);
      ahsnOfCounty[c] = s;
      if (s == 0) {
        ahsnOfCounty[c] = capitalCounty < 2 ? 0 : capitalCounty < 4 ? 12 : 13;
        capitalCounty++;
      }
      if (s == 6) {
        ahsnOfCounty[c] = westCounty < 2 ? 6 : 14;
        westCounty++;
      }
    }
    next = 15;
    // three cross-border AHSNs: the county of senate b nearest senate a's city joins a's AHSN
    int[][] pairs = {{2, 3}, {4, 9}, {10, 11}};
    double[][] countyCentre = new double[nCounties][3];
    for (int i = 0; i < pts.length; i++) {
      countyCentre[county[i]][0] += pts[i][0];
      countyCentre[county[i]][1] += pts[i][1];
      countyCentre[county[i]][2]++;
    }
    for (int[] p : pairs) {
      int best = -1;
      double bestD = Double.POSITIVE_INFINITY;
      int inB = 0;
      for (int c = 0; c < nCounties; c++) {
        if (countySenate.get(c) == p[1]) {
          inB++;
        }
      }
      for (int c = 0; c < nCounties; c++) {
        if (countySenate.get(c) == p[1] && inB > 2) {
          double dx = countyCentre[c][0] / countyCentre[c][2] - centres[p[0]][0];
          double dy = countyCentre[c][1] / countyCentre[c][2] - centres[p[0]][1];
          double d = dx * dx + dy * dy;
          if (d < bestD) {
            bestD = d;
            best = c;
          }
        }
      }
      if (best >= 0) {
        ahsnOfCounty[best] = p[0];
      }
    }
    assert next == 15;
    int[] out = new int[senate.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ahsnOfCounty[county[i]];
    }
    return out;
  }

  static String ahsnName(int k) {
    return switch (k) {
      case 0 -> "Capital Central Partners";
      case 12 -> "Capital West Health Partners";
      case 13 -> "Capital South Innovation Network";
      case 6 -> "Westcombe North";
      case 14 -> "Westcombe and the Coast";
      default -> SENATES[k] + " Health Science Network";
    };
  }

  private Polygon coastline(SplittableRandom rnd) {
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
  private double[][] cities(SplittableRandom rnd, PreparedGeometry land) {
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
  private double[][] areaPoints(SplittableRandom rnd, PreparedGeometry land, Envelope env, double[][] cities) {
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

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** About equal populations per area (log-normal spread of 15%), summing to {@link #POPULATION}. */
  private static double[] populations(SplittableRandom rnd, int n) {
    double[] raw = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = Math.exp(0.15 * gaussian(rnd));
      sum += raw[i];
    }
    double[] pop = new double[n];
    for (int i = 0; i < n; i++) {
      pop[i] = Math.max(1, Math.round(raw[i] / sum * POPULATION));
    }
    return pop;
  }

  private Geometry[] cells(double[][] pts, Polygon coast, PreparedGeometry land) {
    List<Coordinate> sites = new ArrayList<>(pts.length);
    for (double[] p : pts) {
      sites.add(new Coordinate(p[0], p[1]));
    }
    VoronoiDiagramBuilder b = new VoronoiDiagramBuilder();
    b.setSites(sites);
    Envelope env = coast.getEnvelopeInternal();
    env.expandBy(50_000);
    b.setClipEnvelope(env);
    Geometry diagram = b.getDiagram(gf);
    Map<Coordinate, Geometry> byPoint = new HashMap<>();
    for (int k = 0; k < diagram.getNumGeometries(); k++) {
      Geometry cell = diagram.getGeometryN(k);
      Geometry clipped = land.containsProperly(cell) ? cell : cell.intersection(coast);
      byPoint.put((Coordinate) cell.getUserData(), clipped);
    }
    Geometry[] out = new Geometry[pts.length];
    for (int i = 0; i < pts.length; i++) {
      out[i] = byPoint.get(sites.get(i));
    }
    return out;
  }

  private static void writeAreas(Path file, Integer[] order, String[] code, String[] name, double[] pop,
      Geometry[] cells, BritishNationalGrid grid) throws IOException {
    GeoJsonWriter geo = new GeoJsonWriter(6);
    geo.setEncodeCRS(false);
    geo.setForceCCW(true);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"type\":\"FeatureCollection\",\"features\":[");
      for (int r = 0; r < order.length; r++) {
        int i = order[r];
        w.write(r == 0 ? "\n" : ",\n");
        w.write("{\"type\":\"Feature\",\"properties\":{\"area_code\":\"" + code[i] + "\",\"area_name\":\"" + name[i]
            + "\",\"population\":" + (long) pop[i] + "},\"geometry\":");
        w.write(geo.write(grid.toLonLat(cells[i])));
        w.write("}");
      }
      w.write("\n]}\n");
    }
  }

  private static void writeSites(Path file, Sites sites, double[][] pts, BritishNationalGrid grid)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("site_code,site_name,org_code,org_name,lat,lon,conditions\n");
      for (int s = 0; s < sites.count(); s++) {
        double[] ll = grid.toLonLat(sites.x[s], sites.y[s]);
        List<String> provides = new ArrayList<>();
        for (String c : Conditions.CANONICAL) {
          if (sites.provides(s, c)) {
            provides.add(c);
          }
        }
        w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%.6f,%s%n", sites.code(s), sites.name(s),
            sites.code(s).substring(0, 3), sites.name(s) + " NHS Trust", ll[1], ll[0], String.join(";", provides)));
      }
    }
  }

  interface Namer {
    String name(int k);
  }

  private static void writeLookup(Path file, Integer[] order, String[] code, int[] region, Namer codeOf,
      Namer nameOf) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("area_code,region_code,region_name\n");
      for (int i : order) {
        w.write(code[i] + "," + codeOf.name(region[i]) + "," + nameOf.name(region[i]) + "\n");
      }
    }
  }

  private static void writeCounties(Path file, Integer[] order, String[] code, int[] county, List<String> names,
      List<Integer> senateOf) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("area_code,county,senate\n");
      for (int i : order) {
        w.write(code[i] + "," + names.get(county[i]) + "," + SENATES[senateOf.get(county[i])] + "\n");
      }
    }
  }

  static Writer gzip(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
        StandardCharsets.UTF_8), 1 << 16);
  }
}
