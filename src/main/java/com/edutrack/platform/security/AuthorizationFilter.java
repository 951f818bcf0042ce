package com.edutrack.platform.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import com.edutrack.platform.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@link Allow} and {@link Public} on every resource method, and the CSRF origin check on
 * cookie-authenticated writes. A method with neither annotation is refused for everyone, so a
 * forgotten annotation fails closed.
 */
@Provider
public class AuthorizationFilter implements DynamicFeature {
    private static final Logger LOG = Logger.getLogger(AuthorizationFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        Allow allow = method.getAnnotation(Allow.class) != null ? method.getAnnotation(Allow.class) : type.getAnnotation(Allow.class);
        boolean isPublic = method.isAnnotationPresent(Public.class) || (allow == null && type.isAnnotationPresent(Public.class));
        if (isPublic) {
            return;
        }
        if (allow == null) {
            LOG.warning("No @Allow or @Public on " + type.getName() + "." + method.getName() + ": refused for everyone");
            context.register(new Check(null));
            return;
        }
        Set<Role> roles = allow.value().length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(Arrays.asList(allow.value()));
        context.register(new Check(roles));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        private final Set<Role> roles;

        Check(Set<Role> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            if (!user.isSignedIn()) {
                String blocked = CDI.current().select(BlockedCaller.class).get().reason();
                throw blocked != null ? ApiException.detail(401, blocked) : ApiException.unauthenticated();
            }
            if (roles == null || !roles.contains(user.role())) {
                throw ApiException.forbidden();
            }
            if (user.viaCookie() && !SAFE_METHODS.contains(request.getMethod())) {
                CDI.current().select(OriginCheck.class).get().requireTrustedOrigin(request.getHeaderString("Origin"), request.getHeaderString("Referer"));
            }
        }
    }
}
