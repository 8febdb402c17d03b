package org.homeward.calendar.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.SecretInResponse;
import org.homeward.calendar.CalendarLinkService;
import org.homeward.calendar.NewCalendarLink;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;
import org.homeward.common.ProblemKind;
import org.homeward.people.Callers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The signed-in participant's private calendar link, for a calendar app to subscribe to.
 * Participants only. The answer holds a secret, so it is neither cached nor kept for
 * {@code Idempotency-Key} replays: a retry makes a new link, which revokes the one before.
 */
@Tag(name = "my day")
@Controller("/api/v1/me/calendar-link")
@Secured("PARTICIPANT")
public class MyCalendarLinkController {

    private static final String DETAILED = "detailed";

    private final CalendarLinkService links;
    private final HttpHostResolver hosts;
    private final JsonMapper json;

    public MyCalendarLinkController(CalendarLinkService links, HttpHostResolver hosts, JsonMapper json) {
        this.links = links;
        this.hosts = hosts;
        this.json = json;
    }

    @Operation(summary = "Make a new private calendar link (the one before stops working)",
            description = "The feed shows a neutral title, the time in the appointment's time zone and the place."
                    + " With {\"detailed\": true} it also shows the kind of appointment, what to bring, the"
                    + " interpreter and who comes along. The URL is shown only now; an Idempotency-Key retry"
                    + " makes another link.")
    @ApiResponse(responseCode = "201", description = "The link: url, detailed, createdAt")
    @ApiResponse(responseCode = "400", description = "The body is not valid")
    @ApiResponse(responseCode = "403", description = "Only participants have a calendar link")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarLinkRequest.class)))
    @Post(consumes = MediaType.APPLICATION_JSON)
    @SecretInResponse
    public HttpResponse<CalendarLinkResponse> create(Authentication authentication, HttpRequest<?> request,
                                                     @Nullable @Body byte[] body) {
        boolean detailed = detailed(body);
        NewCalendarLink link = links.create(Callers.of(authentication), detailed);
        return HttpResponse.created(new CalendarLinkResponse(urlOf(link, request), link.detailed(), link.createdAt()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Operation(summary = "Revoke my private calendar link; its feed then answers 404")
    @ApiResponse(responseCode = "204", description = "Revoked (or there was none)")
    @ApiResponse(responseCode = "403", description = "Only participants have a calendar link")
    @Delete
    public HttpResponse<Void> revoke(Authentication authentication) {
        links.revoke(Callers.of(authentication));
        return HttpResponse.noContent();
    }

    /**
     * The body is optional, which Micronaut's binding of a JSON object does not allow (an empty body
     * is "malformed" to it), so it is read here, strictly: only {@code detailed}, and only as true,
     * false or null (the JSON decoder would quietly read "yes" as false).
     */
    private boolean detailed(@Nullable byte[] body) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return false;
        }
        JsonNode tree;
        try {
            tree = json.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException unreadable) {
            throw new DomainException(ProblemKind.INVALID, "problem.malformed");
        }
        if (tree == null || !tree.isObject()) {
            throw new DomainException(ProblemKind.INVALID, "problem.malformed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tree.entries()) {
            if (!DETAILED.equals(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "validation.unknownField"));
            } else if (!field.getValue().isBoolean() && !field.getValue().isNull()) {
                problems.add(new FieldProblem(DETAILED, "validation.wrongType"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ProblemKind.INVALID, "problem.invalid", Map.of(), problems);
        }
        JsonNode detailed = tree.get(DETAILED);
        return detailed != null && detailed.isBoolean() && detailed.getBooleanValue();
    }

    /** Absolute when the request names its host (as forwarded by a proxy, if any), else the path. */
    private String urlOf(NewCalendarLink link, HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || host.isBlank()) {
            return link.path();
        }
        return hosts.resolve(request) + link.path();
    }
}
