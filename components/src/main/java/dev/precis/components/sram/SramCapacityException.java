package dev.precis.components.sram;

/** A request reaching beyond a buffer, or a tile larger than the space it must fit in. */
final class SramCapacityException extends IllegalArgumentException {

    public SramCapacityException(String message) {
        super(message);
    }
}
