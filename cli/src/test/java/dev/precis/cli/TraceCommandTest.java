package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesATraceAndInspectsItAsTextAndJson() throws Exception {
        Path gemms = dir.resolve("tiny.gemm");
        Files.writeString(gemms, "name,M,N,K\nproj,64,32,128\nout,64,16,32\n");
        Path trace = dir.resolve("tiny.trace");
        CliRunner w = CliRunner.run("trace", "--model", gemms.toString(), "--quantizer", "int8", "--seed", "3",
                "--out", trace.toString());
        assertThat(w.exitCode()).as(w.err()).isZero();
        assertThat(w.out()).as("stdout stays clean").isEmpty();
        assertThat(w.err()).contains("[1/2] proj", "[2/2] out", "wrote " + trace, "2 layers");

        CliRunner text = CliRunner.run("trace", "inspect", trace.toString());
        assertThat(text.out()).contains("quantizer int8", "proj", "M=64 N=32 K=128");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("trace", "inspect", trace.toString(), "--format", "json").out());
        assertThat(json.get("quantizer").asText()).isEqualTo("int8");
        assertThat(json.get("seed").asLong()).isEqualTo(3);
        assertThat(json.get("layers")).hasSize(2);
    }

    @Test
    void quantizerOptionsReachTheQuantizerAndUnknownOnesAreListed() throws Exception {
        Path gemms = dir.resolve("one.gemm");
        Files.writeString(gemms, "name,M,N,K\nproj,32,16,128\n");
        Path trace = dir.resolve("drift.trace");
        CliRunner ok = CliRunner.run("trace", "--model", gemms.toString(), "--quantizer", "drift", "--param",
                "precisions=4,8", "--out", trace.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("trace", "inspect", trace.toString(), "--format", "json").out());
        assertThat(json.get("quantizerParameters").get("precisions").asText()).isEqualTo("4,8");
        CliRunner bad = CliRunner.run("trace", "--model", gemms.toString(), "--quantizer", "drift", "--param", "bogus=1",
                "--out", dir.resolve("no.trace").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown option 'bogus'", "precisions");
        assertThat(dir.resolve("no.trace")).doesNotExist();
    }

    @Test
    void aCorruptTraceIsOneErrorLineNamingFileRecordAndField() throws Exception {
        Path bad = dir.resolve("bad.trace");
        Files.writeString(bad, "not a trace at all");
        CliRunner r = CliRunner.run("trace", "inspect", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("precis trace inspect: error: ").contains("bad.trace", "record 0", "magic");
    }

    @Test
    void aMissingFileIsSaidInWords() {
        CliRunner r = CliRunner.run("trace", "inspect", dir.resolve("absent.trace").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no such file: ").contains("absent.trace");
    }

    @Test
    void missingArgumentsAndUnknownNamesAreClearErrors() {
        CliRunner none = CliRunner.run("trace", "--model", "resnet18");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--model, --quantizer and --out");
        CliRunner unknown = CliRunner.run("trace", "--model", "resnet19", "--quantizer", "int8", "--out",
                dir.resolve("x").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("resnet19", "resnet18");
        assertThat(dir.resolve("x")).doesNotExist();
        CliRunner toDirectory = CliRunner.run("trace", "--model", "resnet18", "--quantizer", "int8", "--out", dir.toString());
        assertThat(toDirectory.exitCode()).isEqualTo(1);
        assertThat(toDirectory.err()).contains("is a directory");
    }

    @Test
    void aTracesHeaderSettingsPassedBackAsParamsReproduceItByteForByte() throws Exception {
        Path gemms = dir.resolve("one.gemm");
        Files.writeString(gemms, "name,M,N,K\nproj,32,16,128\n");
        Path first = dir.resolve("first.trace");
        CliRunner w = CliRunner.run("trace", "--model", gemms.toString(), "--quantizer", "panacea", "--seed", "5",
                "--param", "loBits=3", "--param", "dbs=off", "--out", first.toString());
        assertThat(w.exitCode()).as(w.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("trace", "inspect", first.toString(), "--format",
                "json").out());
        JsonNode settings = json.get("quantizerSettings");
        assertThat(settings.get("loBits").asText()).isEqualTo("3");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("trace", "--model", gemms.toString(),
                "--quantizer", json.get("quantizer").asText(), "--seed", json.get("seed").asText(), "--batch",
                json.get("batch").asText(), "--out", dir.resolve("second.trace").toString()));
        settings.fields().forEachRemaining(e -> args.addAll(java.util.List.of("--param",
                e.getKey() + "=" + e.getValue().asText())));
        CliRunner again = CliRunner.run(args.toArray(String[]::new));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("second.trace"))).isEqualTo(Files.readAllBytes(first));
    }
}
