-- enum-like-unconstrained: column tasks.status (text) looks like an enum but no CHECK, foreign key or domain constrains its values; values seen in its DEFAULT and trailing comment: 'pending', 'in_progress', 'done'
ALTER TABLE public.tasks ADD CONSTRAINT tasks_status_check CHECK (status IN ('pending', 'in_progress', 'done')) NOT VALID;
ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_status_check;
-- enum-like-unconstrained: column tasks.priority (varchar(10)) looks like an enum but no CHECK, foreign key or domain constrains its values; values seen in its DEFAULT and trailing comment: 'low', 'medium', 'high'
ALTER TABLE public.tasks ADD CONSTRAINT tasks_priority_check CHECK (priority IN ('low', 'medium', 'high')) NOT VALID;
ALTER TABLE public.tasks VALIDATE CONSTRAINT tasks_priority_check;
