#!/usr/bin/env python3
"""Mints HS256 access tokens (for participants unless --role says otherwise), one per line, without signing anybody in.

Signing in 10,000 times would mostly measure Argon2, which is slow on purpose. These tokens carry
the same claims as Homeward's own (org.homeward.auth.TokenService through Micronaut Security's
JwtTokenGenerator): sub = user id, roles, org, lang, iss, iat, nbf, exp.

Input (stdin): tab-separated lines "user id, organisation id, language", as printed by
    mariadb -N -B -e "SELECT id, organisation_id, language FROM users WHERE role='PARTICIPANT'"
Secret: the HOMEWARD_JWT_SECRET environment variable (the same string Homeward signs with).
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint(secret, user_id, organisation_id, language, now, lifetime, role="PARTICIPANT"):
    header = {"alg": "HS256"}
    claims = {
        "sub": user_id,
        "nbf": now,
        "roles": [role],
        "iss": "homeward",
        "org": organisation_id,
        "lang": language,
        "exp": now + lifetime,
        "iat": now,
    }
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    signature = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lifetime", type=int, default=3600, help="seconds the tokens stay valid")
    parser.add_argument("--role", default="PARTICIPANT", help="the role the tokens carry (CASEWORKER, ...)")
    args = parser.parse_args()
    secret = os.environ.get("HOMEWARD_JWT_SECRET", "")
    if len(secret.encode()) < 32:
        sys.exit("tokens.py: set HOMEWARD_JWT_SECRET (at least 32 bytes)")
    # Micronaut Security uses the secret's UTF-8 bytes as the HMAC key (base64 = false by default).
    key = secret.encode("utf-8")
    now = int(time.time())
    count = 0
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        user_id, organisation_id, language = line.split("\t")
        print(mint(key, user_id, organisation_id, language, now, args.lifetime, args.role))
        count += 1
    print("tokens.py: %d tokens" % count, file=sys.stderr)


if __name__ == "__main__":
    main()
