package org.homeward.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.ProblemKind;

/** Answers a service's refusal with a localized problem. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final Problems problems;

    public DomainExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<?> response = problems.response(request, exception.kind(), exception.messageKey(),
                exception.arguments(), exception.fieldProblems());
        if (exception.kind() == ProblemKind.TOO_MANY_ATTEMPTS && exception.arguments().get("seconds") != null) {
            response.header("Retry-After", String.valueOf(exception.arguments().get("seconds")));
        }
        return response;
    }
}
