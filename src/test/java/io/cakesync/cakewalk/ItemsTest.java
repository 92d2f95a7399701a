package io.cakesync.cakewalk;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsAUserAndIgnoresUnknownFields() throws Exception {
        assertThat(Items.user(json("""
                {"id":"u1","name":"Alice","email":"Alice@X.io","statusId":2,"statusName":"Offboarding","roleName":"User"}"""))).isEqualTo(new CakewalkUser("u1", "Alice", "Alice@X.io", "Offboarding"));
    }

    @Test
    void namesTheStatusFromTheDocumentedIdsOnly() throws Exception {
        assertThat(Items.user(json("{\"id\":\"u1\",\"statusId\":1}")).statusName())
                .isEqualTo("Active");
        assertThat(Items.user(json("{\"id\":\"u1\",\"statusId\":2}")).statusName())
                .isEqualTo("Invited");
        assertThat(Items.user(json("{\"id\":\"u1\",\"statusId\":7}")).statusName())
                .isNull();
        assertThat(Items.user(json("{\"id\":\"u1\"}")).statusName()).isNull();
    }

    @Test
    void acceptsUserIdForMembers() throws Exception {
        assertThat(Items.user(json("{\"userId\":\"u9\",\"email\":\"a@b\"}")).id())
                .isEqualTo("u9");
    }

    @Test
    void refusesAnItemWithoutAnId() {
        assertThatThrownBy(() -> Items.user(json("{\"email\":\"a@b\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no id or userId");
        assertThatThrownBy(() -> Items.group(json("{\"name\":\"Sales\"}"), List.of("Cakewalk")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marksGroupsFromForeignSourcesOrFlaggedAsReadOnly() throws Exception {
        List<String> writable = List.of("Cakewalk");
        assertThat(Items.group(json("{\"id\":\"g\",\"name\":\"A\",\"syncSource\":\"Cakewalk\"}"), writable)
                        .readOnly())
                .isFalse();
        assertThat(Items.group(json("{\"id\":\"g\",\"source\":\"cakewalk \"}"), writable)
                        .readOnly())
                .isFalse();
        assertThat(Items.group(json("{\"id\":\"g\"}"), writable).readOnly()).isFalse();
        assertThat(Items.group(json("{\"id\":\"g\",\"syncSource\":\"\"}"), writable)
                        .readOnly())
                .isFalse();
        assertThat(Items.group(json("{\"id\":\"g\",\"syncSource\":\"Okta\"}"), writable))
                .isEqualTo(new CakewalkGroup("g", null, "Okta", true));
        assertThat(Items.group(json("{\"id\":\"g\",\"integrationSource\":\"Workday\"}"), writable)
                        .readOnly())
                .isTrue();
        assertThat(Items.group(json("{\"id\":\"g\",\"syncSource\":\"Cakewalk\",\"isReadOnly\":true}"), writable)
                        .readOnly())
                .isTrue();
        assertThat(Items.group(json("{\"id\":\"g\",\"readOnly\":true}"), writable)
                        .readOnly())
                .isTrue();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
