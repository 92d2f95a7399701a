package io.cakesync.ops;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    @Test
    void masksEveryConfiguredSecretWhereverItAppears() {
        Redactor redactor = new Redactor(List.of("k3y-value", "s3cret-value", "https://hooks.example/T0/B1/XyZ"));

        assertThat(redactor.redact("key k3y-value, secret s3cret-value twice: s3cret-value; "
                        + "POST https://hooks.example/T0/B1/XyZ failed"))
                .isEqualTo("key ****, secret **** twice: ****; POST **** failed");
    }

    @Test
    void leavesTextAloneWhenNoSecretIsInItAndIgnoresTooShortValues() {
        Redactor redactor = new Redactor(List.of("ab", " "));

        assertThat(redactor.redact("a table with ab in it")).isEqualTo("a table with ab in it");
        assertThat(redactor.redact(null)).isNull();
    }

    @Test
    void masksTheHrSourcesCredentials() {
        Redactor redactor = new Redactor(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of("sync.source.hibob.token", "hibob-t0ken", "sync.source.bamboohr.api-key", "bamboo-k3y"),
                        "test",
                        100))
                .build());

        assertThat(redactor.redact("token hibob-t0ken, key bamboo-k3y")).isEqualTo("token ****, key ****");
    }
}
