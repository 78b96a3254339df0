-- Large bench data for "how cost grows": 20,000,000 orders of 3 lines (60,000,000 lines).
-- bench1..bench64 (the signed-in bench customers, ids 2..65) own 10,000 orders each; the other
-- 19,360,000 belong to 100,000 other customers (about 194 each). One order in ten is PROCESSING, so the
-- kitchen queue holds 2,000,000 orders. Order ids run 1..20,000,000, order UIDs are md5(id) as in
-- seed.sql, and lines and totals are computed from the id with the menu's prices (price of item i is
-- 5 + ((i - 1) % 7 + 1) + 0.50, as bench/run.sh creates them). Indexes and foreign keys are dropped
-- for the load and built again from their own definitions afterwards, which is far faster than keeping
-- 80 million index entries up to date row by row. Run once, on an empty, migrated database.
\set ON_ERROR_STOP on
\timing on
insert into delivery_customer_c (customer_uid, login, email, phone_number, password)
select gen_random_uuid()::text, 'bench' || n, 'bench' || n || '@example.org', '+4915200' || lpad(n::text, 6, '0'),
       (select password from delivery_customer_c where login = 'benchseed')
from generate_series(1, 1000) n;
insert into delivery_customer_c (customer_uid, login, email, phone_number, password)
select gen_random_uuid()::text, 'bulk' || n, 'bulk' || n || '@example.org', '+4916' || lpad(n::text, 9, '0'),
       (select password from delivery_customer_c where login = 'benchseed')
from generate_series(1, 100000) n;

create temporary table saved_ddl as
select 1 as step, format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as ddl,
       conname::text as name, conrelid::regclass::text as tab, contype
from pg_constraint
where conrelid in ('delivery_order_c'::regclass, 'delivery_orderitem_c'::regclass) and contype in ('p', 'u', 'f')
union all
select 2, pg_get_indexdef(i.indexrelid), c.relname::text, i.indrelid::regclass::text, 'i'
from pg_index i join pg_class c on c.oid = i.indexrelid
where i.indrelid in ('delivery_order_c'::regclass, 'delivery_orderitem_c'::regclass)
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
-- Foreign keys of other tables that point at these (payments, ratings, …) go first.
create temporary table saved_fk as
select format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as ddl,
       conname::text as name, conrelid::regclass::text as tab
from pg_constraint
where confrelid in ('delivery_order_c'::regclass, 'delivery_orderitem_c'::regclass) and contype = 'f'
  and conrelid not in ('delivery_order_c'::regclass, 'delivery_orderitem_c'::regclass);
select format('alter table %s drop constraint %I', tab, name) from saved_fk \gexec
select format('alter table %s drop constraint %I', tab, name) from saved_ddl where step = 1 and contype = 'f' \gexec
select format('alter table %s drop constraint %I', tab, name) from saved_ddl where step = 1 and contype <> 'f' \gexec
select format('drop index %I', name) from saved_ddl where step = 2 \gexec

insert into delivery_order_c (delivery_order_c_id, order_uid, customer_id, status, payment_method, payment_status,
                              currency, total_amount, item_count, delivery_address, comment, registered_dt,
                              cooking_started_dt, cooking_finished_dt, delivery_started_dt, delivered_dt,
                              estimated_ready_dt, estimated_delivery_dt)
overriding system value
select o, md5(o::text)::uuid,
       case when o <= 640000 then 2 + (o - 1) % 64 else 1002 + (o - 1) % 100000 end,
       case when o % 10 = 0 then 'PROCESSING' else 'DELIVERED' end, 'CASH_ON_DELIVERY',
       case when o % 10 = 0 then 'PENDING' else 'PAID' end, 'EUR',
       (select sum((5 + ((1 + (o * 7 + l) % 42) - 1) % 7 + 1 + 0.50) * (1 + (o + l) % 3)) from generate_series(1, 3) l),
       (select sum(1 + (o + l) % 3) from generate_series(1, 3) l),
       'Bench street ' || o, '',
       now() - (o || ' seconds')::interval,
       case when o % 10 = 0 then null else now() - (o || ' seconds')::interval + interval '5 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' seconds')::interval + interval '20 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' seconds')::interval + interval '22 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' seconds')::interval + interval '45 minutes' end,
       now() - (o || ' seconds')::interval + interval '20 minutes',
       now() - (o || ' seconds')::interval + interval '45 minutes'
from generate_series(1, 20000000) o;

insert into delivery_orderitem_c (order_id, line_no, delivery_menuitem_c_id, name, unit_price, quantity, line_cost)
select o, l, 1 + (o * 7 + l) % 42, 'Dish ' || (1 + ((o * 7 + l) % 42) / 7) || '.' || (((o * 7 + l) % 42) % 7 + 1),
       5 + ((1 + (o * 7 + l) % 42) - 1) % 7 + 1 + 0.50, 1 + (o + l) % 3,
       (5 + ((1 + (o * 7 + l) % 42) - 1) % 7 + 1 + 0.50) * (1 + (o + l) % 3)
from generate_series(1, 20000000) o cross join generate_series(1, 3) l;

select setval(pg_get_serial_sequence('delivery_order_c', 'delivery_order_c_id'), 20000000);
set maintenance_work_mem = '1GB';
select ddl from saved_ddl where step = 1 and contype <> 'f' \gexec
select ddl from saved_ddl where step = 2 \gexec
-- Foreign keys come back checked (NOT VALID would leave them unproven).
select ddl from saved_ddl where step = 1 and contype = 'f' \gexec
select ddl from saved_fk \gexec
vacuum analyze delivery_order_c;
vacuum analyze delivery_orderitem_c;
analyze;
