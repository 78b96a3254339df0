package com.fooddelivery.customer.application.customer;

import com.fooddelivery.customer.application.card.DefaultCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.customer.ProfileChange;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerProfileChanged;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentMethods;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes the settings customers may edit themselves: email, phone, default address, payment method,
 * and which linked card is the default (the same rule as the card route's, {@link DefaultCard}).
 */
public class ChangeProfile {

    private final CustomerRepository customers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;
    private final Optional<LinkedCardRepository> cards;

    /** {@code cards} is empty where the service links no cards. */
    @Inject
    public ChangeProfile(
            CustomerRepository customers,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events,
            Optional<LinkedCardRepository> cards) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /**
     * Applies the fields the command sets or clears and keeps the rest.
     *
     * @throws DuplicateException when the new email or phone belongs to another customer
     * @throws NotFoundException when the new default card is not one of the customer's
     */
    public Customer change(Command command) {
        return unitOfWork.inTransaction(() -> {
            Customer current = customers
                    .byId(command.caller().customerId())
                    .orElseThrow(() -> new AuthenticationException("the caller's account no longer exists"));
            // First, so that an unknown card refuses the request before anything is written.
            command.defaultCard()
                    .ifPresent(card -> DefaultCard.make(
                            cards.orElseThrow(() -> new NotFoundException("linked card", card)),
                            events,
                            current.id(),
                            card,
                            clock.instant()));
            ProfileChange change = new ProfileChange(
                    apply(command.email(), current.email()),
                    apply(command.phoneNumber(), current.phoneNumber()),
                    applyOptional(command.deliveryAddress(), current.deliveryAddress()),
                    applyOptional(command.preferredPaymentMethod(), current.preferredPaymentMethod()));
            Customer changed = customers.change(current.id(), change);
            if (!changed.equals(current)) {
                events.append(new CustomerProfileChanged(changed, clock.instant()));
            }
            return changed;
        });
    }

    private static <T> T apply(FieldUpdate<T> update, T current) {
        return update instanceof FieldUpdate.Set<T> set ? set.value() : current;
    }

    private static <T> Optional<T> applyOptional(FieldUpdate<T> update, Optional<T> current) {
        if (update instanceof FieldUpdate.Set<T> set) {
            return Optional.of(set.value());
        }
        return update == FieldUpdate.<T>clear() ? Optional.empty() : current;
    }

    /** Which settings to change; the default card moves to another card but is never removed, as on the card route. */
    public record Command(
            Caller caller,
            FieldUpdate<Email> email,
            FieldUpdate<PhoneNumber> phoneNumber,
            FieldUpdate<DeliveryAddress> deliveryAddress,
            FieldUpdate<PaymentMethod> preferredPaymentMethod,
            Optional<LinkedCardId> defaultCard) {

        /** Email and phone cannot be cleared: sign-in and uniqueness depend on them. */
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            Objects.requireNonNull(deliveryAddress, "deliveryAddress");
            Objects.requireNonNull(preferredPaymentMethod, "preferredPaymentMethod");
            Objects.requireNonNull(defaultCard, "defaultCard");
            if (email == FieldUpdate.<Email>clear()) {
                throw ValidationException.of("email", "cannot be removed, only replaced");
            }
            if (phoneNumber == FieldUpdate.<PhoneNumber>clear()) {
                throw ValidationException.of("phoneNumber", "cannot be removed, only replaced");
            }
        }

        /** A change that leaves the default card as it is. */
        public Command(
                Caller caller,
                FieldUpdate<Email> email,
                FieldUpdate<PhoneNumber> phoneNumber,
                FieldUpdate<DeliveryAddress> deliveryAddress,
                FieldUpdate<PaymentMethod> preferredPaymentMethod) {
            this(caller, email, phoneNumber, deliveryAddress, preferredPaymentMethod, Optional.empty());
        }

        /** The command from raw values, every field's error collected before refusing it. */
        public static Command of(
                Caller caller,
                FieldUpdate<String> email,
                FieldUpdate<String> phoneNumber,
                FieldUpdate<String> deliveryAddress,
                FieldUpdate<String> preferredPaymentMethod) {
            return of(caller, email, phoneNumber, deliveryAddress, preferredPaymentMethod, Optional.empty());
        }

        /** As the other {@code of}, with a new default card (or empty). */
        public static Command of(
                Caller caller,
                FieldUpdate<String> email,
                FieldUpdate<String> phoneNumber,
                FieldUpdate<String> deliveryAddress,
                FieldUpdate<String> preferredPaymentMethod,
                Optional<LinkedCardId> defaultCard) {
            Validator check = Validator.check();
            FieldUpdate<Email> validEmail = check.parse(() -> map(email, Email::new));
            FieldUpdate<PhoneNumber> validPhone = check.parse(() -> map(phoneNumber, PhoneNumber::new));
            FieldUpdate<DeliveryAddress> validAddress = check.parse(() -> map(deliveryAddress, DeliveryAddress::new));
            FieldUpdate<PaymentMethod> validMethod = check.parse(
                    () -> map(preferredPaymentMethod, name -> PaymentMethods.parse(name, "preferredPaymentMethod")));
            check.done();
            return new Command(caller, validEmail, validPhone, validAddress, validMethod, defaultCard);
        }

        private static <T> FieldUpdate<T> map(FieldUpdate<String> raw, Function<String, T> parse) {
            return raw instanceof FieldUpdate.Set<String> set
                    ? FieldUpdate.set(parse.apply(set.value()))
                    : raw == FieldUpdate.<String>clear() ? FieldUpdate.clear() : FieldUpdate.keep();
        }
    }
}
