package io.footprint.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.model.Conditions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code align} needs of an earlier run's output folder: the inputs its {@code summary.json}
 * names and, per condition, where its {@code assignments.csv} is. A summary that is truncated or
 * was edited by hand is a problem with its line, never an internal error.
 *
 * @param areas the areas files as the earlier run named them
 * @param sites its sites file
 * @param flows its flow files
 * @param assignments each condition's assignments file
 */
public record EarlierOutput(List<String> areas, List<String> sites, List<String> flows,
    Map<String, Path> assignments) {

  /** The earlier output in {@code folder}, or null with the problems recorded. */
  public static EarlierOutput read(Path folder, Problems problems) {
    Path summary = folder.resolve("summary.json");
    String name = summary.toString();
    if (!Files.isDirectory(folder)) {
      problems.add(ProblemType.UNREADABLE_FILE, folder.toString(), 0, "", "", Files.exists(folder)
          ? "not a folder: give the output folder of an earlier propose or run" : "no such folder");
      return null;
    }
    if (!Files.isRegularFile(summary)) {
      problems.add(ProblemType.BAD_SUMMARY, folder.toString(), 0, "", "", "it holds no summary.json: give the output "
          + "folder of an earlier propose or run");
      return null;
    }
    JsonNode root;
    try (Reader r = CsvTable.reader(summary, StandardCharsets.UTF_8)) {
      root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(r);
    } catch (IOException | RuntimeException e) {
      ReadFailure.reportJson(e, summary, ProblemType.BAD_SUMMARY, problems);
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(ProblemType.BAD_SUMMARY, name, 1, "", "", "expected a JSON object");
      return null;
    }
    int before = problems.fatal().size();
    JsonNode inputs = root.path("inputs");
    List<String> areas = strings(inputs, "areas", name, problems);
    List<String> sites = strings(inputs, "sites", name, problems);
    List<String> flows = strings(inputs, "flows", name, problems);
    if (sites != null && sites.size() != 1) {
      problems.add(ProblemType.BAD_SUMMARY, name, 0, "inputs.sites", "", "expected one sites file");
    }
    JsonNode conditions = root.get("conditions");
    Map<String, Path> assignments = new LinkedHashMap<>();
    if (conditions == null || !conditions.isObject() || conditions.isEmpty()) {
      problems.add(ProblemType.BAD_SUMMARY, name, 0, "conditions", "", "expected the conditions the run proposed");
    } else {
      conditions.fields().forEachRemaining(e -> {
        JsonNode f = e.getValue().get("folder");
        String dir = f != null && f.isTextual() ? f.asText() : Conditions.folder(e.getKey());
        if (!dir.equals(Conditions.folder(dir)) || dir.isEmpty()) {
          problems.add(ProblemType.BAD_SUMMARY, name, 0, "conditions." + e.getKey() + ".folder", dir,
              "not a folder name footprint writes");
          return;
        }
        assignments.put(e.getKey(), folder.resolve(dir).resolve("assignments.csv"));
      });
    }
    if (problems.fatal().size() > before) {
      return null;
    }
    return new EarlierOutput(areas, sites, flows, assignments);
  }

  private static List<String> strings(JsonNode inputs, String key, String file, Problems problems) {
    JsonNode n = inputs.get(key);
    if (n == null || !n.isArray() || n.isEmpty()) {
      problems.add(ProblemType.BAD_SUMMARY, file, 0, "inputs." + key, "", "expected a list of the " + key
          + " files the run read (or give --" + key + ")");
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) {
      if (!x.isTextual() || x.asText().isBlank()) {
        problems.add(ProblemType.BAD_SUMMARY, file, 0, "inputs." + key, x.toString(), "expected a file name");
        return null;
      }
      out.add(x.asText());
    }
    return out;
  }
}
