async def f():
    await x
    return [y async for y in z]
y = (a b)
