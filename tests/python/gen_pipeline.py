# Data processing as a pipeline of generators over a log generated in the program.

def generate_log(n):
    """Deterministic fake web-server log lines."""
    paths = ["/", "/about", "/api/items", "/api/users", "/static/app.js", "/login"]
    methods = ["GET", "GET", "GET", "POST"]
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        path = paths[seed % len(paths)]
        method = methods[(seed >> 8) % len(methods)]
        status = 200 if seed % 7 else (404 if seed % 2 else 500)
        size = (seed >> 4) % 5000
        hour = (i * 24) // n
        yield f"2024-01-01T{hour:02d}:{i % 60:02d}:00 {method} {path} {status} {size}"

def parse(lines):
    for line in lines:
        stamp, method, path, status, size = line.split()
        yield {"hour": int(stamp[11:13]), "method": method, "path": path,
               "status": int(status), "size": int(size)}

def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r

def errors(records):
    return (r for r in records if r["status"] >= 400)

def field(records, name):
    for r in records:
        yield r[name]

def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

lines = list(generate_log(500))
print(lines[0])
print(lines[-1])

print("total bytes:", sum(field(parse(lines), "size")))
print("GET /api/items:", sum(1 for _ in only(parse(lines), method="GET", path="/api/items")))
print("errors:", sum(1 for _ in errors(parse(lines))))

by_status = {}
for status in field(parse(lines), "status"):
    by_status[status] = by_status.get(status, 0) + 1
print("by status:", dict(sorted(by_status.items())))

by_path = {}
for r in parse(lines):
    stats = by_path.setdefault(r["path"], [0, 0])
    stats[0] += 1
    stats[1] += r["size"]
for path, (count, size) in sorted(by_path.items(), key=lambda kv: -kv[1][0]):
    print(f"  {path:<16}{count:>5}{size / count:>10.1f}")

hourly = {}
for r in errors(parse(lines)):
    hourly[r["hour"]] = hourly.get(r["hour"], 0) + 1
print("errors by hour:", [hourly.get(h, 0) for h in range(24)])

print("batch sums:", [sum(b) for b in batched(field(only(parse(lines), status=500), "size"), 5)])

# The pipeline is lazy: only the needed lines are produced.
produced = []

def tracking(lines):
    for line in lines:
        produced.append(line)
        yield line

first_post = next(only(parse(tracking(generate_log(10 ** 9))), method="POST"))
print("first POST:", first_post, "after producing", len(produced), "lines")

# Generator expressions chained with builtins.
sizes = (r["size"] for r in parse(lines))
big = (s for s in sizes if s > 4000)
print("big responses:", sum(1 for _ in big), "max size:", max(field(parse(lines), "size")))
