package io.footprint.align;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;


class RealignerTest {
  /**
   * 4 x 4 grid, footprints the west (cols 0-1) and east (cols 2-3) halves; region 0 is the west half
   * plus the two top cells of column 2, region 1 the rest. East holds 2 of its 8 areas in region 0
   * (share 0.75: misaligned). Both lie on West's border and region 0 hosts West: the larger of the
   * two moves first (cell 2, population 2,000), then cell 6, and East is fully in region 1.
   */
  @Test
  void movesTheOutsideBorderAreasToTheirHomeFootprint() {
    List<Area> areas = new ArrayList<>(Fixtures.grid(4, 4, 1000));
    Area big = areas.get(2);
    areas.set(2, new Area(big.code(), big.name(), 2000, big.lon(), big.lat(), big.geometry()));
    int[] fp = new int[16];
    int[] region = new int[16];
    for (int a = 0; a < 16; a++) {
      fp[a] = a % 4 < 2 ? 0 : 1;
      region[a] = a % 4 < 2 || a == 2 || a == 6 ? 0 : 1;
    }
    Proposal p = new Proposal("x", "given", Map.of(), fp, new int[0], 2);
    Realigner.Result r = Realigner.realign(p, areas, AreaAdjacency.of(areas), region, List.of("R0", "R1"), -1, 0.95);
    assertThat(r.moves()).containsExactly(new Realigner.Move(2, 1, 0), new Realigner.Move(6, 1, 0));
    assertThat(r.stuck()).isEmpty();
    for (int a = 0; a < 16; a++) {
      assertThat(r.footprintOfArea()[a]).isEqualTo(region[a]);
    }
  }

  /** An outside area with no home footprint next to it stays: moving border areas cannot align that footprint. */
  @Test
  void noHomeFootprintNoMove() {
    List<Area> areas = Fixtures.grid(2, 4, 1000);
    int[] fp = {0, 0, 0, 0, 0, 0, 0, 0};
    int[] region = {0, 0, 0, 1, 0, 0, 0, 1};
    Proposal p = new Proposal("x", "given", Map.of(), fp, new int[0], 1);
    Realigner.Result r = Realigner.realign(p, areas, AreaAdjacency.of(areas), region, List.of("R0", "R1"), -1, 0.95);
    assertThat(r.moves()).isEmpty();
    assertThat(r.stuck()).singleElement().satisfies(st -> {
      assertThat(st.regionsHostingNoFootprint()).containsExactly("R1");
      assertThat(st.reason()).contains("host no footprint");
    });
  }
}
