def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
w.send(1)
w.throw(ValueError("stop working"))
