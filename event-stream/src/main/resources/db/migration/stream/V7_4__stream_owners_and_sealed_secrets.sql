-- Issue 10 (docs/event-stream.md, "Ownership" and "Signing secrets at rest").
-- Webhooks and replays belong to the principal that made them (user name or service account).
-- Rows from before this migration have no owner: only administrators see and act on them.
alter table stream_webhook add column owner varchar(64);
alter table stream_replay add column owner varchar(64);
create index stream_webhook_owner_idx on stream_webhook (owner, webhook_id);
create index stream_replay_owner_idx on stream_replay (owner, replay_id);

-- The signing secret is sealed with AES-256-GCM: nonce (12 bytes) || ciphertext || tag (16 bytes), the
-- webhook id as associated data, under the key named by secret_key_id. The clear column stays only until
-- the application seals what it holds at start-up (WebhookSecretSealing), then it is null for every row.
alter table stream_webhook add column secret_ciphertext bytea;
alter table stream_webhook add column secret_key_id varchar(64);
alter table stream_webhook alter column secret drop not null;
alter table stream_webhook add constraint stream_webhook_secret_sealed_or_legacy
    check ((secret_ciphertext is not null and secret_key_id is not null and secret is null)
        or (secret_ciphertext is null and secret_key_id is null and secret is not null));
