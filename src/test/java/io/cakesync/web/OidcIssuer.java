package io.cakesync.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local OpenID Connect provider on WireMock: discovery, the signing key (JWKS) and an authorization
 * endpoint that signs the browser straight back in with a code; tests stub the token endpoint per code.
 * The server and the signing key reach the test through {@link Inject} fields (the test may live in
 * another class loader than this resource).
 */
public class OidcIssuer implements QuarkusTestResourceLifecycleManager {
    static final String REALM = "/realms/acme";
    static final String CLIENT_ID = "cakesync";
    static final String CLIENT_SECRET = "a-client-secret-of-at-least-32-characters";
    static final String KEY_ID = "test-key";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {}

    private WireMockServer server;
    private KeyPair keys;

    @Override
    public Map<String, String> start() {
        keys = rsa();
        server = new WireMockServer(options().dynamicPort().templatingEnabled(true));
        server.start();
        String issuer = server.baseUrl() + REALM;
        server.stubFor(
                get(urlEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer))));
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        server.stubFor(get(urlEqualTo(REALM + "/jwks")).willReturn(okJson("""
                {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "%s", "n": "%s", "e": "%s"}]}""".formatted(
                        KEY_ID,
                        base64(key.getModulus().toByteArray()),
                        base64(key.getPublicExponent().toByteArray())))));
        // The user "signs in" at once: back to cakesync with the code the test stubbed and cakesync's state.
        server.stubFor(get(urlPathEqualTo(REALM + "/auth"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader(
                                "Location",
                                "{{request.query.redirect_uri}}?code={{request.query.login_hint}}"
                                        + "&state={{request.query.state}}")
                        .withTransformers("response-template")));
        return Map.of(
                "quarkus.oidc.auth-server-url",
                issuer,
                "quarkus.oidc.client-id",
                CLIENT_ID,
                "quarkus.oidc.credentials.secret",
                CLIENT_SECRET);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
        injector.injectIntoFields(keys, new TestInjector.AnnotatedAndMatchesType(Inject.class, KeyPair.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A token of this issuer for cakesync, signed with its key, for a user with the given groups. */
    static String token(WireMockServer server, KeyPair keys, String user, List<String> groups) {
        return token(server.baseUrl() + REALM, keys, user, groups);
    }

    static String token(String issuer, KeyPair keys, String user, List<String> groups) {
        return Jwt.issuer(issuer)
                .audience(CLIENT_ID)
                .subject(user + "-id")
                .claim("preferred_username", user)
                .claim("groups", groups)
                .expiresIn(300)
                .jws()
                .keyId(KEY_ID)
                .sign(keys.getPrivate());
    }

    private static String base64(byte[] unsigned) {
        byte[] bytes = unsigned[0] == 0 ? Arrays.copyOfRange(unsigned, 1, unsigned.length) : unsigned;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
