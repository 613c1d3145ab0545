class X:
    pass
with open_it() if False else X():
    pass
