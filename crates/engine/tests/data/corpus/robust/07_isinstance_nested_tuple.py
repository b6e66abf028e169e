print('start')
t = int
for i in range(100000):
    t = (t,)
print(isinstance(3, t))
