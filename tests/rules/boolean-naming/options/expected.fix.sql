-- boolean-naming: boolean column teams.enabled does not start with is_, has_, allow_
ALTER TABLE public.teams RENAME COLUMN enabled TO is_enabled;
