-- The ledger is evidence: once written, an entry is never changed or removed.
CREATE FUNCTION "accounting"."refuse_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'accounting.ledger_entries is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_append_only" BEFORE UPDATE OR DELETE ON "accounting"."ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "accounting"."refuse_ledger_change"();
--> statement-breakpoint
-- Default prices in micro-credits per 1,000 tokens. The blueprint's four models keep its
-- single rate for input and output; current Claude models on Bedrock follow the blueprint's
-- scale (1 credit = USD 0.001 of input on Claude 3 Sonnet), so output costs more than input.
INSERT INTO "accounting"."model_prices" ("model_id", "input_per_1k", "output_per_1k", "effective_from") VALUES
  ('anthropic.claude-3-sonnet-20240229-v1:0', 3000000, 3000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-3-haiku-20240307-v1:0', 250000, 250000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-instant-v1', 800000, 800000, '2024-01-01T00:00:00Z'),
  ('amazon.titan-text-express-v1', 300000, 300000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-3-5-haiku-20241022-v1:0', 800000, 4000000, '2024-01-01T00:00:00Z'),
  ('us.anthropic.claude-3-5-haiku-20241022-v1:0', 800000, 4000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-3-5-sonnet-20240620-v1:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-3-5-sonnet-20241022-v2:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-3-7-sonnet-20250219-v1:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('us.anthropic.claude-3-7-sonnet-20250219-v1:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-sonnet-4-20250514-v1:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('us.anthropic.claude-sonnet-4-20250514-v1:0', 3000000, 15000000, '2024-01-01T00:00:00Z'),
  ('anthropic.claude-opus-4-20250514-v1:0', 15000000, 75000000, '2024-01-01T00:00:00Z'),
  ('us.anthropic.claude-opus-4-20250514-v1:0', 15000000, 75000000, '2024-01-01T00:00:00Z');
