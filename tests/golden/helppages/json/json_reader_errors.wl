// jsonReader ?1510029, what the page does not say (INFERRED, docs/builtins.md
// "jsonReader"): a missing file sets ErrorOccurred and the reader has nothing to go
// through; a text that is not JSON stops the loop at its line; ..Value of an object not
// gone through reads it whole (a JSON value).
Reader is jsonReader = JSONOpenReader(fTempPath() + fSep() + "missing.json")
Trace(ErrorOccurred) // expect: 1
nTurns is int
FOR EACH Reader
	nTurns++
END
Trace(nTurns) // expect: 0
sFile is string = fTempPath() + fSep() + "value.json"
fSaveText(sFile, "{""a"": {""b"": [1, 2]}, ""c"": ""é""}")
R2 is jsonReader = JSONOpenReader(sFile)
FOR EACH R2
	FOR EACH R2
		IF R2..Name = "a" THEN Trace(R2..Value.b[2]) ELSE Trace(R2..Name, R2..Value)
	END
END
// expect: 2
// expect: c, é
fSaveText(sFile, "[1,"+ CR + "2 3]")
R3 is jsonReader = JSONOpenReader(sFile)
WHEN EXCEPTION IN
	FOR EACH R3
		FOR EACH R3
			Trace(R3..Value)
		END
	END
DO
	Trace(ExceptionInfo(errMessage))
END
// expect: 1
// expect: 2
// expect: jsonReader: the JSON text is not valid (',' expected, line 2).
fDelete(sFile)
Trace(R3..Size) // expect error: A jsonReader has no property 'Size' (Name, Value)
