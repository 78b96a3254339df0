package com.fooddelivery.customer.application.payment;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.application.card.ChangeLinkedCard;
import com.fooddelivery.customer.application.card.LinkCard;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.card.UnlinkCard;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.AccountEvent;
import com.fooddelivery.customer.domain.event.AccountEvent.CardLinked;
import com.fooddelivery.customer.domain.event.AccountEvent.CardUnlinked;
import com.fooddelivery.customer.domain.event.AccountEvent.DefaultCardChanged;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Linking, listing, changing and unlinking cards against the fakes: the processor always agrees with the list. */
class LinkedCardUseCasesTest {

    private static final CardSource.Card VISA = new CardSource.Card("4242424242424242", 12, 2030, "123", "Anna Smith");

    private final InMemoryLinkedCardRepository cards = new InMemoryLinkedCardRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final FakeCardProcessor processor = new FakeCardProcessor();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final OutsideTransactionsCardProcessor outsideTransactions =
            new OutsideTransactionsCardProcessor(processor, unitOfWork);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemoryEventLog events = new InMemoryEventLog(customers);
    private final LinkCard link = new LinkCard(cards, customers, outsideTransactions, unitOfWork, clock, events);
    private final UnlinkCard unlink = new UnlinkCard(cards, outsideTransactions, unitOfWork, clock, events);
    private final ChangeLinkedCard change = new ChangeLinkedCard(cards, unitOfWork, clock, events);
    private Caller anna;
    private Caller bob;

    @BeforeEach
    void twoCustomers() {
        anna = new Caller(customers.add(aCustomer(1).build()).id(), new SessionId(1));
        bob = new Caller(customers.add(aCustomer(2).build()).id(), new SessionId(2));
    }

    @Test
    void theFirstLinkedCardIsTheDefaultAndKeepsOnlyWhatMayBeStored() {
        LinkedCard first = link.link(new LinkCard.Command(anna, VISA, " Private "));
        LinkedCard second = link.link(new LinkCard.Command(anna, new CardSource.Token("tok_visa"), null));

        assertThat(first.isDefault()).isTrue();
        assertThat(second.isDefault()).isFalse();
        assertThat(first.summary()).isEqualTo(new CardSummary("VISA", "4242"));
        assertThat(first.expiry()).isEqualTo(YearMonth.of(2030, 12));
        assertThat(first.label()).isEqualTo("Private");
        assertThat(second.processorCustomerId()).as("one processor customer").isEqualTo(first.processorCustomerId());
        assertThat(new ListLinkedCards(cards).list(anna)).containsExactly(first, second);
        assertThat(processor.attached).containsOnlyKeys(first.processorCardId(), second.processorCardId());
    }

    @Test
    void theEleventhCardIsAConflictAndNothingStaysAttached() {
        for (int i = 0; i < LinkedCard.MAX_PER_CUSTOMER; i++) {
            link.link(new LinkCard.Command(anna, VISA, "card " + i));
        }

        assertThatThrownBy(() -> link.link(new LinkCard.Command(anna, VISA, "one more")))
                .isInstanceOf(ConflictException.class);
        assertThat(processor.attached).hasSize(LinkedCard.MAX_PER_CUSTOMER);
    }

    @Test
    void aDeclinedCardIsABadRequestAndNothingIsKept() {
        processor.next = FakeCardProcessor.Next.DECLINE;

        assertThatThrownBy(() -> link.link(new LinkCard.Command(anna, VISA, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.getMessage()).doesNotContain(VISA.number()));
        assertThat(cards.of(anna.customerId())).isEmpty();
    }

    @Test
    void unlinkingDetachesAtTheProcessorAndAnotherCustomersCardIsNotFound() {
        LinkedCard card = link.link(new LinkCard.Command(anna, VISA, null));

        assertThatThrownBy(() -> unlink.unlink(bob, card.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> change.change(new ChangeLinkedCard.Command(bob, card.id(), Optional.of("x"), true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(processor.attached).containsKey(card.processorCardId());

        unlink.unlink(anna, card.id());

        assertThat(processor.attached).isEmpty();
        assertThat(cards.of(anna.customerId())).isEmpty();
    }

    @Test
    void aProcessorThatDoesNotAnswerTheDetachLeavesTheCardListed() {
        LinkedCard card = link.link(new LinkCard.Command(anna, VISA, null));
        processor.next = FakeCardProcessor.Next.NO_ANSWER;

        assertThatThrownBy(() -> unlink.unlink(anna, card.id())).isInstanceOf(PaymentGatewayException.class);

        assertThat(cards.of(anna.customerId())).containsExactly(card);
    }

    @Test
    void aCardIsRenamedAndMadeTheDefault() {
        LinkedCard first = link.link(new LinkCard.Command(anna, VISA, null));
        LinkedCard second = link.link(new LinkCard.Command(anna, VISA, null));

        LinkedCard changed = change.change(new ChangeLinkedCard.Command(anna, second.id(), Optional.of("Work"), true));

        assertThat(changed.label()).isEqualTo("Work");
        assertThat(changed.isDefault()).isTrue();
        assertThat(cards.find(anna.customerId(), first.id()).orElseThrow().isDefault())
                .isFalse();
        assertThatThrownBy(() -> new ChangeLinkedCard.Command(anna, second.id(), Optional.empty(), false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ChangeLinkedCard.Command(anna, second.id(), Optional.of("x".repeat(61)), false))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void linkingMovingTheDefaultAndUnlinkingAreAccountEventsWithoutCardData() {
        LinkedCard first = link.link(new LinkCard.Command(anna, VISA, null));
        LinkedCard second = link.link(new LinkCard.Command(anna, VISA, null));
        change.change(new ChangeLinkedCard.Command(anna, second.id(), Optional.empty(), true));
        change.change(new ChangeLinkedCard.Command(anna, second.id(), Optional.of("again"), true));
        unlink.unlink(anna, first.id());

        assertThat(events.appended(AccountEvent.class))
                .containsExactly(
                        new CardLinked(first, clock.instant()),
                        new CardLinked(second, clock.instant()),
                        new DefaultCardChanged(anna.customerId(), second.id(), clock.instant()),
                        new CardUnlinked(anna.customerId(), first.id(), clock.instant()));
        assertThat(events.appended().toString()).doesNotContain(VISA.number()).doesNotContain("cvc=123");
    }

    @Test
    void aCardTheDatabaseFailsToRememberIsDetachedAgainAfterTheFailedTransaction() {
        UnitOfWork failing = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                assertThat(processor.calls)
                        .as("no processor call inside the transaction")
                        .noneMatch(call -> call.startsWith("detach"));
                throw new IllegalStateException("the commit failed");
            }
        };
        LinkCard linkWithoutDatabase = new LinkCard(cards, customers, processor, failing, clock, events);

        assertThatThrownBy(() -> linkWithoutDatabase.link(new LinkCard.Command(anna, VISA, null)))
                .hasMessage("the commit failed");

        assertThat(processor.calls).anyMatch(call -> call.startsWith("detach"));
        assertThat(processor.attached)
                .as("the processor keeps no card the service does not know")
                .isEmpty();
        assertThat(cards.of(anna.customerId())).isEmpty();
    }

    @Test
    void aSavedCardCannotBeLinkedAgain() {
        assertThatThrownBy(() -> new LinkCard.Command(anna, new CardSource.Saved("cus_1", "pm_1", "123"), null))
                .isInstanceOf(ValidationException.class);
    }
}
