package io.cakesync.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The users of the %test profile (application.properties): each password is the name plus "-pw". */
public final class Users {
    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String VERA = "vera";

    private Users() {
    }

    /** A request sent with HTTP basic auth as {@code user}. */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-pw");
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
