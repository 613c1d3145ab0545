class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field
        self.value = value

def validate(record):
    for field, value in record.items():
        if not isinstance(value, int):
            raise ValidationError(field, value)

try:
    validate({"a": 1, "b": "x"})
except ValidationError as e:
    print(e.field, e.value, e.args)
validate({"n": 2.5})
