package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.ServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The connection settings of {@link ServerConfig}: defaults, validation, copies, equality. */
class ConnectionSettingsTest {

    @Test
    void defaultsBoundConnectionsWellUnderAMinute() {
        ServerConfig config = ServerConfig.defaults();
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxConnections()).isEqualTo(5_000);
        assertThat(config.toString()).contains("readTimeout=PT15S", "idleTimeout=PT1M", "maxConnections=5000");
    }

    @Test
    void settingsAreCopiedAndCompared() {
        ServerConfig config = ServerConfig.builder()
                .readTimeout(Duration.ofMillis(500))
                .idleTimeout(Duration.ofSeconds(5))
                .maxConnections(10)
                .build();
        assertThat(config.toBuilder().build()).isEqualTo(config).hasSameHashCodeAs(config);
        assertThat(config.toBuilder().readTimeout(Duration.ofSeconds(1)).build())
                .isNotEqualTo(config);
        assertThat(config.toBuilder().idleTimeout(Duration.ofSeconds(1)).build())
                .isNotEqualTo(config);
        assertThat(config.toBuilder().maxConnections(11).build()).isNotEqualTo(config);
    }

    @Test
    void outOfRangeSettingsAreRefused() {
        assertThatThrownBy(
                        () -> ServerConfig.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
        assertThatThrownBy(() ->
                        ServerConfig.builder().idleTimeout(Duration.ofDays(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> ServerConfig.builder().maxConnections(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConnections");
    }
}
