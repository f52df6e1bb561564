-- issue 18 (docs/currencies.md): designated FX clearing accounts, which a revaluation leaves alone (they carry
-- the other side of every exchange at its historical rate). Accounts opened before the flag are not FX accounts.
alter table rm_account add column fx_clearing boolean not null default false;
