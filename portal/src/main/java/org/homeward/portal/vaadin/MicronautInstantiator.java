package org.homeward.portal.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Lets Vaadin create views, layouts and the i18n provider as Micronaut beans, so they receive the
 * backend's services by constructor injection. Anything Micronaut does not know falls back to
 * Vaadin's default instantiation.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.findBeanDefinition(type).isPresent()) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return getOrCreate(componentClass);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
