package io.footprint.io;

import org.locationtech.jts.geom.Geometry;

/**
 * What one input file says about an area; several files (a GeoJSON of polygons and a CSV of
 * populations) are merged into one {@link io.footprint.model.Area}. Absent numbers are NaN.
 */
record AreaRecord(String code, String name, double population, double lon, double lat, Geometry geometry,
    String file, long line) {}
