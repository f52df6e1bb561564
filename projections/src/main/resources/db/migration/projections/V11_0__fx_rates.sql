-- processing group: fx-rates (issue 18, docs/currencies.md)
-- The rate table: one rate per pair and effective day, from the FxRatesImported events. A later import
-- (by imported_at, then import id) overrides an earlier one for the same pair and day, whatever order a
-- replay delivers them in, so a rebuild makes the same rows.
create table rm_fx_rate (
    base           char(3)      not null,
    quote          char(3)      not null,
    effective_date date         not null,
    rate           varchar(32)  not null,
    source         varchar(100) not null,
    import_id      varchar(128) not null,
    imported_at    timestamptz  not null,
    primary key (base, quote, effective_date)
);
