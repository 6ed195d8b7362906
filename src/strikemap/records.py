"""Pickling for the slotted records that travel between processes.

``dataclass(slots=True)`` pickles through generated Python
``__getstate__``/``__setstate__`` functions that look the fields up on
every call. Claims go from the worker processes to the merge by the
hundred thousand, so :func:`pickled_by_fields` gives a record a
``__reduce__`` that sends its field values in order and rebuilds it with
its constructor: a fifth smaller, and nearly twice as fast to load.
"""

from __future__ import annotations

__all__ = ["pickled_by_fields"]


def _reduce(self):
    return type(self), tuple([getattr(self, name) for name in self.__slots__])


def pickled_by_fields(cls):
    """Class decorator for a slotted dataclass whose fields all go to ``__init__``.

    >>> import pickle
    >>> from strikemap.model import Casualties
    >>> Casualties(3, text="3 killed").__reduce__()
    (<class 'strikemap.model.Casualties'>, (3, None, None, None, None, '3 killed'))
    >>> pickle.loads(pickle.dumps(Casualties(3, text="3 killed"))) == Casualties(3, text="3 killed")
    True
    """
    cls.__reduce__ = _reduce
    return cls
