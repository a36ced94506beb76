package io.footprint.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything footprints are proposed from: areas and sites (each sorted by code, so indices do not
 * depend on input row order) and the aggregated flows of every condition.
 */
public final class Scenario {
  private final List<Area> areas;
  private final List<Site> sites;
  private final SortedMap<String, FlowMatrix> flows;
  private final Map<String, Integer> areaIndex = new HashMap<>();
  private final Map<String, Integer> siteIndex = new HashMap<>();

  public Scenario(List<Area> areas, List<Site> sites, Map<String, FlowMatrix> flows) {
    this.areas = List.copyOf(areas);
    this.sites = List.copyOf(sites);
    this.flows = Collections.unmodifiableSortedMap(new TreeMap<>(flows));
    for (int i = 0; i < this.areas.size(); i++) {
      if (i > 0 && this.areas.get(i - 1).code().compareTo(this.areas.get(i).code()) >= 0) {
        throw new IllegalArgumentException("areas must be sorted by code with no repeats");
      }
      areaIndex.put(this.areas.get(i).code(), i);
    }
    for (int i = 0; i < this.sites.size(); i++) {
      if (i > 0 && this.sites.get(i - 1).code().compareTo(this.sites.get(i).code()) >= 0) {
        throw new IllegalArgumentException("sites must be sorted by code with no repeats");
      }
      siteIndex.put(this.sites.get(i).code(), i);
    }
    for (FlowMatrix m : this.flows.values()) {
      if (m.areaCount() != areas.size() || m.siteCount() != sites.size()) {
        throw new IllegalArgumentException("flows of " + m.condition() + " do not match the areas and sites");
      }
    }
  }

  public List<Area> areas() {
    return areas;
  }

  public List<Site> sites() {
    return sites;
  }

  /** Flows by condition, conditions in alphabetical order. */
  public SortedMap<String, FlowMatrix> flows() {
    return flows;
  }

  public FlowMatrix flows(String condition) {
    FlowMatrix m = flows.get(condition);
    if (m == null) {
      throw new IllegalArgumentException("no flows for condition " + condition);
    }
    return m;
  }

  /** Index of the area with this code, or -1. */
  public int areaIndex(String code) {
    return areaIndex.getOrDefault(code, -1);
  }

  /** Index of the site with this code, or -1. */
  public int siteIndex(String code) {
    return siteIndex.getOrDefault(code, -1);
  }

  public boolean allAreasHaveGeometry() {
    return areas.stream().allMatch(Area::hasGeometry);
  }

  public double totalPopulation() {
    return areas.stream().mapToDouble(Area::population).sum();
  }
}
