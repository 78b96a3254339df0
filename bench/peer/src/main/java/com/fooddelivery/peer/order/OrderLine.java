package com.fooddelivery.peer.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of an order, with the item's name and price as they were when it was ordered. */
@Entity
@Table(name = "delivery_orderitem_c")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "delivery_orderitem_c_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;

    private int lineNo;

    @Column(name = "delivery_menuitem_c_id")
    private int menuItemId;

    private String name;
    private BigDecimal unitPrice;
    private int quantity;
    private BigDecimal lineCost;

    protected OrderLine() {
    }

    OrderLine(Order order, int lineNo, int menuItemId, String name, BigDecimal unitPrice, int quantity) {
        this.order = order;
        this.lineNo = lineNo;
        this.menuItemId = menuItemId;
        this.name = name;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.lineCost = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int getMenuItemId() { return menuItemId; }
    public String getName() { return name; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public int getQuantity() { return quantity; }
    public BigDecimal getLineCost() { return lineCost; }
}
