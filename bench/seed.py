#!/usr/bin/env python3
"""Writes SQL that seeds the benchmark data set to stdout; pipe it into `mariadb`.

One organisation, one caseworker (the author of everything), and N participants (default 10,000),
each with a profile, 20 tasks and 10 appointments. Tasks mix catalogue templates and free text (some
in another language than the participant's, a few of those translated); due dates lie around today
so /today has a few due or overdue ones. Appointments are BOOKED, spread over -30..+30 days.

The data is the same on every run for the same --seed and day. Run it after Homeward has started
once on the database, so Flyway has created the tables.

    python3 bench/seed.py --participants 10000 | mariadb -h127.0.0.1 -uroot homeward_bench
"""
import argparse
import datetime as dt
import os
import random
import sys
import uuid

LANGUAGES = ["en", "ro", "ar", "es", "vi"]
ZONES = ["Europe/London", "Europe/Bucharest"]
CATEGORIES = ["PROBATION", "MEDICAL", "HOUSING", "BENEFITS", "EMPLOYMENT", "MENTAL_HEALTH",
              "ADDICTION_TREATMENT", "COURT", "FAMILY", "MENTOR_MEETING", "OTHER"]
DOMAINS = ["HOUSING", "LEGAL_STATUS", "EMPLOYMENT", "EDUCATION", "SAFETY", "SOCIAL", "FAMILY",
           "FINANCES", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "SERVICES", "PERSONAL_DEVELOPMENT"]
FREE_TEXT = {
    "en": ("Pick up the letter from the post office", "Bring the notice\nAsk at the counter", "ID card"),
    "ro": ("Ridică scrisoarea de la poștă", "Ia avizul\nÎntreabă la ghișeu", "Buletinul"),
    "ar": ("استلم الرسالة من مكتب البريد", "أحضر الإشعار\nاسأل عند الشباك", "بطاقة الهوية"),
    "es": ("Recoge la carta en correos", "Lleva el aviso\nPregunta en la ventanilla", "DNI"),
    "vi": ("Nhận thư ở bưu điện", "Mang giấy báo\nHỏi ở quầy", "Căn cước"),
}
TASKS_EACH = 20
APPOINTMENTS_EACH = 10
BATCH = 1000

CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "i18n", "src", "main", "resources",
                         "org", "homeward", "i18n", "task-templates.csv")


