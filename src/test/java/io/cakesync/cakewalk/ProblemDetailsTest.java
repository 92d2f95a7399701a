package io.cakesync.cakewalk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsTest {

    @Test
    void readsTheDocumentedMembersAndIgnoresExtensions() {
        ProblemDetails problem = ProblemDetails.parse("""
                {"type":"https://httpstatuses.io/404","title":"Not Found","status":404,
                 "detail":"Users group not found","instance":"/api/v1/UsersGroups/x","traceId":"00-abc-01"}""");

        assertThat(problem)
                .isEqualTo(new ProblemDetails(
                        "https://httpstatuses.io/404", "Not Found", 404, "Users group not found", null));
        assertThat(problem.message()).isEqualTo("Users group not found");
    }

    @Test
    void keepsAspNetValidationErrorsWhenThereIsNoDetail() {
        ProblemDetails problem = ProblemDetails.parse("""
                {"title":"One or more validation errors occurred.","status":400,
                 "errors":{"userIds[0]":["The value 'x' is not valid."]}}""");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.message())
                .isEqualTo(
                        "One or more validation errors occurred. {\"userIds[0]\":[\"The value 'x' is not valid.\"]}");
    }

    @Test
    void usesTheFirst300CharactersOfANonJsonBody() {
        String html = "<html><body>" + "Bad gateway ".repeat(60) + "</body></html>";

        ProblemDetails problem = ProblemDetails.parse(html);

        assertThat(problem.detail()).hasSize(300).isEqualTo(html.substring(0, 300));
        assertThat(problem.status()).isNull();
    }

    @Test
    void treatsJsonThatIsNotAnObjectAsText() {
        assertThat(ProblemDetails.parse("[\"nope\"]").detail()).isEqualTo("[\"nope\"]");
        assertThat(ProblemDetails.parse("\"just a string\"").detail()).isEqualTo("\"just a string\"");
    }

    @Test
    void toleratesAnEmptyBodyAndOddTypes() {
        assertThat(ProblemDetails.parse("").message()).isNull();
        assertThat(ProblemDetails.parse(null).message()).isNull();
        ProblemDetails odd = ProblemDetails.parse("{\"status\":\"teapot\",\"detail\":null,\"title\":42}");
        assertThat(odd.status()).isNull();
        assertThat(odd.message()).isEqualTo("42");
    }
}
