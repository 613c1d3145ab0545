items = [1, 2, 3]
yield items
