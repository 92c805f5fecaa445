-- A draft the centre cancels was never sent: it keeps no sent_at. 0009's check asked for sent_at
-- on every status but draft, so cancelling a draft failed inside the database.
ALTER TABLE referrals DROP CONSTRAINT referrals_check1;
ALTER TABLE referrals ADD CONSTRAINT referrals_sent_at_check
  CHECK (CASE status WHEN 'draft' THEN sent_at IS NULL WHEN 'cancelled' THEN true ELSE sent_at IS NOT NULL END);
