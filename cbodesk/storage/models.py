"""The peewee models of a CBO database (schema version 1).

Money is never stored here as a float or a DECIMAL (REAL on SQLite): amounts are
integer minor units. Dates are ISO text on SQLite and DATE on PostgreSQL, which
peewee hides. Models are bound to the open database by :mod:`database`.
"""

from __future__ import annotations

import peewee as pw

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about the file itself: schema version, CBO id."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Profile(BaseModel):
    """The organisation profile (guideline chapter 1). Always exactly one row, id 1."""

    name_km = pw.TextField(default="")
    name_en = pw.TextField(default="")
    acronym = pw.CharField(max_length=32, default="")
    logo_png = pw.BlobField(null=True)
    sector = pw.CharField(max_length=32, default="other")
    province = pw.CharField(max_length=8, default="")
    district = pw.TextField(default="")
    commune = pw.TextField(default="")
    village = pw.TextField(default="")
    registration_authority = pw.CharField(max_length=32, default="none")
    registration_number = pw.TextField(default="")
    registration_date = pw.DateField(null=True)
    founding_date = pw.DateField(null=True)
    fiscal_year_start_month = pw.SmallIntegerField(default=1)
    uses_khr = pw.BooleanField(default=True)
    uses_usd = pw.BooleanField(default=True)
    phone = pw.TextField(default="")
    email = pw.TextField(default="")
    # Counts saves, so that two computers on one shared database notice each other.
    row_version = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")


class User(BaseModel):
    """A person who works in the app. Roles are a comma-separated list of role codes."""

    username = pw.CharField(max_length=64, unique=True)
    full_name = pw.TextField()
    roles = pw.TextField(default="administrator")
    password_hash = pw.TextField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()


class AuditEntry(BaseModel):
    """One change: who, when, what, before and after (JSON). Append-only."""

    id = pw.BigAutoField()
    at = pw.DateTimeField(index=True)
    username = pw.TextField()
    action = pw.CharField(max_length=64)
    area = pw.CharField(max_length=32)
    record = pw.TextField(default="")
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)


MODELS: list[type[BaseModel]] = [Meta, Profile, User, AuditEntry]
