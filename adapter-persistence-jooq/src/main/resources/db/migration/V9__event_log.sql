-- The event log (transactional outbox): every change of an order, a payment, a customer or a session
-- appends its CloudEvent here in the change's own transaction. Positions are taken under a
-- transaction-level advisory lock held to commit, so events become visible in position order and a
-- reader that asks for "after N" never skips one that commits later. Accessed with plain SQL (it is
-- PostgreSQL-only: jsonb, advisory locks, NOTIFY), so jOOQ's generator skips this script.
-- [jooq ignore start]
create sequence delivery_event_c_position_seq;

create table delivery_event_c (
    delivery_event_c_id bigint                   primary key,
    event_id            uuid                     not null,
    event_type          varchar(120)             not null,
    subject             varchar(36)              not null,
    sequence_nr         bigint                   not null,
    occurred_dt         timestamp with time zone not null,
    recorded_dt         timestamp with time zone not null default now(),
    data                jsonb                    not null,
    published_dt        timestamp with time zone,
    constraint delivery_event_c_event_id_uk unique (event_id),
    constraint delivery_event_c_subject_sequence_uk unique (subject, sequence_nr)
);

-- The relay's work: a short index that shrinks as it publishes.
create index delivery_event_c_unpublished_idx on delivery_event_c (delivery_event_c_id) where published_dt is null;

-- The last sequence number of each subject (order or customer), so sequences keep growing after
-- old events are cleaned away.
create table delivery_event_stream_c (
    subject          varchar(36) primary key,
    last_sequence_nr bigint      not null
);
-- [jooq ignore stop]
