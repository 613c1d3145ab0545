class Base:
    attr = 1
    __private = 2
    __dunder__ = 3

    def method(self):
        return self.attr, self.__private, attr

    def uses_super(self):
        return super().method()

    def uses_class(self):
        return __class__

    @staticmethod
    def static(__arg):
        return __arg

    class Nested:
        __inner = 1
        def m(self):
            return self.__inner, __inner

def make():
    value = 1
    class Local:
        value = 2
        def get(self):
            return value
    return Local

class ___:
    __not_mangled = 1

class _Under:
    __x = 1
