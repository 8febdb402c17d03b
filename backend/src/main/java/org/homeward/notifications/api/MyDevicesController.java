package org.homeward.notifications.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.Page;
import org.homeward.common.TokenClaims;
import org.homeward.notifications.MyNotifications;
import org.homeward.people.Callers;


/**
 * The devices that receive the signed-in person's notifications. Anyone signed in, for themselves
 * only; a device of someone else is "not found". Signing out removes the device registered under
 * that sign-in.
 */
@Tag(name = "notifications")
@Controller("/api/v1/me/devices")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyDevicesController {

    private final MyNotifications notifications;

    public MyDevicesController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "Register this device's FCM token (the same token again updates it)")
    @ApiResponse(responseCode = "201", description = "The device")
    @ApiResponse(responseCode = "400", description = "Token or platform missing, too long, or language not supported")
    @Post
    public HttpResponse<DeviceView> register(Authentication authentication, @Body DeviceRequest request) {
        Object session = authentication.getAttributes().get(TokenClaims.SESSION);
        return HttpResponse.created(DeviceView.of(notifications.register(Callers.of(authentication),
                session == null ? null : session.toString(), request.token(), request.platform(),
                request.appVersion(), request.language())));
    }

    @Operation(summary = "My devices")
    @ApiResponse(responseCode = "200", description = "Devices, oldest first")
    @Get
    public Page<DeviceView> list(Authentication authentication) {
        return Page.of(notifications.devices(Callers.of(authentication)).stream().map(DeviceView::of).toList(),
                Page.MAX_LIMIT, null);
    }

    @Operation(summary = "Stop notifications to a device")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such device of mine")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(Authentication authentication, @PathVariable String id) {
        notifications.removeDevice(Callers.of(authentication), id);
    }

    @Operation(summary = "Send myself a test notification on this device")
    @ApiResponse(responseCode = "202", description = "Queued; it arrives within seconds")
    @ApiResponse(responseCode = "404", description = "No such device of mine")
    @Post("/{id}/test")
    public HttpResponse<NotificationView> test(Authentication authentication, @PathVariable String id) {
        return HttpResponse.accepted().body(NotificationView.of(notifications.test(Callers.of(authentication), id)));
    }
}
