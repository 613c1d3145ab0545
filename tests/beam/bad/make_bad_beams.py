#!/usr/bin/env python3
"""Makes damaged copies of a well-formed .beam file, for the loader's bad-input tests.

    make_bad_beams.py GOOD.beam OUTDIR      write every case into OUTDIR
    make_bad_beams.py --list                print the cases and what each must do

GOOD.beam is bad_base.beam, compiled by `erlc +deterministic` from bad_base.erl beside
this script. For every case NAME the script writes into OUTDIR:

    NAME.beam      the damaged module; its module name is NAME (atom 1 of the atom
                   table is renamed), so the only thing wrong with it is the damage
    NAME.exit      the exit status `switchyard run NAME.beam` must end with
    NAME.out       the standard output it must print (empty for a load error)
    NAME.errmatch  a regular expression (CMake syntax) standard error must match

The expectations on standard error are deliberately loose: the file's name and a word
naming the problem. The exact wording is the loader's; README.md describes each case.
Only the standard library is used, so the script can run at build time.
"""

import os
import struct
import sys
import zlib

# Operand counts of the generic BEAM instructions 1..180 of OTP 25 (genop.tab /
# beam_opcodes:opname/1). Index 0 is unused.
ARITY = [None] + [
    1, 3, 0, 2, 3, 2, 2, 3, 2, 4, 5, 2, 3, 2, 3, 2, 1, 1, 0, 0, 0, 0, 2, 1, 1, 2, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3,
    1, 2, 1, 2, 3, 3, 3, 3, 3, 2, 1, 1, 0, 1, 1, 3, 2, 2, 2, 5, 5, 5, 4, 2, 1, 1, 2, 2, 5, 5,
    5, 2, 1, 0, 1, 2, 2, 4, 4, 4, 4, 3, 1, 2, 1, 1, 1, 2, 6, 3, 5, 1, 2, 2, 3, 5, 7, 7, 7, 5,
    3, 2, 2, 5, 6, 2, 2, 2, 2, 1, 3, 4, 0, 8, 6, 2, 6, 5, 4, 5, 4, 5, 4, 3, 3, 3, 3, 3, 0, 1,
    1, 7, 1, 5, 5, 2, 3, 3, 4, 0, 0, 2, 2, 2, 3, 4, 3, 2, 2, 4, 3, 1, 2, 1, 1, 1, 6, 3, 0, 1]
assert len(ARITY) == 181
OP_LABEL, OP_FUNC_INFO, OP_INT_CODE_END = 1, 2, 3
TAG_U, TAG_I, TAG_A, TAG_X, TAG_Y, TAG_F, TAG_H, TAG_Z = range(8)
CODE_HEADER = 20  # Size field of the header (4 bytes) + the 16 bytes it counts


class BeamError(Exception):
    pass


# --- the IFF container -------------------------------------------------------------

def read_chunks(data):
    if len(data) < 12 or data[:4] != b"FOR1" or data[8:12] != b"BEAM":
        raise BeamError("not a BEAM file")
    end = 8 + struct.unpack(">I", data[4:8])[0]
    chunks, pos = [], 12
    while pos < end:
        cid, size = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        chunks.append([cid, data[pos + 8:pos + 8 + size]])
        pos += 8 + ((size + 3) & ~3)
    return chunks


def write_chunks(chunks):
    body = b"BEAM"
    for cid, payload in chunks:
        body += cid + struct.pack(">I", len(payload)) + payload + b"\0" * (-len(payload) % 4)
    return b"FOR1" + struct.pack(">I", len(body)) + body


def chunk(chunks, cid):
    for c in chunks:
        if c[0] == cid:
            return c
    raise BeamError("no %s chunk" % cid.decode())


def chunk_offset(data, cid):
    """Offset in the file of the first byte of chunk CID's data."""
    pos = 12
    while pos + 8 <= len(data):
        size = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        if data[pos:pos + 4] == cid:
            return pos + 8
        pos += 8 + ((size + 3) & ~3)
    raise BeamError("no %s chunk" % cid.decode())


