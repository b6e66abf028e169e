# Parsing JSON text with json.loads.
import json
text = '''
{
  "users": [
    {"name": "ann", "age": 31, "admin": true},
    {"name": "bob", "age": 27, "admin": false, "email": null}
  ],
  "version": 2.5,
  "unicode": "caf\\u00e9 \\ud83d\\ude00"
}
'''
data = json.loads(text)
print(data["users"][1], data["version"], data["unicode"])
print(sum(u["age"] for u in data["users"]), [u["name"] for u in data["users"] if u["admin"]])
print(json.loads("[1, 2.0, -3e2, \"x\"]"), json.loads("12345678901234567890"), json.loads(" true "))
print(json.loads('{"a": {"b": [1, {"c": null}]}}')["a"]["b"][1])
print(json.loads(json.dumps({"round": [1, "trip"]})), json.loads('{"x": 1}', object_hook=lambda d: list(d.items())))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '{"a" 1}', "nope"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} (pos {e.pos})")
