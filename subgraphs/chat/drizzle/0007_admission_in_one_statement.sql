-- A person's message is admitted and stored in one statement, one round trip: the per-person
-- lock, both limit counts, both rows and the session's update used to be six (BEGIN, the lock,
-- the counts, the insert, the update, COMMIT), three of them before the model could be asked,
-- each planned anew. The limits are unchanged: counted under the same advisory lock (the key
-- the old code took, so replicas of either version exclude each other), each count in its own
-- statement so it sees every exchange committed by whoever held the lock before. Over a limit
-- the function raises CH001 (messages per minute; DETAIL is the oldest counted message's time in
-- epoch milliseconds) or CH002 (answers being written), and CH003 when the conversation is gone
-- or its owner deleted it; then nothing is written. The streaming count had no index of its
-- own: it read every answer being written on the platform.
CREATE INDEX "messages_streaming_owner_idx" ON "chat"."messages" USING btree ("owner_id") WHERE status = 'STREAMING';--> statement-breakpoint
CREATE FUNCTION "chat"."begin_exchange"(p_owner uuid, p_session uuid, p_author uuid, p_api_key text,
  p_content text, p_model text, p_refusal text, p_at timestamptz, p_window_start timestamptz,
  p_messages_per_minute integer, p_max_streams integer, p_title text, p_default_title text,
  p_chatbot_version text)
RETURNS SETOF chat.messages LANGUAGE plpgsql AS $$
DECLARE
  v_recent integer;
  v_oldest timestamptz;
  v_streaming integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('chat:send:' || p_owner::text));
  -- The conversation must still be the owner's and not deleted by them: a replica that knows it
  -- from an earlier message (its owner and chatbot never change) does not read it again first.
  UPDATE chat.sessions
  SET updated_at = p_at,
      title = CASE WHEN title = p_default_title THEN p_title ELSE title END,
      chatbot_version_id = p_chatbot_version
  WHERE id = p_session AND owner_id = p_owner AND deleted_by_owner_at IS NULL;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such conversation' USING ERRCODE = 'CH003';
  END IF;
  SELECT count(*)::integer, min(created_at) INTO v_recent, v_oldest FROM chat.messages
  WHERE owner_id = p_owner AND role = 'USER' AND created_at >= p_window_start;
  IF v_recent >= p_messages_per_minute THEN
    RAISE EXCEPTION 'messages per minute' USING ERRCODE = 'CH001',
      DETAIL = (extract(epoch FROM v_oldest) * 1000)::bigint::text;
  END IF;
  SELECT count(*)::integer INTO v_streaming FROM chat.messages
  WHERE owner_id = p_owner AND status = 'STREAMING';
  IF v_streaming >= p_max_streams THEN
    RAISE EXCEPTION 'answers being written' USING ERRCODE = 'CH002';
  END IF;
  -- Explicit times: the answer sorts one millisecond after the question.
  RETURN QUERY INSERT INTO chat.messages
    (session_id, owner_id, role, author_id, api_key_id, content, status, model, input_tokens,
     output_tokens, credits_charged_micro, created_at, completed_at)
  VALUES
    (p_session, p_owner, 'USER', p_author, p_api_key, p_content, 'COMPLETE', NULL, NULL, NULL, NULL,
     p_at, p_at),
    -- A refusal is stored finished, with no model and nothing charged; an answer starts empty.
    (p_session, p_owner, 'ASSISTANT', NULL, NULL, coalesce(p_refusal, ''),
     CASE WHEN p_refusal IS NULL THEN 'STREAMING' ELSE 'COMPLETE' END::chat.message_status,
     CASE WHEN p_refusal IS NULL THEN p_model END,
     CASE WHEN p_refusal IS NOT NULL THEN 0 END, CASE WHEN p_refusal IS NOT NULL THEN 0 END,
     CASE WHEN p_refusal IS NOT NULL THEN 0 END,
     p_at + interval '1 millisecond', CASE WHEN p_refusal IS NOT NULL THEN p_at + interval '1 millisecond' END)
  RETURNING *;
END $$;
