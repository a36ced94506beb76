package io.footprint.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The features of a GeoJSON FeatureCollection, read one at a time off Jackson's streaming parser,
 * each with the line it starts on. Anything that is not a FeatureCollection with a features array is
 * a problem with its line; so is text that is not valid JSON, where the parser stopped. A GeoPackage's features
 * ({@code .gpkg}) come through here too, from {@link GeoPackageFeatures}.
 */
final class FeatureStream {
  /** Receives each feature in file order. */
  interface Sink {
    void feature(long line, GeoJsonGeometry feature);
  }

  private FeatureStream() {}

  /** Reads every feature into {@code sink}; false (with the problem recorded) when the file is not read to its end. */
  static boolean read(Path path, Charset encoding, Problems problems, Sink sink) {
    long[] features = new long[1];
    Sink counted = (line, f) -> {
      features[0]++;
      sink.feature(line, f);
    };
    boolean whole = GeoPackageFeatures.isGeoPackage(path) ? GeoPackageFeatures.read(path, problems, counted)
        : readGeoJson(path, encoding, problems, counted);
    if (whole) {
      problems.read(path.toString(), features[0]);
    }
    return whole;
  }

  private static boolean readGeoJson(Path path, Charset encoding, Problems problems, Sink sink) {
    String file = path.toString();
    // coordinates are most of a boundary file: Jackson's bundled FastDoubleParser reads them without the
    // JDK's slow path
    JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    boolean sawCollection = false;
    boolean sawFeatures = false;
    try (Reader r = CsvTable.reader(path, encoding); JsonParser p = json.createParser(r)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problems.add(ProblemType.BAD_GEOJSON, file, 1, "", "", "not a JSON object");
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (field.equals("type")) {
          sawCollection = "FeatureCollection".equals(p.getText());
          if (!sawCollection) {
            problems.add(ProblemType.BAD_GEOJSON, file, p.currentLocation().getLineNr(), "type", p.getText(),
                "expected a FeatureCollection");
            return false;
          }
        } else if (field.equals("features") && v == JsonToken.START_ARRAY) {
          sawFeatures = true;
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
              problems.add(ProblemType.BAD_GEOJSON, file, p.currentLocation().getLineNr(), "features", "",
                  "a feature must be a JSON object");
              return false;
            }
            long line = p.currentLocation().getLineNr();
            sink.feature(line, GeoJsonGeometry.readFeature(p));
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        problems.add(ProblemType.BAD_GEOJSON, file, p.currentLocation().getLineNr(), "", "",
            "text after the FeatureCollection ends");
        return false;
      }
    } catch (IOException | RuntimeException e) {
      ReadFailure.reportJson(e, path, ProblemType.BAD_GEOJSON, problems);
      return false;
    }
    if (!sawCollection || !sawFeatures) {
      problems.add(ProblemType.BAD_GEOJSON, file, 1, "", "", "expected a FeatureCollection with features");
      return false;
    }
    return true;
  }
}
