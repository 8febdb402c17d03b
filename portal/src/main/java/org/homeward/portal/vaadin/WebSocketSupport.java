package org.homeward.portal.vaadin;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import org.apache.tomcat.websocket.server.WsSci;

/** Registers Tomcat's JSR-356 WebSocket container, which Vaadin's server push needs. */
@Factory
public class WebSocketSupport {

    @Singleton
    ServletContainerInitializer webSocketContainer() {
        return new WsSci();
    }
}
