-- The customers' ratings of their delivered orders: one per order, replaced while it may change.

create table delivery_rating_c (
    order_id        bigint        primary key,
    food_stars      smallint      not null,
    delivery_stars  smallint      not null,
    comment         varchar(1000) not null default '',
    rated_dt        timestamp with time zone not null,
    constraint delivery_rating_c_order_fk foreign key (order_id)
        references delivery_order_c (delivery_order_c_id) on delete cascade,
    constraint delivery_rating_c_food_ck check (food_stars between 1 and 5),
    constraint delivery_rating_c_delivery_ck check (delivery_stars between 1 and 5)
);

-- The public summary reads the last 90 days of ratings: a range scan, however many there are.
create index delivery_rating_c_rated_idx on delivery_rating_c (rated_dt) include (food_stars, delivery_stars);
-- A menu item's stars join its order lines to the ratings: the lines of one item by this index.
create index delivery_orderitem_c_menuitem_order_idx on delivery_orderitem_c (delivery_menuitem_c_id, order_id);

-- A customer's statistics read their orders of a period: a range of this index, covering every
-- column the series needs, so the cost follows the customer's orders, not the table.
create index delivery_order_c_customer_placed_idx on delivery_order_c (customer_id, registered_dt)
    include (status, payment_status, item_count, total_amount);
