package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.media.MediaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Media problems that reach the HTTP layer: a reference to another tenant's media is {@code 403}; an
 * upload too large is {@code 413}, of a type the service does not read {@code 415}; a file the media
 * store does not have is {@code 404}; a media store that does not answer is {@code 503}.
 */
@RestControllerAdvice
class MediaProblems {

    @ExceptionHandler(MediaProblem.class)
    ProblemDetail handle(MediaProblem problem) {
        HttpStatus status = switch (problem.reason()) {
            case FOREIGN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return ProblemDetail.forStatusAndDetail(status, problem.getMessage());
    }
}
