package com.artinsmartrealty.gateway.users;

import com.artinsmartrealty.gateway.web.Cursor;
import com.artinsmartrealty.gateway.web.Page;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * An agency's users: everyone in the agency may list them; its admins create and change them. The
 * tenant is the caller's; another agency's user is a 404.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users")
class UserController {

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The agency's users, oldest first")
    Mono<Page<UserView>> list(@RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        Cursor after = Cursor.decode(cursor);
        int size = Cursor.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> users.list(tenantId, after, size).map(UserView::of).collectList())
                .map(items -> new Page<>(items, items.size() < size ? null
                        : new Cursor(items.getLast().createdAt(), items.getLast().id()).encode()));
    }

    @GetMapping("/{id}")
    Mono<UserView> get(@PathVariable UUID id) {
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> users.find(tenantId, id))
                .map(UserView::of)
                .switchIfEmpty(Mono.error(notFound()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user (tenant_admin or agent); 409 when the e-mail is taken")
    Mono<ResponseEntity<UserView>> create(@RequestBody NewUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a user is required");
        }
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> users.create(tenantId, user))
                .map(created -> ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created)));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a user's name, role, password or active flag")
    Mono<UserView> update(@PathVariable UUID id, @RequestBody UserChanges changes) {
        if (changes == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "changes are required");
        }
        return CurrentPrincipal.get()
                .flatMap(principal -> CurrentPrincipal.tenantId().flatMap(tenantId -> users.update(tenantId, id,
                        principal.userId().orElse(null), changes)))
                .map(UserView::of)
                .switchIfEmpty(Mono.error(notFound()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such user");
    }

    /** A user as the dashboard sees them. */
    record UserView(UUID id, String email, String role, String displayName, boolean active, Instant createdAt,
                    Instant updatedAt) {

        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.role().claim(), user.displayName(), user.active(),
                    user.createdAt(), user.updatedAt());
        }
    }
}
