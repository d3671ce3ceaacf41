package com.artinsmartrealty.lead.export;

import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.lead.leads.LeadQuery;
import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.leads.StoredLead;
import com.artinsmartrealty.lead.web.Callers;
import com.artinsmartrealty.lead.web.LeadQueries;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/leads/export.xlsx}: the leads of the dashboard's filters as an Excel workbook,
 * streamed. Leads are read page by page and written as the client takes the bytes, so neither the
 * rows nor the file are ever held whole in memory.
 */
@RestController
class LeadExportController {

    private static final Logger log = LoggerFactory.getLogger(LeadExportController.class);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Executor WRITER = task -> Schedulers.boundedElastic().schedule(task);

    private final LeadReads leads;
    private final LeadProperties properties;

    LeadExportController(LeadReads leads, LeadProperties properties) {
        this.leads = leads;
        this.properties = properties;
    }

    @GetMapping("/api/leads/export.xlsx")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(@RequestParam(required = false) List<String> status,
                                                  @RequestParam(required = false) UUID agentId,
                                                  @RequestParam(required = false) String channel,
                                                  @RequestParam(required = false) String chatId,
                                                  @RequestParam(required = false) String q) {
        LeadQuery query = LeadQueries.parse(status, agentId, channel, chatId, q, null, 0);
        return Callers.access().map(access -> ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("leads.xlsx").build().toString())
                .body(Flux.from(workbook(access, query))));
    }

    /**
     * The workbook of the query's leads, written on a worker thread as the response is read: one page
     * (its own short transaction) at a time, so only a page of leads is ever held.
     */
    Publisher<DataBuffer> workbook(Access access, LeadQuery query) {
        ZoneId zone = ZoneId.of(properties.reportTimeZone());
        int pageSize = properties.exportPageSize();
        return DataBufferUtils.outputStreamPublisher(out -> {
            try (LeadWorkbook workbook = new LeadWorkbook(out, zone)) {
                LeadQuery next = query.after(null, pageSize);
                List<StoredLead> page;
                do {
                    // On the export's writer thread (bounded elastic), never an event loop.
                    page = leads.page(access, next).block();
                    page.forEach(workbook::add);
                    if (!page.isEmpty()) {
                        next = next.after(LeadQuery.Cursor.of(page.getLast().lead()), pageSize);
                    }
                } while (page.size() == pageSize);
                log.info("Exported {} leads", workbook.rows() - 1);
            }
        }, DefaultDataBufferFactory.sharedInstance, WRITER);
    }

}
