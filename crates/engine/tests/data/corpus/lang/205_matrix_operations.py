# Matrices as lists of lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def show(m):
    for row in m:
        print(" ".join(f"{x:>4}" for x in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(a, identity) == a)
print([sum(col) for col in zip(*a)], [sum(row) for row in a])
diag = [b[i][i] for i in range(2)]
print(diag)
