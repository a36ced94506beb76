package io.footprint.io;

import io.footprint.model.Conditions;
import io.footprint.model.FlowMatrix;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Streams flow files ({@code area_code, site_code, condition, activity}, optional {@code year}) and
 * aggregates them: several rows for one (area, site, condition) are summed, and memory grows with the
 * number of distinct pairs plus at most a batch of rows per condition ({@link PairSums}).
 *
 * <p>Activity is added up in exact fixed point (millionths), so the totals do not depend on row
 * order or on how the rows are split across files: the same flows always give the same bits.
 * Suppressed values ({@code *}, {@code ..}, empty) are reported and left out, never read as 0.
 */
final class FlowReader {
  static final double SCALE = 1e6;
  /** No small area sends a billion patients anywhere: larger values are mistakes. */
  static final double MAX_ACTIVITY = 1e9;

  private final Problems problems = new Problems();
  private final Map<String, String> mapping;
  private final Set<String> wanted;
  private final Charset encoding;
  private final Map<String, PairSums> sums = new TreeMap<>();
  /** what each spelling of a condition in the files stands for (by the id of the spelling): one lookup per row. */
  private final CodeTable conditionSpellings = new CodeTable();
  private final List<Condition> conditionOfSpelling = new ArrayList<>();
  /** the years met (as written) and where each was first met; only whether there are several matters. */
  private final CodeTable yearSpellings = new CodeTable();
  private final Map<String, String> years = new LinkedHashMap<>();
  private final Codebook areas = new Codebook();
  private final Codebook sites = new Codebook();
  private final List<String> files = new ArrayList<>();
  private long rows;
  private long droppedMicro;

  /**
   * @param wanted conditions to keep (normalised names), or null for all
   */
  FlowReader(Map<String, String> mapping, Set<String> wanted, Charset encoding) {
    this.mapping = mapping;
    this.wanted = wanted;
    this.encoding = encoding;
  }

  /** A condition as spelt in a file: its normalised name, and its sums when it is wanted. */
  private record Condition(String name, PairSums sums) {}

  /**
   * Codes met in the flows, numbered as first seen, with where each was first seen and how many rows
   * and how much activity named it; the numbers are mapped to the scenario's indices at the end, so
   * flows can be read while the areas are still loading.
   */
  private static final class Codebook {
    final CodeTable id = new CodeTable();
    final List<String> code = new ArrayList<>();
    final List<String> column = new ArrayList<>();
    final List<String> file = new ArrayList<>();
    long[] firstLine = new long[64];
    long[] rows = new long[64];
    double[] activity = new double[64];

    /** The number of a code that is new or was written differently (say, with spaces around it). */
    int of(String c, CsvTable t, int col) {
      int i = id.find(c);
      if (i < 0) {
        i = id.add(c);
        code.add(c);
        column.add(t.columnName(col));
        file.add(t.file());
        if (i == firstLine.length) {
          firstLine = Arrays.copyOf(firstLine, i * 2);
          rows = Arrays.copyOf(rows, i * 2);
          activity = Arrays.copyOf(activity, i * 2);
        }
        firstLine[i] = t.line();
      }
      return i;
    }
  }

