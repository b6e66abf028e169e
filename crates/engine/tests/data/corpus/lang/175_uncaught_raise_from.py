# raise ... from ...: the traceback shows both, the last line is the new error.
class ConfigError(Exception):
    pass

def load(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e

print(load({"port": "8080"}))
print(load({}))
