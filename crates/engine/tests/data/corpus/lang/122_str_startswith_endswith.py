# startswith / endswith, with tuples and ranges.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".csv", ".tsv")), name.startswith(("data", "rep")))
print(name.startswith("2024", 7), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""), "abc".endswith("abc"))
files = ["a.py", "b.txt", "c.py", "README"]
print([f for f in files if f.endswith(".py")])
url = "https://example.com"
print(url.startswith(("http://", "https://")))
try:
    "x".startswith(["x"])
except TypeError as e:
    print("TypeError:", e)
