-- A customer's row can no longer be deleted while linked cards of theirs remain. With "on delete cascade"
-- a deleted customer took their delivery_card_c rows along and left the cards attached at the card
-- processor, which the service then no longer knew (docs/decisions/0010). Deleting an account now has to
-- go through the cards first: detach each at the processor, then forget it (DELETE /customers/me/cards/{id}).
alter table delivery_card_c drop constraint delivery_card_c_customer_fk;
alter table delivery_card_c add constraint delivery_card_c_customer_fk foreign key (customer_id)
    references delivery_customer_c (delivery_customer_c_id) on delete restrict;
