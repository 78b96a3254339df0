-- The customer's four tables, with the names and columns of the spec. Decisions on top of it:
-- money is exact numeric(12,2); token_guid holds a SHA-256 digest, never the token; timestamps
-- carry their time zone so every instance reads the same instant.

create table delivery_category_c (
    delivery_category_c_id integer generated always as identity primary key,
    name                   varchar(150) not null,
    description            varchar(255),
    picture                bytea
);

create table delivery_menuitem_c (
    delivery_menuitem_c_id integer generated always as identity primary key,
    name                   varchar(150)  not null,
    price                  numeric(12, 2) not null,
    description            varchar(255),
    delivery_category_c_id integer       not null,
    picture                bytea,
    available              boolean       not null default true,
    constraint delivery_menuitem_c_price_positive check (price > 0),
    constraint delivery_menuitem_c_category_fk foreign key (delivery_category_c_id)
        references delivery_category_c (delivery_category_c_id)
);

-- Customers browse a category's available items by id.
create index delivery_menuitem_c_category_idx
    on delivery_menuitem_c (delivery_category_c_id, delivery_menuitem_c_id);

create table delivery_customer_c (
    delivery_customer_c_id integer generated always as identity primary key,
    customer_uid           varchar(36)  not null,
    login                  varchar(50)  not null,
    email                  varchar(254) not null,
    phone_number           varchar(16)  not null,
    password               varchar(255) not null,
    constraint delivery_customer_c_uid_uk unique (customer_uid),
    constraint delivery_customer_c_phone_uk unique (phone_number)
);

-- Login and email are unique regardless of case. jOOQ's code generator reads these scripts
-- without PostgreSQL and cannot parse expression indexes, so it skips them.
-- [jooq ignore start]
create unique index delivery_customer_c_login_uk on delivery_customer_c (lower(login));
create unique index delivery_customer_c_email_uk on delivery_customer_c (lower(email));
-- [jooq ignore stop]

create table delivery_customer_token_c (
    delivery_customer_token_c_id integer generated always as identity primary key,
    token_guid                   varchar(64) not null,
    token_begin_dt               timestamp with time zone not null,
    token_end_dt                 timestamp with time zone not null,
    customer_id                  integer     not null,
    constraint delivery_customer_token_c_guid_uk unique (token_guid),
    constraint delivery_customer_token_c_window check (token_end_dt >= token_begin_dt),
    constraint delivery_customer_token_c_customer_fk foreign key (customer_id)
        references delivery_customer_c (delivery_customer_c_id) on delete cascade
);

create index delivery_customer_token_c_customer_idx on delivery_customer_token_c (customer_id);