  void read(Path path) {
    files.add(path.toString());
    CsvTable t = CsvTable.open(path, problems, encoding);
    if (t == null) {
      return;
    }
    try (t) {
      int area = t.column("area_code", Columns.AREA_CODE, mapping, true);
      int site = t.column("site_code", Columns.SITE_CODE, mapping, true);
      int condition = t.column("condition", Columns.CONDITION, mapping, true);
      int activity = t.column("activity", Columns.ACTIVITY, mapping, true);
      int year = t.column("year", List.of("financial_year", "fyear", "period"), mapping, false);
      if (area < 0 || site < 0 || condition < 0 || activity < 0) {
        return;
      }
      while (t.next()) {
        rows++;
        int spelling = t.find(condition, conditionSpellings);
        if (spelling < 0) {
          String raw = t.get(condition);
          String name = Conditions.normalise(raw);
          boolean keep = !name.isEmpty() && (wanted == null || wanted.contains(name));
          spelling = conditionSpellings.add(raw);
          conditionOfSpelling.add(new Condition(name, keep ? sums.computeIfAbsent(name, k -> new PairSums()) : null));
        }
        if (year >= 0 && years.size() < 100 && t.find(year, yearSpellings) < 0) {
          String y = t.get(year).strip();
          yearSpellings.add(t.get(year));
          if (!y.isEmpty() && years.putIfAbsent(y, t.file() + ":" + t.line()) == null && years.size() == 2) {
            problems.add(ProblemType.SEVERAL_YEARS, t.file(), t.line(), t.columnName(year), y, "also "
                + years.keySet().iterator().next() + " at " + years.values().iterator().next()
                + "; footprint adds up every row whatever its year: give one year's flows for one year's footprints");
          }
        }
        Condition c = conditionOfSpelling.get(spelling);
        if (c.name().isEmpty()) {
          problems.add(ProblemType.MISSING_VALUE, t.file(), t.line(), t.columnName(condition), "", "condition");
          continue;
        }
        if (c.sums() == null) {
          continue;
        }
        // plain counts and codes met before, as written, are read off the row's characters; anything
        // else (decimals, suppression marks, mistakes, new codes, codes with spaces) goes through strings
        double v = t.wholeNumber(activity);
        if (v < 0) {
          String raw = t.get(activity);
          if (Numbers.isSuppressed(raw)) {
            problems.add(ProblemType.SUPPRESSED_COUNT, t.file(), t.line(), t.columnName(activity), raw, "");
            continue;
          }
          v = Numbers.parse(raw);
          if (Double.isNaN(v) || v < 0) {
            problems.add(ProblemType.BAD_NUMBER, t.file(), t.line(), t.columnName(activity), raw, "activity");
            continue;
          }
        }
        if (v > MAX_ACTIVITY) {
          problems.add(ProblemType.HUGE_NUMBER, t.file(), t.line(), t.columnName(activity), t.get(activity),
              "activity above " + (long) MAX_ACTIVITY);
          continue;
        }
        int a = t.find(area, areas.id);
        int s = t.find(site, sites.id);
        if (a < 0 || s < 0) {
          String ac = a < 0 ? Codes.read(t, area, problems) : null;
          String sc = s < 0 ? Codes.read(t, site, problems) : null;
          if ((a < 0 && ac == null) || (s < 0 && sc == null)) {
            continue;
          }
          a = a < 0 ? areas.of(ac, t, area) : a;
          s = s < 0 ? sites.of(sc, t, site) : s;
        }
        areas.rows[a]++;
        sites.rows[s]++;
        areas.activity[a] += v;
        sites.activity[s] += v;
        long micro = Math.round(v * SCALE);
        if (micro == 0) {
          continue;
        }
        try {
          c.sums().add(((long) a << 32) | s, micro);
        } catch (ArithmeticException e) {
          problems.add(ProblemType.OVERFLOW, t.file(), t.line(), t.columnName(activity), t.get(activity),
              "adding up the rows read so far");
          return;
        }
      }
      t.checkNotHeaderOnly();
    } catch (IOException e) {
      ReadFailure.report(e, path, 0, problems);
    }
  }

  Problems problems() {
    return problems;
  }

  /** Conditions met in the flow files, wanted or not, in alphabetical order. */
  List<String> conditionsSeen() {
    return conditionOfSpelling.stream().map(Condition::name).filter(c -> !c.isEmpty()).distinct().sorted()
        .toList();
  }

  long rows() {
    return rows;
  }

  /**
   * Reports codes the areas or sites lack, one problem per code (first line, rows, activity).
   *
   * @return rows naming an unknown code (a row naming two is counted twice)
   */
  long reportUnknown(Map<String, Integer> areaIndex, Map<String, Integer> siteIndex, boolean drop) {
    return unknown(areas, areaIndex, drop ? ProblemType.UNMATCHED_DROPPED : ProblemType.UNKNOWN_AREA, "unknown area")
        + unknown(sites, siteIndex, drop ? ProblemType.UNMATCHED_DROPPED : ProblemType.UNKNOWN_SITE, "unknown site");
  }

