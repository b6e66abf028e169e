# statistics functions need enough data points.
import statistics
print(statistics.mean([5]))
print(statistics.stdev([5]))
