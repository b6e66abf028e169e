# Assigning to a field of a frozen dataclass ends the program.
from dataclasses import dataclass
@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
cfg = Config("localhost")
print(cfg)
cfg.port = 9090
