"""Rules, enumerations and value types of the cooperation domain.

Nothing here imports Qt, SQLAlchemy or any other layer of the program.
"""
