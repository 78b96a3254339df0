-- A feed reader's safe mark (decision 0011), run beside place-floor-shared.sql (bench/place-ab.sh derives it
-- from place-floor-locked.sql) at a fixed rate (pgbench -R):
-- the ordering lock taken exclusively for a moment, so every writer that drew a position has ended,
-- then the highest position drawn so far. What its brief pause of the writers costs them.
begin;
select pg_advisory_xact_lock(111559182283891);
select last_value, is_called from delivery_event_c_position_seq;
commit;
