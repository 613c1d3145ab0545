# Float-heavy objects: a Vec3 class with operator dunders (+, -, *, /, unary -, abs),
# used by a particle simulation with springs and drag. Allocates many short-lived
# objects and dispatches binary operators on user classes.

class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec3(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec3(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return self.dot(self) ** 0.5


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.force = Vec3(0.0, 0.0, 0.0)


def build(n):
    particles = []
    for i in range(n):
        pos = Vec3(i * 1.0, (i % 3) * 0.5, (i % 5) * 0.25)
        vel = Vec3(0.01 * (i % 7), -0.02 * (i % 4), 0.015 * (i % 2))
        particles.append(Particle(pos, vel, 1.0 + 0.1 * (i % 3)))
    return particles


def step(particles, springs, dt, rest, stiffness, drag):
    for p in particles:
        p.force = Vec3(0.0, -0.1 * p.mass, 0.0) - drag * p.vel
    for a, b in springs:
        delta = b.pos - a.pos
        length = abs(delta)
        f = delta * (stiffness * (length - rest) / length)
        a.force = a.force + f
        b.force = b.force - f
    for p in particles:
        p.vel = p.vel + p.force * (dt / p.mass)
        p.pos = p.pos + p.vel * dt


def energy(particles, springs, rest, stiffness):
    kinetic = sum(0.5 * p.mass * p.vel.dot(p.vel) for p in particles)
    potential = sum(0.5 * stiffness * (abs(b.pos - a.pos) - rest) ** 2 for a, b in springs)
    return kinetic + potential


particles = build(40)
springs = [(particles[i], particles[i + 1]) for i in range(len(particles) - 1)]
springs += [(particles[i], particles[i + 2]) for i in range(0, len(particles) - 2, 2)]
for _ in range(1200):
    step(particles, springs, 0.01, 1.0, 8.0, 0.05)
centre = Vec3(0.0, 0.0, 0.0)
for p in particles:
    centre = centre + p.pos
centre = centre / len(particles)
print("%.6f %.6f %.6f" % (centre.x, centre.y, centre.z))
print("%.6f" % energy(particles, springs, 1.0, 8.0))
