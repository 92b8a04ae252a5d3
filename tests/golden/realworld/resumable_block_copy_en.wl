// (method b) A large file copied by 4 KiB blocks, resumable: written to ".partial", a
// break simulated after one block, the next copy resumes at the size already copied
// (fSeek on both sides, foWrite + foCreateIfNotExist without emptying), LOOP / BREAK,
// fRead of a Buffer, an optional parameter, then HashFile and fRename.
// French twin copie_blocs_reprise_fr.wl.
CONSTANT
	BLOCK_SIZE = 4096
END
sDir is string = fTempPath() + "\wl_resume_" + Random(1, 99999999)
fMakeDir(sDir)
sSource is string = sDir + "\backup.bin"
bufSource is Buffer
FOR i = 1 TO 10000
	bufSource += Charact(i modulo 251)
END
fSaveBuffer(sSource, bufSource)
sTarget is string = sDir + "\copy.bin"
Trace(ResumableCopy(sSource, sTarget, 1), fSize(sTarget + ".partial")) // expect: broken after 1 block(s), 4096
Trace(ResumableCopy(sSource, sTarget), fFileExist(sTarget + ".partial")) // expect: done: 2 block(s) resumed at byte 4096, 0
Trace(fSize(sTarget), HashFile(HA_SHA_256, sTarget) = HashFile(HA_SHA_256, sSource)) // expect: 10000, 1
fRemoveDir(sDir, frRecursive)

// nMaxBlocks: 0 to copy everything, else stop after that many blocks (a simulated break)
PROCEDURE ResumableCopy(sFrom is string, sTo is string, nMaxBlocks is int = 0) : string
sPartial is string = sTo + ".partial"
nDone is int = 0
IF fFileExist(sPartial) THEN nDone = fSize(sPartial)
nIn is int = fOpen(sFrom, foRead)
IF nIn = -1 THEN RESULT "error: " + ErrorInfo(errMessage)
nOut is int = fOpen(sPartial, foWrite + foCreateIfNotExist)
fSeek(nIn, nDone, fpBeginning)
fSeek(nOut, nDone, fpBeginning)
nBlocks is int
LOOP
	bufBlock is Buffer = fRead(nIn, BLOCK_SIZE)
	IF Length(bufBlock) = 0 THEN BREAK
	fWrite(nOut, bufBlock)
	nBlocks++
	IF nMaxBlocks > 0 _AND_ nBlocks >= nMaxBlocks THEN
		fClose(nIn)
		fClose(nOut)
		RESULT "broken after " + nBlocks + " block(s)"
	END
END
fClose(nIn)
fClose(nOut)
IF fFileExist(sTo) THEN fDelete(sTo)
fRename(sPartial, sTo)
RESULT "done: " + nBlocks + " block(s) resumed at byte " + nDone
