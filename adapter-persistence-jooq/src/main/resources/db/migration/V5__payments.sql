-- Payment attempts of orders, and the callback events applied to them exactly once.
-- Card numbers and CVCs have no column anywhere: only brand and last four digits are kept.

create table delivery_payment_c (
    delivery_payment_c_id  bigint generated always as identity primary key,
    payment_reference      varchar(20)   not null,
    order_uid              uuid          not null,
    method                 varchar(20)   not null,
    status                 varchar(20)   not null,
    currency               char(3)       not null,
    amount                 numeric(12, 2) not null,
    idempotency_key        varchar(255),
    request_fingerprint    varchar(64),
    provider_reference     varchar(255),
    failure_reason         varchar(500),
    card_brand             varchar(20),
    card_last4             char(4),
    created_dt             timestamp with time zone not null,
    updated_dt             timestamp with time zone not null,
    constraint delivery_payment_c_reference_uk unique (payment_reference),
    -- One key starts one attempt per order, however often the request is retried.
    constraint delivery_payment_c_request_uk unique (order_uid, idempotency_key),
    constraint delivery_payment_c_order_fk foreign key (order_uid)
        references delivery_order_c (order_uid) on delete cascade,
    constraint delivery_payment_c_method_ck check (method in
        ('CASH_ON_DELIVERY', 'POS_ON_DELIVERY', 'BANK_QR', 'CARD')),
    constraint delivery_payment_c_status_ck check (status in
        ('PENDING', 'AUTHORIZED', 'PAID', 'FAILED', 'VOIDED', 'REFUNDED')),
    constraint delivery_payment_c_amount_ck check (amount >= 0)
);

create index delivery_payment_c_order_idx on delivery_payment_c (order_uid, delivery_payment_c_id);

create table delivery_payment_event_c (
    provider           varchar(30)  not null,
    event_id           varchar(255) not null,
    payment_reference  varchar(20)  not null,
    applied_dt         timestamp with time zone not null,
    -- A callback delivered twice, or by two instances at once, is applied by exactly one insert.
    constraint delivery_payment_event_c_pk primary key (provider, event_id)
);

-- A cancelled order's money can now go back.
alter table delivery_order_c drop constraint delivery_order_c_payment_status_ck;
alter table delivery_order_c add constraint delivery_order_c_payment_status_ck
    check (payment_status in ('PENDING', 'PAID', 'REFUNDED'));

-- The sweep for orders left unpaid reads only these rows.
create index delivery_order_c_unpaid_idx on delivery_order_c (registered_dt) where status = 'AWAITING_PAYMENT';