# --- atoms ---------------------------------------------------------------------------

def read_atoms(payload):
    count, pos, atoms = struct.unpack(">I", payload[:4])[0], 4, []
    for _ in range(count):
        n = payload[pos]
        atoms.append(payload[pos + 1:pos + 1 + n])
        pos += 1 + n
    return atoms


def write_atoms(atoms):
    return struct.pack(">I", len(atoms)) + b"".join(bytes([len(a)]) + a for a in atoms)


def renamed(chunks, module):
    """A copy of CHUNKS whose module (atom 1) is called MODULE."""
    chunks = [list(c) for c in chunks]
    atu8 = chunk(chunks, b"AtU8")
    atoms = read_atoms(atu8[1])
    atoms[0] = module.encode()
    atu8[1] = write_atoms(atoms)
    return chunks


# --- the compact term encoding of operands ---------------------------------------------

def read_value(code, pos):
    """Reads the value part of a compact term whose first byte is at POS."""
    b = code[pos]
    if b & 0x08 == 0:
        return b >> 4, pos + 1
    if b & 0x10 == 0:
        return ((b & 0xE0) << 3) | code[pos + 1], pos + 2
    n = b >> 5
    pos += 1
    if n == 7:
        extra, pos = read_operand(code, pos)
        n = extra[1] + 9
    else:
        n += 2
    return int.from_bytes(code[pos:pos + n], "big"), pos + n


def read_operand(code, pos):
    """Returns ((tag, value, start, end), next position); extended operands are read
    whole, with their trailing parts."""
    start, tag = pos, code[pos] & 7
    value, pos = read_value(code, pos)
    if tag == TAG_Z:
        if value == 1:                      # list: count, then count operands
            count, pos = read_operand(code, pos)
            for _ in range(count[1]):
                _, pos = read_operand(code, pos)
        elif value in (2, 4):               # float register, literal: one u
            _, pos = read_operand(code, pos)
        elif value == 3:                    # allocation list: count, then pairs
            count, pos = read_operand(code, pos)
            for _ in range(2 * count[1]):
                _, pos = read_operand(code, pos)
        elif value == 5:                    # typed register: register, type index
            _, pos = read_operand(code, pos)
            _, pos = read_operand(code, pos)
        else:
            raise BeamError("extended operand %d" % value)
    return (tag, value, start, pos), pos


def encode(tag, value):
    if value < 16:
        return bytes([(value << 4) | tag])
    if value < 2048:
        return bytes([((value >> 3) & 0xE0) | 0x08 | tag, value & 0xFF])
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
    if raw[0] & 0x80:
        raw = b"\0" + raw
    assert 2 <= len(raw) <= 8
    return bytes([((len(raw) - 2) << 5) | 0x18 | tag]) + raw


def instructions(code):
    """Yields (opcode, start, operands) for every instruction of a Code chunk."""
    pos = CODE_HEADER
    while pos < len(code):
        op, start = code[pos], pos
        if op < 1 or op > 180:
            raise BeamError("opcode %d" % op)
        pos += 1
        operands = []
        for _ in range(ARITY[op]):
            operand, pos = read_operand(code, pos)
            operands.append(operand)
        yield op, start, operands
        if op == OP_INT_CODE_END:
            return


def func_info_of(chunks, name, arity):
    """The func_info instruction of NAME/ARITY and the instruction after it."""
    atoms = read_atoms(chunk(chunks, b"AtU8")[1])
    code = chunk(chunks, b"Code")[1]
    stream = list(instructions(code))
    for i, (op, _, ops) in enumerate(stream):
        if (op == OP_FUNC_INFO and atoms[ops[1][1] - 1] == name.encode() and ops[2][1] == arity):
            return stream[i], stream[i + 1]
    raise BeamError("no function %s/%d" % (name, arity))


# --- the cases -------------------------------------------------------------------------

