# Record processing with dicts, tuples and sorting: an order book for a small shop,
# grouped reports, restocking, and validation errors collected per line.

CATALOG_CSV = """sku,name,category,price,stock
A100,Widget,tools,2.50,120
A101,Gadget,tools,12.00,15
B200,Teapot,kitchen,24.99,8
B201,Mug,kitchen,6.50,60
B202,Kettle,kitchen,39.00,0
C300,Notebook,office,3.20,200
C301,Pen,office,0.99,500
C302,Stapler,office,8.75,12"""

ORDERS = """
1001;alice;A100x10,B201x2
1002;bob;C301x100,C300x5,B202x1
1003;carol;A101x20
1004;alice;B200x1,B201x1,C302x2
1005;dave;Z999x1
1006;erin;A100x-3
1007;bob;C300x50;rush
1008;frank;B201xten
"""

def load_catalog(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    catalog = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        row["price"] = float(row["price"])
        row["stock"] = int(row["stock"])
        catalog[row["sku"]] = row
    return catalog

class OrderError(Exception):
    pass

def parse_order(line, catalog):
    fields = line.split(";")
    if len(fields) != 3:
        raise OrderError(f"expected 3 fields, got {len(fields)}")
    order_id, customer, items_text = fields
    items = []
    for item in items_text.split(","):
        sku, _, qty_text = item.partition("x")
        if sku not in catalog:
            raise OrderError(f"unknown sku {sku!r}")
        try:
            qty = int(qty_text)
        except ValueError:
            raise OrderError(f"bad quantity {qty_text!r} for {sku}") from None
        if qty <= 0:
            raise OrderError(f"quantity must be positive for {sku}, got {qty}")
        items.append((sku, qty))
    return int(order_id), customer, items

catalog = load_catalog(CATALOG_CSV)
accepted, rejected, backorders = [], [], {}
for line_no, line in enumerate(ORDERS.strip().splitlines(), 1):
    try:
        order_id, customer, items = parse_order(line, catalog)
    except OrderError as e:
        rejected.append((line_no, str(e)))
        continue
    total = 0.0
    shipped = []
    for sku, qty in items:
        product = catalog[sku]
        ship = min(qty, product["stock"])
        product["stock"] -= ship
        if ship < qty:
            backorders[sku] = backorders.get(sku, 0) + qty - ship
        if ship:
            shipped.append((sku, ship))
            total += ship * product["price"]
    accepted.append({"id": order_id, "customer": customer, "items": shipped, "total": round(total, 2)})

for order in accepted:
    print(f"#{order['id']} {order['customer']:<6} {order['total']:>8.2f}  {order['items']}")
for line_no, reason in rejected:
    print(f"line {line_no} rejected: {reason}")
print("backorders:", backorders)

by_customer = {}
for order in accepted:
    by_customer.setdefault(order["customer"], []).append(order["total"])
for customer, totals in sorted(by_customer.items(), key=lambda kv: (-sum(kv[1]), kv[0])):
    print(f"{customer:<6} orders={len(totals)} spent={sum(totals):.2f} average={sum(totals) / len(totals):.2f}")

by_category = {}
for product in catalog.values():
    cat = by_category.setdefault(product["category"], {"skus": 0, "units": 0, "value": 0.0})
    cat["skus"] += 1
    cat["units"] += product["stock"]
    cat["value"] += product["stock"] * product["price"]
for name in sorted(by_category):
    c = by_category[name]
    print(f"{name:<8} {c['skus']} skus {c['units']:4} units worth {c['value']:9.2f}")

low = sorted((p for p in catalog.values() if p["stock"] < 10), key=lambda p: (p["stock"], p["sku"]))
print("restock:", [(p["sku"], p["name"], p["stock"]) for p in low])
restock = {p["sku"]: max(20, 2 * backorders.get(p["sku"], 0)) for p in low}
for sku, qty in restock.items():
    catalog[sku]["stock"] += qty
print("after restock:", {sku: catalog[sku]["stock"] for sku in restock})

best = max(catalog.values(), key=lambda p: p["price"] * p["stock"])
cheapest_by_cat = {}
for p in sorted(catalog.values(), key=lambda p: p["price"]):
    cheapest_by_cat.setdefault(p["category"], p["name"])
print(best["name"], cheapest_by_cat)
print(sorted(catalog, key=lambda s: (-catalog[s]["stock"], s))[:3])
