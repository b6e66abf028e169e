# Printing a structure nested thousands deep ends with RecursionError.
chain = {}
for i in range(3000):
    chain = {"next": chain}
print("built")
print(chain)
