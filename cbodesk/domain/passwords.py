"""Passwords: stored only as a slow, salted key derivation, never in clear.

A stored password is a self-describing string, ``scrypt$n=16384,r=8,p=1$<salt>$<key>``
(salt and key in base64), so the cost can be raised later: a password stored with
older parameters still checks, and :func:`needs_rehash` says when to store it anew.
Only the standard library is used (``hashlib.scrypt``). Nothing here logs, and no
function returns or keeps a password.

:class:`LoginThrottle` slows guessing at the login dialog: after a few wrong
passwords each further try waits longer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cbodesk.domain.errors import Problem
from cbodesk.i18n import N_

MIN_LENGTH = 8
MAX_LENGTH = 1024  # a pasted book is not a password (and scrypt of it would be slow)
SCHEME = "scrypt"
N, R, P = 2 ** 14, 8, 1  # about 16 MB and 50 ms per derivation on a laptop
KEY_BYTES = 32
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=max(64 * 1024 * 1024, 256 * n * r))


def hash_password(password: str) -> str:
    """The string to store for *password* (a new random salt each time)."""
    salt = os.urandom(SALT_BYTES)
    key = _derive(password, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}$n={N},r={R},p={P}${_b64(salt)}${_b64(key)}"


@dataclass(frozen=True)
class _Stored:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes


def _parse(stored: str) -> _Stored | None:
    try:
        scheme, params, salt, key = stored.split("$")
        if scheme != SCHEME:
            return None
        values = dict(part.split("=", 1) for part in params.split(","))
        parsed = _Stored(int(values["n"]), int(values["r"]), int(values["p"]),
                         base64.b64decode(salt, validate=True), base64.b64decode(key, validate=True))
    except (ValueError, KeyError):
        return None
    if parsed.n < 2 or parsed.n & (parsed.n - 1) or not parsed.key or parsed.n > 2 ** 20:
        return None
    return parsed


# A stored value to check against when there is none (an unknown user): the check then
# takes as long as a real one, so the time taken does not tell which names exist.
_DUMMY = f"{SCHEME}$n={N},r={R},p={P}${_b64(bytes(SALT_BYTES))}${_b64(bytes(KEY_BYTES))}"


def check_password(password: str, stored: str | None) -> bool:
    """Whether *password* is the one *stored* was made from (compared in constant time)."""
    parsed = _parse(stored or "")
    if parsed is None:
        parsed = _parse(_DUMMY)
        assert parsed is not None
        _derive(password[:MAX_LENGTH], parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.key))
        return False
    if len(password) > MAX_LENGTH:
        return False
    key = _derive(password, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.key))
    return hmac.compare_digest(key, parsed.key)


def needs_rehash(stored: str) -> bool:
    """Whether *stored* was made with other parameters than today's (store it anew at login)."""
    parsed = _parse(stored)
    return parsed is None or (parsed.n, parsed.r, parsed.p, len(parsed.key)) != (N, R, P, KEY_BYTES)


def password_problems(password: str, repeated: str | None = None, *, field: str = "password") -> list[Problem]:
    """What is wrong with a new password (all at once); *repeated*: the second typing, if asked."""
    problems: list[Problem] = []
    if len(password) < MIN_LENGTH:
        problems.append(Problem(field, N_("errors", "A password needs at least {count} characters. A few "
                                                    "words you remember easily make a good one."),
                                {"count": MIN_LENGTH}))
    elif len(password) > MAX_LENGTH:
        problems.append(Problem(field, N_("errors", "This password is too long.")))
    elif not password.strip():
        problems.append(Problem(field, N_("errors", "A password cannot be only spaces.")))
    if repeated is not None and repeated != password:
        problems.append(Problem(field + "_repeat", N_("errors", "The two passwords are not the same. Type "
                                                                "the new password twice, the same way.")))
    return problems


class LoginThrottle:
    """How long the login dialog makes a person wait after wrong passwords.

    The first :attr:`free` tries are immediate; then the wait doubles with each
    wrong try, up to :attr:`longest` seconds. A right password resets it.
    """

    free = 3
    longest = 60

    def __init__(self) -> None:
        self.failures = 0

    def failed(self) -> int:
        """Count a wrong try; the seconds to wait before the next one."""
        self.failures += 1
        return self.wait()

    def wait(self) -> int:
        extra = self.failures - self.free
        return 0 if extra < 0 else min(self.longest, 2 ** extra)

    def succeeded(self) -> None:
        self.failures = 0
