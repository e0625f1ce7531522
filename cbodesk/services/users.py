"""The people who work in a CBO's file. (Login and role management grow here.)"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone

from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services.audit import record_change
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import User

E = "errors"


def username_for(full_name: str) -> str:
    """A login name from a person's name: Latin letters kept, Khmer names become 'admin'."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    name = re.sub(r"[^a-z0-9]+", ".", ascii_name.lower()).strip(".")
    return name[:32] or "admin"


def add_first_administrator(cbo: Cbo, full_name: str) -> Actor:
    """The person who creates the CBO becomes its administrator. Call while creating."""
    full_name = full_name.strip()
    if not full_name:
        raise InvalidInput([Problem("admin_name", N_("errors", "Give the name of the person who keeps this CBO's file."))])
    actor = Actor(username_for(full_name), full_name, frozenset({"administrator", "chair"}))
    with cbo.atomic():
        User.create(username=actor.username, full_name=full_name, roles="administrator,chair",
                    created_at=datetime.now(timezone.utc).replace(tzinfo=None))
        record_change(actor, "user.add", "users", actor.username, None,
                      {"full_name": full_name, "roles": "administrator,chair"})
    return actor


def default_actor(cbo: Cbo) -> Actor:
    """Who works in the app while login is off: the first active administrator."""
    with cbo.reading():
        user = (User.select().where(User.active, User.roles.contains("administrator"))
                .order_by(User.id).first())
    if user is None:
        return Actor("admin", "Administrator", frozenset({"administrator"}))
    return Actor(user.username, user.full_name, frozenset(user.roles.split(",")))
