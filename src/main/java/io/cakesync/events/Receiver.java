package io.cakesync.events;

import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;

/** One way HR events come in: a sender's format and signature scheme. */
interface Receiver {

    /** The name events of this receiver are stored under, and its path: {@code POST /events/<source>}. */
    String source();

    /** Empty when the receiver is on; otherwise which setting turns it on. */
    Optional<String> off();

    /** A delivery that only tests the connection: answered at once, nothing stored. */
    default boolean isPing(byte[] body) {
        return false;
    }

    /** Refuses (401) a delivery the sender did not sign, or signed too long ago. */
    void verify(HttpHeaders headers, byte[] body);

    /** The event a verified delivery carries; refuses (400) a body that cannot be read. */
    Received read(HttpHeaders headers, byte[] body);
}
