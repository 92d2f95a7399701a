package io.cakesync.notify;

/** One way of telling people. {@link #send} throws when delivery failed, so it can be retried. */
interface Channel {

    /** For logs: the kind and the host, never a URL's path or token. */
    String name();

    void send(Alert alert) throws Exception;
}
