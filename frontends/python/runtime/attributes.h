// Attribute access (attributes.cpp): descriptors and the natives getattr/setattr/delattr
// sites link to for one class.
#pragma once
#include "core/vm.h"
#include "frontends/python/runtime/object.h"

namespace sy::py {

bool is_data_descriptor(Value d);
// A class attribute read through an instance: functions bind, static and class methods
// unwrap, properties and user descriptors compute.
Value bind_descriptor(VM& vm, Value d, Value obj, PyType* t);

// Targets for sites that have seen an instance of `t`: (obj) -> value, (obj, v) -> None.
Value getattr_target(VM& vm, PyType* t, Value name);
Value setattr_target(VM& vm, PyType* t, Value name);
Value delattr_target(VM& vm, PyType* t, Value name);

}  // namespace sy::py
