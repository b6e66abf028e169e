# hasattr(), getattr() with default, setattr().
class Config:
    debug = False
    def __init__(self):
        self.level = 3

cfg = Config()
print(hasattr(cfg, "level"), hasattr(cfg, "debug"), hasattr(cfg, "missing"))
print(getattr(cfg, "level"), getattr(cfg, "missing", "fallback"))
setattr(cfg, "level", 5)
setattr(cfg, "name", "prod")
print(cfg.level, cfg.name)
for field in ["level", "name", "debug"]:
    print(field, "=", getattr(cfg, field))
try:
    getattr(cfg, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("text", "upper")())
print(hasattr([], "append"), hasattr(5, "append"))
method = getattr(cfg, "__init__")
method()
print(cfg.level)
