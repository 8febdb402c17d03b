package org.homeward.portal.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The embedded Tomcat starts with no MIME types, and browsers refuse the portal's JavaScript when
 * it arrives without one; this adds Tomcat's usual mappings.
 */
@Singleton
public class TomcatSetup implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
            }
        }
        return tomcat;
    }
}
