package com.artinsmartrealty.conversation.dialogue;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.contracts.api.lead.ListingMatch;
import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.api.lead.Roi;
import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.contracts.api.scheduling.BookingRequest;
import com.artinsmartrealty.contracts.api.scheduling.OpenSlot;
import com.artinsmartrealty.contracts.api.scheduling.SlotOffer;
import com.artinsmartrealty.contracts.api.scheduling.SlotOfferRequest;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.nlu.MessageReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How ai-, lead- and scheduling-service answer in the dialogues, as the records of their HTTP
 * contracts. The pure dialogue harness feeds these answers to the decider; the HTTP stand-ins of the
 * integration tests serve the same answers as JSON. A dialogue's {@code services} and a turn's
 * overrides choose the behaviour:
 * <ul>
 *   <li>{@code ai}: {@code ok} (answers {@code [<language>] <question>}, understands like the offline
 *       provider) or {@code unavailable};</li>
 *   <li>{@code matches}: {@code withinBudget}, {@code aboveBudget}, {@code rentInstead},
 *       {@code noInventory} or {@code unavailable};</li>
 *   <li>{@code slots}: {@code open}, {@code none} or {@code unavailable};</li>
 *   <li>{@code booking}: {@code ok}, {@code conflictOnce} (the first booking loses a race) or
 *       {@code unavailable}.</li>
 * </ul>
 * A slot is never booked twice.
 */
public final class FakeServices {

    public static final UUID AGENT = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    public static final Instant FIRST_SLOT = Instant.parse("2026-11-30T06:00:00Z");
    static final Duration VIEWING = Duration.ofMinutes(45);

    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> voices = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> photos = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> understandings = new ConcurrentHashMap<>();
    private final Set<Instant> booked = ConcurrentHashMap.newKeySet();
    private final Map<String, Appointment> byIdempotencyKey = new ConcurrentHashMap<>();
    private volatile boolean conflictSent;

    public FakeServices(Map<String, Object> services) {
        services.forEach((key, value) -> settings.put(key, String.valueOf(value)));
    }

    /** Changes how a service answers from now on. */
    public void set(String service, String behaviour) {
        settings.put(service, behaviour);
    }

    public void scriptVoice(String mediaRef, Map<String, Object> spec) {
        voices.put(mediaRef, spec);
    }

    public void scriptPhoto(String mediaRef, Map<String, Object> spec) {
        photos.put(mediaRef, spec);
    }

    public void scriptUnderstanding(String text, Map<String, Object> spec) {
        understandings.put(text, spec);
    }

    private String setting(String service, String fallback) {
        return settings.getOrDefault(service, fallback);
    }

    public boolean aiAvailable() {
        return !"unavailable".equals(setting("ai", "ok"));
    }

    /** Null when the AI service is unavailable. */
    public UnderstandResponse understand(UnderstandRequest request) {
        if (!aiAvailable()) {
            return null;
        }
        Map<String, Object> scripted = understandings.get(request.text());
        if (scripted != null) {
            return new UnderstandResponse(intent((String) scripted.getOrDefault("intent", "provideSlot")),
                    request.languageHint(), entities(scripted.get("entities")), 0.9, "fake");
        }
        MessageReader.Reading reading = MessageReader.read(request.text(), request.languageHint(), "AED");
        return new UnderstandResponse(reading.intent(), reading.language(), reading.entities(), 0.5, "offline");
    }

    public ReplyResponse reply(ReplyRequest request) {
        return aiAvailable() ? new ReplyResponse("[" + request.language() + "] " + request.question(),
                request.language(), true, List.of("faq-1"), false) : null;
    }

    public TranscribeResponse transcribe(TranscribeRequest request) {
        Map<String, Object> spec = voices.get(request.media().ref());
        if (!aiAvailable() || spec == null || "failed".equals(spec.get("status"))) {
            return new TranscribeResponse(MediaStatus.UNAVAILABLE, null, null, null,
                    "Voice processing temporarily unavailable. Please type your message.");
        }
        return new TranscribeResponse(MediaStatus.OK, (String) spec.get("transcript"),
                (String) spec.getOrDefault("language", request.languageHint()), entities(spec.get("entities")), null);
    }

