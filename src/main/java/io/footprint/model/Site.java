package io.footprint.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A provider site that residents travel to.
 *
 * @param code ODS site (or trust) code, unique within a scenario
 * @param name display name
 * @param orgCode code of the organisation (trust) running the site
 * @param orgName name of that organisation
 * @param lon longitude, WGS84
 * @param lat latitude, WGS84
 * @param conditions conditions the site provides; empty means "not stated", i.e. any condition it has flows for
 * @param roles per condition, the roles the site holds in its pathway (trauma: MTC; neonatal: NICU), upper case
 */
public record Site(String code, String name, String orgCode, String orgName, double lon, double lat,
    Set<String> conditions, Map<String, Set<String>> roles) {
  public Site {
    Objects.requireNonNull(code, "code");
    conditions = Set.copyOf(conditions);
    roles = Map.copyOf(roles);
  }

  /** A site with no roles. */
  public Site(String code, String name, String orgCode, String orgName, double lon, double lat,
      Set<String> conditions) {
    this(code, name, orgCode, orgName, lon, lat, conditions, Map.of());
  }

  /** Whether the site holds {@code role} (any case) for the condition. */
  public boolean hasRole(String condition, String role) {
    return roles.getOrDefault(condition, Set.of()).contains(role.toUpperCase(Locale.ROOT));
  }

  /** Whether the site provides the condition (sites that state nothing provide everything they receive). */
  public boolean provides(String condition) {
    return conditions.isEmpty() || conditions.contains(condition);
  }
}
