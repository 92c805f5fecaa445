-- The actor's roles at the time of the event (ASVS V16: who, in which role). Comma-separated
-- role names, no scopes or names. NULL on events written before this migration and on events
-- without an actor; when present it is covered by the event's hash.
ALTER TABLE audit_events ADD COLUMN actor_roles text;
