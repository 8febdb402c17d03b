#!/usr/bin/env python3
"""Writes SQL for the push benchmark to stdout; pipe it into `mariadb`.

    people N               one organisation, N participants, one phone (FCM token) each
    outbox COUNT DUE_MS    COUNT notifications, spread evenly over the people, all due at DUE_MS
                           (epoch milliseconds), one outbox row each (one phone per person)
    reminders COUNT START_MS SPAN_MS
                           COUNT open tasks with a reminder each, due evenly over [START_MS, START_MS+SPAN_MS)
    caseload N             one organisation, N participants (no phones), a caseworker with a phone for
                           every 20 of them, each participant assigned to one (the help benchmark)

Run `people` first, after Homeward has started once on the database (Flyway made the tables).
"""
import datetime as dt
import json
import sys
import uuid

sys.path.insert(0, __import__("os").path.dirname(__file__))
from seed import Inserter, q  # noqa: E402  (the same multi-row INSERT writer as the /today seed)

LANGUAGES = ["en", "ro", "ar", "es", "vi"]


def stamp():
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def person_id(n):
    return "00000000-0000-4000-8000-%012d" % n


def people(count):
    out = sys.stdout
    out.write("SET foreign_key_checks=0; SET unique_checks=0; SET autocommit=0;\n")
    org = "00000000-0000-4000-8000-999999999999"
    out.write("INSERT INTO organisations (id,name,default_language,created_at) VALUES (%s,'Bench Org','en',%s);\n"
              % (q(org), q(stamp())))
    users = Inserter(out, "users", ["id", "organisation_id", "username", "phone_number", "role", "display_name",
                                    "language", "time_zone", "password_hash", "status", "created_at"])
    devices = Inserter(out, "devices", ["id", "user_id", "token", "token_hash", "platform", "app_version",
                                        "language", "session_id", "created_at", "updated_at"])
    for n in range(count):
        pid = person_id(n)
        language = LANGUAGES[n % len(LANGUAGES)]
        users.add(pid, org, "bench-p%05d" % n, None, "PARTICIPANT", "Participant %d" % n, language,
                  "Europe/London", "bench-not-a-hash", "ACTIVE", stamp())
        token = "bench-token-%06d" % n
        devices.add("10000000-0000-4000-8000-%012d" % n, pid, token, "%064x" % n, "ANDROID", "bench", language,
                    None, stamp(), stamp())
    users.flush()
    devices.flush()
    out.write("COMMIT;\n")


def outbox(count, due_ms, people_count):
    out = sys.stdout
    out.write("SET foreign_key_checks=0; SET unique_checks=0; SET autocommit=0;\n")
    notifications = Inserter(out, "notifications", ["id", "user_id", "kind", "subject_type", "subject_id", "title",
                                                    "body", "urgent", "reminder_id", "due_at", "created_at",
                                                    "read_at", "withdrawn_at"])
    entries = Inserter(out, "push_outbox", ["notification_id", "user_id", "device_id", "token", "title", "body",
                                            "data", "urgent", "status", "attempts", "due_at", "first_due_at",
                                            "sent_at", "last_error"])
    for i in range(count):
        n = i % people_count
        nid = str(uuid.UUID(int=i + 1, version=4))
        subject = str(uuid.UUID(int=10 ** 12 + i, version=4))
        notifications.add(nid, person_id(n), "appointment.booked", "APPOINTMENT", subject, "New appointment",
                          "Housing, tomorrow at 09:00, Housing office", False, None, due_ms, stamp(), None, None)
        data = json.dumps({"messageId": nid, "subjectType": "APPOINTMENT", "subjectId": subject})
        entries.add(nid, person_id(n), "10000000-0000-4000-8000-%012d" % n, "bench-token-%06d" % n, "Homeward",
                    "You have an update.", data, False, "QUEUED", 0, due_ms, due_ms, None, None)
    notifications.flush()
    entries.flush()
    out.write("COMMIT;\n")


def reminders(count, start_ms, span_ms, people_count):
    out = sys.stdout
    out.write("SET foreign_key_checks=0; SET unique_checks=0; SET autocommit=0;\n")
    org = "00000000-0000-4000-8000-999999999999"
    tasks = Inserter(out, "tasks", ["id", "organisation_id", "participant_id", "domain", "template_key", "title",
                                    "steps", "what_to_bring", "text_language", "due_date", "status", "skip_reason",
                                    "created_by", "created_at", "updated_at", "completed_at", "deleted_at"])
    planned = Inserter(out, "reminders", ["id", "user_id", "kind", "subject_type", "subject_id", "due_at", "status",
                                          "created_at"])
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    for i in range(count):
        n = i % people_count
        tid = str(uuid.UUID(int=2 * 10 ** 12 + i, version=4))
        tasks.add(tid, org, person_id(n), "HOUSING", "call-housing-office", None, None, None, None, today, "OPEN",
                  None, person_id(n), stamp(), stamp(), None, None)
        planned.add(str(uuid.UUID(int=3 * 10 ** 12 + i, version=4)), person_id(n), "task.reminder", "TASK", tid,
                    start_ms + (span_ms * i) // count, "PLANNED", stamp())
    tasks.flush()
    planned.flush()
    out.write("COMMIT;\n")


def caseload(count):
    out = sys.stdout
    out.write("SET foreign_key_checks=0; SET unique_checks=0; SET autocommit=0;\n")
    org = "00000000-0000-4000-8000-999999999999"
    out.write("INSERT INTO organisations (id,name,default_language,created_at) VALUES (%s,'Bench Org','en',%s);\n"
              % (q(org), q(stamp())))
    users = Inserter(out, "users", ["id", "organisation_id", "username", "phone_number", "role", "display_name",
                                    "language", "time_zone", "password_hash", "status", "created_at"])
    devices = Inserter(out, "devices", ["id", "user_id", "token", "token_hash", "platform", "app_version",
                                        "language", "session_id", "created_at", "updated_at"])
    assignments = Inserter(out, "case_assignments", ["id", "organisation_id", "participant_id", "caseworker_id",
                                                     "started_at", "ended_at"])
    caseworkers = max(1, count // 20)
    for c in range(caseworkers):
        cid = "20000000-0000-4000-8000-%012d" % c
        users.add(cid, org, "bench-cw%04d" % c, None, "CASEWORKER", "Caseworker %d" % c, "en", "Europe/London",
                  "bench-not-a-hash", "ACTIVE", stamp())
        devices.add("30000000-0000-4000-8000-%012d" % c, cid, "bench-cw-token-%06d" % c, "%064x" % (10 ** 9 + c),
                    "ANDROID", "bench", "en", None, stamp(), stamp())
    for n in range(count):
        pid = person_id(n)
        users.add(pid, org, "bench-p%05d" % n, None, "PARTICIPANT", "Participant %d" % n, LANGUAGES[n % len(LANGUAGES)],
                  "Europe/London", "bench-not-a-hash", "ACTIVE", stamp())
        assignments.add("40000000-0000-4000-8000-%012d" % n, org, pid, "20000000-0000-4000-8000-%012d" % (n % caseworkers),
                        stamp(), None)
    users.flush()
    devices.flush()
    assignments.flush()
    out.write("COMMIT;\n")


def main():
    mode = sys.argv[1]
    if mode == "people":
        people(int(sys.argv[2]))
    elif mode == "outbox":
        outbox(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    elif mode == "caseload":
        caseload(int(sys.argv[2]))
    elif mode == "reminders":
        reminders(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    else:
        raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    main()
