-- Live tracking: the latest position the courier of an order reported (older ones are not kept; the
-- event log has them for its retention). Null until the first report.
alter table delivery_order_c add column courier_lat     double precision;
alter table delivery_order_c add column courier_lon     double precision;
alter table delivery_order_c add column courier_heading double precision;
alter table delivery_order_c add column courier_speed   double precision;
alter table delivery_order_c add column courier_at      timestamp with time zone;

-- A customer's live stream that reconnects reads that customer's events after a position.
-- [jooq ignore start]
create index delivery_event_c_customer_idx on delivery_event_c ((data->>'customerUid'), delivery_event_c_id);
-- [jooq ignore stop]
