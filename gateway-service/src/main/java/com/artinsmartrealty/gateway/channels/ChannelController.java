package com.artinsmartrealty.gateway.channels;

import com.artinsmartrealty.platform.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The agency's channels (role {@code tenant_admin}): Telegram bot, WhatsApp number, web chat origins. */
@RestController
@RequestMapping("/api/channels")
@Tag(name = "channels")
class ChannelController {

    private final Channels channels;

    ChannelController(Channels channels) {
        this.channels = channels;
    }

    @GetMapping
    @Operation(summary = "The agency's channel settings, without secrets")
    Mono<ChannelsView> get() {
        return CurrentPrincipal.tenantId().flatMap(channels::view);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change channel settings; sections left out stay as they are. Secrets are checked "
            + "with the channel, stored encrypted and never returned.")
    Mono<ChannelsView> update(@RequestBody ChannelsUpdate update) {
        if (update == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a channel update is required");
        }
        return CurrentPrincipal.tenantId().flatMap(tenantId -> channels.update(tenantId, update));
    }

    @DeleteMapping("/telegram")
    @Operation(summary = "Disconnect the Telegram bot")
    Mono<ResponseEntity<Void>> removeTelegram() {
        return CurrentPrincipal.tenantId().flatMap(channels::removeTelegram)
                .thenReturn(ResponseEntity.noContent().build());
    }

    @DeleteMapping("/whatsapp")
    @Operation(summary = "Disconnect the WhatsApp number")
    Mono<ResponseEntity<Void>> removeWhatsApp() {
        return CurrentPrincipal.tenantId().flatMap(channels::removeWhatsApp)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
