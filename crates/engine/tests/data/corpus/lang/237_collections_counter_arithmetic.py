# Counter arithmetic: adding, subtracting, union and intersection.
from collections import Counter
morning = Counter(coffee=10, tea=4, juice=2)
afternoon = Counter(coffee=6, tea=7, water=3)
print(morning + afternoon)
print(morning - afternoon)
print(morning | afternoon)
print(morning & afternoon)
stock = Counter(coffee=5)
stock += Counter(coffee=2, tea=1)
stock -= Counter(tea=5)
print(stock, -Counter(a=-2, b=3))
try:
    morning + {"coffee": 1}
except TypeError as e:
    print("TypeError:", e)
