package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.lead.inventory.ListingCsv;
import com.artinsmartrealty.lead.leads.IllegalTransitionException;
import com.artinsmartrealty.lead.leads.LeadUpdates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Domain refusals as problem responses. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        problem.setProperty("allowed", e.from().successors().stream().map(Enum::name).sorted().toList());
        return problem;
    }

    @ExceptionHandler(LeadUpdates.UnknownAgentException.class)
    ProblemDetail unknownAgent(LeadUpdates.UnknownAgentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(ListingCsv.CsvFileException.class)
    ProblemDetail badCsv(ListingCsv.CsvFileException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        return problem;
    }
}
