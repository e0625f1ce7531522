"""The users of a CBO: the administrator's page and the password dialogs."""
