package com.artinsmartrealty.gateway.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.InetSocketAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Sign-in for the dashboard: e-mail and password for an access token and a rotating refresh token. */
@RestController
@RequestMapping(path = "/api/auth", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "auth")
class AuthController {

    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_PASSWORD_LENGTH = 256;

    private final Sessions sessions;

    AuthController(Sessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in", description = "401 for a wrong e-mail or password, 429 after too many attempts.")
    Mono<TokenPair> login(@RequestBody LoginRequest request, ServerHttpRequest http) {
        if (request == null || blank(request.email()) || blank(request.password())
                || request.email().length() > MAX_EMAIL_LENGTH || request.password().length() > MAX_PASSWORD_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email and password are required");
        }
        return sessions.login(request.email(), request.password(), clientAddress(http));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; the presented one stops working")
    Mono<TokenPair> refresh(@RequestBody RefreshRequest request) {
        return sessions.refresh(required(request));
    }

    @PostMapping("/logout")
    @Operation(summary = "Sign out: the refresh token and every token rotated from it stop working")
    Mono<ResponseEntity<Void>> logout(@RequestBody RefreshRequest request) {
        return sessions.logout(required(request)).thenReturn(ResponseEntity.noContent().build());
    }

    private static String required(RefreshRequest request) {
        if (request == null || blank(request.refreshToken()) || request.refreshToken().length() > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "refreshToken is required");
        }
        return request.refreshToken();
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    record LoginRequest(String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[]";
        }
    }

    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[]";
        }
    }
}
