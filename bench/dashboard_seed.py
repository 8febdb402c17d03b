#!/usr/bin/env python3
"""Writes SQL that gives the dashboard benchmark's caseload something to show; pipe it into `mariadb`
after seed.py. Past appointments become kept or missed, one participant in ten has a request for
help (some escalated), one in eight a release date in the next weeks, each has mentor check-ins over
the last two months and one in ten an open concern."""
print("UPDATE appointments SET status = IF(RAND(7) < 0.25, 'NOSHOW', 'FULFILLED') WHERE starts_at < UTC_TIMESTAMP();")
print("UPDATE participant_profiles SET release_date = DATE_ADD(CURDATE(), INTERVAL FLOOR(RAND(8) * 40) DAY), "
      "release_status = 'PRE_RELEASE' WHERE RAND(9) < 0.125;")
print("""INSERT INTO help_requests (id, organisation_id, participant_id, category, urgency, message, status,
    escalation_level, escalate_at, created_at, updated_at)
  SELECT UUID(), organisation_id, id, NULL, 'TODAY', NULL, 'OPEN', IF(RAND(10) < 0.3, 1, 0), NULL,
         UTC_TIMESTAMP(), UTC_TIMESTAMP()
  FROM users WHERE role = 'PARTICIPANT' AND RAND(11) < 0.1;""")
# Mentor check-ins: up to four each over the last two months (some people none), by one bench mentor.
print("""INSERT INTO users (id, organisation_id, username, phone_number, role, display_name, language, time_zone,
    password_hash, status, created_at)
  SELECT UUID(), id, 'bench-mentor', NULL, 'MENTOR', 'Bench Mentor', 'en', 'Europe/London', NULL, 'ACTIVE',
         UTC_TIMESTAMP() FROM organisations LIMIT 1;""")
for n in range(4):
    print("""INSERT INTO check_ins (id, organisation_id, participant_id, author_id, self_check_in, occurred_at, mode,
    duration_minutes, mood, domains, in_control, note, note_shared, meeting_id, created_at)
  SELECT UUID(), p.organisation_id, p.id, m.id, FALSE,
         DATE_SUB(UTC_TIMESTAMP(), INTERVAL FLOOR(RAND(%d) * 60) DAY), 'PHONE', 30, 1 + FLOOR(RAND(%d) * 5),
         'HOUSING,EMPLOYMENT', 'PARTLY', 'We talked about the flat and the job centre.', TRUE, NULL, UTC_TIMESTAMP()
  FROM users p JOIN users m ON m.username = 'bench-mentor'
  WHERE p.role = 'PARTICIPANT' AND RAND(%d) < 0.8;""" % (20 + n, 30 + n, 40 + n))
print("""INSERT INTO concerns (id, organisation_id, participant_id, check_in_id, raised_by, kind, details, raised_at)
  SELECT UUID(), p.organisation_id, p.id, NULL, m.id, 'HOUSING_LOSS', 'The landlord wants the room back.',
         UTC_TIMESTAMP()
  FROM users p JOIN users m ON m.username = 'bench-mentor'
  WHERE p.role = 'PARTICIPANT' AND RAND(12) < 0.1;""")
