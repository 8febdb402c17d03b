package org.homeward.contacts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.homeward.api.Page;
import org.homeward.contacts.HotlineService;
import org.homeward.contacts.HotlineView;
import org.homeward.people.Callers;

/** The organisation's hotlines, offered to every participant as crisis contacts. Organisation admins only. */
@Tag(name = "crisis contacts")
@Controller("/api/v1/organisation/hotlines")
@Secured("ORG_ADMIN")
public class HotlinesController {

    private final HotlineService hotlines;

    public HotlinesController(HotlineService hotlines) {
        this.hotlines = hotlines;
    }

    @Operation(summary = "The organisation's hotlines, in the order participants see them")
    @ApiResponse(responseCode = "200", description = "Hotlines")
    @Get("{?limit,cursor}")
    public Page<HotlineView> list(Authentication authentication,
                                  @Nullable @QueryValue @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
                                  @Nullable @QueryValue String cursor) {
        return Page.of(hotlines.hotlines(Callers.of(authentication)), limit, cursor);
    }

    @Operation(summary = "Add a hotline", description = "At most 50 per organisation.")
    @ApiResponse(responseCode = "201", description = "The stored hotline")
    @ApiResponse(responseCode = "400", description = "Name or phone missing, a number that cannot be dialled, "
            + "a language Homeward does not know, a text too long, a position out of 1 to 999")
    @ApiResponse(responseCode = "409", description = "The organisation already has 50 hotlines")
    @Post
    public HttpResponse<HotlineView> add(Authentication authentication, @Body HotlineRequest request) {
        return HttpResponse.created(hotlines.add(Callers.of(authentication), request.toCommand()));
    }

    @Operation(summary = "Change a hotline (every field; a position left out keeps its place)")
    @ApiResponse(responseCode = "200", description = "The hotline as stored")
    @ApiResponse(responseCode = "400", description = "As for adding")
    @ApiResponse(responseCode = "404", description = "No such hotline in this organisation")
    @Put("/{id}")
    public HotlineView change(Authentication authentication, @PathVariable String id,
                              @Body HotlineRequest request) {
        return hotlines.change(Callers.of(authentication), id, request.toCommand());
    }

    @Operation(summary = "Remove a hotline")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such hotline in this organisation")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(Authentication authentication, @PathVariable String id) {
        hotlines.remove(Callers.of(authentication), id);
    }
}
