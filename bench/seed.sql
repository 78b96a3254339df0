-- Bench data: 1,000 customers sharing one known password, 200 orders of 3 lines each per customer.
-- The order UIDs are md5(id) so that pgbench can address them exactly as the service does.
\set ON_ERROR_STOP on
begin;
insert into delivery_customer_c (customer_uid, login, email, phone_number, password)
select gen_random_uuid()::text, 'bench' || n, 'bench' || n || '@example.org', '+4915200' || lpad(n::text, 6, '0'),
       (select password from delivery_customer_c where login = 'benchseed')
from generate_series(1, 1000) n;

insert into delivery_order_c (order_uid, customer_id, status, payment_method, payment_status, currency, total_amount,
                              item_count, delivery_address, comment, registered_dt, cooking_started_dt,
                              cooking_finished_dt, delivery_started_dt, delivered_dt, estimated_ready_dt,
                              estimated_delivery_dt)
select md5(o::text)::uuid, c.delivery_customer_c_id,
       case when o % 10 = 0 then 'PROCESSING' else 'DELIVERED' end, 'CASH_ON_DELIVERY',
       case when o % 10 = 0 then 'PENDING' else 'PAID' end, 'EUR', 0, 3, 'Bench street ' || o, '',
       now() - (o || ' minutes')::interval,
       case when o % 10 = 0 then null else now() - (o || ' minutes')::interval + interval '5 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' minutes')::interval + interval '20 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' minutes')::interval + interval '22 minutes' end,
       case when o % 10 = 0 then null else now() - (o || ' minutes')::interval + interval '45 minutes' end,
       now() - (o || ' minutes')::interval + interval '20 minutes',
       now() - (o || ' minutes')::interval + interval '45 minutes'
from generate_series(1, 200000) o
join delivery_customer_c c on c.login = 'bench' || ((o - 1) % 1000 + 1);

insert into delivery_orderitem_c (order_id, line_no, delivery_menuitem_c_id, name, unit_price, quantity, line_cost)
select o.delivery_order_c_id, l, m.delivery_menuitem_c_id, m.name, m.price, 1 + (o.delivery_order_c_id + l) % 3,
       m.price * (1 + (o.delivery_order_c_id + l) % 3)
from delivery_order_c o
cross join generate_series(1, 3) l
join delivery_menuitem_c m on m.delivery_menuitem_c_id = 1 + (o.delivery_order_c_id * 7 + l) % 42;

update delivery_order_c o set total_amount = s.total, item_count = s.items
from (select order_id, sum(line_cost) total, sum(quantity) items from delivery_orderitem_c group by order_id) s
where s.order_id = o.delivery_order_c_id;
commit;
analyze;
