-- The processor's or bank's id of a refund, so finance can trace money that went back
-- (a card's refund id, or the bank transfer's refund instruction).
alter table delivery_payment_c add column refund_reference varchar(255);
