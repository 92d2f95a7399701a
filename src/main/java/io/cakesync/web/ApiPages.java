package io.cakesync.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON API described for a signed-in admin: its endpoints as a page, and the OpenAPI document
 * itself, both on the page session. API clients read the same document at {@code /q/openapi}.
 */
@Path("/api-docs")
@RolesAllowed(Roles.VIEWER)
public class ApiPages {
    /** The name smallrye-openapi gives the document it builds from the application. */
    private static final String DEFAULT_DOCUMENT = "<default>";

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final OpenApiDocumentService documents;
    private final ObjectMapper json;
    private final Frames frames;
    private final Template api;

    ApiPages(OpenApiDocumentService documents, ObjectMapper json, Frames frames, @Location("api.html") Template api) {
        this.documents = documents;
        this.json = json;
        this.frames = frames;
        this.api = api;
    }

    /** One operation: {@code roles} from its security requirement, {@code parameters} by name. */
    public record Endpoint(String method, String path, String summary, String parameters, String roles) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return api.data("frame", frames.now()).data("endpoints", endpoints(document()));
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openapi() {
        return Response.ok(documents.getDocument(DEFAULT_DOCUMENT, Format.JSON)).build();
    }

    private JsonNode document() {
        try {
            return json.readTree(documents.getDocument(DEFAULT_DOCUMENT, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document", e);
        }
    }

    static List<Endpoint> endpoints(JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (!op.isMissingNode()) {
                    endpoints.add(
                            new Endpoint(method.toUpperCase(), path.getKey(), summary(op), parameters(op), roles(op)));
                }
            }
        }
        return endpoints;
    }

    private static String summary(JsonNode op) {
        return op.hasNonNull("summary")
                ? op.get("summary").asText()
                : op.path("description").asText("");
    }

    private static String parameters(JsonNode op) {
        List<String> names = new ArrayList<>();
        op.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        if (op.has("requestBody")) {
            names.add("JSON body");
        }
        return String.join(", ", names);
    }

    private static String roles(JsonNode op) {
        List<String> roles = new ArrayList<>();
        op.path("security")
                .forEach(requirement -> requirement
                        .properties()
                        .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return String.join(", ", roles);
    }
}
