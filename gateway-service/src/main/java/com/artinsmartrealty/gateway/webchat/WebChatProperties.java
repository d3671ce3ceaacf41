package com.artinsmartrealty.gateway.webchat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the website chat, counted per {@code window} across gateway instances.
 *
 * @param sessionsPerAddress sessions one client address may open
 * @param messagesPerSession messages one session may send
 * @param messagesPerAddress messages one client address may send, across its sessions
 */
@ConfigurationProperties("gateway.webchat")
public record WebChatProperties(int sessionsPerAddress, int messagesPerSession, int messagesPerAddress,
                                Duration window) {

    public WebChatProperties {
        sessionsPerAddress = sessionsPerAddress <= 0 ? 20 : sessionsPerAddress;
        messagesPerSession = messagesPerSession <= 0 ? 30 : messagesPerSession;
        messagesPerAddress = messagesPerAddress <= 0 ? 120 : messagesPerAddress;
        window = window == null ? Duration.ofMinutes(1) : window;
    }
}
