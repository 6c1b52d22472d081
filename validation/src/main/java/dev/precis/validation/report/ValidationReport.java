package dev.precis.validation.report;

import dev.precis.io.Report;
import dev.precis.validation.ValidationRun;

/** A validation run in the two forms {@code precis validate} prints: the check table, or validation.json. */
public record ValidationReport(ValidationRun run) implements Report {

    @Override
    public String text() {
        return CheckTable.of(run);
    }

    @Override
    public String json() {
        return ValidationJson.of(run);
    }
}
