package dev.precis.tlm;

/**
 * Called once per cycle of a component's clock while the component has work.
 *
 * <p>Return {@code true} to be called again next cycle, {@code false} to suspend the clock: a suspended clock
 * costs nothing and wakes by itself at the next edge when any transaction or self event reaches the
 * component, or when the component calls {@link ComponentContext#wakeClock()} (SST's clock handlers work the
 * same way, so idle components are free).
 */
@FunctionalInterface
public interface ClockHandler {
    boolean tick(long cycle);
}