    public VisionResponse vision(VisionRequest request) {
        Map<String, Object> spec = photos.get(request.media().ref());
        if (!aiAvailable() || spec == null || "unreadable".equals(spec.get("status"))) {
            return new VisionResponse(MediaStatus.FAILED, null, List.of(), "Couldn't process image.");
        }
        return new VisionResponse(MediaStatus.OK, new VisionResponse.PhotoAttributes(
                type((String) spec.get("type")), (Integer) spec.get("bedrooms"), List.of("pool"),
                (String) spec.get("description")), List.of(), null);
    }

    /** Null when lead-service is unavailable. */
    public MatchResponse matches(MatchRequest request) {
        String mode = setting("matches", "withinBudget");
        Transaction transaction = request.profile().transaction();
        return switch (mode) {
            case "unavailable" -> null;
            case "noInventory" -> new MatchResponse(List.of(), MatchResponse.Fit.NO_INVENTORY);
            case "aboveBudget" -> new MatchResponse(List.of(
                    listing(1, "Marina Heights", PropertyType.APARTMENT, Transaction.BUY, 3_400_000, "Dubai Marina", 2),
                    listing(2, "Creek Vista", PropertyType.APARTMENT, Transaction.BUY, 3_650_000, "Dubai Creek Harbour",
                            2)), MatchResponse.Fit.ABOVE_BUDGET);
            case "rentInstead" -> new MatchResponse(List.of(
                    listing(3, "JVC Park Residence", PropertyType.APARTMENT, Transaction.RENT, 95_000,
                            "Jumeirah Village Circle", 1),
                    listing(4, "Sports City Loft", PropertyType.APARTMENT, Transaction.RENT, 88_000,
                            "Dubai Sports City", 1)), MatchResponse.Fit.RENT_INSTEAD);
            default -> transaction == Transaction.RENT
                    ? new MatchResponse(List.of(
                            listing(5, "Marina Promenade", PropertyType.APARTMENT, Transaction.RENT, 140_000,
                                    "Dubai Marina", 2),
                            listing(6, "Downtown Boulevard Suite", PropertyType.APARTMENT, Transaction.RENT, 165_000,
                                    "Downtown Dubai", 2),
                            listing(7, "Hills Park View", PropertyType.APARTMENT, Transaction.RENT, 120_000,
                                    "Dubai Hills Estate", 1)), MatchResponse.Fit.WITHIN_BUDGET)
                    : new MatchResponse(List.of(
                            listing(8, "Marina Gate Residences", PropertyType.APARTMENT, Transaction.BUY, 1_950_000,
                                    "Dubai Marina", 2),
                            listing(9, "Palm Beach Villa", PropertyType.VILLA, Transaction.BUY, 2_400_000,
                                    "Palm Jumeirah", 4),
                            listing(10, "JVC Garden Townhouse", PropertyType.TOWNHOUSE, Transaction.BUY, 2_150_000,
                                    "Jumeirah Village Circle", 3)), MatchResponse.Fit.WITHIN_BUDGET);
        };
    }

    /** Null when scheduling-service is unavailable. */
    public SlotOffer slots(SlotOfferRequest request) {
        return switch (setting("slots", "open")) {
            case "unavailable" -> null;
            case "none" -> new SlotOffer(List.of(), null);
            default -> new SlotOffer(openSlots(request.language(), 0, request.limit()),
                    FIRST_SLOT.minus(Duration.ofDays(1)));
        };
    }

