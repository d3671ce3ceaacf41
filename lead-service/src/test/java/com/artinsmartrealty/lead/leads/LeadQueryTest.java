package com.artinsmartrealty.lead.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadQueryTest {

    @Test
    void aCursorSurvivesTheRoundTripToTheMicrosecond() {
        LeadQuery.Cursor cursor = new LeadQuery.Cursor(Instant.parse("2026-11-24T08:00:00.123456Z"), UUID.randomUUID());

        assertThat(LeadQuery.Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> LeadQuery.Cursor.decode("garbage!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersBecomeBoundParametersNeverText() {
        UUID agent = UUID.randomUUID();
        LeadQuery query = new LeadQuery(List.of(LeadStatus.NEW, LeadStatus.QUALIFIED), agent, Channel.TELEGRAM,
                "42", "50%_off'; drop table leads", new LeadQuery.Cursor(Instant.EPOCH, agent), 100);

        LeadQuery.Sql sql = query.toSql("l.id");

        assertThat(sql.text()).doesNotContain("drop table").contains("l.status in ($1, $2)")
                .contains("(l.created_at, l.id) < ($8, $9)").endsWith("limit $10");
        assertThat(sql.binds()).contains("%50\\%\\_off'; drop table leads%", "42", "telegram", agent);
        assertThat(sql.binds().getLast()).isEqualTo(100);
    }
}
