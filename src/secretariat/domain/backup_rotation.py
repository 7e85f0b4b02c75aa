"""Which automatic backups to keep: the newest few, then one a day, one a week and one a month.

The rule (grandfather-father-son): walking from the newest backup back, keep

- the :data:`ALWAYS_KEPT` newest, whatever their dates (a backup made before an import is still
  there after a second import the same day);
- the newest backup of each of the last ``daily`` days that have one;
- the newest of each of the last ``weekly`` ISO weeks that have one;
- the newest of each of the last ``monthly`` months that have one.

Everything else may be deleted. Days, weeks and months are those of the local calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime

__all__ = ["ALWAYS_KEPT", "Rotation", "backups_to_keep"]

#: The newest backups kept whatever the rotation says.
ALWAYS_KEPT = 3


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not 0 <= value <= 1000:
                raise ValueError(f"{name} must be between 0 and 1000, not {value}")


def _newest_per(moments: Sequence[tuple[int, datetime]], key: Callable[[datetime], Hashable], count: int) -> set[int]:
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index, moment in moments:
        if len(seen) >= count:
            break
        bucket = key(moment)
        if bucket not in seen:
            seen.add(bucket)
            kept.add(index)
    return kept


def backups_to_keep(made: Sequence[datetime], rotation: Rotation, always: int = ALWAYS_KEPT) -> set[int]:
    """The indexes (into ``made``, any order) of the backups to keep; ``made`` are local moments."""
    newest_first = sorted(enumerate(made), key=lambda item: item[1], reverse=True)
    kept = {index for index, _moment in newest_first[:always]}
    kept |= _newest_per(newest_first, lambda m: m.date(), rotation.daily)
    kept |= _newest_per(newest_first, lambda m: m.isocalendar()[:2], rotation.weekly)
    kept |= _newest_per(newest_first, lambda m: (m.year, m.month), rotation.monthly)
    return kept
