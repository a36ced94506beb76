package io.footprint.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A small area whose residents are the unit footprints are built from.
 *
 * @param code ONS-style code (trimmed), unique within a scenario
 * @param name display name (the code when none was given)
 * @param population residents; 0 is allowed and reported as a warning by the readers
 * @param lon centroid longitude, WGS84
 * @param lat centroid latitude, WGS84
 * @param geometry boundary in WGS84 lon/lat, or {@code null} when only the centroid is known
 */
public record Area(String code, String name, double population, double lon, double lat, Geometry geometry) {
  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  public boolean hasGeometry() {
    return geometry != null;
  }
}
