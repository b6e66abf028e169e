# UnboundLocalError from augmenting a global without 'global'.
score = 0

def add_points(n):
    score += n
    return score

print("adding points")
add_points(10)
