package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.lead.leads.LeadEdit;
import com.artinsmartrealty.lead.leads.LeadQuery;
import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.leads.LeadStatus;
import com.artinsmartrealty.lead.leads.LeadUpdates;
import com.artinsmartrealty.lead.leads.Note;
import com.artinsmartrealty.lead.leads.StoredLead;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The dashboard's leads: search with keyset pages, detail with history and notes, edits (status,
 * assignment, contact details) and notes. An agent sees only the leads assigned to them; anything the
 * caller cannot see is 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadReads reads;
    private final LeadUpdates updates;

    LeadController(LeadReads reads, LeadUpdates updates) {
        this.reads = reads;
        this.updates = updates;
    }

    @GetMapping
    Mono<Page<LeadView>> search(@RequestParam(required = false) List<String> status,
                                @RequestParam(required = false) UUID agentId,
                                @RequestParam(required = false) String channel,
                                @RequestParam(required = false) String chatId,
                                @RequestParam(required = false) String q,
                                @RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "0") int limit) {
        LeadQuery query = LeadQueries.parse(status, agentId, channel, chatId, q, cursor, limit);
        return Callers.access().flatMap(access -> reads.page(access, query)).map(page -> page(page, query.limit()));
    }

    @GetMapping("/{id}")
    Mono<LeadDetailView> detail(@PathVariable UUID id) {
        return Callers.access().flatMap(access -> reads.details(access, id))
                .map(LeadDetailView::of)
                .switchIfEmpty(notFound());
    }

    @PatchMapping("/{id}")
    Mono<LeadDetailView> edit(@PathVariable UUID id, @RequestBody LeadPatch patch) {
        LeadEdit edit = patch.toEdit();
        return Callers.access()
                .flatMap(access -> {
                    if (edit.agentId() != null && access.onlyAgent() != null) {
                        return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "only a tenant admin may assign leads"));
                    }
                    return updates.edit(access, id, edit).then(reads.details(access, id));
                })
                .map(LeadDetailView::of)
                .switchIfEmpty(notFound());
    }

    @GetMapping("/{id}/history")
    Mono<List<LeadDetailView.HistoryEntry>> history(@PathVariable UUID id) {
        return Callers.access().flatMap(access -> reads.history(access, id))
                .map(changes -> changes.stream().map(LeadDetailView.HistoryEntry::of).toList())
                .switchIfEmpty(notFound());
    }

    @GetMapping("/{id}/notes")
    Mono<List<LeadDetailView.NoteView>> notes(@PathVariable UUID id) {
        return Callers.access().flatMap(access -> reads.notes(access, id))
                .map(notes -> notes.stream().map(LeadDetailView.NoteView::of).toList())
                .switchIfEmpty(notFound());
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<LeadDetailView.NoteView> addNote(@PathVariable UUID id, @RequestBody NoteRequest request) {
        if (request == null || request.body() == null || request.body().isBlank()
                || request.body().length() > Note.MAX_LENGTH) {
            return Mono.error(new InvalidRequestException("a note needs a body of 1 to " + Note.MAX_LENGTH
                    + " characters"));
        }
        return Callers.access().flatMap(access -> reads.addNote(access, id, request.body().strip()))
                .map(LeadDetailView.NoteView::of)
                .switchIfEmpty(notFound());
    }

    static Page<LeadView> page(List<StoredLead> leads, int limit) {
        String next = leads.size() < limit ? null : LeadQuery.Cursor.of(leads.getLast().lead()).encode();
        return new Page<>(leads.stream().map(LeadView::of).toList(), next);
    }

    static <T> Mono<T> notFound() {
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lead"));
    }

    /**
     * A lead edit from the dashboard; fields left out stay as they are.
     *
     * @param agentId assigns the lead (tenant admins only)
     * @param phone   any international format; stored as E.164
     */
    record LeadPatch(String status, String reason, UUID agentId, String name, String phone) {

        LeadEdit toEdit() {
            List<String> problems = new ArrayList<>();
            LeadStatus parsedStatus = null;
            if (status != null) {
                try {
                    parsedStatus = LeadStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add("status must be one of " + List.of(LeadStatus.values()));
                }
            }
            if (reason != null && reason.length() > 500) {
                problems.add("reason is at most 500 characters");
            }
            if (name != null && (name.isBlank() || name.length() > 200)) {
                problems.add("name must be 1 to 200 characters");
            }
            String e164 = null;
            if (phone != null) {
                e164 = e164(phone);
                if (e164 == null) {
                    problems.add("phone must be a valid international number, e.g. +971501234567");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException("the edit is not valid", problems);
            }
            return new LeadEdit(parsedStatus, reason, agentId, name == null ? null : name.strip(), e164);
        }

        private static String e164(String phone) {
            if (phone.length() > 50) {
                return null;
            }
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            try {
                var number = util.parse(phone.strip(), "AE");
                return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
            } catch (NumberParseException e) {
                return null;
            }
        }
    }

    record NoteRequest(String body) {
    }
}
