// Parallel price-list import: one ParallelTask per supplier file (files listed by
// fListFile and walked with FOR EACH STRING), merged into an associative array under a
// critical section, the lowest price winning (`_OR_`: OR would read the missing element),
// a malformed price rejected by a regular expression, the tasks' results summed.
gaaPrices is associative array of currency
gnLines is int
gsErrors is string

sFolder is string = CompleteDir(fTempPath()) + "wl_prices_" + GetUUID(uuidRaw)
fMakeDir(sFolder)
fSaveText(sFolder + "/acme.csv", "A1;10.50" + CR + "A2;7.25" + CR + "A3;abc" + CR)
fSaveText(sFolder + "/bolt.csv", "B1;1.10" + CR + "B2;0.95" + CR)
fSaveText(sFolder + "/zed.csv", "Z1;99.00" + CR + "A1;10.40" + CR)

arrTasks is array of ParallelTask
FOR EACH STRING sFile OF fListFile(sFolder + "/*.csv") SEPARATED BY CR
	arrTasks.Add(ParallelTaskExecute(ImportFile, (sFile)))
END
ParallelTaskWaitAll(arrTasks)
nTotal is int
FOR EACH t OF arrTasks
	nTotal += t.ReturnedValue
END
Trace(nTotal + " prices read, " + gnLines + " lines") // expect: 6 prices read, 7 lines
Trace("errors:" + gsErrors) // expect: errors: acme:A3
arrRefs is array of strings
FOR EACH mPrice, sRef OF gaaPrices
	arrRefs.Add(sRef)
END
ArraySort(arrRefs)
FOR EACH sRef OF arrRefs
	Trace(sRef + " = " + gaaPrices[sRef])
END
// expect: A1 = 10.4
// expect: A2 = 7.25
// expect: B1 = 1.1
// expect: B2 = 0.95
// expect: Z1 = 99
fDelete(sFolder + "/*.*")
fRemoveDir(sFolder)

PROCEDURE ImportFile(sFile is string) : int
nRead is int
FOR EACH STRING sLine OF fLoadText(sFile) SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	sRef is string = ExtractString(sLine, 1, ";")
	sPrice is string = ExtractString(sLine, 2, ";")
	CriticalSectionStart("merge")
	gnLines++
	IF NOT MatchRegularExpression(sPrice, "[0-9]+\.[0-9]{2}") THEN
		gsErrors += " " + fExtractPath(sFile, fFileName) + ":" + sRef
	ELSE
		// the lowest price wins when two suppliers sell the same reference
		IF NOT gaaPrices[sRef]..Exist _OR_ gaaPrices[sRef] > Val(sPrice) THEN gaaPrices[sRef] = Val(sPrice)
		nRead++
	END
	CriticalSectionEnd("merge")
END
RESULT nRead
