package com.fooddelivery.customer.domain.card;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LinkedCardRepository} promises; run against the fake and against PostgreSQL. */
public abstract class LinkedCardRepositoryContract {

    private static final YearMonth EXPIRY = YearMonth.of(2030, 12);

    private LinkedCardRepository cards;
    private CustomerId anna;
    private CustomerId bob;

    /** Empty card and customer stores over the same data. */
    protected abstract Stores emptyStores();

    /**
     * @param customers where the cards' customers are kept
     * @param cards     the repository under test
     */
    public record Stores(CustomerRepository customers, LinkedCardRepository cards) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        cards = stores.cards();
        anna = stores.customers().add(aCustomer(1).build()).id();
        bob = stores.customers().add(aCustomer(2).build()).id();
    }

    private static NewLinkedCard card(CustomerId customer, String pm, boolean isDefault) {
        return new NewLinkedCard(
                customer, pm, "cus_" + customer.value(), new CardSummary("VISA", "4242"), EXPIRY, " Work ", isDefault);
    }

    @Test
    void aStoredCardReadsBackAsItWasSaved() {
        LinkedCard stored = cards.add(card(anna, "pm_1", true)).orElseThrow();

        assertThat(stored.processorCardId()).isEqualTo("pm_1");
        assertThat(stored.processorCustomerId()).isEqualTo("cus_" + anna.value());
        assertThat(stored.summary()).isEqualTo(new CardSummary("VISA", "4242"));
        assertThat(stored.expiry()).isEqualTo(EXPIRY);
        assertThat(stored.label()).isEqualTo("Work");
        assertThat(stored.isDefault()).isTrue();
        assertThat(cards.find(anna, stored.id())).contains(stored);
        assertThat(cards.of(anna)).containsExactly(stored);
    }

    @Test
    void anotherCustomersCardIsNotFoundChangedOrRemoved() {
        LinkedCard annas = cards.add(card(anna, "pm_1", false)).orElseThrow();

        assertThat(cards.find(bob, annas.id())).isEmpty();
        assertThat(cards.makeDefault(bob, annas.id())).isFalse();
        assertThat(cards.relabel(bob, annas.id(), "mine")).isFalse();
        assertThat(cards.remove(bob, annas.id())).isFalse();
        assertThat(cards.of(bob)).isEmpty();
        assertThat(cards.find(anna, annas.id())).contains(annas);
    }

    @Test
    void aCustomerHasAtMostOneDefaultCard() {
        LinkedCard first = cards.add(card(anna, "pm_1", true)).orElseThrow();
        LinkedCard second = cards.add(card(anna, "pm_2", true)).orElseThrow();
        LinkedCard bobs = cards.add(card(bob, "pm_3", true)).orElseThrow();

        assertThat(cards.find(anna, first.id()).orElseThrow().isDefault()).isFalse();
        assertThat(cards.find(anna, second.id()).orElseThrow().isDefault()).isTrue();

        assertThat(cards.makeDefault(anna, first.id())).isTrue();
        assertThat(cards.of(anna)).extracting(LinkedCard::isDefault).containsExactly(true, false);
        assertThat(cards.find(bob, bobs.id()).orElseThrow().isDefault())
                .as("another customer's default stays")
                .isTrue();
    }

    @Test
    void theEleventhCardFindsNoRoom() {
        for (int i = 0; i < LinkedCard.MAX_PER_CUSTOMER; i++) {
            assertThat(cards.add(card(anna, "pm_" + i, false))).isPresent();
        }

        assertThat(cards.add(card(anna, "pm_more", false))).isEmpty();
        assertThat(cards.of(anna)).hasSize(LinkedCard.MAX_PER_CUSTOMER);
        assertThat(cards.add(card(bob, "pm_bob", false)))
                .as("another customer has room")
                .isPresent();
    }

    @Test
    void relabelAndRemoveActOnTheOneCard() {
        LinkedCard kept = cards.add(card(anna, "pm_1", false)).orElseThrow();
        LinkedCard removed = cards.add(card(anna, "pm_2", false)).orElseThrow();

        assertThat(cards.relabel(anna, kept.id(), "  Private  ")).isTrue();
        assertThat(cards.remove(anna, removed.id())).isTrue();

        assertThat(cards.of(anna)).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo(kept.id());
            assertThat(card.label()).isEqualTo("Private");
        });
        assertThat(cards.remove(anna, removed.id())).as("already gone").isFalse();
        assertThatThrownBy(() -> cards.relabel(anna, kept.id(), "x".repeat(NewLinkedCard.LABEL_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
