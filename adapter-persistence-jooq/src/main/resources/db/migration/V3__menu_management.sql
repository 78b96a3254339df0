-- Menu management (issue 9). Categories and items leave the menu without leaving the database:
-- orders placed before keep pointing at them. A row is on the menu while retired_at is null.
-- V2 is taken by the customer-accounts work.

alter table delivery_category_c add column retired_at timestamp with time zone;

alter table delivery_menuitem_c add column retired_at timestamp with time zone;
