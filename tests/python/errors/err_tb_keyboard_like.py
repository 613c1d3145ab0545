class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, code):
        super().__init__(f"db failure {code}")
        self.code = code

def query():
    raise DbError(17)

def handler():
    try:
        query()
    except AppError as e:
        raise RuntimeError("request failed") from e

try:
    handler()
except RuntimeError as e:
    print(e, "<-", e.__cause__, e.__cause__.code)
handler()
