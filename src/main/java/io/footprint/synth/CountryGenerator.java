package io.footprint.synth;

import io.footprint.geo.BritishNationalGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generates a synthetic country: areas (Voronoi polygons with populations), provider sites, flows
 * for the eight canonical conditions, and 12 senate areas and 15 AHSNs as lookups. About 55 million
 * residents whatever the number of areas; one senate is Middledale (the counties of Netshire and
 * Ramshire and the Metropolitan Borough of Ramsdown, about 3 million people). The same number of
 * areas and seed give the same files: every random choice draws from a stream split off the seed for
 * its purpose.
 *
 * <ol>
 *   <li>the land ({@link Landscape}): coast, cities, area points, populations, Voronoi cells;</li>
 *   <li>the regions ({@link Regions}): senates, counties, AHSNs;</li>
 *   <li>area codes and names, in order of senate, county, then north to south;</li>
 *   <li>sites ({@link Sites}) and flows ({@link Flows}), then the files ({@link CountryFiles}).</li>
 * </ol>
 */
public final class CountryGenerator {
  public static final double POPULATION = 55_000_000;
  /** Admissions a year per 1,000 residents, and the distance (km) over which attraction halves. */
  static final Map<String, double[]> RATE_AND_REACH = Map.of(
      "cancer", new double[] {12, 7}, "cardiovascular", new double[] {15, 6},
      "maternity_children", new double[] {14, 5}, "mental_health_dementia_neuro", new double[] {6, 6},
      "burns", new double[] {0.15, 22}, "critical_care", new double[] {3, 7}, "neonatal", new double[] {0.9, 12},
      "trauma", new double[] {0.5, 15});
  /** Multipliers that give the sites and the flows random streams of their own, apart from the land's. */
  private static final long SITES_STREAM = 7;
  private static final long SITES_OFFSET = 3;
  private static final long FLOWS_STREAM = 11;

  private final int nAreas;
  private final long seed;
  private final double years;

  /** A country with one year of activity. */
  public CountryGenerator(int nAreas, long seed) {
    this(nAreas, seed, 1);
  }

  /**
   * @param years years of activity the flows count (pooled years, as analysts pool them for rare
   *     conditions; a fraction for part of a year): demand scales with it, so more areas and sites get
   *     a flow of their own
   */
  public CountryGenerator(int nAreas, long seed, double years) {
    if (nAreas < 100) {
      throw new IllegalArgumentException("a country needs at least 100 areas");
    }
    if (!(years > 0)) {
      throw new IllegalArgumentException("years of activity must be positive");
    }
    this.nAreas = nAreas;
    this.seed = seed;
    this.years = years;
  }

  /** What was generated, for the caller to print. */
  public record Summary(int areas, int sites, long flowRows, double population, Map<String, Double> senates) {}

  /** Writes the country into {@code dir}: areas.geojson, sites.csv, flows.csv.gz, senates, ahsns and counties. */
  public Summary writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    Landscape landscape = new Landscape(nAreas);
    Polygon coast = landscape.coastline(rnd.split());
    PreparedGeometry land = PreparedGeometryFactory.prepare(coast);
    double[][] centres = landscape.cities(rnd.split(), land);
    double[][] pts = landscape.areaPoints(rnd.split(), land, coast.getEnvelopeInternal(), centres);
    double[] pop = Landscape.populations(rnd.split(), pts.length);
    Geometry[] cells = landscape.cells(pts, coast, land);
    int[] senate = Regions.senates(pts, pop, centres);
    Regions.Counties counties = Regions.counties(pts, pop, senate, centres, seed);
    int[] ahsn = Regions.ahsns(senate, counties.of(), counties.senateOf(), pts, centres);
    Integer[] order = order(pts, senate, counties.of());
    String[] code = new String[pts.length];
    String[] name = new String[pts.length];
    Map<Integer, Integer> countyCounter = new HashMap<>();
    for (int r = 0; r < order.length; r++) {
      int i = order[r];
      code[i] = String.format(Locale.ROOT, "DM%06d", r + 1);
      int n = countyCounter.merge(counties.of()[i], 1, Integer::sum);
      name[i] = String.format(Locale.ROOT, "%s %03d", counties.names().get(counties.of()[i]), n);
    }
    Sites sites = Sites.place(pts, pop, nSites(pts.length), new SplittableRandom(seed * SITES_STREAM + SITES_OFFSET));
    BritishNationalGrid grid = new BritishNationalGrid();
    CountryFiles.writeAreas(dir.resolve("areas.geojson"), order, code, name, pop, cells, grid);
    CountryFiles.writeSites(dir.resolve("sites.csv"), sites, pts, grid);
    long rows = Flows.write(dir.resolve("flows.csv.gz"), order, code, pts, pop, sites, years,
        new SplittableRandom(seed * FLOWS_STREAM));
    CountryFiles.writeLookup(dir.resolve("senates.csv"), order, code, senate,
        k -> String.format(Locale.ROOT, "SEN%02d", k + 1), k -> Regions.SENATES[k]);
    CountryFiles.writeLookup(dir.resolve("ahsns.csv"), order, code, ahsn,
        k -> String.format(Locale.ROOT, "AHSN%02d", k + 1), Regions::ahsnName);
    CountryFiles.writeCounties(dir.resolve("counties.csv"), order, code, counties.of(), counties.names(),
        counties.senateOf());
    Map<String, Double> senatePop = new TreeMap<>();
    for (int i = 0; i < pts.length; i++) {
      senatePop.merge(Regions.SENATES[senate[i]], pop[i], Double::sum);
    }
    return new Summary(pts.length, sites.count(), rows, Arrays.stream(pop).sum(), senatePop);
  }

  /** Areas in order of senate, county, then north to south: the order their codes are given in. */
  private static Integer[] order(double[][] pts, int[] senate, int[] county) {
    Integer[] order = new Integer[pts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> senate[a] != senate[b] ? Integer.compare(senate[a], senate[b])
        : county[a] != county[b] ? Integer.compare(county[a], county[b]) : Double.compare(pts[b][1], pts[a][1]));
    return order;
  }

  /** About 180 sites for 2,500 areas and 1,200 for 34,000: sites grow more slowly than areas. */
  static int nSites(int areas) {
    return (int) Math.round(180 * Math.pow(areas / 2500.0, 0.727));
  }

















}
