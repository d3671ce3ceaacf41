package com.artinsmartrealty.gateway.media;

/**
 * A file's bytes with what describes them.
 *
 * @param fileName a name for documents, or null
 */
public record StoredFile(byte[] content, String mimeType, String fileName) {

    @Override
    public String toString() {
        return "StoredFile[" + mimeType + ", " + content.length + " bytes]";
    }
}
