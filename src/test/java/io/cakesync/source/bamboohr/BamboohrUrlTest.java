package io.cakesync.source.bamboohr;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.cakesync.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BamboohrUrlTest {

    @Test
    void buildsTheCompanysOwnUrlFromTheSubdomain() {
        assertThat(BamboohrUrl.of(BamboohrSettings.of(null, "company", "acme-eu")))
                .isEqualTo(URI.create("https://acme-eu.bamboohr.com"));
    }

    @Test
    void prefersAConfiguredUrlForASandboxOrProxy() {
        assertThat(BamboohrUrl.of(BamboohrSettings.of("http://127.0.0.1:8089/")))
                .isEqualTo(URI.create("http://127.0.0.1:8089"));
    }

    @Test
    void refusesASubdomainThatWouldPointElsewhere() {
        assertThatThrownBy(() -> BamboohrUrl.of(BamboohrSettings.of(null, "company", "evil.example/acme")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sync.source.bamboohr.company 'evil.example/acme' is not a subdomain");
    }

    @Test
    void asksForTheCompanyWhenNeitherIsSet() {
        assertThatThrownBy(() -> BamboohrUrl.of(BamboohrSettings.of(null, "company", "")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(
                        "set sync.source.bamboohr.company (environment variable SYNC_SOURCE_BAMBOOHR_COMPANY)");
    }
}
