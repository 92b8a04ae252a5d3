// Two values of one enumeration compare with < <= > >= by their declared order (decided,
// INFERRED: no stored page says; a real logger filters its levels so, declared from the
// most to the least important, IF level > threshold THEN RETURN). It compared the
// values' places in memory: ERR > LOG could be true.
LevelEnum is Enumeration
	EError = 0
	ELog = 1
	EDebug
	ETrace
END
threshold is LevelEnum = LevelEnum.ELog
Trace(LevelEnum.EError > threshold, LevelEnum.ELog > threshold) // expect: 0, 0
Trace(LevelEnum.EDebug > threshold, LevelEnum.ETrace >= threshold) // expect: 1, 1
Trace(LevelEnum.EError < LevelEnum.ETrace, ELog <= ELog, EDebug < ELog) // expect: 1, 1, 0
Written is int
FOR EACH lv OF LevelEnum
	IF lv > threshold THEN CONTINUE
	Written++
END
Trace(Written) // expect: 2
