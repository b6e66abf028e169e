# Indexing past the end of a string.
word = "loop"
for i in range(5):
    print(i, word[i])
