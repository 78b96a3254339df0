-- Linked cards: cards a customer saved at the card processor to pay with later by typing only the CVC.
-- Only the processor's ids of the card and of the customer it is filed under, brand, last four digits,
-- expiry and a label are kept; the number and CVC never reach this table. At most one default card per
-- customer (partial unique index); the limit of ten per customer is kept by the repository under a lock
-- on the customer's row.
create table delivery_card_c (
    delivery_card_c_id    integer generated always as identity primary key,
    customer_id           integer      not null,
    processor_card_id     varchar(255) not null,
    processor_customer_id varchar(255) not null,
    card_brand            varchar(20)  not null,
    card_last4            varchar(4)   not null,
    exp_month             smallint     not null,
    exp_year              smallint     not null,
    card_label            varchar(60)  not null default '',
    is_default            boolean      not null default false,
    constraint delivery_card_c_month_ck check (exp_month between 1 and 12),
    constraint delivery_card_c_processor_uk unique (processor_card_id),
    constraint delivery_card_c_customer_fk foreign key (customer_id)
        references delivery_customer_c (delivery_customer_c_id) on delete cascade
);

create index delivery_card_c_customer_idx on delivery_card_c (customer_id);
create unique index delivery_card_c_default_uk on delivery_card_c (customer_id) where is_default;
