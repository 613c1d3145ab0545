class A:
    pass
class A():
    pass
class A(B):
    pass
class A(B, C):
    x = 1
    def method(self):
        return self.x
class A(B, metaclass=M):
    pass
class A(*bases, **kwds):
    pass
class A(B, C, metaclass=M, extra=1):
    pass
@decorator
class A:
    """Docstring."""
    attr: int = 0
    __private = 1
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return self.__private
    @p.setter
    def p(self, value):
        self.__private = value
class Outer:
    class Inner:
        class Innermost:
            pass
@a
@b(c)
class D(E): pass
class F: x = 1; y = 2
