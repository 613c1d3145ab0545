doc = """Not an escape: \N{no closing brace
"""
