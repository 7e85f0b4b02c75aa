"""Backups in the window (File > Backups) and the window shown when there is no sound database to open."""
