0
1
123456789012345678901234567890
0x1F
0XFF
0o17
0O7
0b1010
0B1
1_000_000
0x_ff_ff
0b_1_0
0o_7_7
00
0_0
1.0
1.
.5
1e10
1E-10
1.5e+3
1_0.0_1e1_0
0.0
1e308
1e309
0.1
123.456e-7
1e16
1e15
5e-324
3.141592653589793
100000000000000000000.0
0e0
09.5
"double"
'single'
"it's"
'say "hi"'
'both \' and "'
"""triple double"""
'''triple single'''
"""multi
line"""
""
''
r"raw \n"
R'raw \d'
b"bytes"
B'bytes'
br"raw bytes \n"
Rb"\x00"
rb'\\'
u"unicode"
U"unicode"
"escapes: \n \t \r \\ \' \" \a \b \f \v \0 \7 \77 \101 \x41 \u00e9 \U0001F600"
"unknown escape \d \q \z"
"line \
continued"
b"\x00\x7f\xff\n\t\\"
b"\777"
"\u00e9\u03b1\u4e2d\U0001f600"
"é α 中 😀"
"\x00\x1f\x7f\x80\x9f\xa0\xad"
"\ud800"
"tab\tnewline\n"
"a" "b" "c"
b"a" b"b"
"a" 'b' """c""" r'\d'
("implicit"
 "concatenation"
 'over lines')
...
None
True
False
