-- tenant-fk-scope: foreign key people(team_id) → teams(id) does not include the tenant column org_id: a row can reference another tenant's row
ALTER TABLE public.teams ADD UNIQUE (org_id, id);
ALTER TABLE public.people DROP CONSTRAINT people_team_id_fkey, ADD CONSTRAINT people_team_id_fkey FOREIGN KEY (org_id, team_id) REFERENCES public.teams (org_id, id) ON DELETE SET NULL (team_id);
