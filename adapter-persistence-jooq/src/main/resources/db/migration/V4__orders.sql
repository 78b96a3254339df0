-- Orders with their lines as ordered, and the customers' idempotency keys for placing them.
-- (V3 holds the menu-management changes.)

create table delivery_order_c (
    delivery_order_c_id    bigint generated always as identity primary key,
    order_uid              uuid          not null,
    customer_id            integer       not null,
    status                 varchar(20)   not null,
    payment_method         varchar(20)   not null,
    payment_status         varchar(20)   not null,
    currency               char(3)       not null,
    total_amount           numeric(12, 2) not null,
    item_count             integer       not null,
    delivery_address       varchar(500)  not null,
    comment                varchar(500)  not null default '',
    registered_dt          timestamp with time zone not null,
    cooking_started_dt     timestamp with time zone,
    cooking_finished_dt    timestamp with time zone,
    delivery_started_dt    timestamp with time zone,
    delivered_dt           timestamp with time zone,
    cancelled_dt           timestamp with time zone,
    estimated_ready_dt     timestamp with time zone not null,
    estimated_delivery_dt  timestamp with time zone not null,
    constraint delivery_order_c_uid_uk unique (order_uid),
    constraint delivery_order_c_customer_fk foreign key (customer_id)
        references delivery_customer_c (delivery_customer_c_id),
    constraint delivery_order_c_status_ck check (status in
        ('AWAITING_PAYMENT', 'PROCESSING', 'COOKING', 'IN_DELIVERY', 'DELIVERED', 'CANCELLED')),
    constraint delivery_order_c_payment_method_ck check (payment_method in
        ('CASH_ON_DELIVERY', 'POS_ON_DELIVERY', 'BANK_QR', 'CARD')),
    constraint delivery_order_c_payment_status_ck check (payment_status in ('PENDING', 'PAID')),
    constraint delivery_order_c_total_ck check (total_amount >= 0),
    constraint delivery_order_c_item_count_ck check (item_count > 0)
);

-- A customer's list, newest first, is a range scan of this index.
create index delivery_order_c_customer_idx on delivery_order_c (customer_id, delivery_order_c_id);
-- The kitchen queue the estimates count.
create index delivery_order_c_kitchen_idx on delivery_order_c (status) where status in ('PROCESSING', 'COOKING');

create table delivery_orderitem_c (
    delivery_orderitem_c_id bigint generated always as identity primary key,
    order_id                bigint        not null,
    line_no                 integer       not null,
    delivery_menuitem_c_id  integer       not null,
    name                    varchar(150)  not null,
    unit_price              numeric(12, 2) not null,
    quantity                integer       not null,
    line_cost               numeric(12, 2) not null,
    constraint delivery_orderitem_c_line_uk unique (order_id, line_no),
    constraint delivery_orderitem_c_order_fk foreign key (order_id)
        references delivery_order_c (delivery_order_c_id) on delete cascade,
    constraint delivery_orderitem_c_menuitem_fk foreign key (delivery_menuitem_c_id)
        references delivery_menuitem_c (delivery_menuitem_c_id),
    constraint delivery_orderitem_c_quantity_ck check (quantity between 1 and 99),
    constraint delivery_orderitem_c_cost_ck check (line_cost = unit_price * quantity)
);

create index delivery_orderitem_c_menuitem_idx on delivery_orderitem_c (delivery_menuitem_c_id);

create table delivery_idempotency_key_c (
    customer_id     integer      not null,
    idempotency_key varchar(255) not null,
    fingerprint     varchar(64)  not null,
    claimed_dt      timestamp with time zone not null,
    order_uid       uuid,
    constraint delivery_idempotency_key_c_pk primary key (customer_id, idempotency_key),
    constraint delivery_idempotency_key_c_customer_fk foreign key (customer_id)
        references delivery_customer_c (delivery_customer_c_id) on delete cascade
);
