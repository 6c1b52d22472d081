package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared {@code --format} option: {@code table} is the text form under its new name, {@code json} is JSON. */
class OutputFormatTest {
    @TempDir
    static Path shared;

    /** A three-request DRAM trace, the smallest input of a command that prints a report. */
    private static String trace() {
        Path t = shared.resolve("three.trace");
        try {
            if (!Files.exists(t)) Files.writeString(t, "0x0 READ 0\n0x40 WRITE 4\n0x1000 READ 9\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t.toString();
    }

    @Test
    void tableIsTheTextFormAndTheDefault() {
        String byDefault = CliRunner.run("dram", "--trace", trace()).out();
        CliRunner table = CliRunner.run("dram", "--trace", trace(), "--format", "table");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).isEqualTo(CliRunner.run("dram", "--trace", trace(), "--format", "text").out())
                .isEqualTo(byDefault).contains("bandwidth");
    }

    @Test
    void jsonIsOneDocumentOnOneLine() {
        CliRunner json = CliRunner.run("dram", "--trace", trace(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().lines().toList()).singleElement().asString().startsWith("{").endsWith("]}");
    }

    @Test
    void anUnknownFormNamesTheKnownOnes() {
        CliRunner r = CliRunner.run("noc", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(BadInput.USAGE);
        assertThat(r.errorLines()).singleElement().asString().contains("--format").contains("[text, table, json]")
                .contains("'xml'");
    }
}
