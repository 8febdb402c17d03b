package org.homeward.auth.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.homeward.auth.ActivationService;
import org.homeward.auth.SignInService;
import org.homeward.auth.TokenService;
import org.homeward.common.DomainException;
import org.homeward.common.ProblemKind;

/** Sign-in for the phone app: tokens by password, by refresh token, or by activating an invitation. */
@Tag(name = "auth")
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
public class AuthController {

    private final SignInService signIn;
    private final TokenService tokens;
    private final ActivationService activation;

    public AuthController(SignInService signIn, TokenService tokens, ActivationService activation) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.activation = activation;
    }

    @Operation(summary = "Sign in with username and password")
    @ApiResponse(responseCode = "200", description = "Access and refresh tokens")
    @ApiResponse(responseCode = "401", description = "Username or password not right (same answer for unknown users)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; wait Retry-After seconds")
    @Post("/login")
    public TokenResponse login(@Body @Valid LoginRequest request) {
        return TokenResponse.of(tokens.issue(signIn.signIn(request.username(), request.password())));
    }

    @Operation(summary = "Exchange a refresh token for new tokens (the old refresh token stops working)")
    @ApiResponse(responseCode = "200", description = "New access and refresh tokens")
    @ApiResponse(responseCode = "401", description = "Refresh token unknown, expired, revoked or already used")
    @Post("/token")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public TokenResponse token(@Body @Valid TokenRequest request) {
        return tokens.refresh(request.refreshToken()).map(TokenResponse::of)
                .orElseThrow(() -> new DomainException(ProblemKind.UNAUTHORIZED, "token.notValid"));
    }

    @Operation(summary = "Sign out: the refresh token and its family stop working")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    public void logout(@Body @Valid LogoutRequest request) {
        tokens.revoke(request.refreshToken());
    }

    @Operation(summary = "Activate an invited account with its one-time code and choose a password")
    @ApiResponse(responseCode = "201", description = "Account active; access and refresh tokens")
    @ApiResponse(responseCode = "400", description = "Code not valid (wrong, expired or used), or password refused")
    @Post("/activate")
    public HttpResponse<TokenResponse> activate(@Body @Valid ActivateRequest request) {
        return HttpResponse.created(TokenResponse.of(tokens.issue(
                activation.activate(request.code(), request.username(), request.password()))));
    }
}
