def register(kind):
    def deco(fn):
        if kind not in ("a", "b"):
            raise KeyError(kind)
        return fn
    return deco

@register("a")
def ok():
    pass

@register("zz")
def bad():
    pass
