package io.cakesync.web;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The sign-in page of the form login (Quarkus checks the form itself) and signing out. */
@Path("/")
public class LoginResource {
    /** Quarkus OIDC's session cookie of the default tenant. */
    private static final String SSO_SESSION_COOKIE = "q_session";

    private final Template login;
    private final String cookie;

    LoginResource(
            @Location("login.html") Template login,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookie) {
        this.login = login;
        this.cookie = cookie;
    }

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error) {
        return login.data("error", error != null);
    }

    /**
     * Sessions live in encrypted cookies only (the login form's, or the single sign-on one), so signing out
     * is forgetting them; the identity provider's own session is the provider's.
     */
    @POST
    @Path("logout")
    @RolesAllowed(Roles.VIEWER)
    public Response logout() {
        return Response.seeOther(URI.create("/login"))
                .cookie(expired(cookie), expired(SSO_SESSION_COOKIE))
                .build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").build();
    }
}
