# A custom exception class, raised and not caught.
class InvalidMoveError(Exception):
    def __init__(self, square):
        super().__init__(f"square {square} is already taken")
        self.square = square

board = [None] * 9

def play(square, mark):
    if board[square] is not None:
        raise InvalidMoveError(square)
    board[square] = mark
    print(mark, "plays", square)

play(4, "X")
play(0, "O")
play(4, "O")
