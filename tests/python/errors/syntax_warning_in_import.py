# The sibling warns, then fails to compile: one warning, then the traceback.
print("before the import")
import mod_warning_then_error