  /** Activity of the flows {@link #matrices} left out because they name an unknown area or site, exactly. */
  double droppedActivity() {
    return droppedMicro / SCALE;
  }

  /** Reports the codes of {@code book} missing from {@code index}; returns the rows that name them. */
  private long unknown(Codebook book, Map<String, Integer> index, ProblemType type, String what) {
    long rowsNamingThem = 0;
    for (int i = 0; i < book.code.size(); i++) {
      if (!index.containsKey(book.code.get(i))) {
        problems.add(type, book.file.get(i), book.firstLine[i], book.column.get(i), book.code.get(i),
            (type == ProblemType.UNMATCHED_DROPPED ? what + "; " : "") + book.rows[i] + " row(s), activity "
                + String.format(Locale.ROOT, "%.2f", book.activity[i]) + ", first at this line");
        rowsNamingThem += book.rows[i];
      }
    }
    return rowsNamingThem;
  }

  /**
   * The aggregated flows, one matrix per condition (built in parallel), on the scenario's area and site
   * indices: entries are placed by area with a counting sort, then each area's few entries sorted by site
   * and rows for the same site summed. A sum too large to hold exactly is added to {@code problems}.
   */
  Map<String, FlowMatrix> matrices(Map<String, Integer> areaIndex, Map<String, Integer> siteIndex,
      Problems problems) {
    int nAreas = areaIndex.size();
    int nSites = siteIndex.size();
    int[] areaOf = remap(areas, areaIndex);
    int[] siteOf = remap(sites, siteIndex);
    List<String> conditions = new ArrayList<>(sums.keySet());
    long[] dropped = new long[conditions.size()];
    boolean[] overflow = new boolean[conditions.size()];
    List<FlowMatrix> built = IntStream.range(0, conditions.size()).parallel()
        .mapToObj(k -> {
          try {
            return matrix(conditions.get(k), sums.get(conditions.get(k)), areaOf, siteOf, nAreas, nSites, dropped, k);
          } catch (ArithmeticException e) {
            overflow[k] = true;
            return null;
          }
        })
        .toList();
    Map<String, FlowMatrix> out = new TreeMap<>();
    for (int k = 0; k < conditions.size(); k++) {
      droppedMicro += dropped[k];
      if (overflow[k]) {
        problems.add(ProblemType.OVERFLOW, String.join(", ", files), 0, "condition", conditions.get(k),
            "the activity one area sends one site adds up to more than " + Long.MAX_VALUE / (long) SCALE);
      } else if (built.get(k) != null) {
        out.put(conditions.get(k), built.get(k));
      }
    }
    return out;
  }

  private static FlowMatrix matrix(String condition, PairSums sums, int[] areaOf, int[] siteOf, int nAreas,
      int nSites, long[] dropped, int slot) {
    int bound = sums.entryBound();
    int[] area = new int[bound];
    int[] site = new int[bound];
    long[] micro = new long[bound];
    int[] m = new int[1];
    sums.forEach((key, value) -> {
      int a = areaOf[(int) (key >>> 32)];
      int s = siteOf[(int) key];
      if (a >= 0 && s >= 0) {
        area[m[0]] = a;
        site[m[0]] = s;
        micro[m[0]++] = value;
      } else {
        dropped[slot] += value;
      }
    });
    if (m[0] == 0) {
      return null;
    }
    PairSums.ByPair rows = PairSums.byPair(area, site, micro, m[0], nAreas);
    double[] activity = new double[rows.micro().length];
    for (int e = 0; e < activity.length; e++) {
      activity[e] = rows.micro()[e] / SCALE;
    }
    return new FlowMatrix(condition, nSites, rows.rowStart(), rows.site(), activity);
  }

  private static int[] remap(Codebook book, Map<String, Integer> index) {
    int[] out = new int[book.code.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index.getOrDefault(book.code.get(i), -1);
    }
    return out;
  }

}
