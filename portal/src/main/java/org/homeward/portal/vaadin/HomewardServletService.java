package org.homeward.portal.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

import java.net.URL;

/**
 * Vaadin's service, with views created by Micronaut, and static resources that live in jars under
 * {@code META-INF/resources} found through the class loader (the embedded Tomcat does not serve them).
 */
public class HomewardServletService extends VaadinServletService {

    private final ApplicationContext context;

    public HomewardServletService(VaadinServlet servlet, DeploymentConfiguration configuration,
                                  ApplicationContext context) {
        super(servlet, configuration);
        this.context = context;
    }

    @Override
    protected Instantiator createInstantiator() {
        return new MicronautInstantiator(this, context);
    }

    @Override
    public URL getStaticResource(String path) {
        URL resource = super.getStaticResource(path);
        return resource != null ? resource : fromJars(path);
    }

    @Override
    public URL getResource(String path) {
        URL resource = super.getResource(path);
        return resource != null ? resource : fromJars(path);
    }

    private URL fromJars(String path) {
        if (path == null || path.contains("..")) {
            return null;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return getClassLoader().getResource("META-INF/resources/" + relative);
    }
}
