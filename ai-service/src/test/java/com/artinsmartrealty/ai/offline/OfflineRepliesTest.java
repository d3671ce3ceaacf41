package com.artinsmartrealty.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.knowledge.DemoKnowledgeBase;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.ai.support.Listings;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfflineRepliesTest {

    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.load();
    private static final FaqIndex FAQ = FaqIndex.build(1, DemoKnowledgeBase.documents(), ANALYZERS);
    private static final ListingIndex LISTINGS = ListingIndex.build("v1", Listings.all(), ANALYZERS);
    private static final Texts TEXTS = Texts.instance();

    private final OfflineReplies replies = new OfflineReplies(TEXTS);

    @Test
    void aKnowledgeBaseAnswerIsGivenWordForWordWithItsSource() {
        ReplyResponse reply = replies.reply(question("What does the DLD charge when I buy?", Language.EN), FAQ,
                LISTINGS);

        assertThat(reply.sources()).containsExactly(DemoKnowledgeBase.idsByTopic().get("purchase-fees").toString());
        assertThat(reply.text()).startsWith("On top of the price, buyers pay the Dubai Land Department");
        assertThat(reply.grounded()).isTrue();
    }

    @Test
    void aQuestionNamingACommunityPrefersItsListingOverAnEntryMentioningIt() {
        ReplyResponse reply = replies.reply(question("How much is the villa on the Palm?", Language.EN), FAQ, LISTINGS);

        assertThat(reply.sources()).containsExactly(Listings.PALM.toString());
        assertThat(reply.text()).startsWith("Frond villa with a private beach in Palm Jumeirah: 5 bedrooms, "
                + "12,500,000 AED.");
    }

    @Test
    void aSeenListingAnswersAQuestionThatOnlySaysIt() {
        OfflineReplies.Question question = new OfflineReplies.Question("Is the rent paid in cheques?", Language.EN,
                Language.EN, Set.of(Listings.JVC), "AED");

        ReplyResponse reply = replies.reply(question, FAQ, LISTINGS);

        assertThat(reply.sources()).containsExactly(Listings.JVC.toString());
        assertThat(reply.text()).endsWith("The rent is paid in four cheques.");
    }

    @Test
    void greetingsThanksAndRequestsForAPersonGetPreparedAnswers() {
        assertThat(replies.reply(question("Hello!", Language.EN), FAQ, LISTINGS).text())
                .isEqualTo(TEXTS.get(Language.EN, Text.SMALLTALK_GREETING));
        assertThat(replies.reply(question("شكرا جزيلا", Language.AR), FAQ, LISTINGS).text())
                .isEqualTo(TEXTS.get(Language.AR, Text.SMALLTALK_THANKS));
        assertThat(replies.reply(question("Можно поговорить с менеджером?", Language.RU), FAQ, LISTINGS).text())
                .isEqualTo(TEXTS.get(Language.RU, Text.HUMAN_REQUEST));
    }

    @Test
    void withoutAKnowledgeBaseOrListingsTheAnswerIsThePreparedFallback() {
        ReplyResponse reply = replies.reply(question("What are the service charges?", Language.EN), null, null);

        assertThat(reply.fallback()).isTrue();
        assertThat(reply.text()).isEqualTo(TEXTS.get(Language.EN, Text.NO_ANSWER));
    }

    @Test
    void listingSummariesReadNaturallyInEveryLanguage() {
        ListingDocument marina = LISTINGS.listing(Listings.MARINA).orElseThrow();
        ListingDocument studio = LISTINGS.listing(Listings.JVC).orElseThrow();

        assertThat(replies.summary(marina, Language.EN))
                .isEqualTo("Marina view apartment in Dubai Marina: 2 bedrooms, 1,950,000 AED.");
        assertThat(replies.summary(marina, Language.RU).replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("Апартаменты с видом на марину, Dubai Marina: 2 спальни, 1 950 000 AED.");
        assertThat(replies.summary(marina, Language.FA)).contains("آپارتمان با چشم‌انداز مارینا").contains("۲ خوابه")
                .contains("۱٬۹۵۰٬۰۰۰");
        assertThat(replies.summary(marina, Language.AR)).contains("غرفتا نوم");
        assertThat(replies.summary(studio, Language.EN)).contains("studio, 55,000 AED");
    }

    private static OfflineReplies.Question question(String text, Language language) {
        return new OfflineReplies.Question(text, language, language, Set.<UUID>of(), "AED");
    }
}
