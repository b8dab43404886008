-- Shared by every service (eventing module): the W3C trace context of the request that recorded an event,
-- so that the relay (which runs on a scheduler, outside any request) can hand it on to consumers.
-- Null when no trace was active.
alter table outbox_event add column traceparent varchar(200);