def templates():
    found = []
    with open(CATALOGUE, encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                key, domain = (part.strip() for part in line.split(","))
                found.append((key, domain))
    return found


def q(value):
    """A SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace("'", "''")
    return "'" + text + "'"


class Inserter:
    """Multi-row INSERTs of BATCH rows each."""

    def __init__(self, out, table, columns):
        self.out, self.table, self.columns, self.rows, self.count = out, table, columns, [], 0

    def add(self, *values):
        self.rows.append("(" + ",".join(q(v) for v in values) + ")")
        self.count += 1
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self):
        if self.rows:
            self.out.write("INSERT INTO %s (%s) VALUES\n%s;\n" % (self.table, ",".join(self.columns),
                                                                 ",\n".join(self.rows)))
            self.rows = []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()

    rng = random.Random(args.seed)

    def new_id():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    catalogue = templates()
    today = dt.datetime.now(dt.timezone.utc).date()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    out = sys.stdout

    out.write("SET foreign_key_checks=0; SET unique_checks=0; SET autocommit=0;\n")
    org = new_id()
    out.write("INSERT INTO organisations (id,name,default_language,created_at) VALUES (%s,'Bench Org','en',%s);\n"
              % (q(org), q(stamp)))
    caseworker = new_id()
    out.write("INSERT INTO users (id,organisation_id,username,phone_number,role,display_name,language,time_zone,"
              "password_hash,status,created_at) VALUES (%s,%s,'bench-caseworker',NULL,'CASEWORKER','Bench Caseworker',"
              "'en','Europe/London','bench-not-a-hash','ACTIVE',%s);\n" % (q(caseworker), q(org), q(stamp)))

    users = Inserter(out, "users", ["id", "organisation_id", "username", "phone_number", "role", "display_name",
                                    "language", "time_zone", "password_hash", "status", "created_at"])
    profiles = Inserter(out, "participant_profiles", ["user_id", "organisation_id", "release_date",
                                                      "release_status"])
    assignments = Inserter(out, "case_assignments", ["id", "organisation_id", "participant_id", "caseworker_id",
                                                     "started_at", "ended_at"])
    tasks = Inserter(out, "tasks", ["id", "organisation_id", "participant_id", "domain", "template_key", "title",
                                    "steps", "what_to_bring", "text_language", "due_date", "status", "skip_reason",
                                    "created_by", "created_at", "updated_at", "completed_at", "deleted_at"])
    translations = Inserter(out, "task_translations", ["id", "task_id", "language", "organisation_id", "title",
                                                       "steps", "what_to_bring", "translated_by", "created_at"])
    appointments = Inserter(out, "appointments", [
        "id", "organisation_id", "participant_id", "category", "condition_of_release", "starts_at", "time_zone",
        "duration_minutes", "place_name", "address", "directions", "contact_phone", "interpreter_language",
        "accompanied_by", "what_to_bring", "status", "rescheduled_to", "response", "response_reason",
        "responded_at", "outcome_recorded_at", "created_by", "created_at", "updated_at", "deleted_at"])

    for n in range(args.participants):
        pid = new_id()
        language = LANGUAGES[n % len(LANGUAGES)]
        zone = ZONES[(n // len(LANGUAGES)) % len(ZONES)]
        users.add(pid, org, "bench-p%05d" % n, None, "PARTICIPANT", "Participant %d" % n, language, zone,
                  "bench-not-a-hash", "ACTIVE", stamp)
        profiles.add(pid, org, (today - dt.timedelta(days=rng.randint(1, 400))).isoformat(), "RELEASED")
        assignments.add(new_id(), org, pid, caseworker, stamp, None)

        for _ in range(TASKS_EACH):
            tid = new_id()
            roll = rng.random()
            offset = rng.randint(-7, 21)
            due = None if roll < 0.05 else (today + dt.timedelta(days=offset)).isoformat()
            if due is not None and offset < 0:
                status = "DONE" if rng.random() < 0.6 else "OPEN"
            else:
                status = "DONE" if rng.random() < 0.1 else "OPEN"
            created = stamp
            completed = stamp if status == "DONE" else None
            if rng.random() < 0.7:
                key, domain = rng.choice(catalogue)
                tasks.add(tid, org, pid, domain, key, None, None, None, None, due, status, None, caseworker,
                          created, created, completed, None)
            else:
                # Free text: mostly in the participant's language, sometimes in English (caseworker's).
                written_in = language if rng.random() < 0.6 else "en"
                title, steps, bring = FREE_TEXT[written_in]
                tasks.add(tid, org, pid, rng.choice(DOMAINS), None, title, steps, bring, written_in, due, status,
                          None, caseworker, created, created, completed, None)
                if written_in != language and rng.random() < 0.5:
                    t_title, t_steps, t_bring = FREE_TEXT[language]
                    translations.add(new_id(), tid, language, org, t_title, t_steps, t_bring, caseworker, stamp)

        for _ in range(APPOINTMENTS_EACH):
            start = dt.datetime.combine(today + dt.timedelta(days=rng.randint(-30, 30)),
                                        dt.time(hour=rng.randint(7, 15), minute=rng.choice([0, 15, 30, 45])))
            appointments.add(new_id(), org, pid, rng.choice(CATEGORIES), rng.random() < 0.3,
                             start.strftime("%Y-%m-%d %H:%M:%S"), zone, rng.choice([30, 45, 60, 90]),
                             "Community Centre", "12 High Street", "Bus 5 to the market, then 2 minutes on foot",
                             "+442071234567", "ro" if language == "ro" else None, None, "ID card and the letter",
                             "BOOKED", None, None, None, None, None, caseworker, stamp, stamp, None)

    for inserter in (users, profiles, assignments, tasks, translations, appointments):
        inserter.flush()
    out.write("COMMIT;\nSET foreign_key_checks=1; SET unique_checks=1;\n")
    print("seed.py: %d participants, %d tasks (%d translations), %d appointments"
          % (users.count, tasks.count, translations.count, appointments.count), file=sys.stderr)


if __name__ == "__main__":
    main()
