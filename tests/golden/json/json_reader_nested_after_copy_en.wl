// A one-level FOR EACH reader inside FOR EACH x OF reader went through nothing, silently:
// the copy form reads the element whole, so there is nothing left to go into. Now a
// clear error pointing to the copy (decided, docs/builtins.md "The jsonReader type").
sFile is string = fTempPath() + fSep() + "wl_golden_jr_nested_" + Random(1, 999999999) + ".json"
fSaveText(sFile, "[{""a"": 1}, {""a"": 2}]")
Reader is jsonReader = JSONOpenReader(sFile)
fDelete(sFile) // (the open reader still reads it)
FOR EACH x OF Reader
	FOR EACH y OF x
		Trace(y.a)
	END
	// expect: 1
	// expect: 2
	FOR EACH Reader // expect error: jsonReader: FOR EACH reader cannot go into an object or an array that was read whole
		Trace(Reader..Name)
	END
END
