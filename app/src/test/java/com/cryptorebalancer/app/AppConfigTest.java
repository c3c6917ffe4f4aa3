package com.cryptorebalancer.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    @TempDir
    Path workingDir;

    @Test
    void defaultsWithoutEnvironmentOrDotEnv() {
        AppConfig config = AppConfig.load(Map.of("HOME", "/root"), workingDir);

        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.debug()).isFalse();
    }

    @Test
    void dotEnvIsReadAndTheRealEnvironmentWins() throws IOException {
        Files.writeString(workingDir.resolve(".env"), "# local settings\n\nexport REBALANCER_DATA_DIR=\"/srv/my data\"\n"
                + "REBALANCER_DEBUG = '1'\nOTHER_TOOL=x\n", UTF_8);

        AppConfig fromFile = AppConfig.load(Map.of(), workingDir);
        AppConfig overridden = AppConfig.load(Map.of("REBALANCER_DATA_DIR", "/elsewhere"), workingDir);

        assertThat(fromFile.dataDir()).isEqualTo(Path.of("/srv/my data"));
        assertThat(fromFile.debug()).isTrue();
        assertThat(overridden.dataDir()).isEqualTo(Path.of("/elsewhere"));
        assertThat(overridden.debug()).isTrue();
    }

    @Test
    void blankValuesTakeTheDefault() {
        assertThat(AppConfig.of(Map.of("REBALANCER_DATA_DIR", "  ")).dataDir()).isEqualTo(AppConfig.DEFAULT_DATA_DIR);
    }

    @Test
    void malformedDotEnvLinesAreNamed() throws IOException {
        Path env = workingDir.resolve(".env");
        Files.writeString(env, "REBALANCER_DATA_DIR=/x\nnot a setting\n", UTF_8);
        assertThatThrownBy(() -> AppConfig.load(Map.of(), workingDir))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(env + ": line 2: expected KEY=VALUE, found 'not a setting'");

        Files.writeString(env, "REBALANCER_DATA_DIR=\"/x\n", UTF_8);
        assertThatThrownBy(() -> AppConfig.load(Map.of(), workingDir))
                .hasMessage(env + ": line 1: the value \"/x has no closing \"");
    }
}
