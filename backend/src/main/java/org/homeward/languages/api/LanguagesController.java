package org.homeward.languages.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.homeward.api.Page;
import org.homeward.i18n.Languages;

/** The languages Homeward speaks, for the phone app's language picker. Public: it is needed before sign-in. */
@Tag(name = "languages")
@Controller("/api/v1/languages")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LanguagesController {

    private final Languages languages;

    public LanguagesController(Languages languages) {
        this.languages = languages;
    }

    @Operation(summary = "Supported languages with their own names and text direction")
    @ApiResponse(responseCode = "200", description = "All supported languages, English first")
    @Get
    public Page<LanguageResponse> list() {
        return new Page<>(languages.supported().stream().map(LanguageResponse::of).toList(), null);
    }
}
