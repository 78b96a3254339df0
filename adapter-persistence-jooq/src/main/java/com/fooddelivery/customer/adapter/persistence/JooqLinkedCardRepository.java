package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CARD_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_C;

import com.fooddelivery.customer.adapter.persistence.jooq.tables.records.DeliveryCardCRecord;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;

/** Linked cards in {@code delivery_card_c}; every statement is bounded by the customer's id. */
public final class JooqLinkedCardRepository implements LinkedCardRepository {

    private final JooqUnitOfWork db;

    JooqLinkedCardRepository(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<LinkedCard> add(NewLinkedCard card) {
        return db.inTransaction(() -> {
            // The customer's row lock serialises concurrent adds, so counting then inserting keeps the limit.
            db.dsl()
                    .selectOne()
                    .from(DELIVERY_CUSTOMER_C)
                    .where(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(
                            card.customerId().value()))
                    .forUpdate()
                    .execute();
            if (db.dsl().fetchCount(DELIVERY_CARD_C, ofCustomer(card.customerId())) >= LinkedCard.MAX_PER_CUSTOMER) {
                return Optional.empty();
            }
            if (card.isDefault()) {
                clearDefault(card.customerId());
            }
            DeliveryCardCRecord row = db.dsl()
                    .insertInto(DELIVERY_CARD_C)
                    .set(DELIVERY_CARD_C.CUSTOMER_ID, card.customerId().value())
                    .set(DELIVERY_CARD_C.PROCESSOR_CARD_ID, card.processorCardId())
                    .set(DELIVERY_CARD_C.PROCESSOR_CUSTOMER_ID, card.processorCustomerId())
                    .set(DELIVERY_CARD_C.CARD_BRAND, card.summary().brand())
                    .set(DELIVERY_CARD_C.CARD_LAST4, card.summary().last4())
                    .set(DELIVERY_CARD_C.EXP_MONTH, (short) card.expiry().getMonthValue())
                    .set(DELIVERY_CARD_C.EXP_YEAR, (short) card.expiry().getYear())
                    .set(DELIVERY_CARD_C.CARD_LABEL, card.label())
                    .set(DELIVERY_CARD_C.IS_DEFAULT, card.isDefault())
                    .returning()
                    .fetchSingle();
            return Optional.of(toCard(row));
        });
    }

    @Override
    public List<LinkedCard> of(CustomerId customerId) {
        return db.dsl()
                .selectFrom(DELIVERY_CARD_C)
                .where(ofCustomer(customerId))
                .orderBy(DELIVERY_CARD_C.DELIVERY_CARD_C_ID)
                .fetch(JooqLinkedCardRepository::toCard);
    }

    @Override
    public Optional<LinkedCard> find(CustomerId customerId, LinkedCardId id) {
        return db.dsl()
                .selectFrom(DELIVERY_CARD_C)
                .where(one(customerId, id))
                .fetchOptional(JooqLinkedCardRepository::toCard);
    }

    @Override
    public boolean makeDefault(CustomerId customerId, LinkedCardId id) {
        return db.inTransaction(() -> {
            if (find(customerId, id).isEmpty()) {
                return false;
            }
            clearDefault(customerId);
            return db.dsl()
                            .update(DELIVERY_CARD_C)
                            .set(DELIVERY_CARD_C.IS_DEFAULT, true)
                            .where(one(customerId, id))
                            .execute()
                    == 1;
        });
    }

    @Override
    public boolean relabel(CustomerId customerId, LinkedCardId id, String label) {
        return db.dsl()
                        .update(DELIVERY_CARD_C)
                        .set(DELIVERY_CARD_C.CARD_LABEL, LinkedCard.checkedLabel(label))
                        .where(one(customerId, id))
                        .execute()
                == 1;
    }

    @Override
    public boolean remove(CustomerId customerId, LinkedCardId id) {
        return db.dsl().deleteFrom(DELIVERY_CARD_C).where(one(customerId, id)).execute() == 1;
    }

    private void clearDefault(CustomerId customerId) {
        db.dsl()
                .update(DELIVERY_CARD_C)
                .set(DELIVERY_CARD_C.IS_DEFAULT, false)
                .where(ofCustomer(customerId))
                .and(DELIVERY_CARD_C.IS_DEFAULT)
                .execute();
    }

    private static Condition ofCustomer(CustomerId customerId) {
        return DELIVERY_CARD_C.CUSTOMER_ID.eq(customerId.value());
    }

    private static Condition one(CustomerId customerId, LinkedCardId id) {
        return ofCustomer(customerId).and(DELIVERY_CARD_C.DELIVERY_CARD_C_ID.eq(id.value()));
    }

    private static LinkedCard toCard(DeliveryCardCRecord row) {
        return new LinkedCard(
                new LinkedCardId(row.getDeliveryCardCId()),
                new CustomerId(row.getCustomerId()),
                row.getProcessorCardId(),
                row.getProcessorCustomerId(),
                new CardSummary(row.getCardBrand(), row.getCardLast4()),
                YearMonth.of(row.getExpYear(), row.getExpMonth()),
                row.getCardLabel(),
                row.getIsDefault());
    }
}
