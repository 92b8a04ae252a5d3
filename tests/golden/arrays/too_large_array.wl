// a fixed array larger than wlinterp's limit (50 million elements) is a clear fatal error
t is array of 1000000000 int // expect error: too large
