// Errors of the value-semantics library: the CPython exception class to raise and its
// exact message. Library functions return them instead of throwing; the Python runtime
// turns a PyError into an exception of that class.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace sy::pylib {

enum class ErrorKind : uint8_t {
  ValueError,
  TypeError,
  OverflowError,
  ZeroDivisionError,
  IndexError,
  KeyError,
  AttributeError,
  MemoryError,  // a result too large to build (a huge shift, power or string)
  // A callback supplied by the caller (str() of an object, a comparison, __eq__) failed.
  // The caller holds that error itself; the message is empty.
  Callback,
};

const char* error_kind_name(ErrorKind kind);  // "ValueError", ...

struct PyError {
  ErrorKind kind;
  std::string message;
};

inline PyError value_error(std::string m) { return {ErrorKind::ValueError, std::move(m)}; }
inline PyError type_error(std::string m) { return {ErrorKind::TypeError, std::move(m)}; }
inline PyError overflow_error(std::string m) { return {ErrorKind::OverflowError, std::move(m)}; }
inline PyError zero_division(std::string m) { return {ErrorKind::ZeroDivisionError, std::move(m)}; }
inline PyError index_error(std::string m) { return {ErrorKind::IndexError, std::move(m)}; }
inline PyError callback_failed() { return {ErrorKind::Callback, {}}; }
inline PyError memory_error() { return {ErrorKind::MemoryError, {}}; }

// The longest string a function builds (1 GiB). Past it the result is refused with
// MemoryError at once instead of an allocation failure part-way.
constexpr int64_t kMaxStrBytes = int64_t{1} << 30;

// A value or the error that prevented it.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(PyError error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const PyError& error() const { return std::get<1>(v_); }
  PyError& error() { return std::get<1>(v_); }

 private:
  std::variant<T, PyError> v_;
};

// For operations without a value: success, or an error.
using Status = Result<std::monostate>;
inline Status ok_status() { return Status(std::monostate{}); }

}  // namespace sy::pylib
