// A port of the sort in CPython 3.11's Objects/listobject.c (its design is explained in
// Objects/listsort.txt): the same steps in the same order, so the comparisons a Python
// program can observe (a __lt__ that prints, counts or raises) are CPython's.
#include "frontends/python/lib/sort.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace sy::pylib {

namespace {

uint64_t* malloc_words(size_t n) {
  auto* p = static_cast<uint64_t*>(std::malloc(n * sizeof(uint64_t)));
  if (!p) throw std::bad_alloc();
  return p;
}
void free_words(uint64_t* p, size_t) { std::free(p); }

constexpr int kMaxMergePending = 85;
constexpr ptrdiff_t kMinGallop = 7;
constexpr size_t kTempSize = 256;

// Keys, and the items that move with them (null without a key function).
struct Slice {
  uint64_t* keys;
  uint64_t* values;

  void advance(ptrdiff_t n) {
    keys += n;
    if (values) values += n;
  }
};

void copy(Slice& dst, ptrdiff_t i, const Slice& src, ptrdiff_t j) {
  dst.keys[i] = src.keys[j];
  if (dst.values) dst.values[i] = src.values[j];
}
void copy_incr(Slice& dst, Slice& src) {
  *dst.keys++ = *src.keys++;
  if (dst.values) *dst.values++ = *src.values++;
}
void copy_decr(Slice& dst, Slice& src) {
  *dst.keys-- = *src.keys--;
  if (dst.values) *dst.values-- = *src.values--;
}
void move_n(Slice& dst, ptrdiff_t i, const Slice& src, ptrdiff_t j, ptrdiff_t n) {
  std::memmove(dst.keys + i, src.keys + j, static_cast<size_t>(n) * sizeof(uint64_t));
  if (dst.values) std::memmove(dst.values + i, src.values + j, static_cast<size_t>(n) * sizeof(uint64_t));
}
void reverse_n(uint64_t* p, ptrdiff_t n) { std::reverse(p, p + n); }
void reverse_slice(Slice& s, ptrdiff_t n) {
  reverse_n(s.keys, n);
  if (s.values) reverse_n(s.values, n);
}

struct Run {
  Slice base;
  ptrdiff_t len;
  int power;
};

class MergeState {
 public:
  MergeState(SortLess less, const SortMemory& memory, bool has_values, ptrdiff_t list_len, uint64_t* base_keys)
      : less_(less), memory_(memory), list_len_(list_len), base_keys_(base_keys) {
    a_.keys = temp_;
    if (has_values) {
      alloced_ = std::min<ptrdiff_t>((list_len + 1) / 2, kTempSize / 2);
      a_.values = temp_ + alloced_;
    } else {
      alloced_ = kTempSize;
      a_.values = nullptr;
    }
  }
  ~MergeState() { free_mem(); }

  int sort(Slice lo, ptrdiff_t remaining);

 private:
  // -1 failed, else the truth of a < b.
  int lt(uint64_t a, uint64_t b) { return less_(a, b); }

  void free_mem() {
    if (a_.keys != temp_) memory_.release(a_.keys, static_cast<size_t>(alloced_) * (a_.values ? 2 : 1));
  }
  void get_mem(ptrdiff_t need) {
    if (need <= alloced_) return;
    bool values = a_.values != nullptr;
    free_mem();
    a_.keys = memory_.allocate(static_cast<size_t>(need) * (values ? 2 : 1));
    alloced_ = need;
    a_.values = values ? a_.keys + need : nullptr;
  }

  int binary_sort(Slice lo, uint64_t* hi, uint64_t* start);
  ptrdiff_t count_run(uint64_t* lo, uint64_t* hi, bool* descending);
  ptrdiff_t gallop_left(uint64_t key, uint64_t* a, ptrdiff_t n, ptrdiff_t hint);
  ptrdiff_t gallop_right(uint64_t key, uint64_t* a, ptrdiff_t n, ptrdiff_t hint);
  int merge_lo(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb);
  int merge_hi(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb);
  int merge_at(int i);
  int found_new_run(ptrdiff_t n2);
  int merge_force_collapse();

