# Invalid JSON ends the program with json.decoder.JSONDecodeError.
import json
config = json.loads('{"debug": true}')
print(config)
broken = json.loads('{"debug": tru}')
