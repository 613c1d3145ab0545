import os, sys as system
from collections import OrderedDict as OD, deque
import a.b.c
x = 1

def set_x():
    global x
    x = 2

def declare_new():
    global brand_new
    brand_new = 3

def read_x():
    return x

class K:
    global x
    x = 4
    y = x

def nested():
    global x
    def inner():
        return x
    return inner

def local_import():
    import json
    from math import pi
    return json, pi
