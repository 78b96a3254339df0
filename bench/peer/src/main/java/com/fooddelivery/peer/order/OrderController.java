package com.fooddelivery.peer.order;

import com.fooddelivery.peer.security.CustomerPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The customer's orders: place one, list them, show one. */
@RestController
@RequestMapping(OrderController.BASE)
class OrderController {

    static final String BASE = "/api/v1/orders";

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<OrderDtos.OrderDto> place(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                                             @RequestHeader("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,255}") String key,
                                             @Valid @RequestBody OrderDtos.PlaceOrderRequest request) {
        OrderService.Placed placed = orders.place(CustomerPrincipal.customerId(principal), key, request);
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create(BASE + "/" + placed.order().uid()))
                .header("Cache-Control", "no-store");
        if (placed.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(placed.order());
    }

    @GetMapping
    OrderDtos.OrderList list(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                             @RequestParam(defaultValue = "all") @Pattern(regexp = "all|pending") String status,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                             @RequestParam(required = false) String cursor) {
        Optional<Long> before = cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(Cursors.decode(cursor)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "cursor is not a cursor this service handed out")));
        return orders.list(CustomerPrincipal.customerId(principal), status.equals("pending"), limit, before);
    }

    @GetMapping("/{uid}")
    OrderDtos.OrderDto show(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, @PathVariable UUID uid) {
        return orders.show(CustomerPrincipal.customerId(principal), uid);
    }
}