def case_empty(good):
    return b""


def case_truncated_header(good):
    return good[:6]


def case_truncated(good):
    code = chunk_offset(good, b"Code")
    return good[:code + 40]


def case_bad_magic(good):
    return b"FOR2" + good[4:]


def case_bad_form_type(good):
    return good[:8] + b"BEAN" + good[12:]


def case_bad_chunk_size(good):
    code = chunk_offset(good, b"Code")
    return good[:code - 4] + struct.pack(">I", 0x7FFFFFF0) + good[code:]


def case_bad_form_size(good):
    return good[:4] + struct.pack(">I", len(good) * 3) + good[8:]


def case_missing_code(chunks):
    return write_chunks([c for c in chunks if c[0] != b"Code"])


def case_missing_atoms(chunks):
    return write_chunks([c for c in chunks if c[0] != b"AtU8"])


def case_bad_code_version(chunks):
    code = chunk(chunks, b"Code")
    code[1] = code[1][:4] + struct.pack(">I", 1) + code[1][8:]
    return write_chunks(chunks)


def case_bad_atom_index(chunks):
    count = len(read_atoms(chunk(chunks, b"AtU8")[1]))
    (_, _, ops), _ = func_info_of(chunks, "main", 0)
    tag, _, start, end = ops[1]                     # the function-name atom operand
    assert tag == TAG_A
    code = chunk(chunks, b"Code")
    code[1] = code[1][:start] + encode(TAG_A, count + 5) + code[1][end:]
    return write_chunks(chunks)


def case_bad_import_atom(chunks):
    count = len(read_atoms(chunk(chunks, b"AtU8")[1]))
    imp = chunk(chunks, b"ImpT")
    # Entry 0: module, function, arity; damage the function atom.
    imp[1] = imp[1][:8] + struct.pack(">I", count + 100) + imp[1][12:]
    return write_chunks(chunks)


def case_bad_export_label(chunks):
    exp = chunk(chunks, b"ExpT")
    code = chunk(chunks, b"Code")[1]
    label_count = struct.unpack(">I", code[12:16])[0]
    # Entry 0's label (function, arity, label) points past the last label.
    exp[1] = exp[1][:12] + struct.pack(">I", label_count + 10) + exp[1][16:]
    return write_chunks(chunks)


def case_unknown_opcode(chunks):
    # Opcode 200 placed right after main/0's entry label: no OTP release defines it, so
    # the loader cannot even know how many operands follow.
    _, (op, start, ops) = func_info_of(chunks, "main", 0)
    assert op == OP_LABEL
    code = chunk(chunks, b"Code")
    after = ops[0][3]
    code[1] = code[1][:after] + bytes([200]) + code[1][after:]
    return write_chunks(chunks)


def case_bad_literals(chunks):
    lit = chunk(chunks, b"LitT")
    raw = bytearray(lit[1])
    for i in range(6, len(raw) - 4):   # keep the size word and the zlib header
        raw[i] ^= 0x5A
    lit[1] = bytes(raw)
    try:
        zlib.decompress(lit[1][4:])
    except zlib.error:
        return write_chunks(chunks)
    raise BeamError("the damaged literal table still inflates")


def case_extra_chunk(chunks):
    # An unknown chunk with an odd size (5 bytes, 3 bytes of padding) after Code.
    i = [c[0] for c in chunks].index(b"Code")
    return write_chunks(chunks[:i + 1] + [[b"XtrA", b"extra"]] + chunks[i + 1:])


