package dev.precis.workloads.trace;

/** Where a tile sits in its operand: GEMM group, first row, first K column, and its extent. */
public record TileCoordinates(int group, int row, int col, int rowCount, int colCount) {
}
