"""A small TOML writer for yjinspect documents (reading uses the standard library's tomllib).

Documents are JSON-shaped: tables, arrays, strings, numbers and booleans. Top-level tables become
``[table]`` sections, top-level arrays of tables ``[[array]]`` sections, and anything nested
deeper is written inline.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(key: str) -> str:
    return key if _BARE.match(key) else _string(key)


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any, path: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{path}: TOML documents here hold finite numbers only")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v, f"{path}[{i}]") for i, v in enumerate(value)) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_key(k)} = {_value(v, f'{path}.{k}')}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if value is None:
        raise ValueError(f"{path}: TOML has no null; leave the key out instead")
    raise TypeError(f"{path}: cannot write a {type(value).__name__} as TOML")


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _body(table: dict[str, Any], path: str) -> list[str]:
    return [f"{_key(k)} = {_value(v, f'{path}.{k}')}" for k, v in table.items()]


def dumps(doc: dict[str, Any]) -> str:
    """Write a JSON-shaped mapping as TOML text.

    .. versionadded:: 0.1.0
    """
    head: list[str] = []
    sections: list[str] = []
    for key, value in doc.items():
        path = f"$.{key}"
        if isinstance(value, dict):
            sections += ["", f"[{_key(key)}]", *_body(value, path)]
        elif _is_table_array(value):
            for i, item in enumerate(value):
                sections += ["", f"[[{_key(key)}]]", *_body(item, f"{path}[{i}]")]
        else:
            head.append(f"{_key(key)} = {_value(value, path)}")
    return "\n".join(head + sections) + "\n"