# name: (maker, takes the renamed chunk list rather than bytes, exit, stdout, stderr
# regex, what it tests)
GOOD_OUT = 'hello from a well-formed module\n[2,4,6]\n{literal,[1.5,<<"bin">>],21}\n'
CASES = {
    "empty": (case_empty, False, 1, "", r"empty\.beam",
              "an empty file"),
    "truncated_header": (case_truncated_header, False, 1, "", r"truncated_header\.beam",
                         "only the first 6 bytes of the file"),
    "truncated": (case_truncated, False, 1, "", r"truncated\.beam",
                  "the file cut off 40 bytes into the Code chunk"),
    "bad_magic": (case_bad_magic, False, 1, "", r"bad_magic\.beam",
                  "'FOR2' instead of 'FOR1'"),
    "bad_form_type": (case_bad_form_type, False, 1, "", r"bad_form_type\.beam",
                      "form type 'BEAN' instead of 'BEAM'"),
    "bad_form_size": (case_bad_form_size, False, 1, "", r"bad_form_size\.beam",
                      "the form size says three times the file's size"),
    "bad_chunk_size": (case_bad_chunk_size, False, 1, "", r"bad_chunk_size\.beam",
                       "the Code chunk's size is 0x7FFFFFF0, far past the end of the file"),
    "missing_code": (case_missing_code, True, 1, "", r"missing_code\.beam.*Code",
                     "no Code chunk"),
    "missing_atoms": (case_missing_atoms, True, 1, "", r"missing_atoms\.beam.*(AtU8|[Aa]tom)",
                      "no AtU8 chunk"),
    "bad_code_version": (case_bad_code_version, True, 1, "", r"bad_code_version\.beam",
                         "the Code chunk's instruction-set format number is 1, not 0"),
    "bad_atom_index": (case_bad_atom_index, True, 1, "", r"bad_atom_index\.beam.*[Aa]tom",
                       "main/0's func_info names its function by an atom index 5 past "
                       "the end of the atom table"),
    "bad_import_atom": (case_bad_import_atom, True, 1, "", r"bad_import_atom\.beam.*[Aa]tom",
                        "the first import's function atom index is past the atom table"),
    "bad_export_label": (case_bad_export_label, True, 1, "", r"bad_export_label\.beam.*[Ll]abel",
                         "the first export's entry label does not exist"),
    "unknown_opcode": (case_unknown_opcode, True, 1, "", r"unknown_opcode\.beam.*main/0.*opcode 200",
                       "opcode 200 right after main/0's entry label; the message names the "
                       "opcode and main/0"),
    "bad_literals": (case_bad_literals, True, 1, "", r"bad_literals\.beam.*(LitT|[Ll]iteral)",
                     "the zlib stream of the LitT chunk is garbage after its header"),
    "extra_chunk": (case_extra_chunk, True, 0, GOOD_OUT, r"^$",
                    "an unknown chunk 'XtrA' of 5 bytes after Code: it must be skipped, "
                    "and the module loads and runs like bad_base"),
}


def main(argv):
    if argv[1:] == ["--list"]:
        for name, (_, _, status, _, regex, what) in CASES.items():
            print("%-18s exit %d  stderr ~ /%s/  %s" % (name, status, regex, what))
        return 0
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    good_path, outdir = argv[1], argv[2]
    try:
        with open(good_path, "rb") as f:
            good = f.read()
    except OSError as e:
        sys.stderr.write("make_bad_beams.py: %s: %s\n" % (good_path, e.strerror))
        return 1
    try:
        chunks = read_chunks(good)
        module = read_atoms(chunk(chunks, b"AtU8")[1])[0]
        if module != b"bad_base":
            raise BeamError("module %s, not bad_base" % module.decode())
        func_info_of(chunks, "main", 0)
        chunk(chunks, b"LitT")
    except (BeamError, IndexError, struct.error) as e:
        sys.stderr.write("make_bad_beams.py: %s: not the expected module (%s)\n" % (good_path, e))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, (make, by_chunks, status, out, regex, _) in CASES.items():
        own = renamed(chunks, name)
        data = make(own) if by_chunks else make(write_chunks(own))
        for ext, content in ((".beam", data), (".exit", b"%d\n" % status),
                             (".out", out.encode()), (".errmatch", regex.encode() + b"\n")):
            with open(os.path.join(outdir, name + ext), "wb") as f:
                f.write(content)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
