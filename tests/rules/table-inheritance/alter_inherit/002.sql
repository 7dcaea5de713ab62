ALTER TABLE old_events INHERIT events;
