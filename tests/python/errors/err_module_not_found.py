print("before the import")
import mod_that_does_not_exist