    /** An appointment, a conflict, or null when scheduling-service is unavailable. */
    public Object book(BookingRequest request) {
        if ("unavailable".equals(setting("booking", "ok"))) {
            return null;
        }
        Appointment again = byIdempotencyKey.get(request.idempotencyKey());
        if (again != null) {
            return again;
        }
        if (("conflictOnce".equals(setting("booking", "ok")) && !conflictSent) || booked.contains(request.start())) {
            conflictSent = true;
            booked.add(request.start());
            return new BookingConflict("about:blank", "Conflict", 409, "The slot was just taken.",
                    openSlots(request.language(), 3, 3));
        }
        booked.add(request.start());
        Appointment appointment = new Appointment(
                UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8)), request.agentId(),
                "Omid", request.leadId(), request.start(), request.start().plus(VIEWING), "Asia/Dubai",
                Appointment.Status.BOOKED, label(request.language(), request.start()));
        byIdempotencyKey.put(request.idempotencyKey(), appointment);
        return appointment;
    }

    private List<OpenSlot> openSlots(String language, int from, int limit) {
        List<OpenSlot> slots = new ArrayList<>();
        for (int i = from; slots.size() < Math.max(1, Math.min(limit, 4)) && i < from + 10; i++) {
            Instant start = FIRST_SLOT.plus(Duration.ofHours(4L * i));
            if (!booked.contains(start)) {
                slots.add(new OpenSlot(AGENT, "Omid", start, start.plus(VIEWING), label(language, start)));
            }
        }
        return slots;
    }

    /** A slot label as scheduling-service writes it: in the user's language and digits. */
    static String label(String language, Instant start) {
        int hour = start.atZone(java.time.ZoneId.of("Asia/Dubai")).getHour();
        int day = start.atZone(java.time.ZoneId.of("Asia/Dubai")).getDayOfMonth();
        String digits = switch (language == null ? "en" : language) {
            case "fa" -> "۰۱۲۳۴۵۶۷۸۹";
            case "ar" -> "٠١٢٣٤٥٦٧٨٩";
            default -> "0123456789";
        };
        String text = switch (language == null ? "en" : language) {
            case "fa" -> "آذر " + day + "، ساعت " + hour + ":00";
            case "ar" -> day + " نوفمبر، الساعة " + hour + ":00";
            case "ru" -> day + " ноября, " + hour + ":00";
            default -> "Nov " + day + ", " + hour + ":00";
        };
        StringBuilder localized = new StringBuilder();
        for (char c : text.toCharArray()) {
            localized.append(Character.isDigit(c) ? digits.charAt(c - '0') : c);
        }
        return localized.toString();
    }

    private static ListingMatch listing(int n, String title, PropertyType type, Transaction transaction, long price,
                                        String community, int bedrooms) {
        Roi roi = transaction == Transaction.BUY ? new Roi(Math.round(price * 0.065), new BigDecimal("6.5"),
                new BigDecimal("5.4"), new BigDecimal("4"), Math.round(price * 1.2167), new BigDecimal("48.7")) : null;
        return new ListingMatch(UUID.nameUUIDFromBytes(("listing-" + n).getBytes(StandardCharsets.UTF_8)), title,
                type, transaction, price, "AED", bedrooms, 900 + n * 100, community, null, null, roi);
    }

    @SuppressWarnings("unchecked")
    static Entities entities(Object spec) {
        if (!(spec instanceof Map<?, ?> map)) {
            return Entities.none();
        }
        Map<String, Object> e = (Map<String, Object>) map;
        return new Entities(number(e.get("budgetMin")), number(e.get("budgetMax")), (String) e.get("currency"),
                type((String) e.get("propertyType")),
                e.get("transaction") == null ? null
                        : Transaction.valueOf(((String) e.get("transaction")).toUpperCase(Locale.ROOT)),
                e.get("goal") == null ? null : Goal.valueOf(((String) e.get("goal")).toUpperCase(Locale.ROOT)),
                (String) e.get("area"), (Integer) e.get("bedrooms"), (String) e.get("phone"));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static PropertyType type(String name) {
        return name == null ? null : PropertyType.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Intent intent(String wire) {
        for (Intent intent : Intent.values()) {
            String name = intent.name().toLowerCase(Locale.ROOT).replace("_", "");
            if (name.equalsIgnoreCase(wire.replace("_", ""))) {
                return intent;
            }
        }
        throw new IllegalArgumentException("unknown intent " + wire);
    }
}
