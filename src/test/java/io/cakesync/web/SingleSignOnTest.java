package io.cakesync.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a local OpenID Connect provider, switched on by nothing but the issuer, client
 * id and secret (from {@link OidcIssuer}) and the claim values: the pages sign in with the code flow, the
 * API takes the provider's bearer tokens, roles come from the {@code groups} claim.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.GroupsOfAcme.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = OidcIssuer.class, restrictToAnnotatedClass = true)
class SingleSignOnTest {
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public static class GroupsOfAcme implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("auth.oidc.viewer-values", "it-readers", "auth.oidc.operator-values", "it-admins");
        }
    }

    @OidcIssuer.Inject
    WireMockServer issuer;

    @OidcIssuer.Inject
    KeyPair keys;

    @TestHTTPResource("/")
    URL root;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void signsInThroughTheIdentityProviderAndMapsTheOperatorGroup() throws Exception {
        HttpResponse<String> page = signIn("olivia", List.of("staff", "it-admins"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("olivia <span class=\"muted\">(operator)</span>");
    }

    @Test
    void mapsTheViewerGroupToTheViewerRole() throws Exception {
        HttpResponse<String> page = signIn("victor", List.of("it-readers"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("victor <span class=\"muted\">(viewer)</span>");
    }

    @Test
    void refusesASignedInUserWithoutACakesyncGroup() throws Exception {
        HttpResponse<String> page = signIn("nora", List.of("sales", "operator"));

        assertThat(page.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSingleSignOnSession() throws Exception {
        HttpResponse<String> page = signIn("olivia", List.of("it-admins"));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> out = send(HttpRequest.newBuilder(root.toURI().resolve("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + csrf.group(1))));

        assertThat(out.statusCode()).isEqualTo(303);
        HttpResponse<String> again = send(HttpRequest.newBuilder(root.toURI()).GET());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).get().asString().startsWith(issuer.baseUrl());
    }

    @Test
    void acceptsTheProvidersBearerTokensWithRolesFromTheClaim() {
        String viewer = OidcIssuer.token(issuer, keys, "victor", List.of("it-readers"));
        String operator = OidcIssuer.token(issuer, keys, "olivia", List.of("it-admins"));

        given().auth().oauth2(viewer).get("/api/runs").then().statusCode(200);
        given().auth()
                .oauth2(viewer)
                .contentType("application/json")
                .body("{\"comment\": \"no\"}")
                .post("/api/runs/999999/reject")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(operator)
                .contentType("application/json")
                .body("{\"comment\": \"no\"}")
                .post("/api/runs/999999/reject")
                .then()
                .statusCode(409);
    }

    @Test
    void refusesATokenWithoutTheRoleOrFromAnotherIssuer() {
        given().auth()
                .oauth2(OidcIssuer.token(issuer, keys, "nora", List.of("sales", "viewer")))
                .get("/api/runs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(OidcIssuer.token(issuer, OidcIssuer.rsa(), "mallory", List.of("it-admins")))
                .get("/api/runs")
                .then()
                .statusCode(401);
        given().get("/api/runs").then().statusCode(401);
    }

    @Test
    void localUsersKeepBasicAuthOnTheApi() {
        Users.viewer().get("/api/runs").then().statusCode(200);
    }

    /** A browser that opens the admin UI, is sent to the provider, signs in there as {@code user} and comes back. */
    private HttpResponse<String> signIn(String user, List<String> groups) throws Exception {
        String token = OidcIssuer.token(issuer, keys, user, groups);
        issuer.stubFor(post(urlEqualTo(OidcIssuer.REALM + "/token"))
                .withRequestBody(containing("code=" + user))
                .willReturn(okJson("{\"access_token\": \"" + token + "\", \"id_token\": \"" + token
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        HttpResponse<String> toProvider =
                send(HttpRequest.newBuilder(root.toURI()).GET());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize)
                .startsWith(issuer.baseUrl() + OidcIssuer.REALM + "/auth")
                .contains("client_id=" + OidcIssuer.CLIENT_ID);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(authorize + "&login_hint=" + user))
                .GET());
        for (int hops = 0; response.statusCode() == 302 && hops < 5; hops++) {
            response = send(HttpRequest.newBuilder(response.uri()
                            .resolve(response.headers().firstValue("Location").orElseThrow()))
                    .GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
