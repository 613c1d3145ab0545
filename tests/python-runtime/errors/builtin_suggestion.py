# A misspelt builtin: the suggestion comes from the builtins after locals and globals.
items = [3, 1, 2]
print(sorted(items))
print(lenn(items))
