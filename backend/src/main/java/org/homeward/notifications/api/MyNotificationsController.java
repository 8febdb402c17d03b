package org.homeward.notifications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Caller;
import org.homeward.people.Callers;

/** The signed-in person's notifications in full, and how they want to be notified. Anyone, for themselves. */
@Tag(name = "notifications")
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyNotificationsController {

    private final MyNotifications notifications;

    public MyNotificationsController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "My recent notifications, newest first, with read state and the unread count")
    @ApiResponse(responseCode = "200", description = "In my language")
    @Get("/notifications{?limit}")
    public InboxView inbox(Authentication authentication,
                           @Nullable @QueryValue @Min(1) @Max(MyNotifications.INBOX_MAX) Integer limit) {
        Caller me = Callers.of(authentication);
        return new InboxView(notifications.inbox(me, limit == null ? 50 : limit).stream()
                .map(NotificationView::of).toList(), notifications.unread(me));
    }

    @Operation(summary = "Mark a notification read")
    @ApiResponse(responseCode = "200", description = "The notification")
    @ApiResponse(responseCode = "404", description = "No such notification of mine")
    @Post("/notifications/{id}/read")
    public NotificationView markRead(Authentication authentication, @PathVariable String id) {
        return NotificationView.of(notifications.markRead(Callers.of(authentication), id));
    }

    @Operation(summary = "How I am notified: detailed texts on the lock screen or not, quiet hours")
    @ApiResponse(responseCode = "200", description = "Defaults until changed: discreet, quiet 22:00 to 07:00")
    @Get("/notification-preferences")
    public PreferencesView preferences(Authentication authentication) {
        return PreferencesView.of(notifications.preferences(Callers.of(authentication)));
    }

    @Operation(summary = "Change how I am notified; a field left out keeps its value")
    @ApiResponse(responseCode = "200", description = "The preferences now; planned reminders move with new quiet hours")
    @ApiResponse(responseCode = "400", description = "A time not written as HH:mm")
    @Put("/notification-preferences")
    public PreferencesView change(Authentication authentication, @Body PreferencesView request) {
        return PreferencesView.of(notifications.changePreferences(Callers.of(authentication), request.detailed(),
                request.quietFrom(), request.quietUntil()));
    }
}
