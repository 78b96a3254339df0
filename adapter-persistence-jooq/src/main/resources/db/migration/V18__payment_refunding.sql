-- REFUNDING: money that arrived for an attempt already given up, committed as owed back before the
-- processor or bank is asked to send it (decision 0016); provider_reference names the late transaction.
alter table delivery_payment_c drop constraint delivery_payment_c_status_ck;
alter table delivery_payment_c add constraint delivery_payment_c_status_ck check (status in
    ('PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'PAID', 'FAILED', 'VOIDED', 'RELEASING', 'REFUNDING', 'REFUNDED'));
