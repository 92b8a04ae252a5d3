// RETURN in the main code ends the script
Trace("start") // expect: start
RETURN
Trace("never")
