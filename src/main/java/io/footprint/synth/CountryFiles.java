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
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes a synthetic country in footprint's input formats, areas in code order. */
final class CountryFiles {
  private CountryFiles() {}

  static void writeAreas(Path file, Integer[] order, String[] code, String[] name, double[] pop,
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

  static void writeSites(Path file, Sites sites, double[][] pts, BritishNationalGrid grid)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("site_code,site_name,org_code,org_name,lat,lon,conditions,roles\n");
      for (int s = 0; s < sites.count(); s++) {
        double[] ll = grid.toLonLat(sites.x[s], sites.y[s]);
        List<String> provides = new ArrayList<>();
        for (String c : Conditions.CANONICAL) {
          if (sites.provides(s, c)) {
            provides.add(c);
          }
        }
        w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%.6f,%s,%s%n", Sites.code(s), Sites.name(s),
            Sites.code(s).substring(0, 3), Sites.trustName(s), ll[1], ll[0], String.join(";", provides),
            sites.roles(s)));
      }
    }
  }

  interface Namer {
    String name(int k);
  }

  static void writeLookup(Path file, Integer[] order, String[] code, int[] region, Namer codeOf,
      Namer nameOf) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("area_code,region_code,region_name\n");
      for (int i : order) {
        w.write(code[i] + "," + codeOf.name(region[i]) + "," + nameOf.name(region[i]) + "\n");
      }
    }
  }

  static void writeCounties(Path file, Integer[] order, String[] code, int[] county, List<String> names,
      List<Integer> senateOf) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("area_code,county,senate\n");
      for (int i : order) {
        w.write(code[i] + "," + names.get(county[i]) + "," + Regions.SENATES[senateOf.get(county[i])] + "\n");
      }
    }
  }

  static Writer gzip(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
        StandardCharsets.UTF_8), 1 << 16);
  }
}
