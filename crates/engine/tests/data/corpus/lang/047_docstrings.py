"""Module docstring: shows how docstrings are stored."""


def documented(x):
    """Return x doubled.

    The docstring is the first statement of the body.
    """
    return x * 2


def undocumented(x):
    return x


class Widget:
    """A small widget."""

    def method(self):
        """Method docs."""
        return "ok"


print(__doc__)
print(documented.__doc__.splitlines()[0])
print(undocumented.__doc__)
print(Widget.__doc__)
print(Widget().method.__doc__, Widget().method())
print(documented(21))

def not_a_docstring():
    x = 1
    "this string is just an expression"
    return x

print(not_a_docstring.__doc__, not_a_docstring())
