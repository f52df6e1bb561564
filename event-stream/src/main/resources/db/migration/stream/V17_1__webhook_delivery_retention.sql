-- Issue 16 (docs/operations.md, "Data retention"): the retention job deletes delivered webhook deliveries
-- by age in small batches; this index finds the oldest without reading the pending and dead ones.
create index stream_webhook_delivery_delivered_idx on stream_webhook_delivery (delivered_at)
    where status = 'DELIVERED';
