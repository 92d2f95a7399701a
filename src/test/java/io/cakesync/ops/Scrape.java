package io.cakesync.ops;

import java.util.Arrays;

import static io.restassured.RestAssured.given;

/** One read of /q/metrics, summed per metric name and label set. */
record Scrape(String text) {

    static Scrape now() {
        return new Scrape(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum over every series of {@code name} carrying all the given {@code label="value"} pairs. */
    double value(String name, String... labels) {
        return text.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    boolean has(String name) {
        return text.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "));
    }
}
