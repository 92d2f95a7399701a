package io.cakesync.cakewalk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextCursorTest {

    @Test
    void takesTheCursorFromRelativeAbsoluteAndInternalLinks() {
        assertThat(NextCursor.from("/api/v1/Users?cursor=abc")).contains("abc");
        assertThat(NextCursor.from("https://open-api.getcakewalk.io/api/v1/Users?cursor=abc"))
                .contains("abc");
        assertThat(NextCursor.from("/api/v1/OpenApiBFF/Users?cursor=cGFnZU51bWJlcj0xJnBhZ2VTaXplPTEwMA=="))
                .contains("cGFnZU51bWJlcj0xJnBhZ2VTaXplPTEwMA==");
    }

    @Test
    void acceptsBothParameterSpellings() {
        assertThat(NextCursor.from("https://x/api/v1/Users?page[cursor]=ghijkl"))
                .contains("ghijkl");
        assertThat(NextCursor.from("https://x/api/v1/Users?page%5Bcursor%5D=ghijkl"))
                .contains("ghijkl");
    }

    @Test
    void keepsTheCursorVerbatimAmongOtherParameters() {
        assertThat(NextCursor.from("/api/v1/Users?size=100&cursor=a%2Bb%3D%3D&x=1#top"))
                .contains("a%2Bb%3D%3D");
        assertThat(NextCursor.from("/api/v1/Users?cursorx=1&cursor=real")).contains("real");
    }

    @Test
    void endsOnANullOrBlankLink() {
        assertThat(NextCursor.from(null)).isEmpty();
        assertThat(NextCursor.from("")).isEmpty();
        assertThat(NextCursor.from("  ")).isEmpty();
    }

    @Test
    void refusesALinkWithoutACursor() {
        assertThatThrownBy(() -> NextCursor.from("/api/v1/Users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cursor");
        assertThatThrownBy(() -> NextCursor.from("/api/v1/Users?cursor=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NextCursor.from("/api/v1/Users?page=2")).isInstanceOf(IllegalArgumentException.class);
    }
}
