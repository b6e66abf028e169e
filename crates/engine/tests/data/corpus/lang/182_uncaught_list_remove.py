# list.remove of a missing element.
guests = ["ann", "bob"]
guests.remove("bob")
print(guests)
guests.remove("zed")
