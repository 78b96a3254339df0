package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.application.card.ChangeLinkedCard;
import com.fooddelivery.customer.application.card.LinkCard;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.card.UnlinkCard;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The signed-in customer's linked cards: saved at the processor to pay with later by typing the CVC. */
public final class CardRoutes {

    private static final String CARDS = HttpApi.BASE + "/customers/me/cards";
    private static final Set<String> CHANGE_FIELDS = Set.of("default", "label");

    private final LinkCard link;
    private final ListLinkedCards list;
    private final ChangeLinkedCard change;
    private final UnlinkCard unlink;
    private final Clock clock;

    /**
     * @param link   saves a card
     * @param list   lists the cards
     * @param change renames a card or makes it the default
     * @param unlink detaches and forgets a card
     * @param clock  today, to tell expired cards
     */
    public CardRoutes(LinkCard link, ListLinkedCards list, ChangeLinkedCard change, UnlinkCard unlink, Clock clock) {
        this.link = Objects.requireNonNull(link);
        this.list = Objects.requireNonNull(list);
        this.change = Objects.requireNonNull(change);
        this.unlink = Objects.requireNonNull(unlink);
        this.clock = Objects.requireNonNull(clock);
    }

    /** {@code {"token": …}} or {@code {"card": {…}}}, and an optional label. */
    record LinkRequest(String token, PaymentDtos.CardRequest card, String label) {}

    /** A linked card as the customer sees it: never the processor's id. */
    record CardDto(
            int id,
            String brand,
            String last4,
            int expMonth,
            int expYear,
            String label,
            @JsonProperty("default") boolean isDefault,
            boolean expired) {}

    record CardList(List<CardDto> cards) {}

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        routes.post(
                CARDS,
                ctx -> {
                    LinkRequest request = bodies.json(ctx, LinkRequest.class);
                    Optional<CardSource> source = CardBodies.source(request.token(), request.card());
                    LinkedCard card = link.link(new LinkCard.Command(
                            CustomerAuthentication.caller(ctx), source.orElse(null), request.label()));
                    responses.created(ctx, CARDS + "/" + card.id().value(), toDto(card));
                },
                Access.CUSTOMER);
        routes.get(
                CARDS,
                ctx -> responses.privateJson(
                        ctx,
                        new CardList(list.list(CustomerAuthentication.caller(ctx)).stream()
                                .map(this::toDto)
                                .toList())),
                Access.CUSTOMER);
        routes.patch(
                CARDS + "/{id}",
                ctx -> responses.privateJson(ctx, toDto(change.change(changeOf(ctx, bodies.jsonObject(ctx))))),
                Access.CUSTOMER);
        routes.delete(
                CARDS + "/{id}",
                ctx -> {
                    unlink.unlink(CustomerAuthentication.caller(ctx), id(ctx));
                    ctx.status(204);
                },
                Access.CUSTOMER);
    }

    private static ChangeLinkedCard.Command changeOf(Context ctx, JsonNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CHANGE_FIELDS.contains(name)) {
                throw ValidationException.of(name, "is not a field that can be changed");
            }
        }
        JsonNode makeDefault = body.get("default");
        if (makeDefault != null && !(makeDefault.isBoolean() && makeDefault.booleanValue())) {
            throw ValidationException.of("default", "can only be true: make another card the default instead");
        }
        JsonNode label = body.get("label");
        if (label != null && !label.isTextual()) {
            throw ValidationException.of("label", "must be a string");
        }
        return new ChangeLinkedCard.Command(
                CustomerAuthentication.caller(ctx),
                id(ctx),
                Optional.ofNullable(label).map(JsonNode::textValue),
                makeDefault != null);
    }

    private static LinkedCardId id(Context ctx) {
        return new LinkedCardId(PathIds.positive(ctx, "id"));
    }

    private CardDto toDto(LinkedCard card) {
        return new CardDto(
                card.id().value(),
                card.summary().brand(),
                card.summary().last4(),
                card.expiry().getMonthValue(),
                card.expiry().getYear(),
                card.label(),
                card.isDefault(),
                card.isExpiredOn(LocalDate.now(clock)));
    }
}
