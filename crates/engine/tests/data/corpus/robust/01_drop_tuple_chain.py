print('start')
t = ()
for i in range(200000):
    t = (t, i)
print('built')
del t
print('end')
