package org.homeward.tasks;

import org.homeward.common.LifeDomain;

/** An entry of the template catalogue; its words live in the {@code tasks} bundle under {@code template.<key>}. */
public record TaskTemplate(String key, LifeDomain domain) {
}
