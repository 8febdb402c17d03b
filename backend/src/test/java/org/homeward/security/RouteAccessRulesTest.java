package org.homeward.security;

import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.MethodExecutionHandle;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint states its access rule in code: each route of ours carries {@code @Secured}, on
 * the method or on its controller. A route without one would fall back to whatever the defaults
 * happen to be, which is not a decision anyone made.
 */
@MicronautTest(startApplication = false)
class RouteAccessRulesTest {

    private static final String OUR_PACKAGE = "org.homeward.";
    private static final int AT_LEAST = 10;

    @Inject
    Router router;

    @Inject
    BeanContext beanContext;

    @Test
    void everyRouteOfOursDeclaresItsAccessRule() {
        List<UriRouteInfo<?, ?>> ours = router.uriRoutes()
                .filter(route -> route.getDeclaringType().getName().startsWith(OUR_PACKAGE))
                .toList();

        List<String> unsecured = ours.stream()
                .filter(route -> !declaresSecured(route))
                .map(RouteAccessRulesTest::describe)
                .distinct()
                .sorted()
                .toList();

        assertTrue(ours.size() >= AT_LEAST,
                "expected at least " + AT_LEAST + " routes of ours, found " + ours.size() + ": "
                        + ours.stream().map(RouteAccessRulesTest::describe).toList());
        assertTrue(ours.stream().anyMatch(route -> route.getUriMatchTemplate().toString().equals("/api/v1/auth/login")),
                "the routes seen include POST /api/v1/auth/login");
        assertTrue(unsecured.isEmpty(), "routes without @Secured on the method or its class:\n  "
                + String.join("\n  ", unsecured));
    }

    private boolean declaresSecured(UriRouteInfo<?, ?> route) {
        MethodExecutionHandle<?, ?> target = route.getTargetMethod();
        if (target.getExecutableMethod().getAnnotationMetadata().hasDeclaredAnnotation(Secured.class)) {
            return true;
        }
        // The route's declaring type may be the generated proxy; the method knows the controller itself.
        for (Class<?> type : List.of(target.getExecutableMethod().getDeclaringType(), route.getDeclaringType())) {
            Optional<? extends BeanDefinition<?>> controller = beanContext.findBeanDefinition(type);
            if (controller.map(definition -> definition.getAnnotationMetadata().hasDeclaredAnnotation(Secured.class))
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        MethodExecutionHandle<?, ?> target = route.getTargetMethod();
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate() + " -> "
                + target.getExecutableMethod().getDeclaringType().getSimpleName() + "#" + target.getMethodName();
    }
}
