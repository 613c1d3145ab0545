# Comments and blank lines do not count.

x = 1  # trailing comment
   # indented comment
if x:
    # comment inside a block

    y = 2
	# a comment with a tab

    z = 3
# Tabs used consistently for indentation
if x:
	a = 1
	if y:
		b = 2
# Implicit line joining inside brackets
values = [
    1,
    2,
        3,
]
call(a,
     b,
  c)
d = {
    'k':
        'v',
}
# Backslash continuation
total = 1 + \
    2 + \
    3
if a and \
   b:
    pass
# Semicolons
a = 1; b = 2; c = 3
if a: b = 1; c = 2
# Deep nesting
if a:
    if b:
        if c:
            if d:
                if e:
                    pass
                else:
                    pass
x = (  # comment in brackets
    1  # another
)
class K: pass
def f(): pass
# Form feed and trailing whitespace

w = 0
y = 1  
z = 2
# The file ends without a newline
last = True
last2 = 1