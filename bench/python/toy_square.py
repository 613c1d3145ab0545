# The interpreter-in-an-interpreter of the PyPy papers: a bytecode interpreter for the toy
# accumulator machine (docs/toy.md), written the way the papers write it -- the program is
# a string of byte codes, the loop decodes it with ord() and dispatches on an if/elif
# chain -- running the square program. An assembler turns the text form of
# examples/toy/square.toy into that byte string first.
#
#   python3 toy_square.py [A]        (default A = 400000; prints A * A)

import sys

JUMP_IF_A, MOV_A_R, MOV_R_A, ADD_R_TO_A, DECR_A, RETURN_A = 1, 2, 3, 4, 5, 6

# examples/toy/square.toy, verbatim.
SQUARE = """
# Square the accumulator: the example program of the PyPy papers (seeds 001, 002).
# a = A * A for A >= 1; r0 counts down from A, r1 keeps A, r2 sums.
mov_a_r0     # r0 = a
mov_a_r1     # r1 = a
# 2:
mov_r0_a     # r0--
decr_a
mov_a_r0
mov_r2_a     # r2 += r1
add_r1_to_a
mov_a_r2
mov_r0_a     # if r0 != 0: goto 2
jump_if_a 2
mov_r2_a     # return r2
return_a
"""


class AssemblyError(Exception):
    pass


def assemble(text):
    """Text form -> byte string. Jump targets count instructions in the text and become
    byte offsets in the code, as in the papers' byte code (where the loop starts at 4)."""
    instructions = []
    for line_no, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        name, operands = words[0].lower(), words[1:]
        register = None
        for prefix, opcode in (("mov_a_r", MOV_A_R), ("mov_r", MOV_R_A), ("add_r", ADD_R_TO_A)):
            if name.startswith(prefix):
                middle = name[len(prefix):]
                suffix = {MOV_A_R: "", MOV_R_A: "_a", ADD_R_TO_A: "_to_a"}[opcode]
                if not middle.endswith(suffix):
                    raise AssemblyError(f"line {line_no}: unknown instruction {line.strip()!r}")
                middle = middle[:len(middle) - len(suffix)]
                if middle == "" and operands:
                    middle = operands.pop(0)
                if not middle.isdigit() or int(middle) > 255:
                    raise AssemblyError(f"line {line_no}: bad register in {line.strip()!r}")
                register = int(middle)
                instructions.append((opcode, register, line_no))
                break
        else:
            if name == "jump_if_a" and len(operands) == 1 and operands[0].isdigit():
                instructions.append((JUMP_IF_A, int(operands.pop()), line_no))
            elif name == "decr_a":
                instructions.append((DECR_A, None, line_no))
            elif name == "return_a":
                instructions.append((RETURN_A, None, line_no))
            else:
                raise AssemblyError(f"line {line_no}: unknown instruction {line.strip()!r}")
        if operands:
            raise AssemblyError(f"line {line_no}: extra operand in {line.strip()!r}")
    offsets = []
    offset = 0
    for opcode, operand, _ in instructions:
        offsets.append(offset)
        offset += 1 if operand is None else 2
    code = []
    for opcode, operand, line_no in instructions:
        code.append(chr(opcode))
        if opcode == JUMP_IF_A:
            if operand >= len(offsets):
                raise AssemblyError(f"line {line_no}: jump target {operand} outside the program")
            code.append(chr(offsets[operand]))
        elif operand is not None:
            code.append(chr(operand))
    return "".join(code)


def interpret(bytecode, a):
    regs = [0] * 256
    pc = 0
    while True:
        opcode = ord(bytecode[pc])
        pc += 1
        if opcode == JUMP_IF_A:
            target = ord(bytecode[pc])
            pc += 1
            if a:
                pc = target
        elif opcode == MOV_A_R:
            n = ord(bytecode[pc])
            pc += 1
            regs[n] = a
        elif opcode == MOV_R_A:
            n = ord(bytecode[pc])
            pc += 1
            a = regs[n]
        elif opcode == ADD_R_TO_A:
            n = ord(bytecode[pc])
            pc += 1
            a += regs[n]
        elif opcode == DECR_A:
            a -= 1
        elif opcode == RETURN_A:
            return a


code = assemble(SQUARE)
assert [ord(c) for c in code[:6]] == [MOV_A_R, 0, MOV_A_R, 1, MOV_R_A, 0]
assert [interpret(code, n) for n in (1, 2, 7, 16, 1000)] == [1, 4, 49, 256, 1000000]
for bad in ("mov_a_r 300", "frobnicate", "jump_if_a 9", "decr_a 1", "mov_r5", "add_r1_a"):
    try:
        assemble(bad)
        raise AssertionError(f"assembled {bad!r}")
    except AssemblyError:
        pass
A = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
print(interpret(code, A))
