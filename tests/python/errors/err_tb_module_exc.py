import mod_err_helper

print("before")
mod_err_helper.fail(3)
