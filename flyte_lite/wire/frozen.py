"""The read-only list and dict that repeated and map fields (and Struct data) hold.

Messages are immutable all the way down: a repeated field holds a :class:`FrozenList`,
a map field a :class:`FrozenDict`, and a Struct, Value or ListValue field plain JSON
data made of them. They are ``list`` and ``dict`` in every way but change: they
compare equal to lists and dicts with the same items, ``isinstance(x, list)`` holds,
orjson and ``json`` write them, copies (``list(x)``, ``dict(x)``) are ordinary lists
and dicts; every method that would change one raises ``TypeError``. They hash by
content, so messages built of them can be dict keys and set members.

The codec fills new ones through ``list.append`` and ``dict.__setitem__`` before
anyone else sees them.
"""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def _refuse(self: Any, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(f"a message's {'list' if isinstance(self, list) else 'dict'} cannot be "
                    "changed: build a new one and make a new message (attrs.evolve)")


class FrozenList(list[T]):
    """A list that cannot be changed."""

    __slots__ = ()

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return FrozenList, (list(self),)

    def __copy__(self) -> FrozenList[T]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenList[T]:
        return self

    def copy(self) -> list[T]:
        """A list with the same items, which can be changed."""
        return list(self)


class FrozenDict(dict[K, V]):
    """A dict that cannot be changed."""

    __slots__ = ()

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        return FrozenDict, (dict(self),)

    def __copy__(self) -> FrozenDict[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict[K, V]:
        return self

    def copy(self) -> dict[K, V]:
        """A dict with the same items, which can be changed."""
        return dict(self)


#: Plain data nested deeper than this is left as given: no message can hold it (the
#: encoder refuses anything past 100 levels), and a list or dict that contains itself
#: must not send freezing round for ever.
_FREEZE_DEPTH = 200


def _thawed(value: Any) -> bool:
    cls = value.__class__
    return (cls is dict or cls is list or cls is tuple or (
        cls is not FrozenDict and cls is not FrozenList
        and isinstance(value, (dict, list, tuple))))


def freeze(value: Any) -> Any:
    """Plain data (what Struct, Value and ListValue fields hold) with every list and
    dict in it, all the way down, made read-only; anything else is returned as it is
    (the encoder reports what a field cannot hold). Without recursion: any depth."""
    if not _thawed(value):
        return value
    top: Any = FrozenDict() if isinstance(value, dict) else FrozenList()
    stack: list[tuple[Any, Any, int]] = [(value, top, 0)]
    while stack:
        source, target, depth = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if depth < _FREEZE_DEPTH and _thawed(item):
                child: Any = FrozenDict() if isinstance(item, dict) else FrozenList()
                stack.append((item, child, depth + 1))
                item = child
            if target.__class__ is FrozenDict:
                dict.__setitem__(target, key, item)
            else:
                list.append(target, item)
    return top


#: The value of an empty repeated or map field (immutable, so shared).
EMPTY_LIST: FrozenList[Any] = FrozenList()
EMPTY_DICT: FrozenDict[Any, Any] = FrozenDict()


def frozen_list(value: Any) -> Any:
    """A repeated field's value as given to a constructor: a list or tuple becomes a
    :class:`FrozenList` (a copy: the caller's list stays the caller's), ``None`` the
    empty one."""
    if value.__class__ is FrozenList:
        return value
    if value is None:
        return EMPTY_LIST
    if isinstance(value, (list, tuple)):
        return FrozenList(value)
    return value


def frozen_dict(value: Any) -> Any:
    """A map field's value as given to a constructor: a dict becomes a :class:`FrozenDict`,
    ``None`` the empty one."""
    if value.__class__ is FrozenDict:
        return value
    if value is None:
        return EMPTY_DICT
    if isinstance(value, dict):
        return FrozenDict(value)
    return value


def frozen_plain_list(value: Any) -> Any:
    """A repeated field of plain data (ListValue's values): frozen all the way down."""
    if value is None:
        return EMPTY_LIST
    if isinstance(value, (list, tuple)) and value.__class__ is not FrozenList:
        return FrozenList([freeze(v) for v in value])
    return value


def frozen_plain_dict(value: Any) -> Any:
    """A map field of plain data (Struct's fields): frozen all the way down."""
    if value is None:
        return EMPTY_DICT
    if isinstance(value, dict) and value.__class__ is not FrozenDict:
        return FrozenDict({k: freeze(v) for k, v in value.items()})
    return value
