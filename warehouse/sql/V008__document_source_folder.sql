-- Several raw folders can feed one warehouse: each document knows the folder it came from
-- (relative to the project root when inside it, else absolute), and a run retires only
-- documents of the folder it read. NULL for documents loaded before this version: the
-- next run of the default raw folder that sees them adopts them, and only runs of the
-- default folder retire them (warehouses were loaded from it before).
alter table documents add column if not exists source varchar;
