package io.footprint.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one of the lookups shipped in the jar, keeping only the rows for areas in hand. */
final class BuiltInLookup {
  private BuiltInLookup() {}

  static void read(Reader in, String areaColumn, String codeColumn, String nameColumn, Map<String, Boolean> known,
      Map<String, String> regionOf, Map<String, String> names) throws IOException {
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
        .get().parse(in)) {
      for (CSVRecord r : p) {
        String area = r.get(areaColumn).strip();
        if (known.containsKey(area)) {
          String code = r.get(codeColumn).strip().toUpperCase(Locale.ROOT);
          regionOf.put(area, code);
          names.put(code, r.get(nameColumn).strip());
        }
      }
    }
  }
}
