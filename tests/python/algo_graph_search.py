# Graph algorithms on adjacency dicts: BFS, DFS (recursive and iterative), Dijkstra with a
# hand-written binary heap, topological sort, connected components, cycle detection.

graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["H"],
    "G": ["H"],
    "H": [],
}

def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def shortest_path(graph, start, goal):
    parents = {start: None}
    frontier = [start]
    while frontier:
        next_frontier = []
        for node in frontier:
            if node == goal:
                path = []
                while node is not None:
                    path.append(node)
                    node = parents[node]
                return path[::-1]
            for nxt in graph[node]:
                if nxt not in parents:
                    parents[nxt] = node
                    next_frontier.append(nxt)
        frontier = next_frontier
    return None

def dfs_recursive(graph, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs_recursive(graph, nxt, seen)
    return seen

def dfs_iterative(graph, start):
    order, seen, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(graph[node]))
    return order

def topological_sort(graph):
    indegree = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indegree[m] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(graph):
        raise ValueError("graph has a cycle")
    return order

print("BFS:", bfs(graph, "A"))
print("path A->H:", shortest_path(graph, "A", "H"), "| D->H:", shortest_path(graph, "D", "H"))
print("DFS rec:", dfs_recursive(graph, "A"))
print("DFS it: ", dfs_iterative(graph, "A"))
print("topo:", topological_sort(graph))
cyclic = dict(graph, H=["A"])
try:
    topological_sort(cyclic)
except ValueError as e:
    print("ValueError:", e)

class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

def dijkstra(weighted, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in weighted[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev

roads = {
    "home": [("a", 7), ("b", 9), ("f", 14)],
    "a": [("home", 7), ("b", 10), ("c", 15)],
    "b": [("home", 9), ("a", 10), ("c", 11), ("f", 2)],
    "c": [("a", 15), ("b", 11), ("d", 6)],
    "d": [("c", 6), ("e", 9)],
    "e": [("d", 9), ("f", 9)],
    "f": [("home", 14), ("b", 2), ("e", 9)],
}
dist, prev = dijkstra(roads, "home")
print({k: dist[k] for k in sorted(dist)})
node, route = "e", []
while node != "home":
    route.append(node)
    node = prev[node]
print("route to e:", " -> ".join(["home"] + route[::-1]))

def components(edges, nodes):
    adjacency = {n: set() for n in nodes}
    for a, b in edges:
        adjacency[a].add(b)
        adjacency[b].add(a)
    seen, result = set(), []
    for n in nodes:
        if n in seen:
            continue
        comp, stack = [], [n]
        seen.add(n)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for m in adjacency[cur]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        result.append(sorted(comp))
    return result

print(components([(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)], list(range(1, 9))))

# Grid BFS: number of steps through a maze.
maze = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "......#..E",
]
rows, cols = len(maze), len(maze[0])
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
steps = {start: 0}
queue = [start]
for (r, c) in queue:
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            queue.append((nr, nc))
print("maze steps:", steps.get(goal), "cells reached:", len(steps))
