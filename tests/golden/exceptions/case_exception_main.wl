// a CASE EXCEPTION: section at the end of the main code catches its fatal errors
Trace("one") // expect: one
ExceptionThrow(2, "boom")
Trace("never")
CASE EXCEPTION:
	Trace("main caught " + ExceptionInfo()) // expect: main caught boom
