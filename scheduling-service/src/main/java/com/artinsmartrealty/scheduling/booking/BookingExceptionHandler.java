package com.artinsmartrealty.scheduling.booking;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems for commands on appointments: unknown ones are 404, commands their status forbids 409. */
@RestControllerAdvice(assignableTypes = {AppointmentController.class, InternalAppointmentController.class})
class BookingExceptionHandler {

    @ExceptionHandler(AppointmentNotFoundException.class)
    ProblemDetail notFound(AppointmentNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("reason", "illegal_transition");
        return problem;
    }
}
