package io.footprint.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * Which areas' bounding boxes meet a given box: a uniform grid of cells over all the boxes, each cell
 * listing the boxes that overlap it (compressed sparse rows), built in two counting passes.
 *
 * <p>Why not JTS's {@code STRtree}: it sorts its nodes with comparators, whose compilation alone
 * costs a short-lived run more than finding all the neighbours. Area boxes tile the land at one
 * scale, so a grid with about one box per cell is as selective, needs no sort, and is built in one
 * pass over primitive arrays.
 */
final class EnvelopeGrid {
  private final double[] minX;
  private final double[] minY;
  private final double[] maxX;
  private final double[] maxY;
  private final double x0;
  private final double y0;
  private final double cell;
  private final int cols;
  private final int rows;
  /** boxes overlapping cell c are item[start[c] .. start[c+1]-1]. */
  private final int[] start;
  private final int[] item;

  EnvelopeGrid(Envelope[] boxes) {
    int n = boxes.length;
    minX = new double[n];
    minY = new double[n];
    maxX = new double[n];
    maxY = new double[n];
    Envelope all = new Envelope();
    for (int i = 0; i < n; i++) {
      minX[i] = boxes[i].getMinX();
      minY[i] = boxes[i].getMinY();
      maxX[i] = boxes[i].getMaxX();
      maxY[i] = boxes[i].getMaxY();
      all.expandToInclude(boxes[i]);
    }
    x0 = n == 0 ? 0 : all.getMinX();
    y0 = n == 0 ? 0 : all.getMinY();
    double side = n == 0 ? 1 : Math.sqrt(Math.max(all.getArea(), 1e-18) / n);
    cell = side > 0 ? side : 1;
    cols = n == 0 ? 1 : (int) Math.min(1 << 15, Math.floor(all.getWidth() / cell) + 1);
    rows = n == 0 ? 1 : (int) Math.min(1 << 15, Math.floor(all.getHeight() / cell) + 1);
    start = new int[cols * rows + 1];
    for (int i = 0; i < n; i++) {
      for (int r = row(minY[i]); r <= row(maxY[i]); r++) {
        for (int c = col(minX[i]); c <= col(maxX[i]); c++) {
          start[r * cols + c + 1]++;
        }
      }
    }
    for (int c = 0; c < cols * rows; c++) {
      start[c + 1] += start[c];
    }
    item = new int[start[cols * rows]];
    int[] fill = Arrays.copyOf(start, cols * rows);
    for (int i = 0; i < n; i++) {
      for (int r = row(minY[i]); r <= row(maxY[i]); r++) {
        for (int c = col(minX[i]); c <= col(maxX[i]); c++) {
          item[fill[r * cols + c]++] = i;
        }
      }
    }
  }

  private int col(double x) {
    return (int) Math.max(0, Math.min(cols - 1, Math.floor((x - x0) / cell)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - y0) / cell)));
  }

  /** The boxes that meet {@code box} (touching counts), in increasing order. */
  int[] query(Envelope box) {
    int[] found = new int[16];
    int m = 0;
    for (int r = row(box.getMinY()); r <= row(box.getMaxY()); r++) {
      for (int c = col(box.getMinX()); c <= col(box.getMaxX()); c++) {
        for (int k = start[r * cols + c]; k < start[r * cols + c + 1]; k++) {
          int i = item[k];
          if (minX[i] <= box.getMaxX() && maxX[i] >= box.getMinX() && minY[i] <= box.getMaxY()
              && maxY[i] >= box.getMinY()) {
            if (m == found.length) {
              found = Arrays.copyOf(found, m * 2);
            }
            found[m++] = i;
          }
        }
      }
    }
    // a box spanning several cells is met once per cell: sort and drop repeats
    Arrays.sort(found, 0, m);
    int u = 0;
    for (int k = 0; k < m; k++) {
      if (u == 0 || found[u - 1] != found[k]) {
        found[u++] = found[k];
      }
    }
    return Arrays.copyOf(found, u);
  }
}
