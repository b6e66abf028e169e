# A priority queue with heapq.
import heapq
tasks = []
for priority, name in [(3, "write"), (1, "plan"), (4, "ship"), (2, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
print(tasks[0])
while tasks:
    print(heapq.heappop(tasks))
nums = [9, 4, 7, 1, 8]
heapq.heapify(nums)
print(nums, heapq.nsmallest(2, nums), heapq.nlargest(2, nums), heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len))
