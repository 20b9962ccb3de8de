-- A demo affiliate network: 80% of the commission goes to the learner, confirmed after 30 days
-- unless the network says otherwise first. Added once (by code).
INSERT INTO cb_network (id, code, name, postback_secret, confirm_days, user_share_percent, enabled, row_version)
SELECT -1, 'demo-network', 'Demo Network', 'demo-network-secret', 30, 80, TRUE, 0
WHERE NOT EXISTS (SELECT 1 FROM cb_network WHERE code = 'demo-network');
