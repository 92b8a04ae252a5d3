// EXTERN "file" lines are accepted and ignored
EXTERN "constants.wl"
EXTERNE "autres.wl"
Trace("ok") // expect: ok
