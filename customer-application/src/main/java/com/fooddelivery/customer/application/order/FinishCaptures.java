package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Finishes the kitchen's card captures a stopped service left behind: payments committed {@code CAPTURING} whose
 * answer nobody recorded, because the service stopped before the processor answered and the kitchen did not report
 * again. Meant to run periodically on every instance; two instances asking for one capture is harmless (one
 * {@code -capture} key at the processor, and the first answer recorded wins).
 */
public class FinishCaptures {

    /** Captures asked for per run; a backlog is worked off over several runs. */
    static final int BATCH = 100;

    /**
     * How long a capture stays untouched before it counts as left behind: well past a processor's read timeout
     * (30 s by default), so the sweep seldom asks beside the kitchen's own request, which would be harmless too.
     */
    public static final Duration LEFT_BEHIND_AFTER = Duration.ofMinutes(2);

    private final PaymentRepository payments;
    private final KitchenCapture capture;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public FinishCaptures(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.capture = new KitchenCapture(orders, payments, cards, unitOfWork, clock, events);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Asks the processor for one batch of captures left behind, each outside any transaction, and records each
     * answer in a unit of work of its own, as the kitchen's report would have: taken, the order starts cooking at
     * the moment the capture was committed; refused, it stays {@code PROCESSING} with its hold.
     *
     * @return how many captures were answered and recorded; one the processor does not answer stays for the next run
     */
    public int finish() {
        Instant untouchedSince = clock.instant().minus(LEFT_BEHIND_AFTER);
        List<Payment> leftBehind = unitOfWork.inTransaction(() -> payments.capturesLeftBehind(untouchedSince, BATCH));
        int answered = 0;
        for (Payment capturing : leftBehind) {
            KitchenCapture.Owed owed = KitchenCapture.Owed.leftBehind(capturing);
            try {
                capture.record(owed, capture.ask(owed));
                answered++;
            } catch (PaymentGatewayException unanswered) {
                // Still CAPTURING, so still refused to a cancel: the next run asks again. The next one is another
                // order's.
            }
        }
        return answered;
    }
}
