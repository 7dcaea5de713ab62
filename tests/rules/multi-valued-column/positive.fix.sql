-- multi-valued-column: 1NF: column posts.tag_ids stores several values in one field (an array of int8 named like a list of ids); a junction table post_tags (post_id, tag_id) with one row per value lets foreign keys check them
CREATE TABLE public.post_tags (
  post_id int8 NOT NULL REFERENCES public.posts (id) ON DELETE CASCADE,
  tag_id int8 NOT NULL REFERENCES public.tags (id),
  PRIMARY KEY (post_id, tag_id)
);
INSERT INTO public.post_tags (post_id, tag_id)
  SELECT DISTINCT t.id, v FROM public.posts AS t CROSS JOIN LATERAL unnest(t.tag_ids) AS v
  WHERE v IS NOT NULL;
ALTER TABLE public.posts DROP COLUMN tag_ids;
-- multi-valued-column: 1NF: column posts.reviewer_uuids stores several values in one field (an array of uuid); a junction table post_reviewers (post_id, reviewer_id) with one row per value lets foreign keys check them
CREATE TABLE public.post_reviewers (
  post_id int8 NOT NULL REFERENCES public.posts (id) ON DELETE CASCADE,
  reviewer_id uuid NOT NULL,
  PRIMARY KEY (post_id, reviewer_id)
);
INSERT INTO public.post_reviewers (post_id, reviewer_id)
  SELECT DISTINCT t.id, v FROM public.posts AS t CROSS JOIN LATERAL unnest(t.reviewer_uuids) AS v
  WHERE v IS NOT NULL;
ALTER TABLE public.posts DROP COLUMN reviewer_uuids;
-- multi-valued-column: 1NF: column issues.labels stores several values in one field (an array of int4 named after table labels); a junction table issue_labels (issue_id, label_id) with one row per value lets foreign keys check them
CREATE TABLE public.issue_labels (
  issue_id int8 NOT NULL REFERENCES public.issues (id) ON DELETE CASCADE,
  label_id int4 NOT NULL REFERENCES public.labels (id),
  PRIMARY KEY (issue_id, label_id)
);
INSERT INTO public.issue_labels (issue_id, label_id)
  SELECT DISTINCT t.id, v FROM public.issues AS t CROSS JOIN LATERAL unnest(t.labels) AS v
  WHERE v IS NOT NULL;
ALTER TABLE public.issues DROP COLUMN labels;
