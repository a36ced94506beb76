package io.footprint.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch run as written in YAML. Paths are relative to the YAML file. Unknown keys are errors.
 *
 * <pre>
 * areas: [areas.geojson, areas.csv]
 * sites: sites.csv
 * flows: [flows.csv.gz]
 * out: footprint-out
 * method: leiden
 * conditions: {cancer: {target: 12}, trauma: {min_population: 2000000}}   # or a list, or "all"
 * references: [senates, ahsns]
 * fail_on: {min_localisation: 0.85, misaligned_footprints: 0, non_contiguous: 0}
 * </pre>
 */
final class RunConfig {
  public List<String> areas = new ArrayList<>();
  public String sites;
  public List<String> flows = new ArrayList<>();
  public String out;
  /** a list of names, a map name to {@link ConditionConfig}, or "all". */
  public JsonNode conditions;
  public String method;
  public Double resolution;
  public Integer target;
  @JsonProperty("min_population")
  public Double minPopulation;
  @JsonProperty("min_localisation")
  public Double minLocalisation;
  public String contiguity;
  public Long seed;
  public Integer starts;
  public Integer threads;
  public List<String> references = new ArrayList<>();
  /** nest footprints in the regions of this reference. */
  public String within;
  /** also write the realigned footprints of every reference. */
  public Boolean realign;
  @JsonProperty("aligned_share")
  public Double alignedShare;
  @JsonProperty("drop_unmatched")
  public Boolean dropUnmatched;
  public Map<String, String> columns = new LinkedHashMap<>();
  @JsonProperty("fail_on")
  public Map<String, Double> failOn = new LinkedHashMap<>();

  /** Per-condition settings; absent keys take the run's. */
  static final class ConditionConfig {
    public String method;
    public Double resolution;
    public Integer target;
    @JsonProperty("min_population")
    public Double minPopulation;
    @JsonProperty("min_localisation")
    public Double minLocalisation;
    public String contiguity;
    public Long seed;
    public Integer starts;
  }
}
