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

// obj.__dict__: a dict of the instance's attributes that mirrors stores and deletions made
// through it back into the instance (the instance keeps its shaped slots; attributes set on
// the instance afterwards are not seen by a dict taken before).
Value instance_dict(Value obj, Object* o);
// A module's __dict__ (and globals()) mirror stores and deletions into its globals the same
// way. The dict that mirrors `owner`, before its flag is set:
Dict* new_mirror_dict(Value owner);
// Called by the dict natives for a dict that mirrors an instance (Dict::reserved flag).
void mirror_store(Dict* d, Value key, Value value);
void mirror_delete(Dict* d, Value key);
constexpr uint32_t kDictMirrorsInstance = 1;
// A class's __dict__ (CPython's read-only mappingproxy): stores and deletions raise.
constexpr uint32_t kDictReadOnly = 2;

}  // namespace sy::py
