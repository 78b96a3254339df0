package com.fooddelivery.customer.application.customer;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.customer.Login;
import com.fooddelivery.customer.domain.customer.NewCustomer;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.PasswordPolicy;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerRegistered;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Opens a customer account. */
public class SignUp {

    private final CustomerRepository customers;
    private final PasswordHasher hasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public SignUp(
            CustomerRepository customers, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Stores the new customer with a hash of the password; DuplicateException when login, email or phone is taken. */
    public Customer signUp(Command command) {
        // Hashing is slow on purpose; it runs before the transaction so it holds no connection.
        String hash = hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> {
            Customer customer = customers.add(
                    new NewCustomer(UUID.randomUUID(), command.login(), command.email(), command.phoneNumber(), hash));
            events.append(new CustomerRegistered(customer, clock.instant()));
            return customer;
        });
    }

    /** A sign-up form, valid as a whole or refused with every broken field named. */
    public record Command(Login login, Email email, PhoneNumber phoneNumber, String password) {

        public Command {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            PasswordPolicy.check(password, "password");
        }

        public static Command of(String login, String email, String phoneNumber, String password) {
            Validator check = Validator.check();
            Login validLogin = check.parse(() -> new Login(login));
            Email validEmail = check.parse(() -> new Email(email));
            PhoneNumber validPhone = check.parse(() -> new PhoneNumber(phoneNumber));
            check.parse(() -> {
                PasswordPolicy.check(password, "password");
                return password;
            });
            check.done();
            return new Command(validLogin, validEmail, validPhone, password);
        }

        @Override
        public String toString() {
            return "SignUp.Command[login=" + login.value() + ", password=redacted]";
        }
    }
}
