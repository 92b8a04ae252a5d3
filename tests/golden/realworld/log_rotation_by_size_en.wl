// Size-based log rotation as an application logger class does it: app.log is renamed
// app_<date>_<time>_<n>.log (fRename) when the next line would take it past MAX_SIZE
// (fSize), and only the last KEEP rotated files stay (fListFile, ArraySort, fDelete); a
// PRIVATE method, constants, fAppendText (French twin rotation_journal_taille_fr.wl;
// passes, issue 8 FS 5 Dec late night).
CONSTANT
	MAX_SIZE = 200
	KEEP = 5
END
CLogger is Class
	PRIVATE
	m_sFolder is string
	m_sName is string
	m_nRotations is int
	PUBLIC
	m_nLines is int
END

gsDir is string = fTempPath() + "/wl_rot_" + Random(1, 999999999)
fMakeDir(gsDir)
oLog is CLogger(gsDir, "app")
FOR i = 1 TO 60
	oLog.Write(StringBuild("order %1 shipped to %2", NumToString(i, "05d"), "Zoë Brötzmann"))
END
Trace(oLog.m_nLines) // expect: 60
sList is string = fListFile(gsDir + "/app_*.log", frNotRecursive)
Trace(StringCount(sList, CR) + 1) // expect: 5
Trace(fFileExist(gsDir + "/app.log"), fSize(gsDir + "/app.log") <= MAX_SIZE) // expect: 1, 1
// the oldest rotated file kept is not the first one written
arrFiles is array of strings
StringToArray(sList, arrFiles, CR)
ArraySort(arrFiles, asAscending)
Trace(fExtractPath(arrFiles[1], fFileName) < fExtractPath(arrFiles[arrFiles.Count], fFileName)) // expect: 1
fRemoveDir(gsDir, frRecursive)

PROCEDURE CLogger::Constructor(sFolder is string, sName is string)
m_sFolder = sFolder
m_sName = sName

PROCEDURE CLogger::Write(sLine is string)
sFile is string = m_sFolder + "/" + m_sName + ".log"
IF fFileExist(sFile) AND fSize(sFile) + Length(sLine) + 2 > MAX_SIZE THEN
	Rotate(sFile)
END
IF NOT fAppendText(sFile, DateTimeToString(SysDateTime(), "YYYY-MM-DD HH:mm:SS") + " " + sLine + CR) THEN
	Trace("cannot write the log: " + ErrorInfo())
	RETURN
END
m_nLines++

PROCEDURE PRIVATE CLogger::Rotate(sFile is string)
m_nRotations++
sStamp is string = DateToString(Today(), "YYYYMMDD") + "_" + TimeToString(Now(), "HHMMSS") + "_" + NumToString(m_nRotations, "04d")
sTarget is string = m_sFolder + "/" + m_sName + "_" + sStamp + ".log"
IF NOT fRename(sFile, sTarget) THEN
	Trace("rotation failed: " + ErrorInfo())
	RETURN
END
// keep the last KEEP
sOld is string = fListFile(m_sFolder + "/" + m_sName + "_*.log", frNotRecursive)
arrOld is array of strings
StringToArray(sOld, arrOld, CR)
ArraySort(arrOld, asDescending)
FOR n = arrOld.Count TO KEEP + 1 STEP -1
	fDelete(arrOld[n])
END
