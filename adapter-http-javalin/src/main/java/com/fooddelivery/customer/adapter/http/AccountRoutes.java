package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.FieldUpdate;
import com.fooddelivery.customer.application.customer.ShowProfile;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.session.ListSessions;
import com.fooddelivery.customer.application.session.SignIn;
import com.fooddelivery.customer.application.session.SignOut;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.OwnAccount;
import com.fooddelivery.customer.domain.token.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Sign-up, sign-in and -out, devices, and the signed-in customer's own account. */
public final class AccountRoutes {

    private static final Set<String> PROFILE_FIELDS =
            Set.of("email", "phoneNumber", "deliveryAddress", "preferredPaymentMethod", "defaultCardId");

    private final SignUp signUp;
    private final SignIn signIn;
    private final SignOut signOut;
    private final ListSessions listSessions;
    private final ShowProfile showProfile;
    private final ChangeProfile changeProfile;
    private final ChangePassword changePassword;
    private final ListLinkedCards linkedCards;

    /**
     * @param signUp         creates accounts
     * @param signIn         starts sessions
     * @param signOut        ends sessions
     * @param listSessions   lists the caller's devices
     * @param showProfile    shows the caller's account
     * @param changeProfile  changes the caller's settings, the default linked card included
     * @param changePassword changes the caller's password
     * @param linkedCards    the caller's linked cards, for the default one the account shows
     */
    public AccountRoutes(
            SignUp signUp,
            SignIn signIn,
            SignOut signOut,
            ListSessions listSessions,
            ShowProfile showProfile,
            ChangeProfile changeProfile,
            ChangePassword changePassword,
            ListLinkedCards linkedCards) {
        this.signUp = Objects.requireNonNull(signUp);
        this.signIn = Objects.requireNonNull(signIn);
        this.signOut = Objects.requireNonNull(signOut);
        this.listSessions = Objects.requireNonNull(listSessions);
        this.showProfile = Objects.requireNonNull(showProfile);
        this.changeProfile = Objects.requireNonNull(changeProfile);
        this.changePassword = Objects.requireNonNull(changePassword);
        this.linkedCards = Objects.requireNonNull(linkedCards);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        String base = HttpApi.BASE;
        routes.post(base + "/customers", ctx -> {
            AccountDtos.SignUpRequest request = bodies.json(ctx, AccountDtos.SignUpRequest.class);
            var customer = signUp.signUp(
                    SignUp.Command.of(request.login(), request.email(), request.phoneNumber(), request.password()));
            responses.created(ctx, base + "/customers/me", AccountDtos.toDto(customer));
        });
        routes.post(base + "/sessions", ctx -> {
            AccountDtos.SignInRequest request = bodies.json(ctx, AccountDtos.SignInRequest.class);
            SignIn.Result result = signIn.signIn(new SignIn.Command(
                    request.login(), request.password(), ctx.userAgent(), Optional.ofNullable(request.deviceToken())));
            responses.created(
                    ctx,
                    base + "/sessions/" + result.session().id().value(),
                    new AccountDtos.TokenDto(
                            result.token().reveal(),
                            "Bearer",
                            result.session().end(),
                            result.session().id().value(),
                            result.deviceToken()));
        });
        routes.get(
                base + "/sessions",
                ctx -> responses.privateJson(
                        ctx,
                        new AccountDtos.SessionList(listSessions.list(CustomerAuthentication.caller(ctx)).stream()
                                .map(AccountDtos::toDto)
                                .toList())),
                Access.CUSTOMER);
        routes.delete(
                base + "/sessions/current",
                ctx -> {
                    signOut.signOut(CustomerAuthentication.caller(ctx));
                    ctx.status(204);
                },
                Access.CUSTOMER);
        routes.delete(
                base + "/sessions/{id}",
                ctx -> {
                    signOut.end(CustomerAuthentication.caller(ctx), new SessionId(PathIds.positive(ctx, "id")));
                    ctx.status(204);
                },
                Access.CUSTOMER);
        routes.get(
                base + "/customers/me",
                ctx -> {
                    OwnAccount own =
                            showProfile.show(CustomerAuthentication.token(ctx)).value();
                    responses.privateJson(
                            ctx,
                            AccountDtos.toDto(own.customer(), own.defaultCard().map(LinkedCardId::value)));
                },
                Access.CUSTOMER,
                Access.TOKEN_CHECKED_BY_THE_READ);
        routes.patch(
                base + "/customers/me",
                ctx -> responses.privateJson(
                        ctx, profile(ctx, changeProfile.change(profileChange(ctx, bodies.jsonObject(ctx))))),
                Access.CUSTOMER);
        routes.post(
                base + "/customers/me/password",
                ctx -> {
                    AccountDtos.PasswordChangeRequest request =
                            bodies.json(ctx, AccountDtos.PasswordChangeRequest.class);
                    changePassword.change(new ChangePassword.Command(
                            CustomerAuthentication.caller(ctx), request.currentPassword(), request.newPassword()));
                    ctx.status(204);
                },
                Access.CUSTOMER);
    }

    private static ChangeProfile.Command profileChange(Context ctx, JsonNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PROFILE_FIELDS.contains(name)) {
                throw ValidationException.of(name, "is not a field that can be changed");
            }
        }
        return ChangeProfile.Command.of(
                CustomerAuthentication.caller(ctx),
                update(body, "email"),
                update(body, "phoneNumber"),
                update(body, "deliveryAddress"),
                update(body, "preferredPaymentMethod"),
                defaultCard(body));
    }

    /** The changed account with the id of its default linked card, read after the use case committed. */
    private AccountDtos.CustomerDto profile(Context ctx, Customer customer) {
        Optional<Integer> defaultCard = linkedCards.list(CustomerAuthentication.caller(ctx)).stream()
                .filter(LinkedCard::isDefault)
                .findFirst()
                .map(card -> card.id().value());
        return AccountDtos.toDto(customer, defaultCard);
    }

    /**
     * A card id makes that card the default; the default cannot be cleared, only moved, as on
     * {@code PATCH /customers/me/cards/{id}}.
     */
    private static Optional<LinkedCardId> defaultCard(JsonNode body) {
        JsonNode value = body.get("defaultCardId");
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            throw ValidationException.of("defaultCardId", "cannot be cleared: make another card the default instead");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw ValidationException.of("defaultCardId", "must be the id of one of your linked cards");
        }
        return Optional.of(new LinkedCardId(value.intValue()));
    }

    /** Absent means keep, null means clear, a string means set; any other JSON type is refused. */
    private static FieldUpdate<String> update(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return FieldUpdate.keep();
        }
        if (value.isNull()) {
            return FieldUpdate.clear();
        }
        if (!value.isTextual()) {
            throw ValidationException.of(field, "must be a string or null");
        }
        return FieldUpdate.set(value.textValue());
    }
}
