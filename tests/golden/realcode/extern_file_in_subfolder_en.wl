// EXTERN "s\inc3.wl" names a file of a subfolder, outside a project: the run reads only the
// files beside the script, so it would not read this one (its constant would be unknown);
// check and run refuse it at the line, saying where the file is.
EXTERN "s\inc3.wl" // expect error: EXTERN "s\inc3.wl": found at
Trace(KK3)
