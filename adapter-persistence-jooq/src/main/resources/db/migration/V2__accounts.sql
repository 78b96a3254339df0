-- Settings a customer edits in the app, and the device of each session.
alter table delivery_customer_c add column default_delivery_address varchar(500);
alter table delivery_customer_c add column preferred_payment_method varchar(20);
alter table delivery_customer_c add column created_dt timestamp with time zone not null default current_timestamp;
alter table delivery_customer_c add constraint delivery_customer_c_payment_method_ck
    check (preferred_payment_method in ('CASH_ON_DELIVERY', 'POS_ON_DELIVERY', 'BANK_QR', 'CARD'));

alter table delivery_customer_token_c add column user_agent varchar(255) not null default '';

-- A customer's devices are listed by validity; this index also serves the customer_id foreign key,
-- so the narrower one goes (jOOQ's generator, on H2, cannot drop an index a foreign key uses).
create index delivery_customer_token_c_customer_end_idx on delivery_customer_token_c (customer_id, token_end_dt);
-- [jooq ignore start]
drop index delivery_customer_token_c_customer_idx;
-- [jooq ignore stop]

-- Failed sign-ins in a row per throttle key, shared by every instance of the service.
create table delivery_signin_attempt_c (
    throttle_key    varchar(300) primary key,
    failures        integer not null,
    last_failure_dt timestamp with time zone not null,
    constraint delivery_signin_attempt_c_failures_ck check (failures > 0)
);
