package com.artinsmartrealty.gateway.whatsapp;

/**
 * The Graph API answered with an error object:
 * {@code {"error":{"message","type","code","error_subcode","error_data":{"details"},"fbtrace_id"}}}.
 */
public class GraphApiException extends RuntimeException {

    /** Re-engagement message: more than 24 hours since the customer last wrote. */
    public static final int RE_ENGAGEMENT = 131047;

    private final int httpStatus;
    private final int code;

    public GraphApiException(int httpStatus, int code, String message) {
        super("Graph API error " + code + " (HTTP " + httpStatus + "): " + message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Meta's error code, or 0 when the body had none. */
    public int code() {
        return code;
    }
}
