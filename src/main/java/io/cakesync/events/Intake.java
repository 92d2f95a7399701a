package io.cakesync.events;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.cakesync.reconcile.SyncConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * What every receiver does with a delivery: bound its size, verify it, read it, and store it before
 * answering 202, so that an accepted event survives a restart. The same id again is answered 200 and
 * stores nothing. Refusals store nothing either.
 */
@ApplicationScoped
class Intake {
    private static final Logger LOG = Logger.getLogger(Intake.class);
    static final int MAX_BODY = 1024 * 1024;

    private final EventStore store;
    private final EventProcessor processor;
    private final EventsConfig config;
    private final EventClock clock;
    private final String node;

    Intake(EventStore store, EventProcessor processor, EventsConfig config, EventClock clock, SyncConfig sync) {
        this.store = store;
        this.processor = processor;
        this.config = config;
        this.clock = clock;
        this.node = sync.nodeName().orElseGet(Intake::hostAndPid);
    }

    Response accept(Receiver receiver, HttpHeaders headers, InputStream in) {
        try {
            Optional<String> off = receiver.off();
            if (off.isPresent()) {
                throw new Refused(
                        Response.Status.NOT_FOUND, "the " + receiver.source() + " event receiver is off: " + off.get());
            }
            byte[] body = bounded(in);
            if (receiver.isPing(body)) {
                return Response.ok(Map.of("status", "ping")).build();
            }
            receiver.verify(headers, body);
            Received event = receiver.read(headers, body);
            Instant now = clock.now();
            boolean added = store.add(receiver.source(), event, node, now, now.plus(config.coalesce()));
            if (!added) {
                return Response.ok(Map.of("id", event.externalId(), "status", "duplicate"))
                        .build();
            }
            if (event.unreadable() != null) {
                LOG.warnf("%s event %s kept as failed: %s", receiver.source(), event.externalId(), event.unreadable());
            } else {
                processor.wake();
            }
            return Response.accepted(Map.of("id", event.externalId(), "status", "accepted"))
                    .build();
        } catch (Refused e) {
            if (e.status() == Response.Status.UNAUTHORIZED) {
                LOG.warnf("%s event refused: %s", receiver.source(), e.getMessage());
            }
            return problem(e.status(), e.getMessage());
        } catch (QueueUnavailable e) {
            LOG.error(e.getMessage());
            return Response.fromResponse(problem(
                            Response.Status.SERVICE_UNAVAILABLE, "the event could not be stored; send it again"))
                    .header("Retry-After", "30")
                    .build();
        }
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without being held in memory. */
    private static byte[] bounded(InputStream in) {
        try (in) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new Refused(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "the body is over 1 MB (" + MAX_BODY + " bytes); split the event");
            }
            return body;
        } catch (IOException e) {
            throw new Refused(Response.Status.BAD_REQUEST, "the body could not be read: " + e.getMessage());
        }
    }

    private static Response problem(Response.Status status, String detail) {
        return Response.status(status)
                .type("application/problem+json")
                .entity(Map.of(
                        "type",
                        "about:blank",
                        "title",
                        status.getReasonPhrase(),
                        "status",
                        status.getStatusCode(),
                        "detail",
                        detail))
                .build();
    }

    private static String hostAndPid() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid-" + ProcessHandle.current().pid();
        }
    }
}
