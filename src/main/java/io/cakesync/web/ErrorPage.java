package io.cakesync.web;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error on a page, shown inside the layout with the way back to where the person came from. */
@ApplicationScoped
class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    private final Frames frames;
    private final Template error;

    ErrorPage(Frames frames, @Location("error.html") Template error) {
        this.frames = frames;
        this.error = error;
    }

    /** A link back: the list the page belongs to, and the page itself without its filters. */
    public record Way(String href, String label) {}

    Response response(Response.Status status, String detail, String path) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("frame", frame())
                        .data("status", status.getStatusCode())
                        .data("title", status.getReasonPhrase())
                        .data("detail", detail)
                        .data("ways", ways(path))
                        .render())
                .build();
    }

    static List<Way> ways(String path) {
        Way runs = new Way("/", "All runs");
        if (path.startsWith("/runs/")) {
            return List.of(runs);
        }
        if (path.startsWith("/groups")) {
            return List.of(new Way("/groups", "All groups"), runs);
        }
        if (path.startsWith("/people")) {
            return List.of(new Way("/people", "Find a person"), runs);
        }
        if (path.startsWith("/changes")) {
            return List.of(new Way("/changes", "A new audit search"), runs);
        }
        return path.equals("/") ? List.of(new Way("/", "The run list without filters")) : List.of(runs);
    }

    /** The error page must render even when what failed was the database the frame reads. */
    private Frame frame() {
        try {
            Frame now = frames.now();
            return new Frame(now.user(), now.operator(), now.running(), now.held(), false);
        } catch (RuntimeException e) {
            LOG.debug("error page without banners", e);
            return frames.bare();
        }
    }
}
