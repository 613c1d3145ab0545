#include "core/ir/box_reuse.h"

namespace sy::ir {

namespace {

// A set of registers: those that own their value at a program point.
class RegSet {
 public:
  RegSet(uint32_t nregs, bool full) : words_((nregs + 63) / 64, full ? ~uint64_t{0} : 0) {}
  bool has(uint32_t r) const { return (words_[r / 64] >> (r % 64)) & 1; }
  void set(uint32_t r) { words_[r / 64] |= uint64_t{1} << (r % 64); }
  void clear(uint32_t r) { words_[r / 64] &= ~(uint64_t{1} << (r % 64)); }
  void clear_all() { std::fill(words_.begin(), words_.end(), 0); }
  // this &= other; whether this changed.
  bool meet(const RegSet& other) {
    bool changed = false;
    for (size_t i = 0; i < words_.size(); ++i) {
      uint64_t w = words_[i] & other.words_[i];
      changed |= w != words_[i];
      words_[i] = w;
    }
    return changed;
  }

 private:
  std::vector<uint64_t> words_;
};

// Instructions whose result is fresh: an immediate, or a new box no one else refers to.
// Their operands are read without being kept.
bool is_fresh_arith(Op op) {
  return op == Op::Add || op == Op::Sub || op == Op::Mul || op == Op::AddI || op == Op::ForStep;
}

// Instructions that read their register operands without keeping them and write, if
// anything, an immediate (a boolean).
bool reads_without_keeping(Op op) {
  switch (op) {
    case Op::Nop: case Op::Jmp: case Op::Tick: case Op::Print:
    case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::Not:
    case Op::Jt: case Op::Jf: case Op::Jeq: case Op::Jne: case Op::Jlt: case Op::Jle: case Op::Jgt: case Op::Jge:
    case Op::JIs: case Op::JIsNot: case Op::JIsK: case Op::JIsNotK: case Op::JCls: case Op::JNCls: case Op::JNFin:
      return true;
    default:
      return false;
  }
}

// The registers an instruction names, in operand order ('r' operands and '*' lists).
template <class F>
void for_each_register(const uint32_t* pc, F&& f) {
  uint32_t at = 1;
  for (const char* k = kOpInfo[pc[0]].operands; *k; ++k) {
    if (*k == 'r') {
      f(pc[at]);
    } else if (*k == '*') {
      for (uint32_t i = 1; i <= pc[at]; ++i) f(pc[at + i]);
      at += pc[at];
    }
    ++at;
  }
}

// The set after the instruction at pc, given the set before it.
void transfer(const uint32_t* pc, RegSet& owned) {
  auto op = static_cast<Op>(pc[0]);
  if (is_fresh_arith(op)) {
    owned.set(pc[1]);
  } else if (op == Op::Const) {
    // An immediate, or an object no register owns: a constant's int box never carries
    // the flag (Function::add_constant), so the first arithmetic on it allocates.
    owned.set(pc[1]);
  } else if (reads_without_keeping(op)) {
    // Comparisons write a boolean: their destination owns it.
    if (kOpInfo[pc[0]].operands[0] == 'r' && !(kOpInfo[pc[0]].flags & kBranch) && op != Op::Print) owned.set(pc[1]);
  } else {
    // Anything else may keep what it reads and writes what others may hold.
    for_each_register(pc, [&](uint32_t r) { owned.clear(r); });
  }
}

}  // namespace

std::vector<uint8_t> box_reuse_table(const Function& f) {
  const uint32_t* code = f.code.data();
  const auto size = static_cast<uint32_t>(f.code.size());
  std::vector<uint8_t> table(size, 0);

  // Instructions in code order, and the index of each instruction start.
  std::vector<uint32_t> starts;
  std::vector<uint32_t> index(size, UINT32_MAX);
  for (uint32_t pc = 0; pc < size; pc += insn_length(code + pc)) {
    index[pc] = static_cast<uint32_t>(starts.size());
    starts.push_back(pc);
  }
  const size_t n = starts.size();
  if (n == 0) return table;

  // Before each instruction: top (everything owned) until a predecessor says otherwise.
  // The entry owns nothing (parameters are the caller's too), and neither does a handler's
  // target, which is reached from anywhere in its range.
  std::vector<RegSet> before(n, RegSet(f.nregs, true));
  std::vector<bool> pinned(n, false), reached(n, false);
  before[0].clear_all();
  pinned[0] = reached[0] = true;
  for (const HandlerEntry& h : f.handlers) {
    before[index[h.target]].clear_all();
    pinned[index[h.target]] = reached[index[h.target]] = true;
  }

  // Round-robin to the fixpoint: the sets only shrink.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!reached[i]) continue;
      const uint32_t* pc = code + starts[i];
      RegSet after = before[i];
      transfer(pc, after);
      auto flow_to = [&](uint32_t target) {
        uint32_t j = index[target];
        if (pinned[j]) return;
        if (!reached[j]) {
          reached[j] = true;
          before[j] = after;
          changed = true;
        } else {
          changed |= before[j].meet(after);
        }
      };
      const OpInfo& info = kOpInfo[pc[0]];
      if (!(info.flags & kTerminator) && i + 1 < n) flow_to(starts[i + 1]);
      if (info.flags & kBranch) {
        uint32_t at = 1;
        for (const char* k = info.operands; *k; ++k, ++at) {
          if (*k == 'l') flow_to(pc[at]);
          if (*k == '*') at += pc[at];
        }
      }
    }
  }

  for (size_t i = 0; i < n; ++i) {
    const uint32_t* pc = code + starts[i];
    if (reached[i] && is_fresh_arith(static_cast<Op>(pc[0])) && before[i].has(pc[1])) table[starts[i]] = 1;
  }
  return table;
}

}  // namespace sy::ir
