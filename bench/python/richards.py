# A Richards-style operating-system simulation (after Martin Richards' benchmark): a
# scheduler switching between an idle task, a worker, two handlers and two devices that
# pass packets around. Exercises method calls on several task classes, attribute access
# and linked lists of objects. The final counts are checked against the known values.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    """A task control block. Subclasses implement run(packet)."""

    def __init__(self, scheduler, ident, priority, queue, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = state & 1 != 0
        self.waiting = state & 2 != 0
        self.held = state & 4 != 0
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def held_or_waiting_without_packet(self):
        return self.held or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.held

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state, count):
        super().__init__(scheduler, ident, priority, queue, state)
        self.v1 = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.scheduler.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.scheduler.queue_packet(work)
            device = self.device_in
            if device is not None:
                self.device_in = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return self.scheduler.queue_packet(device)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            packet, self.pending = self.pending, None
            return self.scheduler.queue_packet(packet)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        task = self.tasks
        while task is not None:
            if task.held_or_waiting_without_packet():
                task = task.link
                continue
            self.current = task
            packet = task.take_packet() if task.waiting_with_packet() else None
            task = task.run(packet)

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, 0, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work, 3)
    work = Packet(None, DEVICE_A, KIND_DEVICE)
    work = Packet(work, DEVICE_A, KIND_DEVICE)
    work = Packet(work, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, work, 3)
    work = Packet(None, DEVICE_B, KIND_DEVICE)
    work = Packet(work, DEVICE_B, KIND_DEVICE)
    work = Packet(work, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, work, 3)
    DeviceTask(s, DEVICE_A, 4000, None, 4)
    DeviceTask(s, DEVICE_B, 5000, None, 4)
    s.run()
    return s.queue_count, s.hold_count


# The reference counts of the original benchmark for 10000 idle iterations.
assert simulate(10000) == (23246, 9297), simulate(10000)
total_q = total_h = 0
for _ in range(10):
    q, h = simulate(10000)
    total_q += q
    total_h += h
print(total_q, total_h)
