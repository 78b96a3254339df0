-- RELEASING: a card attempt given up while the processor held the money, whose release the
-- processor has not yet confirmed (a retry of the payment request, or its webhook, completes it).
alter table delivery_payment_c drop constraint delivery_payment_c_status_ck;
alter table delivery_payment_c add constraint delivery_payment_c_status_ck check (status in
    ('PENDING', 'AUTHORIZED', 'PAID', 'FAILED', 'VOIDED', 'RELEASING', 'REFUNDED'));
