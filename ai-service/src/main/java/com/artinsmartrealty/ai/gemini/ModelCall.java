package com.artinsmartrealty.ai.gemini;

import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One call to the model: the fixed instruction, the parts of the request (data and the user's own text
 * or media, each its own part), the JSON schema of the answer, and who it is for.
 *
 * @param leadId               the lead the call serves, or null
 * @param correlationId        the interaction it belongs to, for the usage event
 * @param estimatedInputTokens a conservative estimate, checked against the token budgets before calling
 */
public record ModelCall(Operation operation, UUID tenantId, UUID leadId, String correlationId, String instruction,
                        List<Part> parts, Schema schema, int maxOutputTokens, long estimatedInputTokens) {

    public ModelCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(instruction, "instruction");
        parts = List.copyOf(parts);
    }
}
