package io.cakesync.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTest {

    @Test
    void findsTheMetricsBehindFunctionsLabelsAndRanges() {
        assertThat(PromQl.metrics("sum by (endpoint, status) (rate(cakesync_cakewalk_calls_total{status=\"429\"}"
                        + "[$__rate_interval])) * 60 / max(cakesync_plan_held) > 0.5"))
                .containsExactly("cakesync_cakewalk_calls_total", "cakesync_plan_held");
    }

    @Test
    void findsAMisspelledMetric() {
        assertThat(PromQl.metrics("absent(cakesync_seconds_since_last_success)"))
                .containsExactly("cakesync_seconds_since_last_success");
    }
}
