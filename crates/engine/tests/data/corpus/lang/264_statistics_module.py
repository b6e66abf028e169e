# The statistics module.
import statistics as st
scores = [88, 92, 79, 93, 85, 92]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(st.stdev(scores), st.pstdev(scores), st.variance(scores), st.pvariance(scores))
print(st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.6]), st.fmean([1, 2, 4]), st.median([1, 3]), st.median_low([1, 3]), st.median_high([1, 3]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2, 4, 4, 4, 5, 5, 7, 9]))
temps = [21.5, 23.0, 19.8, 22.1]
print(f"avg {st.mean(temps):.2f}, spread {st.stdev(temps):.3f}")
