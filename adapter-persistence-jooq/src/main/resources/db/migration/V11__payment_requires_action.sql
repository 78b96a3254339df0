-- REQUIRES_ACTION: a card attempt waiting for the cardholder to authenticate (3-D Secure); its
-- provider_reference names the processor's attempt, asked about when the customer comes back.
alter table delivery_payment_c drop constraint delivery_payment_c_status_ck;
alter table delivery_payment_c add constraint delivery_payment_c_status_ck check (status in
    ('PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'PAID', 'FAILED', 'VOIDED', 'RELEASING', 'REFUNDED'));
