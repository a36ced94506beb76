package io.footprint.report;

import io.footprint.model.Conditions;
import io.footprint.run.ConditionResult;
import io.footprint.run.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's "How this was made": what a reader needs to trust a figure or make it again. The inputs by role,
 * each file with the rows (features, for boundaries) read from it, its size and SHA-256 (as {@code sha256sum} prints it, so a copy can be checked); what was read
 * from them; per condition the method and every parameter, the resolution found among them; footprint's version
 * and the date; and every warning met while reading.
 */
final class Provenance {
  private Provenance() {}

  static void write(StringBuilder h, RunResult run, String version, LocalDate date, Map<String, String> sums) {
    h.append("<section id=\"how\">\n<h2>How this was made</h2>\n<p>footprint ").append(HtmlReport.esc(version))
        .append(", ").append(date).append(" (UTC). Read: ").append(Fmt.thousands(run.scenario().areas().size()))
        .append(" areas (").append(Fmt.thousands(run.scenario().totalPopulation())).append(" residents), ")
        .append(Fmt.thousands(run.scenario().sites().size())).append(" sites; area adjacency from ")
        .append(HtmlReport.esc(run.adjacency().source().name().toLowerCase(java.util.Locale.ROOT))).append(", ")
        .append(Fmt.thousands(run.adjacency().edgeCount())).append(" pairs of neighbours.</p>\n")
        .append("<table class=\"inputs\"><thead><tr><th>input</th><th>file</th><th>rows read</th><th>bytes</th>")
        .append("<th>SHA-256</th></tr>")
        .append("</thead><tbody>\n");
    for (Map.Entry<String, List<String>> role : new TreeMap<>(run.inputs()).entrySet()) {
      for (String name : role.getValue()) {
        Long rows = run.problems().rowsRead().get(name);
        h.append("<tr><td>").append(HtmlReport.esc(role.getKey())).append("</td><td>").append(HtmlReport.esc(name))
            .append("</td><td>").append(rows == null ? "" : Fmt.thousands(rows)).append("</td>");
        if (sums.containsKey(name)) {
          h.append("<td>").append(Fmt.thousands(size(Path.of(name)))).append("</td><td class=\"hash\">")
              .append(sums.get(name)).append("</td>");
        } else {
          h.append("<td colspan=\"2\">").append(name.startsWith("demo:") ? "built into footprint "
              + HtmlReport.esc(version) : "no longer readable").append("</td>");
        }
        h.append("</tr>\n");
      }
    }
    h.append("</tbody></table>\n<table class=\"method\"><thead><tr><th>condition</th><th>method</th>")
        .append("<th>footprints</th><th>area-site pairs with activity</th><th>parameters</th></tr></thead><tbody>\n");
    for (ConditionResult c : run.conditions()) {
      StringBuilder p = new StringBuilder();
      new TreeMap<>(c.proposal().parameters()).forEach((k, v) -> p.append(p.length() == 0 ? "" : ", ").append(k)
          .append(' ').append(v));
      h.append("<tr><td>").append(HtmlReport.esc(Conditions.label(c.condition()))).append("</td><td>")
          .append(HtmlReport.esc(c.proposal().method())).append("</td><td>").append(c.proposal().footprintCount())
          .append("</td><td>").append(Fmt.thousands(run.scenario().flows(c.condition()).entryCount()))
          .append("</td><td>").append(HtmlReport.esc(p.toString())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    List<String> warnings = run.warnings();
    if (warnings.isEmpty()) {
      h.append("<p>No warnings while reading the inputs.</p>\n");
    } else {
      h.append("<p>Warnings while reading the inputs (every one is in <code>warnings.csv</code>):</p>\n<ul>\n");
      warnings.forEach(w -> h.append("<li>").append(HtmlReport.esc(w)).append("</li>\n"));
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The file's SHA-256 in lower-case hex; empty when it cannot be read now. */
  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[1 << 16];
      while (in.read(buffer) >= 0) {
        // the digest sees every byte read
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "";
    }
  }
}
