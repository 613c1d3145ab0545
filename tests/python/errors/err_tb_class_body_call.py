def compute_default():
    return int("ten")

class Config:
    retries = 3
    timeout = compute_default()
