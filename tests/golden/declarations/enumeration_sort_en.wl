// ArraySort on values of one enumeration sorts them in their declared order, the order
// `<` compares them in (docs/semantics.md "Enumerations and combinations"); it sorted
// them by name (EDebug, EError, ELog, ETrace). asDescending reverses it.
LevelEnum is Enumeration
	EError = 0
	ELog = 1
	EDebug
	ETrace
END
arrLevels is array of LevelEnum
ArrayAdd(arrLevels, LevelEnum.ETrace)
ArrayAdd(arrLevels, LevelEnum.EError)
ArrayAdd(arrLevels, LevelEnum.EDebug)
ArrayAdd(arrLevels, LevelEnum.ELog)
ArraySort(arrLevels, asAscending)
Trace(arrLevels[1], arrLevels[2], arrLevels[3], arrLevels[4]) // expect: EError, ELog, EDebug, ETrace
ArraySort(arrLevels, asDescending)
Trace(arrLevels[1], arrLevels[2], arrLevels[3], arrLevels[4]) // expect: ETrace, EDebug, ELog, EError
ArraySort(arrLevels)
Trace(arrLevels[1] < arrLevels[2], arrLevels[1], arrLevels[4]) // expect: 1, EError, ETrace
