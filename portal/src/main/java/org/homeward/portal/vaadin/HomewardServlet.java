package org.homeward.portal.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** The portal's servlet, mapped to {@code /*} beside Micronaut's own servlet on {@code /api/*}. */
public class HomewardServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    public HomewardServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        HomewardServletService service = new HomewardServletService(this, configuration, context);
        service.init();
        return service;
    }
}
