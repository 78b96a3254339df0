package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.customer.Login;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerProfileChanged;
import com.fooddelivery.customer.domain.event.CourierPositionReported;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.event.OrderRated;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.rating.Rating;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events' data as JSON values: every field, its JSON type, decimals with their scale and absent values as null. */
class EventDataTest {

    /** Decimals read with their scale, so that 8.50 is not 8.5. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void anOrderPlacedCarriesTheOrderWithItsLinesAndMoneyAtItsScale() throws Exception {
        Order order = anOrder().build();

        assertThat(data(new OrderPlaced(order, T0))).isEqualTo(JSON.readTree("""
                        {"orderUid": "%s", "status": "PROCESSING", "paymentMethod": "CASH_ON_DELIVERY",
                         "paymentStatus": "PENDING", "currency": "EUR", "totalAmount": 19.20,
                         "lines": [{"menuItemId": 1, "name": "Margherita", "unitPrice": 8.50, "quantity": 2, "lineCost": 17.00},
                                   {"menuItemId": 2, "name": "Cola", "unitPrice": 2.20, "quantity": 1, "lineCost": 2.20}],
                         "deliveryAddress": "Main street 1, Berlin", "comment": "ring twice",
                         "registeredAt": "2026-11-25T12:00:00Z", "estimatedReadyAt": "2026-11-25T12:20:00Z",
                         "estimatedDeliveryAt": "2026-11-25T12:45:00Z"}""".formatted(order.uid())));
    }

    @Test
    void aCourierPositionWritesHeadingAndSpeedOnlyWhenReported() throws Exception {
        OrderUid uid = OrderUid.random();

        assertThat(data(new CourierPositionReported(
                        uid, new CourierPosition(52.5, 13.25, T0, OptionalDouble.of(90.5), OptionalDouble.of(4)), T0)))
                .isEqualTo(JSON.readTree("""
                        {"orderUid": "%s", "lat": 52.5, "lon": 13.25, "heading": 90.5, "speed": 4.0,
                         "at": "2026-11-25T12:00:00Z"}""".formatted(uid)));
        assertThat(data(new CourierPositionReported(
                        uid, new CourierPosition(52.5, 13.25, T0, OptionalDouble.empty(), OptionalDouble.empty()), T0)))
                .isEqualTo(JSON.readTree("""
                        {"orderUid": "%s", "lat": 52.5, "lon": 13.25, "at": "2026-11-25T12:00:00Z"}""".formatted(uid)));
    }

    @Test
    void aRatingCarriesItsNumbersAndFlag() throws Exception {
        OrderUid uid = OrderUid.random();

        assertThat(data(new OrderRated(uid, new Rating(2, 5, "cold", T0), T0)))
                .isEqualTo(JSON.readTree("""
                        {"orderUid": "%s", "food": 2, "delivery": 5, "comment": "cold", "lowRating": true,
                         "ratedAt": "2026-11-25T12:00:00Z"}""".formatted(uid)));
    }

    @Test
    void aProfileWithoutAddressOrPaymentMethodWritesThemAsNull() throws Exception {
        Customer customer = new Customer(
                new CustomerId(7),
                UUID.randomUUID(),
                new Login("anna"),
                new Email("anna@example.org"),
                new PhoneNumber("+4915212345678"),
                Optional.empty(),
                Optional.empty());

        assertThat(data(new CustomerProfileChanged(customer, T0))).isEqualTo(JSON.readTree("""
                        {"login": "anna", "email": "anna@example.org", "phoneNumber": "+4915212345678",
                         "deliveryAddress": null, "preferredPaymentMethod": null, "changedAt": "2026-11-25T12:00:00Z"}"""));
    }

    private static JsonNode data(com.fooddelivery.customer.domain.event.DomainEvent event) throws Exception {
        return JSON.readTree(EventData.of(event));
    }
}
