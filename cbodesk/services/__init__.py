"""One function per user action: checks, rules, one database transaction, audit entry."""
