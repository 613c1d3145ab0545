class Base:
    pass

class Left(Base):
    pass

class Right(Base):
    pass

class Bad(Base, Left):
    pass
