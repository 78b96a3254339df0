-- The statements of one POST /orders with three lines, paid cash on delivery: the token check, the
-- key claim, then one transaction that prices, estimates, stores the order, its lines and its
-- pending payment and completes the key; then the payment read for the response.
\set cid random(2, :cmax)
\set item random(1, 40)
select "delivery_customer_token_c"."delivery_customer_token_c_id", "delivery_customer_token_c"."customer_id" from "delivery_customer_token_c" where ("delivery_customer_token_c"."token_guid" = md5(:cid::text) and "delivery_customer_token_c"."token_begin_dt" <= now() and "delivery_customer_token_c"."token_end_dt" > now());
begin;
insert into "delivery_idempotency_key_c" ("customer_id", "idempotency_key", "fingerprint", "claimed_dt") values (:cid, md5(random()::text), 'f', now()) on conflict do nothing returning "idempotency_key" \gset
commit;
begin;
select "delivery_menuitem_c"."delivery_menuitem_c_id", "delivery_menuitem_c"."delivery_category_c_id", "delivery_menuitem_c"."name", "delivery_menuitem_c"."description", "delivery_menuitem_c"."price", "delivery_menuitem_c"."available", ("delivery_menuitem_c"."picture" is not null) from "delivery_menuitem_c" where ("delivery_menuitem_c"."delivery_menuitem_c_id" in (:item, :item + 1, :item + 2) and "delivery_menuitem_c"."retired_at" is null);
select count(*) from "delivery_order_c" where "delivery_order_c"."status" in ('PROCESSING', 'COOKING');
insert into "delivery_order_c" ("order_uid", "customer_id", "payment_method", "currency", "total_amount", "item_count", "delivery_address", "comment", "registered_dt", "status", "payment_status", "estimated_ready_dt", "estimated_delivery_dt") values (gen_random_uuid(), :cid, 'CASH_ON_DELIVERY', 'EUR', 30.00, 3, 'Bench street 1', '', now(), 'PROCESSING', 'PENDING', now(), now()) returning "delivery_order_c"."delivery_order_c_id", "delivery_order_c"."order_uid" \gset
insert into "delivery_orderitem_c" ("order_id", "line_no", "delivery_menuitem_c_id", "name", "unit_price", "quantity", "line_cost") values (:delivery_order_c_id, 1, :item, 'x', 10.00, 1, 10.00), (:delivery_order_c_id, 2, :item + 1, 'x', 10.00, 1, 10.00), (:delivery_order_c_id, 3, :item + 2, 'x', 10.00, 1, 10.00);
insert into "delivery_payment_c" ("payment_reference", "order_uid", "method", "status", "currency", "amount", "provider_reference", "failure_reason", "card_brand", "card_last4", "created_dt", "updated_dt") values (upper(substr(md5(random()::text), 1, 20)), :order_uid::uuid, 'CASH_ON_DELIVERY', 'PENDING', 'EUR', 30.00, null, null, null, null, now(), now()) returning "delivery_payment_c"."delivery_payment_c_id";
update "delivery_idempotency_key_c" set "order_uid" = :order_uid::uuid where ("delivery_idempotency_key_c"."customer_id" = :cid and "delivery_idempotency_key_c"."idempotency_key" = :idempotency_key);
commit;
select "delivery_payment_c"."delivery_payment_c_id", "delivery_payment_c"."payment_reference", "delivery_payment_c"."order_uid", "delivery_payment_c"."method", "delivery_payment_c"."status", "delivery_payment_c"."currency", "delivery_payment_c"."amount", "delivery_payment_c"."idempotency_key", "delivery_payment_c"."request_fingerprint", "delivery_payment_c"."provider_reference", "delivery_payment_c"."failure_reason", "delivery_payment_c"."card_brand", "delivery_payment_c"."card_last4", "delivery_payment_c"."created_dt", "delivery_payment_c"."updated_dt" from "delivery_payment_c" where "delivery_payment_c"."order_uid" = :order_uid::uuid order by "delivery_payment_c"."delivery_payment_c_id";
