# Fuzzing found it (run target): brackets never closed, each line a comprehension whose
# target opens more; re-reading each nested for-target made this cost 2^depth.
for pri/[
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
print(len(set([ch for i, ch[[[[# Methods of bytes
