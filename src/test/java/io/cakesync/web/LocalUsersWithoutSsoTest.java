package io.cakesync.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.testing.PostgresResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

/** With no issuer configured, single sign-on is off: local users sign in as before and tokens count for nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LocalUsersWithoutSsoTest {

    @Test
    void localUsersSignInWithBasicAuthAndTheLoginForm() {
        Users.viewer().get("/api/runs").then().statusCode(200);
        Users.signedIn(Users.ALICE).get("/").then().statusCode(200);
    }

    @Test
    void pagesSendStrangersToTheLoginFormAndTheApiAnswers401() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", endsWith("/login"));
        given().get("/api/runs").then().statusCode(401);
    }

    @Test
    void refusesBearerTokens() {
        String token = OidcIssuer.token(
                "https://idp.example/realms/acme",
                OidcIssuer.rsa(),
                "olivia",
                List.of("it-admins", "cakesync-operator"));

        given().auth().oauth2(token).get("/api/runs").then().statusCode(401);
    }
}
