package com.cryptorebalancer.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a person runs it: a separate JVM, exit code, stdout and stderr. */
class RebalancerJarIT {

    @TempDir
    Path workingDir;

    /** One finished process. */
    private record Run(int exitCode, String out, String err) {
    }

    private Run rebalancer(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("rebalancer.jar"));
        assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(workingDir.resolve("stdout").toFile())
                .redirectError(workingDir.resolve("stderr").toFile());
        // the developer's own settings must not leak in: only the data directory, in the temporary folder
        builder.environment().keySet().removeIf(key -> key.startsWith(AppConfig.PREFIX));
        builder.environment().put(AppConfig.DATA_DIR, workingDir.resolve("data").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Run(process.exitValue(), Files.readString(workingDir.resolve("stdout"), UTF_8),
                Files.readString(workingDir.resolve("stderr"), UTF_8));
    }

    @Test
    void demoPlanAsJsonExitsZeroWithValidJson() throws Exception {
        Run run = rebalancer("plan", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("mode").asText()).isEqualTo("full");
        assertThat(plan.path("actions")).isNotEmpty();
        assertThat(run.err()).contains("note: no --input given: using the demo portfolio (bundled demo-portfolio-2025-08-26.csv)");
    }

    @Test
    void theSameInputGivesTheSameJsonBytesInSeparateProcesses() throws Exception {
        String[] args = {"plan", "--format", "json", "--primary", "L1/L0 majors=ADA:2,DOT", "--primary", "SOL=SOL",
            "--primary", "DeFi=UNI", "--primary", "Stablecoins=USDC:3,USDT", "--primary", "BTC=BTC"};
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Run run = rebalancer(args);
            assertThat(run.exitCode()).as(run.err()).isZero();
            outputs.add(run.out());
        }

        assertThat(outputs).containsOnly(outputs.get(0));
        assertThat(new ObjectMapper().readTree(outputs.get(0)).path("options").path("primaries").fieldNames())
                .toIterable().containsExactly("L1/L0 majors", "SOL", "DeFi", "Stablecoins", "BTC");
    }

    @Test
    void targetsNotSummingTo100ExitTwoWithOneErrorLine() throws Exception {
        Run run = rebalancer("plan", "--target", "BTC=90");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: targets must add up to 100 % (within 0.01), they add up to 90 %\n");
    }
}
