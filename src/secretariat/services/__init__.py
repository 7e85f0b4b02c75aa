"""Services: one function per user action, one transaction per action, every write audited.

The GUI and the command line talk to the database only through these
functions. They take plain values or domain records and return plain
dataclasses, never live ORM objects.
"""