  SortLess less_;
  const SortMemory& memory_;
  ptrdiff_t list_len_;
  uint64_t* base_keys_;
  ptrdiff_t min_gallop_ = kMinGallop;
  Slice a_;  // the temporary area
  ptrdiff_t alloced_;
  Run pending_[kMaxMergePending];
  int n_ = 0;
  uint64_t temp_[kTempSize];
};

// Binary insertion of [start, hi) into the sorted [lo, start).
int MergeState::binary_sort(Slice lo, uint64_t* hi, uint64_t* start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    uint64_t* l = lo.keys;
    uint64_t* r = start;
    uint64_t pivot = *r;
    do {
      uint64_t* p = l + ((r - l) >> 1);
      int k = lt(pivot, *p);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    for (uint64_t* p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values) {
      ptrdiff_t offset = lo.values - lo.keys;
      uint64_t* p = start + offset;
      pivot = *p;
      l += offset;
      for (p = start + offset; p > l; --p) *p = *(p - 1);
      *l = pivot;
    }
  }
  return 0;
}

// The longest run at lo: ascending (a <= b <= ...) or strictly descending.
ptrdiff_t MergeState::count_run(uint64_t* lo, uint64_t* hi, bool* descending) {
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  ptrdiff_t n = 2;
  int k = lt(*lo, *(lo - 1));
  if (k < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// Where key goes in the sorted a[0..n): the leftmost position (before equal items),
// searched by galloping out from a[hint].
ptrdiff_t MergeState::gallop_left(uint64_t key, uint64_t* a, ptrdiff_t n, ptrdiff_t hint) {
  a += hint;
  ptrdiff_t lastofs = 0, ofs = 1;
  int k = lt(*a, key);
  if (k < 0) return -1;
  if (k) {  // a[hint] < key: gallop right
    const ptrdiff_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = lt(a[ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {  // key <= a[hint]: gallop left
    const ptrdiff_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = lt(*(a - ofs), key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    ptrdiff_t tmp = lastofs;
    lastofs = hint - ofs;
    ofs = hint - tmp;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
    k = lt(a[m], key);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// Like gallop_left, but the rightmost position (after equal items).
ptrdiff_t MergeState::gallop_right(uint64_t key, uint64_t* a, ptrdiff_t n, ptrdiff_t hint) {
  a += hint;
  ptrdiff_t lastofs = 0, ofs = 1;
  int k = lt(key, *a);
  if (k < 0) return -1;
  if (k) {  // key < a[hint]: gallop left
    const ptrdiff_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = lt(key, *(a - ofs));
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    ptrdiff_t tmp = lastofs;
    lastofs = hint - ofs;
    ofs = hint - tmp;
  } else {  // a[hint] <= key: gallop right
    const ptrdiff_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = lt(key, a[ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
    k = lt(key, a[m]);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// Merges the adjacent runs a (na items) and b (nb), na <= nb, copying a aside.
int MergeState::merge_lo(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
  int result = -1;
  get_mem(na);
  move_n(a_, 0, ssa, 0, na);
  Slice dest = ssa;
  ssa = a_;
  ptrdiff_t min_gallop;
  copy_incr(dest, ssb);
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  min_gallop = min_gallop_;
  for (;;) {
    ptrdiff_t acount = 0, bcount = 0;  // times each run won in a row
    for (;;) {
      int k = lt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        copy_incr(dest, ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        copy_incr(dest, ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    // One run wins consistently: gallop until neither does.
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      ptrdiff_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        move_n(dest, 0, ssa, 0, k);
        dest.advance(k);
        ssa.advance(k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed;  // only with an inconsistent comparison
      }
      copy_incr(dest, ssb);
      --nb;
      if (nb == 0) goto succeed;
      k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        move_n(dest, 0, ssb, 0, k);
        dest.advance(k);
        ssb.advance(k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      copy_incr(dest, ssa);
      --na;
      if (na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;  // penalize leaving galloping mode
    min_gallop_ = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na) move_n(dest, 0, ssa, 0, na);
  return result;
copy_b:
  // The last item of a belongs after all of the rest of b.
  move_n(dest, 0, ssb, 0, nb);
  copy(dest, nb, ssa, 0);
  return 0;
}

// Merges the adjacent runs a (na items) and b (nb), na > nb, from the right, copying b
// aside.
int MergeState::merge_hi(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
  int result = -1;
  get_mem(nb);
  Slice dest = ssb;
  dest.advance(nb - 1);
  move_n(a_, 0, ssb, 0, nb);
  Slice basea = ssa;
  Slice baseb = a_;
  ssb.keys = a_.keys + nb - 1;
  if (ssb.values) ssb.values = a_.values + nb - 1;
  ssa.advance(na - 1);
  ptrdiff_t min_gallop;
  copy_decr(dest, ssa);
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  min_gallop = min_gallop_;
  for (;;) {
    ptrdiff_t acount = 0, bcount = 0;
    for (;;) {
      int k = lt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        copy_decr(dest, ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        copy_decr(dest, ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      ptrdiff_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        dest.advance(-k);
        ssa.advance(-k);
        move_n(dest, 1, ssa, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      copy_decr(dest, ssb);
      --nb;
      if (nb == 1) goto copy_a;
      k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        dest.advance(-k);
        ssb.advance(-k);
        move_n(dest, 1, ssb, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;  // only with an inconsistent comparison
      }
      copy_decr(dest, ssa);
      --na;
      if (na == 0) goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) move_n(dest, -(nb - 1), baseb, 0, nb);
  return result;
copy_a:
  // The first item of b belongs before all of the rest of a.
  move_n(dest, 1 - na, ssa, 1 - na, na);
  dest.advance(-na);
  ssa.advance(-na);
  copy(dest, 0, ssb, 0);
  return 0;
}

// Merges the pending runs i and i + 1.
int MergeState::merge_at(int i) {
  Slice ssa = pending_[i].base;
  ptrdiff_t na = pending_[i].len;
  Slice ssb = pending_[i + 1].base;
  ptrdiff_t nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
  --n_;
  // Items of a before b's first, and of b after a's last, are already in place.
  ptrdiff_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
  if (k < 0) return -1;
  ssa.advance(k);
  na -= k;
  if (na == 0) return 0;
  nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return static_cast<int>(nb);
  return na <= nb ? merge_lo(ssa, na, ssb, nb) : merge_hi(ssa, na, ssb, nb);
}

// The "power" of the run at s1 (n1 items) before one of n2 items: its depth in the
// conceptual merge tree of powersort.
int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n) {
  int result = 0;
  ptrdiff_t a = 2 * s1 + n1;
  ptrdiff_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

int MergeState::found_new_run(ptrdiff_t n2) {
  if (n_ == 0) return 0;
  ptrdiff_t s1 = pending_[n_ - 1].base.keys - base_keys_;
  ptrdiff_t n1 = pending_[n_ - 1].len;
  int power = powerloop(s1, n1, n2, list_len_);
  while (n_ > 1 && pending_[n_ - 2].power > power)
    if (merge_at(n_ - 2) < 0) return -1;
  pending_[n_ - 1].power = power;
  return 0;
}

int MergeState::merge_force_collapse() {
  while (n_ > 1) {
    int n = n_ - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    if (merge_at(n) < 0) return -1;
  }
  return 0;
}

// The shortest run worth merging: n below 64, else 32..64 such that n / minrun is just
// below a power of two.
ptrdiff_t compute_minrun(ptrdiff_t n) {
  ptrdiff_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

int MergeState::sort(Slice lo, ptrdiff_t remaining) {
  ptrdiff_t minrun = compute_minrun(remaining);
  do {
    bool descending;
    ptrdiff_t n = count_run(lo.keys, lo.keys + remaining, &descending);
    if (n < 0) return -1;
    if (descending) reverse_slice(lo, n);
    if (n < minrun) {  // extend a short run by binary insertion
      const ptrdiff_t force = remaining <= minrun ? remaining : minrun;
      if (binary_sort(lo, lo.keys + force, lo.keys + n) < 0) return -1;
      n = force;
    }
    if (found_new_run(n) < 0) return -1;
    pending_[n_].base = lo;
    pending_[n_].len = n;
    ++n_;
    lo.advance(n);
    remaining -= n;
  } while (remaining);
  return merge_force_collapse();
}

}  // namespace

const SortMemory kMallocSortMemory = {malloc_words, free_words};

int list_sort(uint64_t* items, uint64_t* keys, size_t n, bool reverse, SortLess less, const SortMemory& memory) {
  if (n < 2) return 0;
  auto len = static_cast<ptrdiff_t>(n);
  Slice lo = keys ? Slice{keys, items} : Slice{items, nullptr};
  if (reverse) reverse_slice(lo, len);
  int result;
  {
    MergeState ms(less, memory, keys != nullptr, len, lo.keys);
    result = ms.sort(lo, len);
  }
  if (reverse) reverse_n(items, len);
  if (reverse && keys) reverse_n(keys, len);
  return result;
}

}  // namespace sy::pylib
