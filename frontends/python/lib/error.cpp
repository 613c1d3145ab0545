#include "frontends/python/lib/error.h"

namespace sy::pylib {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::IndexError: return "IndexError";
    case ErrorKind::KeyError: return "KeyError";
    case ErrorKind::AttributeError: return "AttributeError";
    case ErrorKind::MemoryError: return "MemoryError";
    case ErrorKind::Callback: return "<callback error>";
  }
  return "?";
}

}  // namespace sy::pylib
