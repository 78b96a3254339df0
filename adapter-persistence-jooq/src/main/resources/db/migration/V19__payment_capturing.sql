-- CAPTURING: the kitchen started a card order; the capture of the held money is committed as owed before
-- the card processor is asked (decision 0014). The partial index serves the sweep that finishes captures a
-- stopped service left behind, and stays as small as the captures under way.
alter table delivery_payment_c drop constraint delivery_payment_c_status_ck;
alter table delivery_payment_c add constraint delivery_payment_c_status_ck check (status in
    ('PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'CAPTURING', 'PAID', 'FAILED', 'VOIDED', 'RELEASING', 'REFUNDING',
     'REFUNDED'));
create index delivery_payment_c_capturing_idx on delivery_payment_c (updated_dt) where status = 'CAPTURING';
