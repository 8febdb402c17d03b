package org.homeward.portal.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.portal.security.QuickExit;

import java.io.IOException;

/** The portal's servlet, mapped to {@code /*} beside Micronaut's own servlet on {@code /api/*}. */
public class HomewardServlet extends VaadinServlet {

    private final transient ApplicationContext context;
    private final transient QuickExit quickExit;

    public HomewardServlet(ApplicationContext context) {
        this.context = context;
        this.quickExit = new QuickExit(context.getProperty("homeward.portal.quick-exit-url", String.class)
                .orElse(QuickExit.DEFAULT_NEUTRAL_SITE));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!quickExit.handle(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        HomewardServletService service = new HomewardServletService(this, configuration, context);
        service.init();
        return service;
    }
}
