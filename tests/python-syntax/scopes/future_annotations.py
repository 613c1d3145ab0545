from __future__ import annotations
from typing import Any

def f(a: Any, b: Other = None) -> Result:
    x: Local = 1
    return x

class C:
    field: Typed
    other: int = 0
