package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.order.CancelOrder;
import com.fooddelivery.customer.application.order.ExportOrders;
import com.fooddelivery.customer.application.order.FinishCaptures;
import com.fooddelivery.customer.application.order.ListOrders;
import com.fooddelivery.customer.application.order.OrderAgain;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.RecordOrderEvent;
import com.fooddelivery.customer.application.order.ShowOrder;
import com.fooddelivery.customer.application.order.ShowOrderReport;
import com.fooddelivery.customer.application.order.ShowOrderToService;
import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.util.Optional;

/**
 * The use cases of orders: placing, following and cancelling them, and the kitchen's and courier's news.
 */
public final class OrderUseCases {

    private final PlaceOrder placeOrder;
    private final ListOrders listOrders;
    private final ShowOrder showOrder;
    private final ShowOrderReport showOrderReport;
    private final CancelOrder cancelOrder;
    private final OrderAgain orderAgain;
    private final RecordOrderEvent recordOrderEvent;
    private final FinishCaptures finishCaptures;
    private final ShowOrderToService showOrderToService;
    private final Optional<ExportOrders> exportOrders;

    OrderUseCases(CorePorts p, CorePolicies policies, SignedInReads reads, CancellationSettlement settlement) {
        OrderPorts o = p.orders();
        PaymentPorts pay = p.payments();
        placeOrder = new PlaceOrder(
                o.placementReads()
                        .orElseGet(() -> PlacementReads.oneByOne(
                                p.accounts().sessions(), o.idempotencyKeys(), o.prices(), o.orders())),
                o.orders(),
                o.idempotencyKeys(),
                pay.payments(),
                p.unitOfWork(),
                policies.estimates(),
                p.clock(),
                p.events());
        listOrders = new ListOrders(reads, p.clock());
        showOrder = new ShowOrder(o.orders());
        showOrderReport = new ShowOrderReport(reads, p.clock());
        cancelOrder = new CancelOrder(o.orders(), settlement, p.unitOfWork(), p.clock(), p.events());
        orderAgain = new OrderAgain(o.orders(), o.prices());
        recordOrderEvent =
                new RecordOrderEvent(o.orders(), pay.payments(), pay.cards(), p.unitOfWork(), p.clock(), p.events());
        finishCaptures =
                new FinishCaptures(o.orders(), pay.payments(), pay.cards(), p.unitOfWork(), p.clock(), p.events());
        showOrderToService =
                new ShowOrderToService(o.orders(), pay.payments(), p.accounts().customers());
        exportOrders = o.history().map(ExportOrders::new);
    }

    /** Places an order, once per idempotency key. */
    public PlaceOrder placeOrder() {
        return placeOrder;
    }

    /** A page of the customer's orders. */
    public ListOrders listOrders() {
        return listOrders;
    }

    /** One of the customer's orders. */
    public ShowOrder showOrder() {
        return showOrder;
    }

    /** The report of one of the customer's orders, read with the token check. */
    public ShowOrderReport showOrderReport() {
        return showOrderReport;
    }

    /** Cancels an order and releases or refunds its payment. */
    public CancelOrder cancelOrder() {
        return cancelOrder;
    }

    /** An earlier order priced on today's menu. */
    public OrderAgain orderAgain() {
        return orderAgain;
    }

    /** The kitchen's and courier's news of an order. */
    public RecordOrderEvent recordOrderEvent() {
        return recordOrderEvent;
    }

    /** Finishes the kitchen's card captures a stopped service left {@code CAPTURING}. */
    public FinishCaptures finishCaptures() {
        return finishCaptures;
    }

    /** An order as the company's other services see it. */
    public ShowOrderToService showOrderToService() {
        return showOrderToService;
    }

    /** The customer's orders with every line; with {@code OrderHistory} only. */
    public Optional<ExportOrders> exportOrders() {
        return exportOrders;
    }
}
