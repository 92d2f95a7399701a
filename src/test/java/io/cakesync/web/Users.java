package io.cakesync.web;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The users of the %test profile (application.properties): each password is the name plus "-pw". */
public final class Users {
    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String VERA = "vera";

    private Users() {}

    /** A request sent with HTTP basic auth as {@code user}. */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-pw");
    }

    /** A request of a browser session that signed in as {@code user} through the login form. */
    public static RequestSpecification signedIn(String user) {
        return given().cookies(given().formParam("j_username", user)
                .formParam("j_password", user + "-pw")
                .redirects()
                .follow(false)
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .cookies());
    }

    /** An operator. */
    public static RequestSpecification operator() {
        return as(ALICE);
    }

    /** A viewer. */
    public static RequestSpecification viewer() {
        return as(VERA);
    }
}
