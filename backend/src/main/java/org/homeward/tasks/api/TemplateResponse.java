package org.homeward.tasks.api;

import io.micronaut.serde.annotation.Serdeable;
import org.homeward.common.LifeDomain;
import org.homeward.tasks.TaskText;

/** A template with its words in the asked language (the preview) and in the reader's own. */
@Serdeable
public record TemplateResponse(String key, LifeDomain domain, String icon, TaskText preview, TaskText text) {
}
