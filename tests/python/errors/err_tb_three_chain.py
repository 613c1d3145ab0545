class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key

    def __str__(self):
        return f"{self.key}: {self.args[1]}"

def parse(text):
    return int(text)

def load(cfg):
    try:
        return parse(cfg["port"])
    except ValueError as e:
        raise ConfigError("port", "not a number") from e

def main():
    try:
        load({"port": "eighty"})
    except ConfigError:
        print("cleaning up")
        raise RuntimeError("startup failed")

main()
