package com.artinsmartrealty.gateway.webchat;

/** What the widget posts: typed text or the callback data of a pressed button, never both. */
record WebChatInput(String text, String callbackData) {
}
