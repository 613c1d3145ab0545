x: int = __debug__
__debug__: int
