# Shadowing a builtin, then calling it.
numbers = [4, 8, 15]
sum = 0
for n in numbers:
    sum += n
print("sum is", sum)
print(sum(numbers))
