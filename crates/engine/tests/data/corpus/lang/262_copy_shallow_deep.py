# Shallow and deep copies.
import copy
original = {"name": "team", "members": ["ann", "bob"], "meta": {"size": 2}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["members"].append("cid")
original["meta"]["size"] = 3
print(shallow)
print(deep)
print(shallow["members"] is original["members"], deep["members"] is original["members"])
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node(1)
root.children.append(Node(2))
clone = copy.deepcopy(root)
clone.children[0].value = 99
print(root, clone)
loop = [1, 2]
loop.append(loop)
copied = copy.deepcopy(loop)
print(copied, copied[2] is copied, copy.copy((1, 2)) == (1, 2))
