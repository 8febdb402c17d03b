package org.homeward.portal.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Does for Vaadin what a servlet container does for a war: finds the classes Vaadin's own
 * initializers ask for ({@code @HandlesTypes}), runs those initializers, and registers the portal's
 * servlet at {@code /*}. Micronaut's servlet registers every {@link ServletContainerInitializer}
 * bean with its Tomcat, which is how this one runs.
 */
@Singleton
public class VaadinBridge implements ServletContainerInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinBridge.class);
    private static final String[] SCANNED_PACKAGES = {"com.vaadin", "org.homeward"};

    private final ApplicationContext context;

    public VaadinBridge(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        // A jar built with the `production` Maven profile carries Vaadin's production bundle and
        // says so in its build info; otherwise Vaadin runs in dev mode on its pre-compiled dev bundle.
        context.getProperty("homeward.portal.production-mode", Boolean.class).ifPresent(production ->
                servletContext.setInitParameter("productionMode", String.valueOf(production)));
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES).scan()) {
            for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
                if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                    initializer.onStartup(handledTypes(initializer, scan), servletContext);
                }
            }
        }
        serveSwaggerUiFromMicronaut(servletContext);
        ServletRegistration.Dynamic registration = servletContext.addServlet("homeward-portal",
                new HomewardServlet(context));
        registration.addMapping("/*");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        LOG.info("Portal servlet registered at /");
    }

    /**
     * Swagger UI (dev mode only) loads its files from {@code /swagger-ui/...}, outside {@code /api};
     * that one path goes to Micronaut's servlet instead of the portal's.
     */
    private void serveSwaggerUiFromMicronaut(ServletContext servletContext) {
        boolean swaggerUi = context.getProperty("micronaut.router.static-resources.swagger-ui.enabled", Boolean.class)
                .orElse(false);
        ServletRegistration micronaut = servletContext.getServletRegistration("micronaut");
        if (swaggerUi && micronaut != null) {
            micronaut.addMapping("/swagger-ui/*");
        }
    }

    private static Set<Class<?>> handledTypes(ServletContainerInitializer initializer, ScanResult scan) {
        Set<Class<?>> classes = new HashSet<>();
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        if (handles == null) {
            return classes;
        }
        for (Class<?> type : handles.value()) {
            ClassInfoList found;
            if (type.isAnnotation()) {
                found = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                found = scan.getClassesImplementing(type.getName());
            } else {
                found = scan.getSubclasses(type.getName());
            }
            for (Class<?> candidate : found.loadClasses(true)) {
                if (candidate != null) {
                    classes.add(candidate);
                }
            }
        }
        return classes;
    }
}
