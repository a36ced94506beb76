package io.footprint.report;

import io.footprint.model.Footprint;
import io.footprint.run.ConditionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code footprints.qml} beside {@code footprints.geojson}: a QGIS layer style (categorised by {@code footprint},
 * in the report's colours, labelled with the footprint at an interior point), which QGIS applies by itself when it
 * opens a layer whose file has a style of the same name beside it.
 */
final class QgisStyle {
  private QgisStyle() {}

  static void write(ConditionResult c, String[] colours, Path file) throws IOException {
    Files.writeString(file, qml(c, colours), StandardCharsets.UTF_8);
  }

  /** The style as QML text (also stored in a GeoPackage's {@code layer_styles}, where QGIS finds it too). */
  static String qml(ConditionResult c, String[] colours) {
    StringBuilder w = new StringBuilder();
    w.append("<qgis version=\"3.22\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"1\">\n");
    w.append(" <renderer-v2 type=\"categorizedSymbol\" attr=\"footprint\" symbollevels=\"0\" enableorderby=\"0\">\n");
    w.append("  <categories>\n");
    for (Footprint f : c.score().footprints()) {
      w.append("   <category value=\"" + HtmlReport.esc(f.label()) + "\" symbol=\"" + f.id() + "\" label=\""
          + HtmlReport.esc(f.label()) + "\" render=\"true\"/>\n");
    }
    w.append("  </categories>\n  <symbols>\n");
    for (Footprint f : c.score().footprints()) {
      w.append("   <symbol type=\"fill\" name=\"" + f.id() + "\" alpha=\"0.75\" clip_to_extent=\"1\">\n");
      w.append("    <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n");
      w.append("     <Option type=\"Map\">\n");
      w.append("      <Option type=\"QString\" name=\"color\" value=\"" + rgba(colours[f.id()]) + "\"/>\n");
      w.append("      <Option type=\"QString\" name=\"outline_color\" value=\"85,85,85,255\"/>\n");
      w.append("      <Option type=\"QString\" name=\"outline_width\" value=\"0.3\"/>\n");
      w.append("      <Option type=\"QString\" name=\"style\" value=\"solid\"/>\n");
      w.append("     </Option>\n    </layer>\n   </symbol>\n");
    }
    w.append("  </symbols>\n </renderer-v2>\n");
    w.append(" <labeling type=\"simple\">\n  <settings calloutType=\"simple\">\n");
    w.append("   <text-style fieldName=\"footprint\" fontSize=\"9\" fontWeight=\"75\" textColor=\"30,30,30,255\""
        + " isExpression=\"0\"/>\n");
    w.append("   <text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferColor=\"255,255,255,255\"/>\n");
    w.append("   <placement placement=\"1\" centroidInside=\"1\" centroidWhole=\"0\"/>\n");
    w.append("  </settings>\n </labeling>\n</qgis>\n");
    return w.toString();
  }

  /** {@code #rrggbb} as QGIS writes colours: {@code r,g,b,255}. */
  static String rgba(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return (v >> 16) + "," + ((v >> 8) & 0xff) + "," + (v & 0xff) + ",255";
  }
}
