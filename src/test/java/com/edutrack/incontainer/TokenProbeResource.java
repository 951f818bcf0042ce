package com.edutrack.incontainer;

import java.util.Set;

import com.edutrack.platform.security.Allow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.Claim;
import org.eclipse.microprofile.jwt.ClaimValue;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Test-only route of the deployment: what MicroProfile JWT injection hands a resource (request
 * scoped) and an application-scoped bean (through {@code ClaimValue}) for the caller's token.
 */
@Path("/it-probe/token")
@RequestScoped
@Allow
public class TokenProbeResource {
    @Inject
    JsonWebToken jwt;
    @Inject
    @Claim(standard = Claims.upn)
    String upn;
    @Inject
    @Claim(standard = Claims.groups)
    Set<String> groups;
    @Inject
    @Claim("uid")
    long uid;
    @Inject
    @Claim("uid")
    JsonNumber uidJson;
    @Inject
    @Claim(standard = Claims.exp)
    Long exp;
    @Inject
    LongLived longLived;

    /** An application-scoped bean sees each request's caller through ClaimValue. */
    @ApplicationScoped
    public static class LongLived {
        @Inject
        @Claim("upn")
        ClaimValue<String> upn;

        /** Read through a method: callers hold a client proxy, whose fields are not the bean's. */
        public String upn() {
            return upn.getValue();
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return Json.createObjectBuilder()
                .add("name", jwt.getName())
                .add("raw", jwt.getRawToken())
                .add("issuer", jwt.getIssuer())
                .add("upn", upn)
                .add("groups", Json.createArrayBuilder(groups))
                .add("uid", uid)
                .add("uid_json", uidJson.longValue())
                .add("exp_matches", exp == jwt.getExpirationTime())
                .add("long_lived_upn", longLived.upn())
                .build().toString();
    }
}
