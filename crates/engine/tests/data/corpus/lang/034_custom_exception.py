# Subclassing Exception with a custom __init__ and message.
class AppError(Exception):
    pass

class InsufficientFunds(AppError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class ValidationError(AppError):
    def __init__(self, field):
        self.field = field

    def __str__(self):
        return f"invalid field: {self.field}"

try:
    raise InsufficientFunds(100, 30)
except AppError as e:
    print(type(e).__name__, "-", e)
    print(e.args, e.needed - e.available)

try:
    raise ValidationError("email")
except ValidationError as e:
    print(e, "|", repr(str(e)), "|", e.args)

e = AppError("one", 2)
print(str(e), repr(e), e.args)
print(repr(AppError()), str(AppError()) == "")
print(repr(InsufficientFunds(5, 1)))
print(isinstance(InsufficientFunds(1, 0), Exception))
