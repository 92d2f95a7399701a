package io.cakesync.cakewalk;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** Puts the key pair on every request; Cakewalk has no other authentication. */
@ApplicationScoped
class CakewalkHeaders implements ClientHeadersFactory {
    private final CakewalkConfig config;

    CakewalkHeaders(CakewalkConfig config) {
        this.config = config;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        Credentials credentials = Credentials.from(config);
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("X-API-KEY", credentials.apiKey());
        headers.putSingle("X-API-SECRET", credentials.apiSecret());
        return headers;
    }
}
