package dev.precis.validation;

import java.util.List;

/**
 * How much of each experiment runs. A full run uses every model and the papers' batch; {@code --quick} runs two
 * models per paper at batch 1 through the same code, so its checks are the same checks on less work (figures that
 * the papers publish at batch 64 are not expected to be reached at batch 1).
 */
public record Scope(boolean quick) {

    public static final Scope FULL = new Scope(false);
    public static final Scope QUICK = new Scope(true);

    /** The batch to run: the paper's, or 1 when quick. */
    public int batch(int papersBatch) {
        return quick ? 1 : papersBatch;
    }

    /** Every item, or the quick selection (which must be a subset). */
    public <T> List<T> pick(List<T> all, List<T> quickSelection) {
        if (!all.containsAll(quickSelection)) {
            throw new IllegalArgumentException("quick selection " + quickSelection + " is not part of " + all);
        }
        return quick ? quickSelection : all;
    }

    public String label() {
        return quick ? "quick (two models per paper, batch 1)" : "full";
    }
}
