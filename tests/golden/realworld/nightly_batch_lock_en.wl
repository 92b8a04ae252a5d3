// (method b) A lock file stops two runs of the night batch at once: fCreate / fFileExist /
// fDelete, the lock's age from fDate and fTime into ..DatePart / ..TimePart, a Duration's
// ..InMinutes; a lock older than two hours (a run that crashed, dated back by fDateTime)
// is stale and taken over. French twin verrou_traitement_nuit_fr.wl.
CONSTANT
	MAX_LOCK_AGE = 120 // minutes
END
gsWorkDir is string = fTempPath() + "\wl_lock_" + Random(1, 99999999)
fMakeDir(gsWorkDir)
gsLock is string = gsWorkDir + "\night_batch.lock"

IF TakeLock(gsLock) THEN
	Trace("1st run: lock taken") // expect: 1st run: lock taken
ELSE
	Trace("1st run: already running")
END
IF NOT TakeLock(gsLock) THEN Trace("2nd run: refused, " + ReadLock(gsLock)) // expect: 2nd run: refused, started by PID (me)
ReleaseLock(gsLock)
Trace("Lock present: " + fFileExist(gsLock)) // expect: Lock present: 0
// a lock left by a run that crashed 3 hours ago
TakeLock(gsLock)
dtOld is DateTime = SysDateTime()
dtOld..Hour -= 3
fDateTime(gsLock, dtOld, fModification)
// expect: stale lock (3 h), deleted
IF TakeLock(gsLock) THEN Trace("3rd run: stale lock taken over") // expect: 3rd run: stale lock taken over
ReleaseLock(gsLock)
fRemoveDir(gsWorkDir, frRecursive)

PROCEDURE TakeLock(LOCAL sFile is string) : boolean
IF fFileExist(sFile) THEN
	dtLock is DateTime
	dtLock..DatePart = fDate(sFile, "", fModification)
	dtLock..TimePart = fTime(sFile, "", fModification)
	duAge is Duration = SysDateTime() - dtLock
	IF duAge..InMinutes < MAX_LOCK_AGE THEN RESULT False
	Trace("stale lock (" + IntegerPart(duAge..InHours) + " h), deleted")
	IF NOT fDelete(sFile) THEN RESULT False
END
nFile is int = fCreate(sFile)
IF nFile = -1 THEN
	Trace("cannot create the lock: " + ErrorInfo(errMessage))
	RESULT False
END
fWriteLine(nFile, "PID=" + ExeInfo(exePID))
fWriteLine(nFile, "Start=" + DateTimeToString(SysDateTime(), "DD/MM/YYYY HH:mm"))
fClose(nFile)
RESULT True

PROCEDURE ReadLock(sFile)
sContent is string = fLoadText(sFile)
RESULT "started by " + ExtractString(ExtractString(sContent, 1, CR), 1, "=") + " " + (Val(ExtractString(ExtractString(sContent, 1, CR), 2, "=")) = ExeInfo(exePID) ? "(me)" ELSE "(other)")

PROCEDURE ReleaseLock(sFile)
IF fFileExist(sFile) THEN fDelete(sFile)
