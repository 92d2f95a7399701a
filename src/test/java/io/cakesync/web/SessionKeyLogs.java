package io.cakesync.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** An application start that logs to a file of its own, for tests that read what it logged. */
final class SessionKeyLogs {
    private SessionKeyLogs() {}

    static Map<String, String> toFile(String name, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(more);
        all.put("quarkus.log.file.enabled", "true");
        all.put("quarkus.log.file.path", "target/" + name);
        all.put("quarkus.log.file.rotation.rotate-on-boot", "true");
        return all;
    }

    /** After a page request, which makes sure the form mechanism holding the key has been built. */
    static String read(String name) throws IOException {
        given().redirects().follow(false).when().get("/login").then().statusCode(200);
        return Files.readString(Path.of("target", name));
    }
}
