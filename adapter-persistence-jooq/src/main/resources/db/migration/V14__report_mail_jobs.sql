-- Order reports to send by e-mail: written with the customer's request, sent and retried by a
-- background sender outside any transaction. The PDF is kept as rendered at the request.

create table delivery_report_mail_c (
    delivery_report_mail_c_id bigint generated always as identity primary key,
    customer_id     integer       not null,
    order_uid       uuid          not null,
    recipient       varchar(254)  not null,
    pdf             bytea         not null,
    requested_dt    timestamp with time zone not null,
    next_attempt_dt timestamp with time zone,
    attempts        integer       not null default 0,
    sent_dt         timestamp with time zone,
    last_error      varchar(500),
    constraint delivery_report_mail_c_customer_fk foreign key (customer_id)
        references delivery_customer_c (delivery_customer_c_id) on delete cascade
);

-- The sender reads the due, unsent jobs: only those are in this index, so sent mail costs nothing.
create index delivery_report_mail_c_due_idx on delivery_report_mail_c (next_attempt_dt)
    where sent_dt is null and next_attempt_dt is not null;
-- The limit per order and hour reads one customer's recent requests for one order.
create index delivery_report_mail_c_limit_idx on delivery_report_mail_c (customer_id, order_uid, requested_dt);
