"""Plain values and rules of a CBO: money, dates, the guideline catalogue, errors. No Qt, no peewee."""
