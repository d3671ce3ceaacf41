package com.artinsmartrealty.ai.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.knowledge.DemoKnowledgeBase;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.ai.support.AiServiceIT;
import com.artinsmartrealty.ai.support.Listings;
import com.artinsmartrealty.ai.support.TestTokens;
import com.artinsmartrealty.ai.vision.ListingPhotos;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.ListingSummary;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.platform.demo.DemoAgency;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The internal API the conversation service calls, answered by the offline provider. */
class OfflineAiIT extends AiServiceIT {

    private static final UUID TENANT = DemoAgency.TENANT_ID;
    private static final Texts TEXTS = Texts.instance();

    @Test
    void understandsAPersianSentenceThatFillsSeveralSlots() {
        UnderstandResponse response = post("/internal/ai/understand", new UnderstandRequest(
                "دنبال یک ویلای سه خوابه در دبی مارینا برای خرید هستم، حدود دو میلیون درهم", "fa", null))
                .expectStatus().isOk()
                .expectBody(UnderstandResponse.class).returnResult().getResponseBody();

        assertThat(response.intent()).isEqualTo(Intent.PROVIDE_SLOT);
        assertThat(response.language()).isEqualTo("fa");
        assertThat(response.provider()).isEqualTo("offline");
        Entities entities = response.entities();
        assertThat(entities.propertyType()).isEqualTo(PropertyType.VILLA);
        assertThat(entities.transaction()).isEqualTo(Transaction.BUY);
        assertThat(entities.area()).isEqualTo("Dubai Marina");
        assertThat(entities.bedrooms()).isEqualTo(3);
        assertThat(entities.budgetMin()).isEqualTo(2_000_000L);
        assertThat(entities.currency()).isEqualTo("AED");
    }

    @Test
    void aBareAnswerToTheSlotTheBotAskedForFillsIt() {
        UnderstandResponse response = post("/internal/ai/understand",
                new UnderstandRequest("+971 50 384 2719", "en", "phone"))
                .expectStatus().isOk()
                .expectBody(UnderstandResponse.class).returnResult().getResponseBody();

        assertThat(response.intent()).isEqualTo(Intent.PROVIDE_SLOT);
        assertThat(response.entities().phone()).isEqualTo("+971503842719");
        assertThat(response.confidence()).isGreaterThan(0.9);
    }

