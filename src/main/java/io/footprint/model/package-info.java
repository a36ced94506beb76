/**
 * Immutable facts footprint reasons about.
 *
 * <p>Terms used across the project:
 * <ul>
 *   <li><b>area</b>: a small geographical building block (LSOA, MSOA, CCG, LAD ...) with a resident
 *       population and a centroid, optionally a polygon. Footprints are made of areas.</li>
 *   <li><b>site</b>: a provider (hospital or trust) that residents of areas travel to for care.</li>
 *   <li><b>condition</b>: the clinical network a set of flows belongs to (cancer, trauma ...).</li>
 *   <li><b>flow</b>: activity (spells, admissions, attributable residents) of an area's residents at a
 *       site for one condition.</li>
 *   <li><b>footprint</b>: a proposed clinical network: a set of areas and the sites they use.</li>
 *   <li><b>region set</b>: reference regions (senate areas, AHSNs) that footprints are aligned with.</li>
 * </ul>
 * Coordinates are WGS84 longitude/latitude throughout the model.
 */
package io.footprint.model;
