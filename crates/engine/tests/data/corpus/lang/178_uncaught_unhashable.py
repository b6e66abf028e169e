# Using a list as a dict key.
visited = {}
point = (1, 2)
visited[point] = True
print(visited)
path = [1, 2]
visited[path] = True
