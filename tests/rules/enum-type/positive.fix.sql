-- enum-type: enum type order_status ('pending', 'paid', 'shipped', 'cancelled'; used by orders.status, orders.history): its values cannot be removed or reordered without rewriting every column of the type
ALTER TABLE public.orders
  ALTER COLUMN status DROP DEFAULT,
  ALTER COLUMN status TYPE text USING status::text,
  ALTER COLUMN status SET DEFAULT 'pending',
  ADD CONSTRAINT orders_status_check CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'));
ALTER TABLE public.orders
  ALTER COLUMN history TYPE text[] USING history::text[],
  ADD CONSTRAINT orders_history_check CHECK (history <@ ARRAY['pending', 'paid', 'shipped', 'cancelled']::text[]);
DROP TYPE public.order_status;
-- enum-type: enum type order_status gains value 'cancelled' here; ALTER TYPE ... ADD VALUE reopens the type and a value once added can never be removed
ALTER TABLE public.orders
  ALTER COLUMN status DROP DEFAULT,
  ALTER COLUMN status TYPE text USING status::text,
  ALTER COLUMN status SET DEFAULT 'pending',
  ADD CONSTRAINT orders_status_check CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'));
ALTER TABLE public.orders
  ALTER COLUMN history TYPE text[] USING history::text[],
  ADD CONSTRAINT orders_history_check CHECK (history <@ ARRAY['pending', 'paid', 'shipped', 'cancelled']::text[]);
DROP TYPE public.order_status;
-- enum-type: enum type billing.currency ('eur', 'usd'; no column uses it): its values cannot be removed or reordered without rewriting every column of the type
DROP TYPE billing.currency;
