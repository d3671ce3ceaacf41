package com.artinsmartrealty.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BodySizeLimitsTest {

    private final BodySizeLimits limits = new BodySizeLimits(new EdgeProperties(List.of(), null, null, null, null,
            null, null));

    @Test
    void uploadsMayBeLargerThanOtherCalls() {
        long tenMegabytes = DataSize.ofMegabytes(10).toBytes();
        assertThat(limits.limitFor("/api/properties/import")).isEqualTo(tenMegabytes);
        assertThat(limits.limitFor("/api/properties/3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c/photos"))
                .isEqualTo(tenMegabytes);
        assertThat(limits.limitFor("/api/ai/vision")).isEqualTo(tenMegabytes);
        assertThat(limits.limitFor("/api/ai/transcribe")).isGreaterThan(DataSize.ofMegabytes(20).toBytes());
    }

    @Test
    void everythingElseKeepsTheDefaultLimits() {
        assertThat(limits.limitFor("/api/properties/3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c"))
                .isEqualTo(DataSize.ofMegabytes(1).toBytes());
        assertThat(limits.limitFor("/api/properties/x/photos/y")).isEqualTo(DataSize.ofMegabytes(1).toBytes());
        assertThat(limits.limitFor("/webchat/demo/sessions")).isEqualTo(DataSize.ofKilobytes(32).toBytes());
        assertThat(limits.limitFor("/webhooks/telegram/demo")).isEqualTo(DataSize.ofMegabytes(3).toBytes());
    }
}
