package com.artinsmartrealty.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import com.artinsmartrealty.scheduling.support.TopicProbe;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A viewing's life through the HTTP API, with every step published on {@code appointment.events.v1}
 * (keyed by tenant and appointment) and reflected in its calendar file.
 */
class AppointmentLifecycleIT extends SchedulingIntegrationTest {

    /** Tuesday 8 January 2030, 10:00 in Dubai. */
    private static final Instant TUESDAY_10AM = Instant.parse("2030-01-08T06:00:00Z");

    private final UUID tenant = UUID.randomUUID();
    private final UUID agent = UUID.randomUUID();
    private TopicProbe events;

    @BeforeEach
    void agencyWithOneAgent() {
        events = new TopicProbe(Topics.APPOINTMENT_EVENTS);
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, agent, "Sara Karimi");
        scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 10));
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    private WebTestClient admin() {
        return scheduling.admin(tenant);
    }

    private JsonNode book(Instant start, String key) {
        return admin().post().uri("/api/appointments")
                .bodyValue(Map.of("agentId", agent, "start", start, "leadId", UUID.randomUUID(), "idempotencyKey", key))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode post(String path, Object body) {
        WebTestClient.RequestBodySpec request = admin().post().uri(path);
        return (body == null ? request : request.bodyValue(body)).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<TopicProbe.Received> eventsOf(String appointmentId, int count) {
        String key = new AggregateKey(tenant, UUID.fromString(appointmentId)).value();
        return events.awaitCount(received -> received.key().equals(key), count);
    }

    private VEvent calendarEvent(String appointmentId) throws Exception {
        String file = admin().get().uri("/api/appointments/{id}.ics", appointmentId).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectBody(String.class).returnResult().getResponseBody();
        return new CalendarBuilder().build(new StringReader(file)).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static Instant startOf(VEvent event) {
        return ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant();
    }

    @Test
    void bookConfirmRescheduleCancelEachPublishedInOrderAndInTheCalendarFile() throws Exception {
        JsonNode booked = book(TUESDAY_10AM, "life-1");
        String id = booked.get("id").asString();
        assertThat(booked.get("status").asString()).isEqualTo("BOOKED");
        assertThat(booked.get("agentName").asString()).isEqualTo("Sara Karimi");
        assertThat(booked.get("timeZone").asString()).isEqualTo("Asia/Dubai");
        assertThat(booked.get("label").asString()).isEqualTo("Tuesday 8 January at 10:00");
        VEvent first = calendarEvent(id);
        assertThat(startOf(first)).isEqualTo(TUESDAY_10AM);
        assertThat(first.getSequence().getSequenceNo()).isZero();

        assertThat(post("/api/appointments/" + id + "/confirm", null).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(post("/api/appointments/" + id + "/confirm", null).get("status").asString()).isEqualTo("CONFIRMED");

        Instant later = TUESDAY_10AM.plus(Duration.ofDays(1)).plus(Duration.ofHours(4));
        JsonNode moved = post("/api/appointments/" + id + "/reschedule", Map.of("start", later, "durationMinutes", 45));
        assertThat(moved.get("status").asString()).isEqualTo("RESCHEDULED");
        assertThat(Instant.parse(moved.get("end").asString())).isEqualTo(later.plus(Duration.ofMinutes(45)));
        VEvent afterMove = calendarEvent(id);
        assertThat(startOf(afterMove)).isEqualTo(later);
        assertThat(afterMove.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(afterMove.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());

        JsonNode cancelled = post("/api/appointments/" + id + "/cancel", Map.of("reason", "Lead is travelling"));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        VEvent afterCancel = calendarEvent(id);
        assertThat(afterCancel.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(afterCancel.getSequence().getSequenceNo()).isEqualTo(2);

        List<TopicProbe.Received> published = eventsOf(id, 4);
        assertThat(published).extracting(received -> received.envelope().type()).containsExactly(
                "appointment.booked", "appointment.status.changed", "appointment.rescheduled",
                "appointment.status.changed");
        AppointmentBooked bookedEvent = published.get(0).envelope().payloadAs(AppointmentBooked.class);
        assertThat(bookedEvent.start()).isEqualTo(TUESDAY_10AM);
        assertThat(bookedEvent.agentId()).isEqualTo(agent);
        assertThat(bookedEvent.channel()).isNull();
        assertThat(published.get(1).envelope().payloadAs(AppointmentStatusChanged.class).status())
                .isEqualTo(AppointmentStatusChanged.Status.CONFIRMED);
        AppointmentRescheduled rescheduled = published.get(2).envelope().payloadAs(AppointmentRescheduled.class);
        assertThat(rescheduled.previousStart()).isEqualTo(TUESDAY_10AM);
        assertThat(rescheduled.start()).isEqualTo(later);
        AppointmentStatusChanged cancelledEvent = published.get(3).envelope().payloadAs(AppointmentStatusChanged.class);
        assertThat(cancelledEvent.status()).isEqualTo(AppointmentStatusChanged.Status.CANCELLED);
        assertThat(cancelledEvent.reason()).isEqualTo("Lead is travelling");
        assertThat(published).allSatisfy(received -> assertThat(received.envelope().tenantId()).isEqualTo(tenant));
    }

    @Test
    void aCancelledViewingFreesItsTimeAndCannotBeCompleted() {
        String id = book(TUESDAY_10AM, "free-1").get("id").asString();
        post("/api/appointments/" + id + "/cancel", null);

        book(TUESDAY_10AM, "free-2");
        clock.advance(Duration.ofDays(2));
        admin().post().uri("/api/appointments/{id}/complete", id).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("illegal_transition");
    }

    @Test
    void aViewingIsMarkedCompletedOrNoShowOnceItStarted() {
        String held = book(TUESDAY_10AM, "done-1").get("id").asString();
        String missed = book(TUESDAY_10AM.plus(Duration.ofHours(3)), "done-2").get("id").asString();

        admin().post().uri("/api/appointments/{id}/complete", held).exchange().expectStatus().isEqualTo(409);
        clock.set(TUESDAY_10AM.plus(Duration.ofHours(4)));

        assertThat(post("/api/appointments/" + held + "/complete", null).get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(post("/api/appointments/" + missed + "/no-show", null).get("status").asString())
                .isEqualTo("NO_SHOW");
        assertThat(eventsOf(held, 2).get(1).envelope().payloadAs(AppointmentStatusChanged.class).status())
                .isEqualTo(AppointmentStatusChanged.Status.COMPLETED);
        assertThat(eventsOf(missed, 2).get(1).envelope().payloadAs(AppointmentStatusChanged.class).status())
                .isEqualTo(AppointmentStatusChanged.Status.NO_SHOW);
    }

    @Test
    void aBookingFromAChatCarriesTheChatForRemindersAndItsCalendarFileSpeaksTheLeadsLanguage() throws Exception {
        UUID lead = UUID.randomUUID();
        JsonNode booked = scheduling.service(tenant).post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", agent, "start", TUESDAY_10AM, "leadId", lead, "idempotencyKey",
                        "chat-1", "holder", tenant + ":telegram:77", "channel", "telegram", "chatId", "77",
                        "language", "fa"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = booked.get("id").asString();
        assertThat(booked.get("label").asString()).contains("۱۰:۰۰");

        AppointmentBooked event = eventsOf(id, 1).getFirst().envelope().payloadAs(AppointmentBooked.class);
        assertThat(event.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(event.chatId()).isEqualTo("77");
        assertThat(event.language()).isEqualTo("fa");
        assertThat(event.leadId()).isEqualTo(lead);
        assertThat(event.timeZone()).isEqualTo("Asia/Dubai");

        String file = scheduling.service(tenant).get().uri("/internal/appointments/{id}.ics", id).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        VEvent calendar = new CalendarBuilder().build(new StringReader(file)).<VEvent>getComponent("VEVENT")
                .orElseThrow();
        assertThat(calendar.getSummary().getValue()).isEqualTo("بازدید ملک با Sara Karimi");
        assertThat(startOf(calendar)).isEqualTo(TUESDAY_10AM);
    }

    @Test
    void appointmentsAreListedByDayWeekAgentAndStatusInPages() {
        for (int hour = 0; hour < 5; hour++) {
            book(TUESDAY_10AM.plus(Duration.ofMinutes(90L * hour)), "list-" + hour);
        }
        String next = TUESDAY_10AM.plus(Duration.ofDays(1)).toString();
        String cancelled = book(Instant.parse(next), "list-next").get("id").asString();
        post("/api/appointments/" + cancelled + "/cancel", null);

        JsonNode firstPage = admin().get().uri("/api/appointments?day=2030-01-08&limit=3").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(firstPage.get("items")).hasSize(3);
        JsonNode secondPage = admin().get()
                .uri("/api/appointments?day=2030-01-08&limit=3&cursor={c}", firstPage.get("nextCursor").asString())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(secondPage.get("items")).hasSize(2);
        assertThat(secondPage.get("nextCursor").isNull()).isTrue();
        assertThat(Instant.parse(secondPage.get("items").get(0).get("start").asString()))
                .isAfter(Instant.parse(firstPage.get("items").get(2).get("start").asString()));

        admin().get().uri("/api/appointments?week=2030-01-09&agentId={a}", agent).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(6);
        admin().get().uri("/api/appointments?week=2030-01-09&status=cancelled").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(cancelled);
        admin().get().uri("/api/appointments?day=2030-01-08&week=2030-01-08").exchange()
                .expectStatus().isBadRequest();
        admin().get().uri("/api/appointments?status=maybe").exchange().expectStatus().isBadRequest();
    }
}
