package org.homeward.help.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.homeward.help.HelpSettingsService;

import java.util.List;

/** Minutes to acknowledge per urgency, the backup caseworker, the on-call staff (user ids). */
@Serdeable
public record HelpSettingsBody(@Nullable Integer nowMinutes, @Nullable Integer todayMinutes,
                               @Nullable Integer thisWeekMinutes, @Nullable String backupCaseworkerId,
                               @Nullable List<String> onCall) {

    static HelpSettingsBody of(HelpSettingsService.HelpSetup setup) {
        return new HelpSettingsBody(setup.settings().nowMinutes(), setup.settings().todayMinutes(),
                setup.settings().thisWeekMinutes(), setup.settings().backupCaseworkerId(), setup.onCall());
    }
}
