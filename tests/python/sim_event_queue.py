# A discrete-event simulation of a bank with tellers: events in a priority queue ordered
# by (time, sequence), customers arriving from a seeded generator, service, statistics.

import math


class EventQueue:
    def __init__(self):
        self.items = []
        self.seq = 0

    def push(self, time, kind, data=None):
        self.seq += 1
        item = (time, self.seq, kind, data)
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0 and items[(i - 1) // 2] > item:
            items[i] = items[(i - 1) // 2]
            i = (i - 1) // 2
        items[i] = item

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            i, n = 0, len(items)
            while True:
                c = 2 * i + 1
                if c >= n:
                    break
                if c + 1 < n and items[c + 1] < items[c]:
                    c += 1
                if items[c] < last:
                    items[i] = items[c]
                    i = c
                else:
                    break
            items[i] = last
        return top

    def __bool__(self):
        return bool(self.items)

class Rng:
    def __init__(self, seed):
        self.s = seed

    def uniform(self):
        self.s = (self.s * 48271) % 2147483647
        return self.s / 2147483647

    def exponential(self, mean):
        u = self.uniform()
        return -mean * math.log(1.0 - u)

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = None

class Bank:
    def __init__(self, tellers, rng, mean_arrival, mean_service, closing):
        self.free = tellers
        self.queue = []
        self.events = EventQueue()
        self.rng = rng
        self.mean_arrival = mean_arrival
        self.mean_service = mean_service
        self.closing = closing
        self.waits = []
        self.max_queue = 0
        self.served = 0
        self.log = []

    def run(self):
        self.events.push(self.rng.exponential(self.mean_arrival), "arrive", 1)
        now = 0.0
        while self.events:
            now, _, kind, data = self.events.pop()
            if kind == "arrive":
                customer = Customer(data, now, self.rng.exponential(self.mean_service))
                self.queue.append(customer)
                self.max_queue = max(self.max_queue, len(self.queue))
                nxt = now + self.rng.exponential(self.mean_arrival)
                if nxt < self.closing:
                    self.events.push(nxt, "arrive", data + 1)
            else:
                self.free += 1
                self.served += 1
            while self.free and self.queue:
                customer = self.queue.pop(0)
                customer.start = now
                self.free -= 1
                self.waits.append(now - customer.arrival)
                self.events.push(now + customer.service, "depart", customer.cid)
                if len(self.log) < 8:
                    self.log.append(f"t={now:7.2f} customer {customer.cid:3d} waited {now - customer.arrival:6.2f}")
        return now

for tellers in (1, 2, 3):
    bank = Bank(tellers, Rng(12345), mean_arrival=1.0, mean_service=1.8, closing=480.0)
    end = bank.run()
    waits = bank.waits
    print(f"tellers={tellers} served={bank.served} end={end:.1f} mean wait={sum(waits) / len(waits):.2f} "
          f"max wait={max(waits):.2f} max queue={bank.max_queue} waited>5: {sum(w > 5 for w in waits)}")
    if tellers == 2:
        print("\n".join(bank.log))

q = EventQueue()
for t, k in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d"), (3, "c2")]:
    q.push(t, k)
order = []
while q:
    order.append(q.pop()[2])
print(order)
