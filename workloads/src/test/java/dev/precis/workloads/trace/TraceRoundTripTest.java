package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordReadsBackAsWritten() throws IOException {
        Path file = dir.resolve("fixture.trace");
        TraceFixtures.write(file);
        // Regenerate the same columns the writer got, in the same order.
        Random random = new Random(5);
        try (TraceReader reader = TraceReader.open(file)) {
            assertThat(reader.header()).isEqualTo(TraceFixtures.header());
            List<TraceRecord> records = new ArrayList<>();
            for (TraceRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            int position = 0;
            long tiles = 0;
            for (int i = 0; i < TraceFixtures.LAYERS.size(); i++) {
                LayerRecord expected = TraceFixtures.layerRecord(i, TraceFixtures.LAYERS.get(i));
                LayerRecord actual = (LayerRecord) records.get(position++);
                assertThat(actual.layer()).isEqualTo(expected.layer());
                assertThat(actual.gemm()).isEqualTo(expected.gemm());
                assertThat(actual.tilings()).isEqualTo(expected.tilings());
                assertThat(actual.statistics()).isEqualTo(expected.statistics());
                for (int t = 0; t < expected.tensors().size(); t++) {
                    TensorDescriptor e = expected.tensors().get(t);
                    TensorDescriptor a = actual.tensors().get(t);
                    assertThat(a.role()).isEqualTo(e.role());
                    assertThat(a.typeName()).isEqualTo(e.typeName());
                    assertThat(a.perChannel()).isEqualTo(e.perChannel());
                    assertThat(a.scales()).containsExactly(e.scales());
                    assertThat(a.zeroPoints()).containsExactly(e.zeroPoints());
                }
                for (OperandTiling tiling : expected.tilings()) {
                    TileColumns want = TraceFixtures.columns(tiling.grid(), tiling.fields(), random);
                    TileBlock block = (TileBlock) records.get(position++);
                    assertThat(block.role()).isEqualTo(tiling.role());
                    assertThat(block.firstTile()).isZero();
                    assertThat(block.columns().nonzero()).containsExactly(want.nonzero());
                    assertThat(block.columns().precisionBits()).isEqualTo(want.precisionBits());
                    assertThat(block.columns().hoZeroVectors()).isEqualTo(want.hoZeroVectors());
                    assertThat(block.columns().rleBits()).isEqualTo(want.rleBits());
                    tiles += want.size();
                }
                LayerEnd end = (LayerEnd) records.get(position++);
                assertThat(end.layerIndex()).isEqualTo(i);
            }
            TraceEnd end = (TraceEnd) records.get(position++);
            assertThat(end.totalTiles()).isEqualTo(tiles);
            assertThat(position).isEqualTo(records.size());
        }
    }

    @Test
    void largeOperandsAreSplitIntoBlocksWithContiguousTileNumbers() throws IOException {
        var layer = new dev.precis.workloads.zoo.FcLayer("wide", 64, 8, 10000, dev.precis.workloads.zoo.ActivationKind.LINEAR);
        var gemm = layer.gemm(1);
        TileGrid grid = new TileGrid(1, 10000, 64, 1, 64, 0);
        LayerRecord record = new LayerRecord(0, layer, gemm, List.of(),
                List.of(new OperandTiling(TensorRole.INPUT, grid, EnumSet.of(TileField.NONZERO))), new java.util.TreeMap<>());
        Path file = dir.resolve("blocks.trace");
        TraceHeader header = new TraceHeader("wide", "int8", new java.util.TreeMap<>(), 1, 1, 1, "test");
        try (TraceWriter w = TraceWriter.create(file, header)) {
            w.beginLayer(record);
            TileColumns c = TileColumns.allocate(10000, EnumSet.of(TileField.NONZERO));
            for (int i = 0; i < 10000; i++) {
                c.nonzero()[i] = i % 65;
            }
            w.writeTiles(TensorRole.INPUT, c.slice(0, 1000));
            w.writeTiles(TensorRole.INPUT, c.slice(1000, 9000));
            w.endLayer();
            w.commit();
        }
        List<Long> firsts = new ArrayList<>();
        try (TraceReader r = TraceReader.open(file)) {
            for (TraceRecord rec = r.next(); rec != null; rec = r.next()) {
                if (rec instanceof TileBlock b) {
                    firsts.add(b.firstTile());
                    assertThat(b.tileCount()).isLessThanOrEqualTo(TraceFormat.BLOCK_TILES);
                    assertThat(r.tilingOf(TensorRole.INPUT).grid().coordinates(b.firstTile()).row())
                            .isEqualTo((int) b.firstTile());
                } else if (rec instanceof LayerEnd e) {
                    assertThat(e.totals().get(0).nonzero()).isEqualTo(
                            java.util.stream.IntStream.range(0, 10000).map(i -> i % 65).asLongStream().sum());
                }
            }
        }
        assertThat(firsts).containsExactly(0L, 1000L, 1000L + TraceFormat.BLOCK_TILES, 1000L + 2 * TraceFormat.BLOCK_TILES);
    }

    @Test
    void tileCoordinatesFollowGroupRowKOrderWithShortEdgeTiles() {
        TileGrid grid = new TileGrid(2, 3, 70, 1, 32, 16);
        assertThat(grid.tiles()).isEqualTo(2 * 3 * 3);
        assertThat(grid.coordinates(4)).isEqualTo(new TileCoordinates(0, 1, 32, 1, 32));
        assertThat(grid.coordinates(11)).isEqualTo(new TileCoordinates(1, 0, 64, 1, 6));
        assertThat(grid.valuesIn(11)).isEqualTo(6);
        assertThat(grid.hoVectorsIn(11)).isEqualTo(1);
        assertThat(grid.hoVectorsIn(10)).isEqualTo(2);
    }

    @Test
    void writerRejectsInconsistentTilesAndLeavesNoFile() throws IOException {
        Path file = dir.resolve("bad.trace");
        try (TraceWriter w = TraceWriter.create(file, TraceFixtures.header())) {
            LayerRecord record = TraceFixtures.layerRecord(0, TraceFixtures.LAYERS.get(0));
            w.beginLayer(record);
            OperandTiling input = record.tilings().get(0);
            TileColumns c = TraceFixtures.columns(input.grid(), input.fields(), new Random(1));
            c.nonzero()[3] = 33; // a tile of 32 values
            assertThatThrownBy(() -> w.writeTiles(TensorRole.INPUT, c)).isInstanceOf(TraceFormatException.class)
                    .hasMessageContaining("nonzero[3]").hasMessageContaining("holds only 32");
        }
        assertThat(file).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void commitReplacesAnExistingFileAtomically() throws IOException {
        Path file = dir.resolve("replace.trace");
        Files.writeString(file, "old contents");
        TraceFixtures.write(file);
        try (TraceReader r = TraceReader.open(file)) {
            assertThat(r.header().model()).isEqualTo("fixture");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