    @Test
    void emptyTextIsABadRequestWithAProblemBody() {
        post("/internal/ai/understand", new UnderstandRequest("   ", "en", null))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("text must not be empty");
        post("/internal/ai/reply", Map.of("language", "en"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void malformedJsonIsABadRequest() {
        client().post().uri("/internal/ai/understand")
                .header("Authorization", "Bearer " + TestTokens.service(TENANT))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | How much is the yearly maintenance fee for an apartment? | service-charges
            en | As a foreigner, am I allowed to own a home here?         | foreign-ownership
            fa | میشه قسطی پرداخت کرد؟                                      | payment-plans
            fa | سود اجاره آپارتمان در دبی چند درصد است؟                     | rental-yields
            ar | هل أحصل على إقامة إذا استثمرت في العقارات؟                  | golden-visa
            ar | متى أستلم مفاتيح الشقة؟                                    | handover
            ru | Можно ли платить частями, в рассрочку?                    | payment-plans
            ru | Может ли иностранец владеть домом в Дубае?                 | foreign-ownership
            """)
    void answersTheAgencysQuestionsAskedInOtherWordsFromItsKnowledgeBase(String language, String question,
                                                                         String topic) {
        ReplyResponse reply = reply(new ReplyRequest(question, language, ReplyRequest.Purpose.FAQ, null,
                LeadProfile.empty(), List.of()));

        UUID entry = DemoKnowledgeBase.idsByTopic().get(topic);
        FaqDocument document = DemoKnowledgeBase.documents().stream().filter(d -> d.id().equals(entry))
                .findFirst().orElseThrow();
        assertThat(reply.grounded()).isTrue();
        assertThat(reply.fallback()).isFalse();
        assertThat(reply.sources()).containsExactly(entry.toString());
        assertThat(reply.language()).isEqualTo(language);
        assertThat(reply.text()).isEqualTo(document.translations().get(Language.of(language).orElseThrow()).answer());
    }

    @Test
    void answersInTheConversationsLanguageAQuestionAskedInAnother() {
        ReplyResponse reply = reply(new ReplyRequest("Can I get a golden visa if I buy an apartment?", "fa",
                ReplyRequest.Purpose.FAQ, null, LeadProfile.empty(), List.of()));

        assertThat(reply.language()).isEqualTo("fa");
        assertThat(reply.sources()).containsExactly(DemoKnowledgeBase.idsByTopic().get("golden-visa").toString());
        assertThat(reply.text()).contains("ویزای طلایی");
    }

    @Test
    void aQuestionNothingAnswersGetsThePreparedAnswerInTheConversationsLanguage() {
        ReplyResponse reply = reply(new ReplyRequest("Какая завтра погода в Москве?", "ru",
                ReplyRequest.Purpose.ENGAGEMENT, null, LeadProfile.empty(), List.of()));

        assertThat(reply.fallback()).isTrue();
        assertThat(reply.grounded()).isFalse();
        assertThat(reply.sources()).isEmpty();
        assertThat(reply.text()).isEqualTo(TEXTS.get(Language.RU, Text.NO_ANSWER));
    }

    @Test
    void thanksGetsAShortAnswer() {
        ReplyResponse reply = reply(new ReplyRequest("ممنون", "fa", ReplyRequest.Purpose.ENGAGEMENT, null,
                LeadProfile.empty(), List.of()));

        assertThat(reply.text()).isEqualTo(TEXTS.get(Language.FA, Text.SMALLTALK_THANKS));
        assertThat(reply.fallback()).isFalse();
    }

    @Test
    void answersAboutAListingTheLeadHasSeenFromItsDescription() {
        ListingSummary seen = new ListingSummary(Listings.MARINA, "Marina view apartment", null, PropertyType.APARTMENT,
                Transaction.BUY, 1_950_000, "AED", "Dubai Marina", 2);

        ReplyResponse reply = reply(new ReplyRequest("Does it have a pool?", "en", ReplyRequest.Purpose.ENGAGEMENT,
                null, LeadProfile.empty(), List.of(seen)));

        assertThat(reply.grounded()).isTrue();
        assertThat(reply.sources()).containsExactly(Listings.MARINA.toString());
        assertThat(reply.text()).startsWith("Marina view apartment in Dubai Marina: 2 bedrooms, 1,950,000 AED.")
                .contains("infinity pool");
    }

    @Test
    void answersAboutAListingTheQuestionNamesInTheLeadsLanguage() {
        ReplyResponse reply = reply(new ReplyRequest("Вилла на Пальме меблирована?", "ru",
                ReplyRequest.Purpose.ENGAGEMENT, null, LeadProfile.empty(), List.of()));

        assertThat(reply.sources()).containsExactly(Listings.PALM.toString());
        assertThat(reply.text()).contains("Вилла на Пальме с собственным пляжем").contains("5 спален")
                .contains("Меблирована");
    }

    @Test
    void voiceIsUnavailableOfflineWithTheFallbackInTheUsersLanguageAndIsNotFetched() {
        String ref = "media:" + TENANT + "/voice-offline-1";
        TranscribeResponse response = post("/internal/ai/transcribe", new TranscribeRequest(
                new MediaRef(ref, "audio/ogg; codecs=opus", 24_000, null), "fa", null))
                .expectStatus().isOk()
                .expectBody(TranscribeResponse.class).returnResult().getResponseBody();

        assertThat(response.status()).isEqualTo(MediaStatus.UNAVAILABLE);
        assertThat(response.fallbackText()).isEqualTo(TEXTS.get(Language.FA, Text.VOICE_UNAVAILABLE));
        assertThat(GATEWAY.fetched()).doesNotContain(ref);
    }

    @Test
    void aVoiceNoteOverTwentyMegabytesFails() {
        TranscribeResponse response = post("/internal/ai/transcribe", new TranscribeRequest(
                new MediaRef("media:" + TENANT + "/voice-big", "audio/ogg", 21L * 1024 * 1024, null), "en", null))
                .expectStatus().isOk()
                .expectBody(TranscribeResponse.class).returnResult().getResponseBody();

        assertThat(response.status()).isEqualTo(MediaStatus.FAILED);
        assertThat(response.fallbackText()).isEqualTo(TEXTS.get(Language.EN, Text.VOICE_FAILED));
    }

    @Test
    void recognisesAForwardedListingPhotoThatWasResizedAndRecompressed() {
        String ref = "media:" + TENANT + "/photo-forwarded-marina";
        GATEWAY.store(ref, "image/jpeg", ListingPhotos.forwarded(Listings.PHOTO_SEEDS.get(Listings.MARINA)[1]));

        VisionResponse response = vision(ref, "image/jpeg", "en");

        assertThat(response.status()).isEqualTo(MediaStatus.OK);
        assertThat(response.matches()).isNotEmpty();
        assertThat(response.matches().getFirst().listingId()).isEqualTo(Listings.MARINA);
        assertThat(response.matches().getFirst().score()).isGreaterThan(0.8);
        assertThat(response.matches()).extracting(VisionResponse.PhotoMatch::listingId).doesNotContain(Listings.PALM,
                Listings.JVC);
        assertThat(response.attributes().propertyType()).isEqualTo(PropertyType.APARTMENT);
        assertThat(response.attributes().bedrooms()).isEqualTo(2);
        assertThat(response.attributes().description()).startsWith("Marina view apartment");
    }

    @Test
    void aPhotoOfNoListingMatchesNothing() {
        String ref = "media:" + TENANT + "/photo-other-room";
        GATEWAY.store(ref, "image/jpeg", ListingPhotos.forwarded(99));

        VisionResponse response = vision(ref, "image/jpeg", "en");

        assertThat(response.status()).isEqualTo(MediaStatus.OK);
        assertThat(response.matches()).isEmpty();
    }

    @Test
    void bytesThatAreNoPictureFailWithTheFallbackInTheUsersLanguage() {
        String ref = "media:" + TENANT + "/photo-garbage";
        GATEWAY.store(ref, "image/jpeg", "definitely not a jpeg".getBytes(StandardCharsets.US_ASCII));

        VisionResponse response = vision(ref, "image/jpeg", "ar");

        assertThat(response.status()).isEqualTo(MediaStatus.FAILED);
        assertThat(response.fallbackText()).isEqualTo(TEXTS.get(Language.AR, Text.IMAGE_FAILED));
    }

    @Test
    void aPhotoTheGatewayNoLongerHasFails() {
        VisionResponse response = vision("media:" + TENANT + "/photo-expired", "image/jpeg", "ru");

        assertThat(response.status()).isEqualTo(MediaStatus.FAILED);
        assertThat(response.fallbackText()).isEqualTo(TEXTS.get(Language.RU, Text.IMAGE_FAILED));
    }

    @Test
    void anotherTenantsMediaIsRefusedAndNeverFetched() {
        String ref = "media:" + UUID.randomUUID() + "/photo-1";

        post("/internal/ai/vision", new VisionRequest(new MediaRef(ref, "image/jpeg", 1_000, null), "en", null))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(GATEWAY.fetched()).doesNotContain(ref);
    }

    @Test
    void onlyServicesMayCallTheInternalApi() {
        UnderstandRequest request = new UnderstandRequest("hello", "en", null);
        client().post().uri("/internal/ai/understand").bodyValue(request).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/internal/ai/understand").header("Authorization", "Bearer not-a-token")
                .bodyValue(request).exchange()
                .expectStatus().isUnauthorized();
        client().post().uri("/internal/ai/understand")
                .header("Authorization", "Bearer " + TestTokens.agent(TENANT))
                .bodyValue(request).exchange()
                .expectStatus().isForbidden();
    }

    private ReplyResponse reply(ReplyRequest request) {
        return post("/internal/ai/reply", request)
                .expectStatus().isOk()
                .expectBody(ReplyResponse.class).returnResult().getResponseBody();
    }

    private VisionResponse vision(String ref, String mimeType, String language) {
        return post("/internal/ai/vision", new VisionRequest(new MediaRef(ref, mimeType, 0, null), language, null))
                .expectStatus().isOk()
                .expectBody(VisionResponse.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, Object body) {
        return client().post().uri(path)
                .header("Authorization", "Bearer " + TestTokens.service(TENANT))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
