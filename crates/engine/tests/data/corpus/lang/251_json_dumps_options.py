# json.dumps with its formatting options.
import json
record = {"name": "Zoë", "tags": ["a", "b"], "active": True, "score": 9.5, "manager": None, "ids": (1, 2)}
print(json.dumps(record))
print(json.dumps(record, ensure_ascii=False))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, separators=(",", ":")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([float("inf"), 1e100, -0.0, 10 ** 20]), json.dumps("tab\tquote\"slash\\"))
print(json.dumps({"when": {2024, 2023}}, default=sorted))
for bad in [{"s": {1, 2}}, {(1, 2): "tuple key"}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
