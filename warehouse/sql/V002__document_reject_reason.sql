-- Schema version 2: a rejected document says why on its own row
-- (the check name of its document-level failure, e.g. 'file_not_text').
alter table documents add column reject_reason varchar;
