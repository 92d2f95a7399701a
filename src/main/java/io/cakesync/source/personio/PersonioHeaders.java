package io.cakesync.source.personio;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.cakesync.source.SourceConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** The integration headers Personio asks for on every request, so its support can find our calls. */
@ApplicationScoped
class PersonioHeaders implements ClientHeadersFactory {
    private final SourceConfig.Personio config;

    PersonioHeaders(SourceConfig config) {
        this.config = config.personio();
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("X-Personio-App-ID", config.appId());
        config.partnerId()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .ifPresent(partner -> headers.putSingle("X-Personio-Partner-ID", partner));
        return headers;
    }
}
