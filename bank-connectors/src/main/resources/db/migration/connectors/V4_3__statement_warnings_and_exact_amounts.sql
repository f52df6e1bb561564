-- bank-connectors: statements read liberally (issue 13). What was odd is recorded, not refused.
-- processing group: statement-reconciliation (rebuilt from the events; older events carry none of it).

-- the statement's warnings (file, statement and validator findings: code, line, message) and, when its
-- balances do not add up (balanceMismatch), closing minus opening plus booked lines: it is then unproven
alter table recon_statement add column warnings jsonb;
alter table recon_statement add column difference_minor bigint;

-- each line's own warnings; the amount exactly as the file shows it and its currency when the minor
-- units in the statement's currency are not all of it; why a person must match it (the engine leaves
-- lines with manual_only alone; set from review_reason when the line is recorded)
alter table recon_line add column warnings jsonb;
alter table recon_line add column exact_amount varchar(64);
alter table recon_line add column exact_currency varchar(16);
alter table recon_line add column review_reason varchar(32);
