package org.jjjpark.http.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds HTTP endpoints that do not declare who may call them. Services run it in a test over their resource
 * classes, so a new endpoint without an access rule fails the build (deny by default is also configured,
 * this makes the rule visible in code review).
 */
public final class EndpointAccessRules {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);
    private static final Set<Class<? extends Annotation>> ACCESS_RULES =
            Set.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

    private EndpointAccessRules() {
    }

    /** {@code Class.method} of every endpoint in {@code resources} with no access rule on it or its class. */
    public static List<String> undeclared(List<Class<?>> resources) {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : resources) {
            if (!resource.isAnnotationPresent(Path.class)) {
                missing.add(resource.getSimpleName() + " is not a resource");
                continue;
            }
            boolean classRule = ACCESS_RULES.stream().anyMatch(resource::isAnnotationPresent);
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
                boolean methodRule = ACCESS_RULES.stream().anyMatch(method::isAnnotationPresent);
                if (endpoint && !methodRule && !classRule) {
                    missing.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        return missing;
    }
}
