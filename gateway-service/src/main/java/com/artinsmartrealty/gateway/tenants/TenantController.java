package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.contracts.tenant.TenantStatusChanged;
import com.artinsmartrealty.gateway.web.Cursor;
import com.artinsmartrealty.gateway.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The platform owner's tenant administration (role {@code super_admin}, enforced by the security chain). */
@RestController
@RequestMapping("/api/tenants")
@Tag(name = "tenants")
class TenantController {

    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final TenantRegistry registry;

    TenantController(TenantRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Every agency, oldest first")
    Mono<Page<Tenant>> list(@RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit, DEFAULT_PAGE, MAX_PAGE);
        return registry.list(Cursor.decode(cursor), size).collectList()
                .map(items -> new Page<>(items, items.size() < size ? null
                        : new Cursor(items.getLast().createdAt(), items.getLast().id()).encode()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an agency, optionally with its first tenant_admin; 409 when the slug is taken")
    Mono<ResponseEntity<Tenant>> register(@RequestBody NewTenant tenant) {
        if (tenant == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a tenant is required");
        }
        return registry.register(tenant).map(created -> ResponseEntity.status(HttpStatus.CREATED).body(created));
    }

    @GetMapping("/{id}")
    Mono<Tenant> get(@PathVariable UUID id) {
        return registry.find(id).switchIfEmpty(Mono.error(notFound()));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend an agency: its bots stop answering and its users cannot sign in")
    Mono<Tenant> suspend(@PathVariable UUID id, @RequestBody(required = false) StatusRequest request) {
        String reason = request == null ? null : request.reason();
        if (reason != null && reason.length() > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason must have at most 500 characters");
        }
        return registry.changeStatus(id, TenantStatusChanged.Status.SUSPENDED, reason)
                .switchIfEmpty(Mono.error(notFound()));
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Reactivate a suspended agency")
    Mono<Tenant> activate(@PathVariable UUID id) {
        return registry.changeStatus(id, TenantStatusChanged.Status.ACTIVE, null).switchIfEmpty(Mono.error(notFound()));
    }

    @PutMapping(path = "/{id}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an agency's plan and monthly price")
    Mono<Tenant> changePlan(@PathVariable UUID id, @RequestBody PlanRequest plan) {
        if (plan == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a plan is required");
        }
        return registry.changePlan(id, plan.plan(), plan.monthlyPriceMinor(), plan.currency())
                .switchIfEmpty(Mono.error(notFound()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such tenant");
    }

    record StatusRequest(String reason) {
    }

    record PlanRequest(String plan, Long monthlyPriceMinor, String currency) {
    }
}
